//! Yew components over the engine and content. State for the check lives
//! in one reducer (`state`) in the checker, the FAQ's in another
//! (`faq_state`) in the FAQ; each component file renders one part.

mod app;
mod checker;
mod crisis;
mod faq;
pub mod faq_state;
pub mod launcher;
mod print;
mod question;
pub mod renders;
mod result;
mod share;
mod stage;
pub mod state;

pub use app::{App, AppProps};

use crate::content::{FaqId, Lang};
use crate::engine::{Outcome, Part};

/// What the widget tells its host page. Never an answer (INV-6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WidgetEvent {
    /// The person moved into this part of the check. Sent per part, never
    /// per question: how many questions were asked would tell which
    /// branches the answers took (INV-6).
    Part(Part),
    /// A result was shown.
    Result(Outcome),
    /// An FAQ item was opened (true) or closed.
    FaqToggle(FaqId, bool),
}

/// A deep link that arrived after mount (the page's fragment changed).
/// Each new `seq` applies its language and FAQ item once; the rest of the
/// link reaches the app as a new config.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Arrival {
    pub seq: u32,
    pub lang: Option<Lang>,
    pub faq: Option<FaqId>,
}

/// Element ids unique to one widget instance, so twenty widgets on a page
/// never share an id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ids(pub String);

impl Ids {
    pub fn new(instance: u32) -> Ids {
        let mut s = String::from("iop");
        crate::content::push_number(&mut s, instance as usize);
        Ids(s)
    }

    pub fn make(&self, parts: &[&str]) -> String {
        let mut s = self.0.clone();
        for p in parts {
            s.push('-');
            s.push_str(p);
        }
        s
    }
}

/// `h2`..`h6` for a heading level.
pub fn heading_tag(level: u8) -> &'static str {
    match level.clamp(2, 6) {
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    }
}
