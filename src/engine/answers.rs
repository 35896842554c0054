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

    /// Benzos, opioids and other drugs are covered by the drug question.
    pub fn is_drug(self) -> bool {
        self != Substance::Alcohol
    }
}

/// A set of substances; empty means "none".
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

    /// Only the members that are also in `other`.
    pub fn within(self, other: Substances) -> Self {
        Substances(self.0 & other.0)
    }

    pub fn is_subset_of(self, other: Substances) -> bool {
        self.within(other) == self
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

/// AUDIT-C items 2 and 3, and the sex that picks the cut-off: asked only
/// when item 1 is not "never".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Drinking {
    pub typical: TypicalDrinks,
    pub heavy: HeavyDrinking,
    pub sex: AuditSex,
}

/// The AUDIT-C, asked of everyone not in danger now (INV-8). "Never" to
/// item 1 ends it with a score of 0, so the later items exist exactly when
/// item 1 is not "never". Built only through [`AuditC::new`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AuditC {
    frequency: DrinkFrequency,
    drinking: Option<Drinking>,
}

impl AuditC {
    pub const NEVER: AuditC = AuditC {
        frequency: DrinkFrequency::Never,
        drinking: None,
    };

    /// Returns `None` unless items 2, 3 and sex are present exactly when
    /// item 1 is not "never".
    pub fn new(frequency: DrinkFrequency, drinking: Option<Drinking>) -> Option<Self> {
        (drinking.is_some() == (frequency != DrinkFrequency::Never)).then_some(AuditC {
            frequency,
            drinking,
        })
    }

    pub fn frequency(&self) -> DrinkFrequency {
        self.frequency
    }

    pub fn drinking(&self) -> Option<Drinking> {
        self.drinking
    }

    pub fn drinks(&self) -> bool {
        self.drinking.is_some()
    }
}

/// What is used on most days, and the withdrawal answers that follow from
/// it. Never empty: "none of these" is no `DailyUse` at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DailyUse {
    substances: Substances,
    pub past_severe_withdrawal: YesNoUnsure,
    pub withdrawal_now: Withdrawal,
}

impl DailyUse {
    pub fn new(
        substances: Substances,
        past_severe_withdrawal: YesNoUnsure,
        withdrawal_now: Withdrawal,
    ) -> Option<Self> {
        (!substances.is_empty()).then_some(DailyUse {
            substances,
            past_severe_withdrawal,
            withdrawal_now,
        })
    }

    pub fn substances(&self) -> Substances {
        self.substances
    }

    pub fn uses(&self, s: Substance) -> bool {
        self.substances.contains(s)
    }
}

/// The alcohol and drug answers. Daily use may name only substances the
/// screens showed any use of: alcohol when AUDIT-C item 1 is not "never",
/// drugs when the drug question is not "never". Built only through
/// [`SubstanceUse::new`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SubstanceUse {
    audit_c: AuditC,
    drug_use: DrugUseTimes,
    daily: Option<DailyUse>,
}

impl SubstanceUse {
    pub const NONE: SubstanceUse = SubstanceUse {
        audit_c: AuditC::NEVER,
        drug_use: DrugUseTimes::Never,
        daily: None,
    };

    /// Returns `None` unless daily use names only substances the screens
    /// showed some use of.
    pub fn new(audit_c: AuditC, drug_use: DrugUseTimes, daily: Option<DailyUse>) -> Option<Self> {
        let fits = daily.is_none_or(|d| {
            d.substances()
                .is_subset_of(Self::possible(audit_c.drinks(), drug_use))
        });
        fits.then_some(SubstanceUse {
            audit_c,
            drug_use,
            daily,
        })
    }

    /// The substances "which do you use on most days?" offers, given whether
    /// the person drinks at all and has used drugs in the past year.
    pub fn possible(drinks: bool, drug_use: DrugUseTimes) -> Substances {
        Substance::ALL
            .into_iter()
            .filter(|s| {
                if s.is_drug() {
                    drug_use == DrugUseTimes::OnceOrMore
                } else {
                    drinks
                }
            })
            .fold(Substances::NONE, Substances::with)
    }

    pub fn audit_c(&self) -> AuditC {
        self.audit_c
    }

    pub fn drug_use(&self) -> DrugUseTimes {
        self.drug_use
    }

    pub fn daily(&self) -> Option<DailyUse> {
        self.daily
    }

    /// Any use at all: any drinking, or a drug in the past year.
    pub fn any(&self) -> bool {
        self.audit_c.drinks() || self.drug_use == DrugUseTimes::OnceOrMore
    }

    pub fn daily_uses(&self, s: Substance) -> bool {
        self.daily.is_some_and(|d| d.uses(s))
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
    pub substance_use: SubstanceUse,
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
