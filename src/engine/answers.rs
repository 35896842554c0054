//! Typed answers. Every ordinal answer lists its variants from least to most
//! severe, so `Ord` is the severity order that the monotonicity invariant
//! (INV-4) is stated over.

/// Who the check is for. Not ordinal: held fixed when severity varies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Who {
    Me,
    MeUnder18,
    SomeoneICareAbout,
    Professional,
}

impl Who {
    /// True when the questions speak of "they" rather than "you".
    pub fn is_other(self) -> bool {
        matches!(self, Who::SomeoneICareAbout | Who::Professional)
    }
}

/// Age of the person the check is about, asked only when it is someone else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TheirAge {
    Adult,
    Under18,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum YesNo {
    No,
    Yes,
}

/// A yes/no question where "not sure" is allowed and counts as more severe
/// than "no" (safety questions err towards care).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum YesNoUnsure {
    No,
    NotSure,
    Yes,
}

/// The four PHQ/GAD frequency answers, scored 0 to 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Frequency {
    NotAtAll,
    SeveralDays,
    MoreThanHalfTheDays,
    NearlyEveryDay,
}

impl Frequency {
    pub const ALL: [Frequency; 4] = [
        Frequency::NotAtAll,
        Frequency::SeveralDays,
        Frequency::MoreThanHalfTheDays,
        Frequency::NearlyEveryDay,
    ];

    pub fn score(self) -> u8 {
        self as u8
    }
}

/// PHQ-9 item 9. Declining to answer is treated as a positive answer: the
/// person still sees the 988 panel and is never sent to a lower level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SelfHarm {
    NotAtAll,
    PreferNotToSay,
    SeveralDays,
    MoreThanHalfTheDays,
    NearlyEveryDay,
}

impl SelfHarm {
    pub fn is_positive(self) -> bool {
        self != SelfHarm::NotAtAll
    }
}

/// One substance used on most days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Substance {
    Alcohol,
    Benzos,
    Opioids,
    OtherDrugs,
}

impl Substance {
    pub const ALL: [Substance; 4] = [
        Substance::Alcohol,
        Substance::Benzos,
        Substance::Opioids,
        Substance::OtherDrugs,
    ];

    fn bit(self) -> u8 {
        1 << (self as u8)
    }

    /// Benzos, opioids and other drugs lead to the single drug question.
    pub fn is_drug(self) -> bool {
        self != Substance::Alcohol
    }
}

/// The set of substances used on most days; empty means "none".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Substances(u8);

impl Substances {
    pub const NONE: Substances = Substances(0);

    pub fn of(list: &[Substance]) -> Self {
        list.iter().fold(Self::NONE, |set, s| set.with(*s))
    }

    pub fn contains(self, s: Substance) -> bool {
        self.0 & s.bit() != 0
    }

    pub fn with(self, s: Substance) -> Self {
        Substances(self.0 | s.bit())
    }

    pub fn toggled(self, s: Substance) -> Self {
        Substances(self.0 ^ s.bit())
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn any_drug(self) -> bool {
        Substance::ALL
            .iter()
            .any(|s| s.is_drug() && self.contains(*s))
    }

    pub fn iter(self) -> impl Iterator<Item = Substance> {
        Substance::ALL
            .into_iter()
            .filter(move |s| self.contains(*s))
    }

    /// Every subset, for exhaustive tests.
    pub fn all_subsets() -> impl Iterator<Item = Substances> {
        (0u8..16).map(Substances)
    }
}

/// Withdrawal symptoms when going without.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Withdrawal {
    No,
    ALittle,
    ALot,
}

/// AUDIT-C item 1: how often a drink containing alcohol (0 to 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DrinkFrequency {
    Never,
    MonthlyOrLess,
    TwoToFourTimesAMonth,
    TwoToThreeTimesAWeek,
    FourOrMoreTimesAWeek,
}

/// AUDIT-C item 2: standard drinks on a typical drinking day (0 to 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypicalDrinks {
    OneOrTwo,
    ThreeOrFour,
    FiveOrSix,
    SevenToNine,
    TenOrMore,
}

/// AUDIT-C item 3: how often six or more drinks on one occasion (0 to 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HeavyDrinking {
    Never,
    LessThanMonthly,
    Monthly,
    Weekly,
    DailyOrAlmostDaily,
}

/// Sex used only to pick the AUDIT-C cut-off. "Prefer not to say" uses the
/// lower (more cautious) cut-off, so it sorts as the most severe.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AuditSex {
    Male,
    Female,
    PreferNotToSay,
}

/// NIDA single drug question: times in the past year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DrugUseTimes {
    Never,
    OnceOrMore,
}

/// How much problems get in the way of daily life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impact {
    NotAtAll,
    Somewhat,
    ALot,
    CantManageDailyTasks,
}

/// Is home safe and supportive? Listed from safest to least safe.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Home {
    Yes,
    Mostly,
    No,
}

/// Where the person is in their care. Not ordinal: held fixed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Situation {
    SteppingDown,
    WeeklyTherapyNotEnough,
    NeverHadTreatment,
    NotSureWantTreatment,
}

/// Could the person give about 9 hours a week? Only adds a note.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TimeAvailable {
    Yes,
    Maybe,
    No,
}

/// AUDIT-C answers, present only when alcohol was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AuditC {
    pub frequency: DrinkFrequency,
    pub typical: TypicalDrinks,
    pub heavy: HeavyDrinking,
    pub sex: AuditSex,
}

/// Substance answers, present only when at least one substance was chosen,
/// with the AUDIT-C present exactly when alcohol is chosen and the drug
/// question exactly when a drug is. Built only through [`SubstanceUse::new`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SubstanceUse {
    substances: Substances,
    pub past_severe_withdrawal: YesNoUnsure,
    pub withdrawal_now: Withdrawal,
    audit_c: Option<AuditC>,
    drug_use: Option<DrugUseTimes>,
}

impl SubstanceUse {
    /// Returns `None` unless the parts fit together.
    pub fn new(
        substances: Substances,
        past_severe_withdrawal: YesNoUnsure,
        withdrawal_now: Withdrawal,
        audit_c: Option<AuditC>,
        drug_use: Option<DrugUseTimes>,
    ) -> Option<Self> {
        let fits = !substances.is_empty()
            && audit_c.is_some() == substances.contains(Substance::Alcohol)
            && drug_use.is_some() == substances.any_drug();
        fits.then_some(SubstanceUse {
            substances,
            past_severe_withdrawal,
            withdrawal_now,
            audit_c,
            drug_use,
        })
    }

    pub fn substances(&self) -> Substances {
        self.substances
    }

    pub fn audit_c(&self) -> Option<AuditC> {
        self.audit_c
    }

    pub fn drug_use(&self) -> Option<DrugUseTimes> {
        self.drug_use
    }
}

/// A complete set of answers for a check that reached its end without an
/// emergency. Only valid combinations can be built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Profile {
    pub who: Who,
    /// "Yes" ends the check at once with the emergency panel (INV-1).
    pub danger_now: YesNo,
    /// Only for someone else; "me" answers imply the age.
    pub their_age: Option<TheirAge>,
    pub self_harm: SelfHarm,
    pub substance_use: Option<SubstanceUse>,
    pub phq2: [Frequency; 2],
    pub gad2: [Frequency; 2],
    pub impact: Impact,
    pub health: YesNoUnsure,
    pub home: Home,
    pub situation: Situation,
    pub time: TimeAvailable,
}

impl Profile {
    pub fn is_under_18(&self) -> bool {
        self.who == Who::MeUnder18 || self.their_age == Some(TheirAge::Under18)
    }
}
