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
    /// Alcohol or drugs on most days.
    DailyUse,
    ProblemsGetInTheWay(Impact),
    NoStrongSigns,
}

impl Reason {
    /// Every reason the rules can give, for content checks and the review
    /// sheet.
    pub fn all() -> Vec<Reason> {
        use super::answers::Impact as I;
        use YesNoUnsure as Y;
        vec![
            Reason::DangerNow,
            Reason::SelfHarmThoughts,
            Reason::PastSevereWithdrawal(Y::Yes),
            Reason::PastSevereWithdrawal(Y::NotSure),
            Reason::StrongWithdrawalNow,
            Reason::BenzoWithdrawal,
            Reason::HealthProblemWithUse,
            Reason::CantManageDailyTasks,
            Reason::HomeNotSafe,
            Reason::WeeklyTherapyNotEnough,
            Reason::SteppingDown,
            Reason::DepressionScreen,
            Reason::AnxietyScreen,
            Reason::AlcoholScreen,
            Reason::DrugScreen,
            Reason::DailyUse,
            Reason::ProblemsGetInTheWay(I::NotAtAll),
            Reason::ProblemsGetInTheWay(I::Somewhat),
            Reason::ProblemsGetInTheWay(I::ALot),
            Reason::ProblemsGetInTheWay(I::CantManageDailyTasks),
            Reason::NoStrongSigns,
        ]
    }
}

/// Notes added to a result without changing its level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    /// Self-harm thoughts (or declining to say): the 988 panel for the rest
    /// of the check, and a result that opens with the same-day message.
    CrisisLines,
    /// Opioids on most days: medication for opioid use.
    OpioidMedication,
    /// Opioids on most days: keep naloxone at hand.
    Naloxone,
    /// Under 18: adolescent hours (ASAM: 6+ hours a week for IOP).
    AdolescentHours,
    /// Could not (or might not) give 9 hours a week: schedule/virtual note.
    ScheduleNote,
    /// Not sure about treatment: encouragement, never a lower level.
    ReadinessEncouragement,
}

impl Flag {
    pub const ALL: [Flag; 6] = [
        Flag::CrisisLines,
        Flag::OpioidMedication,
        Flag::Naloxone,
        Flag::AdolescentHours,
        Flag::ScheduleNote,
        Flag::ReadinessEncouragement,
    ];
}

/// What medical care comes first, by substance (rule 2's wording). Only a
/// MedicalCareFirst verdict has any.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MedicalNeed {
    /// Alcohol or benzos: medically supervised withdrawal (seizure risk).
    SupervisedWithdrawal,
    /// Opioids: a doctor who can start buprenorphine or methadone, which
    /// can go on during IOP. Never "detox first".
    OpioidMedicine,
    /// Other drugs only: a doctor to help stop safely.
    StopSafely,
    /// A health problem or pregnancy with any use: see a doctor first; in
    /// pregnancy, prenatal care.
    HealthOrPregnancy,
    /// Opioids on most days with a health problem or pregnancy: in
    /// pregnancy, no sudden stop; medicine is safer for both.
    OpioidsInPregnancy,
}

impl MedicalNeed {
    pub const ALL: [MedicalNeed; 5] = [
        MedicalNeed::SupervisedWithdrawal,
        MedicalNeed::OpioidMedicine,
        MedicalNeed::StopSafely,
        MedicalNeed::HealthOrPregnancy,
        MedicalNeed::OpioidsInPregnancy,
    ];
}

/// The full decision for one check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub outcome: Outcome,
    pub reasons: Vec<Reason>,
    pub flags: Vec<Flag>,
    /// Filled only for MedicalCareFirst.
    pub medical: Vec<MedicalNeed>,
    pub scores: Scores,
}

impl Verdict {
    pub fn has(&self, flag: Flag) -> bool {
        self.flags.contains(&flag)
    }

    /// The result opens with the same-day safety message (INV-2).
    pub fn opens_with_same_day_message(&self) -> bool {
        self.outcome != Outcome::EmergencyNow && self.has(Flag::CrisisLines)
    }
}
