//! Rules version 2: turn a profile into a verdict. First match wins, most
//! urgent first; then the self-harm floor. A level is never found by adding
//! up a score: screeners only say whether a concern is present.

use super::answers::*;
use super::outcome::{Flag, MedicalNeed, Outcome, Reason, Verdict};
use super::screeners::Scores;

/// The verdict shown the moment "danger now" is answered yes (INV-1).
pub fn emergency() -> Verdict {
    Verdict {
        outcome: Outcome::EmergencyNow,
        reasons: vec![Reason::DangerNow],
        flags: vec![Flag::CrisisLines],
        medical: Vec::new(),
        scores: Scores::ZERO,
    }
}

/// Rule 2's conditions: withdrawal or medical risk that outpatient care
/// alone cannot manage safely. Empty when none holds. The withdrawal
/// answers exist only with use on most days; an uncontrolled health
/// problem or pregnancy counts with any use at all.
pub fn medical_reasons(p: &Profile) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if let Some(daily) = p.substance_use.daily() {
        if daily.past_severe_withdrawal != YesNoUnsure::No {
            reasons.push(Reason::PastSevereWithdrawal(daily.past_severe_withdrawal));
        }
        if daily.withdrawal_now == Withdrawal::ALot {
            reasons.push(Reason::StrongWithdrawalNow);
        }
        if daily.uses(Substance::Benzos) && daily.withdrawal_now != Withdrawal::No {
            reasons.push(Reason::BenzoWithdrawal);
        }
    }
    if p.health == YesNoUnsure::Yes && p.substance_use.any() {
        reasons.push(Reason::HealthProblemWithUse);
    }
    reasons
}

/// What medical care comes first, worded by substance. Called only when
/// rule 2 holds.
fn medical_needs(p: &Profile, reasons: &[Reason]) -> Vec<MedicalNeed> {
    let uses = |s| p.substance_use.daily_uses(s);
    let withdrawal_risk = reasons.iter().any(|r| *r != Reason::HealthProblemWithUse);
    let mut needs = Vec::new();
    if withdrawal_risk && (uses(Substance::Alcohol) || uses(Substance::Benzos)) {
        needs.push(MedicalNeed::SupervisedWithdrawal);
    }
    if uses(Substance::Opioids) {
        needs.push(MedicalNeed::OpioidMedicine);
    }
    if withdrawal_risk && needs.is_empty() {
        needs.push(MedicalNeed::StopSafely);
    }
    if reasons.contains(&Reason::HealthProblemWithUse) {
        needs.push(MedicalNeed::HealthOrPregnancy);
        if uses(Substance::Opioids) {
            needs.push(MedicalNeed::OpioidsInPregnancy);
        }
    }
    needs
}

fn screen_reasons(scores: &Scores) -> Vec<Reason> {
    [
        (scores.depression_positive(), Reason::DepressionScreen),
        (scores.anxiety_positive(), Reason::AnxietyScreen),
        (scores.audit_c_positive, Reason::AlcoholScreen),
        (scores.drug_positive, Reason::DrugScreen),
    ]
    .into_iter()
    .filter_map(|(positive, reason)| positive.then_some(reason))
    .collect()
}

