//! The questions, in the order they are asked, and the typed answer each
//! takes. Which steps apply to a person is decided in `flow`.

use super::answers::*;
use super::screeners::Screener;

/// The questions of set version 2, in the order they are asked. The order
/// of the variants is the order of `ALL` (the session indexes by it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Who,
    TheirAge,
    DangerNow,
    SelfHarm,
    Phq2Interest,
    Phq2Down,
    Gad2Nervous,
    Gad2Worry,
    AuditFrequency,
    AuditTypical,
    AuditHeavy,
    AuditSex,
    DrugUse,
    Substances,
    PastSevereWithdrawal,
    WithdrawalNow,
    Impact,
    Health,
    Home,
    Situation,
    Time,
}

/// The four parts of the check. Progress is shown by part, so the counter
/// moves one part at a time however the branches fall.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    GettingStarted,
    MoodAndSafety,
    AlcoholAndDrugs,
    DailyLife,
}

impl Part {
    pub const ALL: [Part; 4] = [
        Part::GettingStarted,
        Part::MoodAndSafety,
        Part::AlcoholAndDrugs,
        Part::DailyLife,
    ];

    /// 1-based, for "Part 2 of 4".
    pub fn number(self) -> usize {
        self as usize + 1
    }
}

impl Step {
    pub const ALL: [Step; 21] = [
        Step::Who,
        Step::TheirAge,
        Step::DangerNow,
        Step::SelfHarm,
        Step::Phq2Interest,
        Step::Phq2Down,
        Step::Gad2Nervous,
        Step::Gad2Worry,
        Step::AuditFrequency,
        Step::AuditTypical,
        Step::AuditHeavy,
        Step::AuditSex,
        Step::DrugUse,
        Step::Substances,
        Step::PastSevereWithdrawal,
        Step::WithdrawalNow,
        Step::Impact,
        Step::Health,
        Step::Home,
        Step::Situation,
        Step::Time,
    ];

    pub fn part(self) -> Part {
        match self {
            Step::Who | Step::TheirAge | Step::DangerNow => Part::GettingStarted,
            Step::SelfHarm
            | Step::Phq2Interest
            | Step::Phq2Down
            | Step::Gad2Nervous
            | Step::Gad2Worry => Part::MoodAndSafety,
            Step::AuditFrequency
            | Step::AuditTypical
            | Step::AuditHeavy
            | Step::AuditSex
            | Step::DrugUse
            | Step::Substances
            | Step::PastSevereWithdrawal
            | Step::WithdrawalNow => Part::AlcoholAndDrugs,
            Step::Impact | Step::Health | Step::Home | Step::Situation | Step::Time => {
                Part::DailyLife
            }
        }
    }

    /// The published screener a step quotes, if any. Those steps are asked
    /// word for word in self-report.
    pub fn screener(self) -> Option<Screener> {
        match self {
            Step::SelfHarm => Some(Screener::Phq9Item9),
            Step::Phq2Interest | Step::Phq2Down => Some(Screener::Phq2),
            Step::Gad2Nervous | Step::Gad2Worry => Some(Screener::Gad2),
            Step::AuditFrequency | Step::AuditTypical | Step::AuditHeavy => Some(Screener::AuditC),
            Step::DrugUse => Some(Screener::NidaSingleQuestion),
            _ => None,
        }
    }

    /// The one step where the person picks several answers.
    pub fn is_multi(self) -> bool {
        self == Step::Substances
    }

