//! IOP Check: an embeddable "Is IOP right for me?" self-check and FAQ.
//!
//! `engine` and `content` are pure and tested natively; `ui` renders them
//! with Yew; `embed` connects the widget to a partner's page.

pub mod content;
pub mod engine;