/// Rules 3 to 6, before the self-harm floor.
fn level_by_need(p: &Profile, scores: &Scores) -> (Outcome, Vec<Reason>) {
    let in_the_way = Reason::ProblemsGetInTheWay(p.impact);

    // Rule 3: more support than IOP (PHP or residential).
    let mut more = Vec::new();
    if p.impact == Impact::CantManageDailyTasks {
        more.push(Reason::CantManageDailyTasks);
    }
    if p.home == Home::No {
        more.push(Reason::HomeNotSafe);
    }
    if p.situation == Situation::WeeklyTherapyNotEnough && p.impact >= Impact::ALot {
        more.push(Reason::WeeklyTherapyNotEnough);
        if p.impact == Impact::ALot {
            more.push(in_the_way);
        }
    }
    if !more.is_empty() {
        return (Outcome::MoreSupportThanIop, more);
    }

    // A concern: a positive screen, daily use, or weekly therapy that was
    // not enough. Stepping down is not a concern: it is Iop on its own.
    let mut concerns = screen_reasons(scores);
    if p.substance_use.daily().is_some() {
        concerns.push(Reason::DailyUse);
    }
    if p.situation == Situation::WeeklyTherapyNotEnough {
        concerns.push(Reason::WeeklyTherapyNotEnough);
    }

    // Rule 4: IOP. The weeks after discharge carry the highest risk, so
    // stepping down is Iop whatever else was answered.
    if p.situation == Situation::SteppingDown {
        let mut reasons = vec![Reason::SteppingDown];
        reasons.append(&mut concerns);
        if p.impact > Impact::NotAtAll {
            reasons.push(in_the_way);
        }
        return (Outcome::Iop, reasons);
    }
    if p.impact == Impact::ALot || (!concerns.is_empty() && p.impact >= Impact::Somewhat) {
        concerns.push(in_the_way);
        return (Outcome::Iop, concerns);
    }

    // Rule 5: outpatient. A concern with problems not in the way, or
    // problems in the way somewhat with no concern.
    if !concerns.is_empty() || p.impact == Impact::Somewhat {
        concerns.push(in_the_way);
        return (Outcome::Outpatient, concerns);
    }

    // Rule 6: nothing at all is positive.
    (Outcome::LearnMore, vec![Reason::NoStrongSigns])
}

fn flags(p: &Profile) -> Vec<Flag> {
    let opioids = p.substance_use.daily_uses(Substance::Opioids);
    [
        (p.self_harm.is_positive(), Flag::CrisisLines),
        (opioids, Flag::OpioidMedication),
        (opioids, Flag::Naloxone),
        (p.is_under_18(), Flag::AdolescentHours),
        (p.time != TimeAvailable::Yes, Flag::ScheduleNote),
        (
            p.situation == Situation::NotSureWantTreatment,
            Flag::ReadinessEncouragement,
        ),
    ]
    .into_iter()
    .filter_map(|(on, flag)| on.then_some(flag))
    .collect()
}

/// Decide the level of care for a complete profile.
pub fn evaluate(p: &Profile) -> Verdict {
    if p.danger_now == YesNo::Yes {
        return emergency();
    }
    let scores = Scores::of(p);
    let medical = medical_reasons(p);
    let (mut outcome, mut reasons, needs) = if medical.is_empty() {
        let (o, r) = level_by_need(p, &scores);
        (o, r, Vec::new())
    } else {
        let needs = medical_needs(p, &medical);
        (Outcome::MedicalCareFirst, medical, needs)
    };

    // The floor: any thought of self-harm, or declining to say, is never
    // met with less than IOP (INV-2).
    if p.self_harm.is_positive() {
        if outcome < Outcome::Iop {
            // Lifted: "nothing showed" and "not in the way" no longer
            // explain the level.
            outcome = Outcome::Iop;
            reasons.retain(|r| {
                !matches!(
                    r,
                    Reason::NoStrongSigns | Reason::ProblemsGetInTheWay(Impact::NotAtAll)
                )
            });
        }
        reasons.insert(0, Reason::SelfHarmThoughts);
    }

    Verdict {
        outcome,
        reasons,
        flags: flags(p),
        medical: needs,
        scores,
    }
}

/// One rule of version 2 in plain English, for the clinical review sheet.
/// The words describe the code above exactly: change both together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// "1" to "6" in the order they are tried, or "Floor".
    pub number: &'static str,
    /// The outcome the rule gives ("at least" this one for the floor).
    pub outcome: Outcome,
    pub when: &'static str,
}