    /// Stable identifier for the `iop:step` event and for tests.
    pub fn id(self) -> &'static str {
        match self {
            Step::Who => "who",
            Step::TheirAge => "their-age",
            Step::DangerNow => "danger-now",
            Step::SelfHarm => "self-harm",
            Step::Substances => "substances",
            Step::PastSevereWithdrawal => "past-withdrawal",
            Step::WithdrawalNow => "withdrawal-now",
            Step::AuditFrequency => "audit-c-1",
            Step::AuditTypical => "audit-c-2",
            Step::AuditHeavy => "audit-c-3",
            Step::AuditSex => "audit-c-sex",
            Step::DrugUse => "drug-use",
            Step::Phq2Interest => "phq-2-1",
            Step::Phq2Down => "phq-2-2",
            Step::Gad2Nervous => "gad-2-1",
            Step::Gad2Worry => "gad-2-2",
            Step::Impact => "impact",
            Step::Health => "health",
            Step::Home => "home",
            Step::Situation => "situation",
            Step::Time => "time",
        }
    }

    /// When the step is asked, in English for the clinical review sheet.
    /// Mirrors `Session::applies` in `flow`: change both together.
    pub fn asked_when(self) -> &'static str {
        match self {
            Step::Who => "Always, first.",
            Step::TheirAge => {
                "Only when the check is for someone else (\"someone I care about\" or \"a professional\")."
            }
            Step::DangerNow => {
                "Always. \"Yes\" ends the check at once with the emergency result; nothing more is asked."
            }
            Step::SelfHarm
            | Step::Phq2Interest
            | Step::Phq2Down
            | Step::Gad2Nervous
            | Step::Gad2Worry
            | Step::AuditFrequency
            | Step::DrugUse
            | Step::Impact
            | Step::Health
            | Step::Home
            | Step::Situation
            | Step::Time => "Everyone not in danger now.",
            Step::AuditTypical | Step::AuditHeavy | Step::AuditSex => {
                "Only when AUDIT-C item 1 is not \"never\"."
            }
            Step::Substances => {
                "Only when AUDIT-C item 1 is not \"never\" or the drug question is \"1 time or more\". Offers alcohol only to someone who drinks, and benzos, opioids and other drugs only after a positive drug question."
            }
            Step::PastSevereWithdrawal | Step::WithdrawalNow => {
                "Only when at least one substance is chosen as used on most days."
            }
        }
    }

    /// The answers offered, in display order. For the multi-choice step
    /// this lists the single substances; "none of these" is the empty set.
    pub fn options(self) -> Vec<Answer> {
        use Answer as A;
        let freq = |f: fn(Frequency) -> Answer| Frequency::ALL.into_iter().map(f).collect();
        match self {
            Step::Who => [
                Who::Me,
                Who::MeUnder18,
                Who::SomeoneICareAbout,
                Who::Professional,
            ]
            .into_iter()
            .map(A::Who)
            .collect(),
            Step::TheirAge => vec![A::TheirAge(TheirAge::Adult), A::TheirAge(TheirAge::Under18)],
            Step::DangerNow => vec![A::DangerNow(YesNo::Yes), A::DangerNow(YesNo::No)],
            Step::SelfHarm => [
                SelfHarm::NotAtAll,
                SelfHarm::SeveralDays,
                SelfHarm::MoreThanHalfTheDays,
                SelfHarm::NearlyEveryDay,
                SelfHarm::PreferNotToSay,
            ]
            .into_iter()
            .map(A::SelfHarm)
            .collect(),
            Step::Substances => Substance::ALL
                .into_iter()
                .map(|s| A::Substances(Substances::of(&[s])))
                .collect(),
            Step::PastSevereWithdrawal => [YesNoUnsure::Yes, YesNoUnsure::No, YesNoUnsure::NotSure]
                .into_iter()
                .map(A::PastSevereWithdrawal)
                .collect(),
            Step::WithdrawalNow => [Withdrawal::No, Withdrawal::ALittle, Withdrawal::ALot]
                .into_iter()
                .map(A::WithdrawalNow)
                .collect(),
            Step::AuditFrequency => [
                DrinkFrequency::Never,
                DrinkFrequency::MonthlyOrLess,
                DrinkFrequency::TwoToFourTimesAMonth,
                DrinkFrequency::TwoToThreeTimesAWeek,
                DrinkFrequency::FourOrMoreTimesAWeek,
            ]
            .into_iter()
            .map(A::AuditFrequency)
            .collect(),
            Step::AuditTypical => [
                TypicalDrinks::OneOrTwo,
                TypicalDrinks::ThreeOrFour,
                TypicalDrinks::FiveOrSix,
                TypicalDrinks::SevenToNine,
                TypicalDrinks::TenOrMore,
            ]
            .into_iter()
            .map(A::AuditTypical)
            .collect(),
            Step::AuditHeavy => [
                HeavyDrinking::Never,
                HeavyDrinking::LessThanMonthly,
                HeavyDrinking::Monthly,
                HeavyDrinking::Weekly,
                HeavyDrinking::DailyOrAlmostDaily,
            ]
            .into_iter()
            .map(A::AuditHeavy)
            .collect(),
            Step::AuditSex => [AuditSex::Male, AuditSex::Female, AuditSex::PreferNotToSay]
                .into_iter()
                .map(A::AuditSex)
                .collect(),
            Step::DrugUse => vec![
                A::DrugUse(DrugUseTimes::Never),
                A::DrugUse(DrugUseTimes::OnceOrMore),
            ],
            Step::Phq2Interest => freq(A::Phq2Interest),
            Step::Phq2Down => freq(A::Phq2Down),
            Step::Gad2Nervous => freq(A::Gad2Nervous),
            Step::Gad2Worry => freq(A::Gad2Worry),
            Step::Impact => [
                Impact::NotAtAll,
                Impact::Somewhat,
                Impact::ALot,
                Impact::CantManageDailyTasks,
            ]
            .into_iter()
            .map(A::Impact)
            .collect(),
            Step::Health => [YesNoUnsure::Yes, YesNoUnsure::No, YesNoUnsure::NotSure]
                .into_iter()
                .map(A::Health)
                .collect(),
            Step::Home => [Home::Yes, Home::Mostly, Home::No]
                .into_iter()
                .map(A::Home)
                .collect(),
            Step::Situation => [
                Situation::SteppingDown,
                Situation::WeeklyTherapyNotEnough,
                Situation::NeverHadTreatment,
                Situation::NotSureWantTreatment,
            ]
            .into_iter()
            .map(A::Situation)
            .collect(),
            Step::Time => [TimeAvailable::Yes, TimeAvailable::Maybe, TimeAvailable::No]
                .into_iter()
                .map(A::Time)
                .collect(),
        }
    }
}

