//! Every patient-facing word, in English and Spanish, kept apart from the
//! logic so a translator or clinician can review one file per language.
//!
//! `en.rs` and `es.rs` have the same shape; `faq.rs` names the FAQ items.
//! Validated screener items are quoted word for word from their published
//! versions and are marked so in each file.

pub mod en;
pub mod es;
pub mod faq;
pub mod readability;

use crate::engine::{Answer, Flag, Outcome, Reason, Step};
pub use faq::{Block, FaqId, FaqText};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// Parse a BCP 47 tag such as "es-MX"; only the primary subtag counts.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }
}

/// A question as shown: its text, and an optional line under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub text: &'static str,
    pub hint: Option<&'static str>,
    /// Validated wording: exempt from the reading-level check.
    pub validated: bool,
}

/// The wording of a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutcomeText {
    pub title: &'static str,
    pub summary: &'static str,
    /// What the suggested level of care involves.
    pub involves: &'static str,
}

/// Crisis lines, shown exactly (clinical brief).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Crisis {
    pub heading: &'static str,
    pub call_911: &'static str,
    pub call_911_link: &'static str,
    pub lifeline: &'static str,
    pub call_988: &'static str,
    pub text_988: &'static str,
    /// The sms: body; "AYUDA" in Spanish routes to Spanish-speaking staff.
    pub text_988_body: &'static str,
    pub chat_988: &'static str,
    pub chat_url: &'static str,
    pub samhsa: &'static str,
    pub persistent: &'static str,
}

/// Words of the widget's own controls and headings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chrome {
    pub checker_title: &'static str,
    pub checker_intro: &'static str,
    pub leaving_hospital_intro: &'static str,
    pub start: &'static str,
    pub step: &'static str,
    pub of: &'static str,
    pub next: &'static str,
    pub back: &'static str,
    pub start_over: &'static str,
    pub choose_all: &'static str,
    pub none_of_these: &'static str,
    pub pick_one_first: &'static str,
    pub result_heading: &'static str,
    pub why: &'static str,
    pub what_it_involves: &'static str,
    pub notes: &'static str,
    pub next_step: &'static str,
    pub call: &'static str,
    pub text: &'static str,
    pub email: &'static str,
    pub contact_page: &'static str,
    pub verify_insurance: &'static str,
    pub samhsa_line: &'static str,
    pub find_treatment: &'static str,
    pub not_diagnosis: &'static str,
    pub about_someone_else: &'static str,
    pub print: &'static str,
    pub back_to_check: &'static str,
    pub faq_title: &'static str,
    pub language_switch: &'static str,
    pub language_name: &'static str,
    pub privacy: &'static str,
    pub read_more_faq: &'static str,
    pub share: &'static str,
    pub copied: &'static str,
    pub copy_link: &'static str,
    pub share_link_label: &'static str,
    pub qr_label: &'static str,
    pub copy_failed: &'static str,
    pub referral_code: &'static str,
    pub print_call: &'static str,
    pub results_for_teens: &'static str,
}

pub fn chrome(lang: Lang) -> &'static Chrome {
    match lang {
        Lang::En => &en::CHROME,
        Lang::Es => &es::CHROME,
    }
}

pub fn crisis(lang: Lang) -> &'static Crisis {
    match lang {
        Lang::En => &en::CRISIS,
        Lang::Es => &es::CRISIS,
    }
}

/// A question's wording; `other` speaks of "they" instead of "you".
pub fn question(lang: Lang, step: Step, other: bool) -> Question {
    match lang {
        Lang::En => en::question(step, other),
        Lang::Es => es::question(step, other),
    }
}

pub fn answer(lang: Lang, answer: Answer) -> &'static str {
    match lang {
        Lang::En => en::answer(answer),
        Lang::Es => es::answer(answer),
    }
}

pub fn outcome(lang: Lang, outcome: Outcome, under_18: bool) -> OutcomeText {
    match lang {
        Lang::En => en::outcome(outcome, under_18),
        Lang::Es => es::outcome(outcome, under_18),
    }
}

pub fn reason(lang: Lang, reason: Reason) -> &'static str {
    match lang {
        Lang::En => en::reason(reason),
        Lang::Es => es::reason(reason),
    }
}

pub fn flag(lang: Lang, flag: Flag) -> &'static str {
    match lang {
        Lang::En => en::flag(flag),
        Lang::Es => es::flag(flag),
    }
}

pub fn faq(lang: Lang, id: FaqId) -> FaqText {
    match lang {
        Lang::En => en::faq(id),
        Lang::Es => es::faq(id),
    }
}

/// "Step 3 of 14" without the formatting machinery.
pub fn step_of(lang: Lang, number: usize, total: usize) -> String {
    let c = chrome(lang);
    let mut s = String::with_capacity(24);
    s.push_str(c.step);
    s.push(' ');
    push_number(&mut s, number);
    s.push(' ');
    s.push_str(c.of);
    s.push(' ');
    push_number(&mut s, total);
    s
}

pub fn push_number(s: &mut String, mut n: usize) {
    let start = s.len();
    loop {
        s.insert(start, char::from(b'0' + (n % 10) as u8));
        n /= 10;
        if n == 0 {
            break;
        }
    }
}
