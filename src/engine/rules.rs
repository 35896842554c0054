//! The rules that turn a profile into a verdict. First match wins, most
//! urgent first; then the self-harm floor. A level is never found by adding
//! up a score: screeners only say whether a concern is present.

use super::answers::*;
use super::outcome::{Flag, Outcome, Reason, Verdict};
use super::screeners::Scores;

/// The verdict shown the moment "danger now" is answered yes (INV-1).
pub fn emergency() -> Verdict {
    Verdict {
        outcome: Outcome::EmergencyNow,
        reasons: vec![Reason::DangerNow],
        flags: vec![Flag::CrisisLines],
        scores: Scores {
            phq2: 0,
            gad2: 0,
            audit_c: None,
            audit_c_positive: false,
            drug_positive: false,
        },
    }
}

/// Rule 2's conditions: withdrawal or medical risk that outpatient care
/// alone cannot manage safely. Empty when none holds.
pub fn medical_reasons(p: &Profile) -> Vec<Reason> {
    let Some(usage) = p.substance_use else {
        return Vec::new();
    };
    let mut reasons = Vec::new();
    if usage.past_severe_withdrawal != YesNoUnsure::No {
        reasons.push(Reason::PastSevereWithdrawal(usage.past_severe_withdrawal));
    }
    if usage.withdrawal_now == Withdrawal::ALot {
        reasons.push(Reason::StrongWithdrawalNow);
    }
    if usage.substances().contains(Substance::Benzos) && usage.withdrawal_now != Withdrawal::No {
        reasons.push(Reason::BenzoWithdrawal);
    }
    if p.health == YesNoUnsure::Yes {
        reasons.push(Reason::HealthProblemWithUse);
    }
    reasons
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
        more.push(Reason::ProblemsGetInTheWay(p.impact));
    }
    if !more.is_empty() {
        return (Outcome::MoreSupportThanIop, more);
    }

    // Rule 4: IOP. Home is safe or mostly safe here, since rule 3 did not fire.
    let mut concerns = screen_reasons(scores);
    match p.situation {
        Situation::SteppingDown => concerns.push(Reason::SteppingDown),
        Situation::WeeklyTherapyNotEnough => concerns.push(Reason::WeeklyTherapyNotEnough),
        _ => {}
    }
    if !concerns.is_empty() && p.impact >= Impact::Somewhat {
        concerns.push(Reason::ProblemsGetInTheWay(p.impact));
        return (Outcome::Iop, concerns);
    }

    // Rule 5: outpatient for a positive screen with little effect on life.
    if scores.any_positive() {
        let mut reasons = screen_reasons(scores);
        reasons.push(Reason::ProblemsGetInTheWay(p.impact));
        return (Outcome::Outpatient, reasons);
    }

    // Rule 6: learn more.
    (Outcome::LearnMore, vec![Reason::NoStrongSigns])
}

fn flags(p: &Profile) -> Vec<Flag> {
    let mut flags = Vec::new();
    if p.self_harm.is_positive() {
        flags.push(Flag::CrisisLines);
    }
    if p.substance_use
        .is_some_and(|u| u.substances().contains(Substance::Opioids))
    {
        flags.push(Flag::OpioidMedication);
    }
    if p.is_under_18() {
        flags.push(Flag::AdolescentHours);
    }
    if p.time != TimeAvailable::Yes {
        flags.push(Flag::ScheduleNote);
    }
    if p.situation == Situation::NotSureWantTreatment {
        flags.push(Flag::ReadinessEncouragement);
    }
    flags
}

/// Decide the level of care for a complete profile.
pub fn evaluate(p: &Profile) -> Verdict {
    if p.danger_now == YesNo::Yes {
        return emergency();
    }
    let scores = Scores::of(p);
    let medical = medical_reasons(p);
    let (mut outcome, mut reasons) = if medical.is_empty() {
        level_by_need(p, &scores)
    } else {
        (Outcome::MedicalCareFirst, medical)
    };

    // The floor: any thought of self-harm, or declining to say, is never
    // met with less than IOP (INV-2).
    if p.self_harm.is_positive() {
        if outcome < Outcome::Iop {
            outcome = Outcome::Iop;
            reasons.retain(|r| *r != Reason::NoStrongSigns);
        }
        reasons.insert(0, Reason::SelfHarmThoughts);
    }

    Verdict {
        outcome,
        reasons,
        flags: flags(p),
        scores,
    }
}
