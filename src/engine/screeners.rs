//! Published scoring of the validated screeners.
//!
//! PHQ-2 and GAD-2 (Kroenke et al.): two items 0–3, positive at 3 or more.
//! AUDIT-C (Bush et al.): three items 0–4, positive at 4+ for men and 3+ for
//! women; we use 3 when sex is not given, the more cautious cut-off. "Never"
//! to item 1 scores 0 and ends it.
//! NIDA single question (Smith et al. 2010): any use in the past year.

use super::answers::{AuditC, AuditSex, DrugUseTimes, Frequency, Profile};

pub const PHQ2_CUTOFF: u8 = 3;
pub const GAD2_CUTOFF: u8 = 3;

/// The published screeners the check quotes. Every one is free to use;
/// the clinical review sheet prints the source and licence of each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screener {
    Phq9Item9,
    Phq2,
    Gad2,
    AuditC,
    NidaSingleQuestion,
}

impl Screener {
    pub const ALL: [Screener; 5] = [
        Screener::Phq9Item9,
        Screener::Phq2,
        Screener::Gad2,
        Screener::AuditC,
        Screener::NidaSingleQuestion,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Screener::Phq9Item9 => "PHQ-9 item 9",
            Screener::Phq2 => "PHQ-2",
            Screener::Gad2 => "GAD-2",
            Screener::AuditC => "AUDIT-C",
            Screener::NidaSingleQuestion => "NIDA single drug-use question",
        }
    }

    /// Where the wording comes from and the terms it may be used under.
    pub fn source(self) -> &'static str {
        match self {
            Screener::Phq9Item9 | Screener::Phq2 => "Kroenke, Spitzer and Williams; Pfizer. Free to use, no permission needed (phqscreeners.com).",
            Screener::Gad2 => "Spitzer, Kroenke, Williams and Löwe; Pfizer. Free to use, no permission needed (phqscreeners.com).",
            Screener::AuditC => "Bush et al. 1998, from the WHO AUDIT. Public domain; Spanish wording from the WHO AUDIT in Spanish.",
            Screener::NidaSingleQuestion => "Smith et al. 2010, as used by NIDA. Public domain.",
        }
    }

    /// When the screener counts as positive, in words for a reviewer.
    pub fn scoring(self) -> &'static str {
        match self {
            Screener::Phq9Item9 => "Any answer but \"not at all\" (refusal included) needs same-day follow-up.",
            Screener::Phq2 => "Two items 0-3; positive at 3 or more.",
            Screener::Gad2 => "Two items 0-3; positive at 3 or more.",
            Screener::AuditC => "Three items 0-4; positive at 4 or more (male), 3 or more (female or not given). \"Never\" to item 1 scores 0.",
            Screener::NidaSingleQuestion => "Positive at 1 time or more in the past year.",
        }
    }
}

pub fn two_item_score(items: [Frequency; 2]) -> u8 {
    items[0].score() + items[1].score()
}

pub fn audit_c_score(a: AuditC) -> u8 {
    a.frequency() as u8 + a.drinking().map_or(0, |d| d.typical as u8 + d.heavy as u8)
}

pub fn audit_c_cutoff(sex: AuditSex) -> u8 {
    match sex {
        AuditSex::Male => 4,
        AuditSex::Female | AuditSex::PreferNotToSay => 3,
    }
}

pub fn audit_c_positive(a: AuditC) -> bool {
    a.drinking()
        .is_some_and(|d| audit_c_score(a) >= audit_c_cutoff(d.sex))
}

/// Scores from one profile. Every screener is asked of everyone who
/// reaches the end, so every score is present.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scores {
    pub phq2: u8,
    pub gad2: u8,
    pub audit_c: u8,
    pub audit_c_positive: bool,
    pub drug_positive: bool,
}

impl Scores {
    pub const ZERO: Scores = Scores {
        phq2: 0,
        gad2: 0,
        audit_c: 0,
        audit_c_positive: false,
        drug_positive: false,
    };

    pub fn of(p: &Profile) -> Scores {
        let audit = p.substance_use.audit_c();
        Scores {
            phq2: two_item_score(p.phq2),
            gad2: two_item_score(p.gad2),
            audit_c: audit_c_score(audit),
            audit_c_positive: audit_c_positive(audit),
            drug_positive: p.substance_use.drug_use() == DrugUseTimes::OnceOrMore,
        }
    }

    pub fn depression_positive(&self) -> bool {
        self.phq2 >= PHQ2_CUTOFF
    }

    pub fn anxiety_positive(&self) -> bool {
        self.gad2 >= GAD2_CUTOFF
    }

    pub fn any_positive(&self) -> bool {
        self.depression_positive()
            || self.anxiety_positive()
            || self.audit_c_positive
            || self.drug_positive
    }
}