/// Rules version 2 as implemented by [`evaluate`]: the first of 1 to 6 that
/// matches decides the outcome, then the self-harm floor applies. "Used on
/// most days" is the answer to "which do you use on most days?".
pub const RULES: &[Rule] = &[
    Rule {
        number: "1",
        outcome: Outcome::EmergencyNow,
        when: "Danger now is \"yes\". The check stops at once and shows 911 and 988; no later question is asked and no other answer changes this.",
    },
    Rule {
        number: "2",
        outcome: Outcome::MedicalCareFirst,
        when: "Something is used on most days, and any of: a past seizure, DTs or hallucinations when cutting down is \"yes\" or \"not sure\"; withdrawal now is \"a lot\"; benzos are used on most days and withdrawal now is \"a little\" or \"a lot\". Or: a health problem not under control or pregnancy is \"yes\" (\"not sure\" does not count) with any use at all (AUDIT-C item 1 not \"never\", or the drug question \"1 time or more\"). The medical needs shown follow the substance (see Medical needs).",
    },
    Rule {
        number: "3",
        outcome: Outcome::MoreSupportThanIop,
        when: "Any of: problems get in the way so much that daily tasks cannot be managed; home is not safe (\"no\"; \"mostly\" does not count); weekly therapy was not enough and problems get in the way \"a lot\" or more.",
    },
    Rule {
        number: "4",
        outcome: Outcome::Iop,
        when: "Any of: leaving hospital, residential or PHP care (whatever the other answers, once rules 1 to 3 did not match); problems get in the way \"a lot\"; a concern with problems in the way \"somewhat\" or more. A concern is any of: PHQ-2 score 3 or more, GAD-2 score 3 or more, AUDIT-C positive, drug question \"1 time or more\", anything used on most days, weekly therapy was not enough. The time answer never changes the level.",
    },
    Rule {
        number: "5",
        outcome: Outcome::Outpatient,
        when: "A concern (as in rule 4) with problems not in the way at all; or problems in the way \"somewhat\" with no concern.",
    },
    Rule {
        number: "6",
        outcome: Outcome::LearnMore,
        when: "None of the above: every screen negative, nothing used on most days, problems not in the way, not leaving higher care, weekly therapy not named as not enough. With the floor, self-harm must also be \"not at all\".",
    },
    Rule {
        number: "Floor",
        outcome: Outcome::Iop,
        when: "After rules 1 to 6: when self-harm (PHQ-9 item 9) is anything but \"not at all\", \"prefer not to say\" included, an outcome below IOP (Outpatient, LearnMore) is raised to IOP (dropping the reasons \"no signs\" and \"not in the way\") and higher outcomes are kept; the self-harm reason is listed first; the result opens with the same-day safety message (talk with someone today: 988 by call, text or chat, or a doctor or counselor; 911 if they might act on these thoughts).",
    },
];

/// When each flag is added, as implemented by `flags` (every outcome but
/// EmergencyNow; flags never change the level).
pub const FLAG_RULES: &[(Flag, &str)] = &[
    (
        Flag::CrisisLines,
        "Self-harm is anything but \"not at all\" (\"prefer not to say\" included); also on the EmergencyNow result. The 988 panel stays for the rest of the check.",
    ),
    (Flag::OpioidMedication, "Opioids are used on most days."),
    (Flag::Naloxone, "Opioids are used on most days."),
    (
        Flag::AdolescentHours,
        "The person is under 18 (\"me, under 18\", or someone else under 18).",
    ),
    (Flag::ScheduleNote, "Time available is \"maybe\" or \"no\"."),
    (
        Flag::ReadinessEncouragement,
        "Which fits best is \"not sure I want treatment\". Never lowers the level.",
    ),
];

/// When each medical need is listed, as implemented by `medical_needs`:
/// only on a MedicalCareFirst result. A "withdrawal condition" is any of
/// rule 2's conditions but the health one.
pub const MEDICAL_NEED_RULES: &[(MedicalNeed, &str)] = &[
    (
        MedicalNeed::SupervisedWithdrawal,
        "A withdrawal condition holds and alcohol or benzos are used on most days.",
    ),
    (
        MedicalNeed::OpioidMedicine,
        "Opioids are used on most days (whichever rule 2 condition holds).",
    ),
    (
        MedicalNeed::StopSafely,
        "A withdrawal condition holds and neither of the two above was listed (other drugs only).",
    ),
    (
        MedicalNeed::HealthOrPregnancy,
        "A health problem not under control or pregnancy is \"yes\", with any use.",
    ),
    (
        MedicalNeed::OpioidsInPregnancy,
        "As above, and opioids are used on most days.",
    ),
];