/// One answer, typed by the step it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Who(Who),
    TheirAge(TheirAge),
    DangerNow(YesNo),
    SelfHarm(SelfHarm),
    Substances(Substances),
    PastSevereWithdrawal(YesNoUnsure),
    WithdrawalNow(Withdrawal),
    AuditFrequency(DrinkFrequency),
    AuditTypical(TypicalDrinks),
    AuditHeavy(HeavyDrinking),
    AuditSex(AuditSex),
    DrugUse(DrugUseTimes),
    Phq2Interest(Frequency),
    Phq2Down(Frequency),
    Gad2Nervous(Frequency),
    Gad2Worry(Frequency),
    Impact(Impact),
    Health(YesNoUnsure),
    Home(Home),
    Situation(Situation),
    Time(TimeAvailable),
}

impl Answer {
    /// The step this answer belongs to.
    pub fn step(self) -> Step {
        match self {
            Answer::Who(_) => Step::Who,
            Answer::TheirAge(_) => Step::TheirAge,
            Answer::DangerNow(_) => Step::DangerNow,
            Answer::SelfHarm(_) => Step::SelfHarm,
            Answer::Substances(_) => Step::Substances,
            Answer::PastSevereWithdrawal(_) => Step::PastSevereWithdrawal,
            Answer::WithdrawalNow(_) => Step::WithdrawalNow,
            Answer::AuditFrequency(_) => Step::AuditFrequency,
            Answer::AuditTypical(_) => Step::AuditTypical,
            Answer::AuditHeavy(_) => Step::AuditHeavy,
            Answer::AuditSex(_) => Step::AuditSex,
            Answer::DrugUse(_) => Step::DrugUse,
            Answer::Phq2Interest(_) => Step::Phq2Interest,
            Answer::Phq2Down(_) => Step::Phq2Down,
            Answer::Gad2Nervous(_) => Step::Gad2Nervous,
            Answer::Gad2Worry(_) => Step::Gad2Worry,
            Answer::Impact(_) => Step::Impact,
            Answer::Health(_) => Step::Health,
            Answer::Home(_) => Step::Home,
            Answer::Situation(_) => Step::Situation,
            Answer::Time(_) => Step::Time,
        }
    }
}
