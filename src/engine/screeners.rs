//! Published scoring of the validated screeners.
//!
//! PHQ-2 and GAD-2 (Kroenke et al.): two items 0–3, positive at 3 or more.
//! AUDIT-C (Bush et al.): three items 0–4, positive at 4+ for men and 3+ for
//! women; we use 3 when sex is not given, the more cautious cut-off.
//! NIDA single question (Smith et al. 2010): any use in the past year.

use super::answers::{AuditC, AuditSex, DrugUseTimes, Frequency, Profile};

pub const PHQ2_CUTOFF: u8 = 3;
pub const GAD2_CUTOFF: u8 = 3;

pub fn two_item_score(items: [Frequency; 2]) -> u8 {
    items[0].score() + items[1].score()
}

pub fn audit_c_score(a: AuditC) -> u8 {
    a.frequency as u8 + a.typical as u8 + a.heavy as u8
}

pub fn audit_c_cutoff(sex: AuditSex) -> u8 {
    match sex {
        AuditSex::Male => 4,
        AuditSex::Female | AuditSex::PreferNotToSay => 3,
    }
}

pub fn audit_c_positive(a: AuditC) -> bool {
    audit_c_score(a) >= audit_c_cutoff(a.sex)
}

/// Scores from one profile; `None` where the screener was not asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scores {
    pub phq2: u8,
    pub gad2: u8,
    pub audit_c: Option<u8>,
    pub audit_c_positive: bool,
    pub drug_positive: bool,
}

impl Scores {
    pub fn of(p: &Profile) -> Scores {
        let audit = p.substance_use.and_then(|u| u.audit_c());
        let drug = p.substance_use.and_then(|u| u.drug_use());
        Scores {
            phq2: two_item_score(p.phq2),
            gad2: two_item_score(p.gad2),
            audit_c: audit.map(audit_c_score),
            audit_c_positive: audit.is_some_and(audit_c_positive),
            drug_positive: drug == Some(DrugUseTimes::OnceOrMore),
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
