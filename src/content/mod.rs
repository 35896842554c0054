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

use crate::engine::answers::Who;
use crate::engine::{Answer, Flag, MedicalNeed, Outcome, Part, Reason, Step};
pub use faq::{Block, FaqId, FaqText};

crate::config::vocab::vocabulary! {
    #[derive(Default)]
    pub enum Lang {
        #[default]
        En = "en",
        Es = "es",
    }
}

impl Lang {
    pub fn code(self) -> &'static str {
        self.as_str()
    }

    /// Parse a BCP 47 tag such as "es-MX"; only the primary subtag counts.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::parse(&primary)
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }
}

/// Who the words speak to. The person answering is either the one being
/// checked (self-report, the screeners' published wording) or someone
/// answering about another person (every text then speaks of "they").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Voice {
    #[default]
    SelfReport,
    Observer,
}

impl Voice {
    pub const ALL: [Voice; 2] = [Voice::SelfReport, Voice::Observer];

    /// The voice for an answer to "who is this check for?" (self-report
    /// until it is answered).
    pub fn of(who: Option<Who>) -> Voice {
        match who {
            Some(w) if w.is_other() => Voice::Observer,
            _ => Voice::SelfReport,
        }
    }

    /// The text for this voice, from a pair written side by side.
    pub fn pick(self, you: &'static str, they: &'static str) -> &'static str {
        match self {
            Voice::SelfReport => you,
            Voice::Observer => they,
        }
    }
}

/// A text in both voices, for fields of `Chrome` and `Crisis`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Voiced {
    pub you: &'static str,
    pub they: &'static str,
}

impl Voiced {
    pub fn get(&self, voice: Voice) -> &'static str {
        voice.pick(self.you, self.they)
    }
}

/// Where a question's words come from: the reading-level check applies only
/// to our own words, since a screener's cannot change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Wording {
    Ours,
    /// A screener's published self-report wording, word for word.
    Published,
    /// A screener item asked about another person: the published item
    /// under a stem that names the person (not the validated self-report).
    Observer,
}

/// A question as shown: a screener's stem above it, its text, and an
/// optional line under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub stem: Option<&'static str>,
    pub text: &'static str,
    pub hint: Option<&'static str>,
    pub wording: Wording,
}

/// The wording of a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutcomeText {
    pub title: &'static str,
    pub summary: &'static str,
    /// What the suggested level of care involves; none where the result
    /// lists it otherwise (medical needs) or suggests no level (LearnMore).
    pub involves: Option<&'static str>,
}

/// The SAMHSA National Helpline's numbers, the same in every language;
/// `Chrome::samhsa_line` names it.
pub const SAMHSA_PHONE: &str = "1-800-662-4357";
pub const SAMHSA_TTY: &str = "1-800-487-4889";

/// Crisis lines, shown exactly (clinical brief).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Crisis {
    pub call_911: Voiced,
    pub call_911_link: &'static str,
    pub lifeline: &'static str,
    pub call_988: &'static str,
    pub text_988: &'static str,
    /// The sms: body; "AYUDA" in Spanish routes to Spanish-speaking staff.
    pub text_988_body: &'static str,
    pub chat_988: &'static str,
    pub chat_url: &'static str,
    pub persistent: Voiced,
    /// The same-day message a result opens with after any self-harm answer
    /// but "not at all" (INV-2).
    pub same_day_title: Voiced,
    pub same_day_body: Voiced,
    pub same_day_911: Voiced,
}

/// Words of the widget's own controls and headings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chrome {
    pub checker_title: &'static str,
    pub checker_intro: &'static str,
    pub leaving_hospital_intro: &'static str,
    pub start: &'static str,
    pub part: &'static str,
    pub of: &'static str,
    pub parts: [&'static str; 4],
    pub next: &'static str,
    pub back: &'static str,
    pub start_over: &'static str,
    pub choose_all: &'static str,
    pub none_of_these: &'static str,
    pub pick_one_first: &'static str,
    pub result_heading: Voiced,
    pub why: &'static str,
    pub what_it_involves: &'static str,
    pub notes: &'static str,
    pub next_step: &'static str,
    pub call: &'static str,
    pub text: &'static str,
    pub email: &'static str,
    pub contact_page: &'static str,
    pub verify_insurance: Voiced,
    pub samhsa_line: &'static str,
    pub find_treatment: &'static str,
    pub not_diagnosis: Voiced,
    /// On an observer's result: who it is about, and that an observer's
    /// answers are not the validated self-report.
    pub observer_note: &'static str,
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
    /// The launcher button's text when the partner gives no label; also
    /// the dialog's heading.
    pub launch: &'static str,
    /// The launcher dialog's close button.
    pub close: &'static str,
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

/// A question's wording in the given voice.
pub fn question(lang: Lang, step: Step, voice: Voice) -> Question {
    match lang {
        Lang::En => en::question(step, voice),
        Lang::Es => es::question(step, voice),
    }
}

pub fn answer(lang: Lang, answer: Answer, voice: Voice) -> &'static str {
    match lang {
        Lang::En => en::answer(answer, voice),
        Lang::Es => es::answer(answer, voice),
    }
}

pub fn outcome(lang: Lang, outcome: Outcome, under_18: bool, voice: Voice) -> OutcomeText {
    match lang {
        Lang::En => en::outcome(outcome, under_18, voice),
        Lang::Es => es::outcome(outcome, under_18, voice),
    }
}

pub fn reason(lang: Lang, reason: Reason, voice: Voice) -> &'static str {
    match lang {
        Lang::En => en::reason(reason, voice),
        Lang::Es => es::reason(reason, voice),
    }
}

pub fn flag(lang: Lang, flag: Flag, voice: Voice) -> &'static str {
    match lang {
        Lang::En => en::flag(flag, voice),
        Lang::Es => es::flag(flag, voice),
    }
}

pub fn medical(lang: Lang, need: MedicalNeed, voice: Voice) -> &'static str {
    match lang {
        Lang::En => en::medical(need, voice),
        Lang::Es => es::medical(need, voice),
    }
}

pub fn faq(lang: Lang, id: FaqId) -> FaqText {
    match lang {
        Lang::En => en::faq(id),
        Lang::Es => es::faq(id),
    }
}

/// "Part 2 of 4: Mood and safety" without the formatting machinery.
pub fn part_of(lang: Lang, part: Part) -> String {
    let c = chrome(lang);
    let mut s = String::with_capacity(48);
    s.push_str(c.part);
    s.push(' ');
    push_number(&mut s, part.number());
    s.push(' ');
    s.push_str(c.of);
    s.push(' ');
    push_number(&mut s, Part::ALL.len());
    s.push_str(": ");
    s.push_str(c.parts[part as usize]);
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
