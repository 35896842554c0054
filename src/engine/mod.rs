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

pub use answers::*;
pub use flow::Screen;
pub use flow::{Progress, Session};
pub use outcome::{Flag, Outcome, Reason, Verdict};
pub use rules::evaluate;
pub use step::{Answer, Step};
