//! What the rules decide: an outcome, the reasons for it and the flags that
//! add notes to the result. All typed; the content module words them.

use super::answers::{Impact, YesNoUnsure};
use super::screeners::Scores;

/// Levels of care the check can suggest, from least to most urgent, so that
/// `Ord` is urgency and "at least Iop" is `max(outcome, Outcome::Iop)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    LearnMore,
    Outpatient,
    Iop,
    MoreSupportThanIop,
    MedicalCareFirst,
    EmergencyNow,
}

impl Outcome {
    pub const ALL: [Outcome; 6] = [
        Outcome::EmergencyNow,
        Outcome::MedicalCareFirst,
        Outcome::MoreSupportThanIop,
        Outcome::Iop,
        Outcome::Outpatient,
        Outcome::LearnMore,
    ];

    /// Stable identifier for events and tests; never carries answers.
    pub fn id(self) -> &'static str {
        match self {
            Outcome::EmergencyNow => "emergency-now",
            Outcome::MedicalCareFirst => "medical-care-first",
            Outcome::MoreSupportThanIop => "more-support-than-iop",
            Outcome::Iop => "iop",
            Outcome::Outpatient => "outpatient",
            Outcome::LearnMore => "learn-more",
        }
    }
}

/// Why the outcome was reached: the answers that led there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    DangerNow,
    SelfHarmThoughts,
    PastSevereWithdrawal(YesNoUnsure),
    StrongWithdrawalNow,
    BenzoWithdrawal,
    HealthProblemWithUse,
    CantManageDailyTasks,
    HomeNotSafe,
    WeeklyTherapyNotEnough,
    SteppingDown,
    DepressionScreen,
    AnxietyScreen,
    AlcoholScreen,
    DrugScreen,
    ProblemsGetInTheWay(Impact),
    NoStrongSigns,
}

/// Notes added to a result without changing its level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    /// Show the 988 panel for the rest of the check and on the result.
    CrisisLines,
    /// Daily opioid use: medication and overdose-risk note.
    OpioidMedication,
    /// Under 18: adolescent hours (ASAM: 6+ hours a week for IOP).
    AdolescentHours,
    /// Could not (or might not) give 9 hours a week: schedule/virtual note.
    ScheduleNote,
    /// Not sure about treatment: encouragement, never a lower level.
    ReadinessEncouragement,
}

/// The full decision for one check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub outcome: Outcome,
    pub reasons: Vec<Reason>,
    pub flags: Vec<Flag>,
    pub scores: Scores,
}

impl Verdict {
    pub fn has(&self, flag: Flag) -> bool {
        self.flags.contains(&flag)
    }
}
