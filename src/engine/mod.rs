//! The clinical heart of the self-check: questions, answers, the path through
//! them, the rules that pick a level of care, and the screener scores.
//!
//! Pure Rust with no browser APIs, so every rule and invariant is tested
//! natively. The UI only renders what this module decides.

pub mod answers;
pub mod flow;
pub mod outcome;
pub mod rules;
pub mod screeners;
pub mod step;

/// The question set these steps implement (clinical brief, version 2).
pub const QUESTION_SET_VERSION: u32 = 2;
/// The rules `rules::evaluate` implements (clinical brief, version 2).
pub const RULES_VERSION: u32 = 2;

pub use answers::*;
pub use flow::Screen;
pub use flow::{Progress, Session};
pub use outcome::{Flag, MedicalNeed, Outcome, Reason, Verdict};
pub use rules::evaluate;
pub use screeners::Screener;
pub use step::{Answer, Part, Step};
