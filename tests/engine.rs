//! Native tests of the self-check engine, question set v2 and rules v2.
//!
//! - The safety invariants of the clinical brief (INV-1, 2, 3, 4, 7, 9) over
//!   `CASES` random profiles each, drawn by `profile_from`, which can build
//!   every valid v2 profile; and the rules against an independent reading of
//!   the brief (`outcome_by_the_brief` and friends) over as many.
//! - The flow (INV-8): every branch of the path walked exhaustively, random
//!   walks with Back, and every random profile answered through `Session`.
//! - Hand-checked tables of the rules, the medical needs and the flags; the
//!   screeners against their published cut-offs; and typical people
//!   (personas) answered through the flow.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::fmt::Debug;
use std::hash::Hash;

use iop_check::engine::answers::*;
use iop_check::engine::rules::{emergency, evaluate, medical_reasons};
use iop_check::engine::screeners::*;
use iop_check::engine::{
    Answer, Flag, MedicalNeed, Outcome, Part, Reason, Screen, Session, Step, Verdict,
};
use proptest::prelude::*;

/// Cases per property test. The test profile uses opt-level 1, so this runs
/// in seconds.
const CASES: u32 = 200_000;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        // No regression files in the source tree; a failure prints its case.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------
// Every answer, in the severity order of answers.rs (least severe first).
// `severity_orders_match_the_engine` ties these lists to the engine.
// ---------------------------------------------------------------------------

/// Not ordinal: held fixed when severity varies.
const WHO: [Who; 4] = [
    Who::Me,
    Who::MeUnder18,
    Who::SomeoneICareAbout,
    Who::Professional,
];
/// Not ordinal either (no `Ord` in answers.rs): held fixed like `WHO`.
const THEIR_AGE: [TheirAge; 2] = [TheirAge::Adult, TheirAge::Under18];
const DANGER: [YesNo; 2] = [YesNo::No, YesNo::Yes];
const SELF_HARM: [SelfHarm; 5] = [
    SelfHarm::NotAtAll,
    SelfHarm::PreferNotToSay,
    SelfHarm::SeveralDays,
    SelfHarm::MoreThanHalfTheDays,
    SelfHarm::NearlyEveryDay,
];
const FREQ: [Frequency; 4] = [
    Frequency::NotAtAll,
    Frequency::SeveralDays,
    Frequency::MoreThanHalfTheDays,
    Frequency::NearlyEveryDay,
];
const DRINK_FREQ: [DrinkFrequency; 5] = [
    DrinkFrequency::Never,
    DrinkFrequency::MonthlyOrLess,
    DrinkFrequency::TwoToFourTimesAMonth,
    DrinkFrequency::TwoToThreeTimesAWeek,
    DrinkFrequency::FourOrMoreTimesAWeek,
];
const TYPICAL: [TypicalDrinks; 5] = [
    TypicalDrinks::OneOrTwo,
    TypicalDrinks::ThreeOrFour,
    TypicalDrinks::FiveOrSix,
    TypicalDrinks::SevenToNine,
    TypicalDrinks::TenOrMore,
];
const HEAVY: [HeavyDrinking; 5] = [
    HeavyDrinking::Never,
    HeavyDrinking::LessThanMonthly,
    HeavyDrinking::Monthly,
    HeavyDrinking::Weekly,
    HeavyDrinking::DailyOrAlmostDaily,
];
const SEX: [AuditSex; 3] = [AuditSex::Male, AuditSex::Female, AuditSex::PreferNotToSay];
const DRUG: [DrugUseTimes; 2] = [DrugUseTimes::Never, DrugUseTimes::OnceOrMore];
/// Past severe withdrawal, and the health question.
const UNSURE: [YesNoUnsure; 3] = [YesNoUnsure::No, YesNoUnsure::NotSure, YesNoUnsure::Yes];
const WITHDRAWAL: [Withdrawal; 3] = [Withdrawal::No, Withdrawal::ALittle, Withdrawal::ALot];
const IMPACT: [Impact; 4] = [
    Impact::NotAtAll,
    Impact::Somewhat,
    Impact::ALot,
    Impact::CantManageDailyTasks,
];
const HOME: [Home; 3] = [Home::Yes, Home::Mostly, Home::No];
/// Not ordinal: held fixed when severity varies.
const SITUATION: [Situation; 4] = [
    Situation::SteppingDown,
    Situation::WeeklyTherapyNotEnough,
    Situation::NeverHadTreatment,
    Situation::NotSureWantTreatment,
];
const TIME: [TimeAvailable; 3] = [TimeAvailable::Yes, TimeAvailable::Maybe, TimeAvailable::No];

/// The least severe answers to AUDIT-C items 2 and 3 and sex: what a move
/// of item 1 away from "never" adds (INV-4).
const LEAST_DRINKING: Drinking = Drinking {
    typical: TypicalDrinks::OneOrTwo,
    heavy: HeavyDrinking::Never,
    sex: AuditSex::Male,
};

fn pick<T: Copy>(options: &[T], n: u8) -> T {
    options[n as usize % options.len()]
}

/// The next answer up in a severity order, if any.
fn up<T: Copy + PartialEq>(order: &[T], v: T) -> Option<T> {
    let i = order.iter().position(|x| *x == v)?;
    order.get(i + 1).copied()
}

// ---------------------------------------------------------------------------
// Building profiles.
// ---------------------------------------------------------------------------

/// One byte per answer, in the order the questions are asked.
type Choices = [u8; 21];

fn audit_c_from(frequency: u8, typical: u8, heavy: u8, sex: u8) -> AuditC {
    let frequency = pick(&DRINK_FREQ, frequency);
    let drinking = (frequency != DrinkFrequency::Never).then(|| Drinking {
        typical: pick(&TYPICAL, typical),
        heavy: pick(&HEAVY, heavy),
        sex: pick(&SEX, sex),
    });
    AuditC::new(frequency, drinking).expect("items 2-3 exactly when item 1 is not never")
}

/// Any valid alcohol and drug answers: AUDIT-C, drug question, then a daily
/// set chosen evenly among the subsets the screens allow (empty included)
/// and the withdrawal answers when it is not empty.
fn substance_use_from(c: [u8; 8]) -> SubstanceUse {
    let audit_c = audit_c_from(c[0], c[1], c[2], c[3]);
    let drug_use = pick(&DRUG, c[4]);
    let possible = SubstanceUse::possible(audit_c.drinks(), drug_use);
    let subsets: Vec<Substances> = Substances::all_subsets()
        .filter(|s| s.is_subset_of(possible))
        .collect();
    let daily = DailyUse::new(
        pick(&subsets, c[5]),
        pick(&UNSURE, c[6]),
        pick(&WITHDRAWAL, c[7]),
    );
    SubstanceUse::new(audit_c, drug_use, daily).expect("daily use within what the screens allow")
}

/// Build any valid v2 profile from a vector of choices. Every field picks
/// from the full list of its answers (checked against `Step::options` in
/// `severity_orders_match_the_engine`), and `substance_use_from` reaches
/// every valid `SubstanceUse` (`builder_reaches_every_substance_answer`).
fn profile_from(c: &Choices) -> Profile {
    let who = pick(&WHO, c[0]);
    Profile {
        who,
        their_age: who.is_other().then(|| pick(&THEIR_AGE, c[1])),
        // Danger now decides everything, so it is drawn 1 time in 8, not 1
        // in 2: the other invariants get more cases. INV-1 forces it.
        danger_now: if c[2] % 8 == 0 { YesNo::Yes } else { YesNo::No },
        self_harm: pick(&SELF_HARM, c[3]),
        phq2: [pick(&FREQ, c[4]), pick(&FREQ, c[5])],
        gad2: [pick(&FREQ, c[6]), pick(&FREQ, c[7])],
        substance_use: substance_use_from([c[8], c[9], c[10], c[11], c[12], c[13], c[14], c[15]]),
        impact: pick(&IMPACT, c[16]),
        health: pick(&UNSURE, c[17]),
        home: pick(&HOME, c[18]),
        situation: pick(&SITUATION, c[19]),
        time: pick(&TIME, c[20]),
    }
}

fn profiles() -> impl Strategy<Value = Profile> {
    any::<Choices>().prop_map(|c| profile_from(&c))
}

/// Every AUDIT-C answer set the question allows (301 of them).
fn all_audit_c() -> Vec<AuditC> {
    let mut all = vec![AuditC::NEVER];
    for frequency in &DRINK_FREQ[1..] {
        for typical in TYPICAL {
            for heavy in HEAVY {
                for sex in SEX {
                    let drinking = Drinking {
                        typical,
                        heavy,
                        sex,
                    };
                    all.push(AuditC::new(*frequency, Some(drinking)).unwrap());
                }
            }
        }
    }
    all
}

/// The PHQ-2/GAD-2 answer pairs that score under 3 (negative).
const NEGATIVE_PAIRS: [[Frequency; 2]; 6] = [
    [Frequency::NotAtAll, Frequency::NotAtAll],
    [Frequency::NotAtAll, Frequency::SeveralDays],
    [Frequency::SeveralDays, Frequency::NotAtAll],
    [Frequency::SeveralDays, Frequency::SeveralDays],
    [Frequency::NotAtAll, Frequency::MoreThanHalfTheDays],
    [Frequency::MoreThanHalfTheDays, Frequency::NotAtAll],
];

/// Profiles where nothing at all is positive (rule 6), every other answer
/// random: in `profiles()` such a profile is rare (about 1 in 2,000).
fn quiet_profiles() -> impl Strategy<Value = Profile> {
    let negative_audits: Vec<AuditC> = all_audit_c()
        .into_iter()
        .filter(|a| !audit_positive_by_hand(*a))
        .collect();
    any::<Choices>().prop_map(move |c| {
        let audit = negative_audits[(c[8] as usize * 256 + c[9] as usize) % negative_audits.len()];
        let base = profile_from(&c);
        // Any drinking with a health problem or pregnancy is rule 2.
        let health = if audit.drinks() && base.health == YesNoUnsure::Yes {
            YesNoUnsure::NotSure
        } else {
            base.health
        };
        Profile {
            danger_now: YesNo::No,
            self_harm: SelfHarm::NotAtAll,
            phq2: pick(&NEGATIVE_PAIRS, c[4]),
            gad2: pick(&NEGATIVE_PAIRS, c[6]),
            substance_use: SubstanceUse::new(audit, DrugUseTimes::Never, None).unwrap(),
            impact: Impact::NotAtAll,
            home: pick(&[Home::Yes, Home::Mostly], c[18]),
            situation: pick(
                &[
                    Situation::NeverHadTreatment,
                    Situation::NotSureWantTreatment,
                ],
                c[19],
            ),
            health,
            ..base
        }
    })
}

/// The alcohol and drug answers rebuilt from their parts; the withdrawal
/// answers are dropped when the daily set is empty.
fn substance_use(
    audit_c: AuditC,
    drug_use: DrugUseTimes,
    set: Substances,
    past: YesNoUnsure,
    now: Withdrawal,
) -> SubstanceUse {
    SubstanceUse::new(audit_c, drug_use, DailyUse::new(set, past, now)).expect("a valid rebuild")
}

/// Every alcohol and drug answer set that is `u` with one answer one step
/// more severe.
fn worse_substance_use(u: &SubstanceUse) -> Vec<SubstanceUse> {
    let audit = u.audit_c();
    let drug = u.drug_use();
    let daily = u.daily();
    let set = daily.map_or(Substances::NONE, |d| d.substances());
    // An empty set gains its withdrawal questions at their least severe.
    let past = daily.map_or(YesNoUnsure::No, |d| d.past_severe_withdrawal);
    let now = daily.map_or(Withdrawal::No, |d| d.withdrawal_now);
    let mut out = Vec::new();

    // AUDIT-C item 1. From "never", items 2-3 and sex appear at their least
    // severe answers.
    if let Some(f) = up(&DRINK_FREQ, audit.frequency()) {
        let drinking = audit.drinking().unwrap_or(LEAST_DRINKING);
        let a = AuditC::new(f, Some(drinking)).unwrap();
        out.push(substance_use(a, drug, set, past, now));
    }
    if let Some(d) = audit.drinking() {
        let worse = [
            up(&TYPICAL, d.typical).map(|typical| Drinking { typical, ..d }),
            up(&HEAVY, d.heavy).map(|heavy| Drinking { heavy, ..d }),
            up(&SEX, d.sex).map(|sex| Drinking { sex, ..d }),
        ];
        for w in worse.into_iter().flatten() {
            let a = AuditC::new(audit.frequency(), Some(w)).unwrap();
            out.push(substance_use(a, drug, set, past, now));
        }
    }
    // The drug question; the daily set stays as it was.
    if let Some(d) = up(&DRUG, drug) {
        out.push(substance_use(audit, d, set, past, now));
    }
    // One more substance on most days, among those the screens allow.
    for s in SubstanceUse::possible(audit.drinks(), drug).iter() {
        if !set.contains(s) {
            out.push(substance_use(audit, drug, set.with(s), past, now));
        }
    }
    if daily.is_some() {
        if let Some(p) = up(&UNSURE, past) {
            out.push(substance_use(audit, drug, set, p, now));
        }
        if let Some(n) = up(&WITHDRAWAL, now) {
            out.push(substance_use(audit, drug, set, past, n));
        }
    }
    out
}

/// Every profile that is `p` with exactly one answer made one step more
/// severe. Who, their age and situation have no order and stay fixed.
fn one_step_worse(p: &Profile) -> Vec<Profile> {
    let mut out = Vec::new();
    macro_rules! raise {
        ($order:expr, $($place:tt)+) => {
            if let Some(v) = up(&$order, p.$($place)+) {
                let mut q = *p;
                q.$($place)+ = v;
                out.push(q);
            }
        };
    }
    raise!(DANGER, danger_now);
    raise!(SELF_HARM, self_harm);
    raise!(FREQ, phq2[0]);
    raise!(FREQ, phq2[1]);
    raise!(FREQ, gad2[0]);
    raise!(FREQ, gad2[1]);
    raise!(IMPACT, impact);
    raise!(UNSURE, health);
    raise!(HOME, home);
    raise!(TIME, time);
    for u in worse_substance_use(&p.substance_use) {
        out.push(Profile {
            substance_use: u,
            ..*p
        });
    }
    out
}

// ---------------------------------------------------------------------------
// The brief, read independently of src/engine/rules.rs and screeners.rs.
// ---------------------------------------------------------------------------

fn phq_points(f: Frequency) -> u8 {
    match f {
        Frequency::NotAtAll => 0,
        Frequency::SeveralDays => 1,
        Frequency::MoreThanHalfTheDays => 2,
        Frequency::NearlyEveryDay => 3,
    }
}

/// AUDIT-C: items 1-3 score 0-4 each (Bush et al. 1998).
fn audit_score_by_hand(a: AuditC) -> u8 {
    let item1 = match a.frequency() {
        DrinkFrequency::Never => 0,
        DrinkFrequency::MonthlyOrLess => 1,
        DrinkFrequency::TwoToFourTimesAMonth => 2,
        DrinkFrequency::TwoToThreeTimesAWeek => 3,
        DrinkFrequency::FourOrMoreTimesAWeek => 4,
    };
    let items23 = a.drinking().map_or(0, |d| {
        let item2 = match d.typical {
            TypicalDrinks::OneOrTwo => 0,
            TypicalDrinks::ThreeOrFour => 1,
            TypicalDrinks::FiveOrSix => 2,
            TypicalDrinks::SevenToNine => 3,
            TypicalDrinks::TenOrMore => 4,
        };
        let item3 = match d.heavy {
            HeavyDrinking::Never => 0,
            HeavyDrinking::LessThanMonthly => 1,
            HeavyDrinking::Monthly => 2,
            HeavyDrinking::Weekly => 3,
            HeavyDrinking::DailyOrAlmostDaily => 4,
        };
        item2 + item3
    });
    item1 + items23
}

/// Positive at 4+ for men, 3+ for women and when sex is not given.
fn audit_positive_by_hand(a: AuditC) -> bool {
    a.drinking().is_some_and(|d| {
        let cutoff = if d.sex == AuditSex::Male { 4 } else { 3 };
        audit_score_by_hand(a) >= cutoff
    })
}

fn any_screen_positive(p: &Profile) -> bool {
    phq_points(p.phq2[0]) + phq_points(p.phq2[1]) >= 3
        || phq_points(p.gad2[0]) + phq_points(p.gad2[1]) >= 3
        || audit_positive_by_hand(p.substance_use.audit_c())
        || p.substance_use.drug_use() == DrugUseTimes::OnceOrMore
}

fn daily_uses(p: &Profile, s: Substance) -> bool {
    p.substance_use.daily().is_some_and(|d| d.uses(s))
}

/// Rule 2's withdrawal conditions (the ones INV-3 is about).
fn withdrawal_risk(p: &Profile) -> bool {
    p.substance_use.daily().is_some_and(|d| {
        d.past_severe_withdrawal != YesNoUnsure::No
            || d.withdrawal_now == Withdrawal::ALot
            || (d.uses(Substance::Benzos) && d.withdrawal_now != Withdrawal::No)
    })
}

/// Rule 2's health clause: "an uncontrolled health problem/pregnancy
/// together with any use". The engine reads "use" as use on most days
/// (rules.rs, `medical_reasons`), and so does this oracle; in v2 "any use"
/// elsewhere means any drinking or any drug in the past year, so this
/// reading is flagged to the lead rather than settled here.
fn health_with_use(p: &Profile) -> bool {
    p.health == YesNoUnsure::Yes && p.substance_use.any()
}

/// A concern (rules 4 and 5): a positive screen, daily use, or weekly
/// therapy that was not enough.
fn concern(p: &Profile) -> bool {
    any_screen_positive(p)
        || p.substance_use.daily().is_some()
        || p.situation == Situation::WeeklyTherapyNotEnough
}

/// Rule 6 and INV-9: nothing at all is positive.
fn nothing_positive(p: &Profile) -> bool {
    p.danger_now == YesNo::No
        && p.self_harm == SelfHarm::NotAtAll
        && !any_screen_positive(p)
        && p.substance_use.daily().is_none()
        && p.impact == Impact::NotAtAll
        && p.situation != Situation::SteppingDown
        && p.situation != Situation::WeeklyTherapyNotEnough
        && p.home != Home::No
        // Any use with an uncontrolled health problem or pregnancy is rule 2.
        && !health_with_use(p)
}

/// Rules v2, first match wins, then the self-harm floor.
fn outcome_by_the_brief(p: &Profile) -> Outcome {
    use Outcome::*;
    if p.danger_now == YesNo::Yes {
        return EmergencyNow;
    }
    let by_need = if withdrawal_risk(p) || health_with_use(p) {
        MedicalCareFirst
    } else if p.impact == Impact::CantManageDailyTasks
        || p.home == Home::No
        || (p.situation == Situation::WeeklyTherapyNotEnough && p.impact == Impact::ALot)
    {
        MoreSupportThanIop
    } else if p.situation == Situation::SteppingDown
        || p.impact == Impact::ALot
        || (concern(p) && p.impact == Impact::Somewhat)
    {
        Iop
    } else if concern(p) || p.impact == Impact::Somewhat {
        Outpatient
    } else {
        LearnMore
    };
    if p.self_harm != SelfHarm::NotAtAll {
        by_need.max(Iop)
    } else {
        by_need
    }
}

/// Rule 2's wording by substance; empty unless rule 2 decides.
fn medical_by_the_brief(p: &Profile) -> Vec<MedicalNeed> {
    if outcome_by_the_brief(p) != Outcome::MedicalCareFirst {
        return Vec::new();
    }
    let seizure_risk = daily_uses(p, Substance::Alcohol) || daily_uses(p, Substance::Benzos);
    let opioids = daily_uses(p, Substance::Opioids);
    let risk = withdrawal_risk(p);
    let mut needs = Vec::new();
    if risk && seizure_risk {
        needs.push(MedicalNeed::SupervisedWithdrawal);
    }
    // Opioids: medicine, also in pregnancy (no sudden stop), never "detox".
    if opioids {
        needs.push(MedicalNeed::OpioidMedicine);
    }
    if risk && !seizure_risk && !opioids {
        needs.push(MedicalNeed::StopSafely);
    }
    if health_with_use(p) {
        needs.push(MedicalNeed::HealthOrPregnancy);
        // In pregnancy, opioids are not stopped suddenly.
        if opioids {
            needs.push(MedicalNeed::OpioidsInPregnancy);
        }
    }
    needs
}

fn flags_by_the_brief(p: &Profile) -> HashSet<Flag> {
    if p.danger_now == YesNo::Yes {
        return HashSet::from([Flag::CrisisLines]);
    }
    let opioids = daily_uses(p, Substance::Opioids);
    let under_18 = p.who == Who::MeUnder18 || p.their_age == Some(TheirAge::Under18);
    [
        (p.self_harm != SelfHarm::NotAtAll, Flag::CrisisLines),
        (opioids, Flag::OpioidMedication),
        (opioids, Flag::Naloxone),
        (under_18, Flag::AdolescentHours),
        // The brief names time "no"; the engine also adds the note for
        // "maybe", which only adds a schedule/virtual note.
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

fn flag_set(v: &Verdict) -> HashSet<Flag> {
    let set: HashSet<Flag> = v.flags.iter().copied().collect();
    assert_eq!(set.len(), v.flags.len(), "a flag twice: {:?}", v.flags);
    set
}

// ---------------------------------------------------------------------------
// Invariants and the rules, over random profiles.
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    /// INV-1: danger now gives EmergencyNow with the crisis lines, whatever
    /// else was answered.
    #[test]
    fn inv1_danger_now_is_always_emergency(mut p in profiles()) {
        p.danger_now = YesNo::Yes;
        let v = evaluate(&p);
        prop_assert_eq!(v.outcome, Outcome::EmergencyNow);
        prop_assert!(v.has(Flag::CrisisLines));
        prop_assert_eq!(&v.reasons, &vec![Reason::DangerNow]);
        prop_assert!(v.medical.is_empty());
        // The emergency panel itself comes first, not the same-day message.
        prop_assert!(!v.opens_with_same_day_message());
        prop_assert_eq!(v, emergency());
    }

    /// INV-2: any self-harm answer but "not at all" (refusal included) is
    /// at least Iop, keeps the 988 panel and opens with the same-day
    /// message; "not at all" does neither.
    #[test]
    fn inv2_self_harm_floor(mut p in profiles()) {
        p.danger_now = YesNo::No;
        let v = evaluate(&p);
        if p.self_harm.is_positive() {
            prop_assert!(v.outcome >= Outcome::Iop, "{:?} gave {:?}", p, v.outcome);
            prop_assert!(v.has(Flag::CrisisLines));
            prop_assert!(v.opens_with_same_day_message());
            prop_assert_eq!(v.reasons.first(), Some(&Reason::SelfHarmThoughts));
        } else {
            prop_assert!(!v.has(Flag::CrisisLines));
            prop_assert!(!v.opens_with_same_day_message());
            prop_assert!(!v.reasons.contains(&Reason::SelfHarmThoughts));
        }
    }

    /// INV-3: rule 2's withdrawal conditions give MedicalCareFirst (never
    /// Iop, Outpatient or LearnMore), with a withdrawal need worded by
    /// substance.
    #[test]
    fn inv3_withdrawal_risk_is_medical_care_first(p in profiles()) {
        let v = evaluate(&p);
        if withdrawal_risk(&p) {
            prop_assert!(v.outcome >= Outcome::MedicalCareFirst, "{:?} gave {:?}", p, v.outcome);
            if p.danger_now == YesNo::No {
                prop_assert_eq!(v.outcome, Outcome::MedicalCareFirst);
                prop_assert!(!medical_reasons(&p).is_empty());
                prop_assert!(v.medical.iter().any(|n| *n != MedicalNeed::HealthOrPregnancy));
            }
        }
    }

    /// INV-4: making any one answer one step more severe never lowers the
    /// outcome.
    #[test]
    fn inv4_monotone(p in profiles()) {
        let base = evaluate(&p).outcome;
        for worse in one_step_worse(&p) {
            let o = evaluate(&worse).outcome;
            prop_assert!(o >= base, "{:?}\n -> {:?}\n lowered {:?} to {:?}", p, worse, base, o);
        }
    }

    /// INV-7: under 18 carries the adolescent hours; adults never do. (The
    /// emergency result names no level, so no hours.)
    #[test]
    fn inv7_adolescent_hours(mut p in profiles()) {
        p.danger_now = YesNo::No;
        let under_18 = p.who == Who::MeUnder18 || p.their_age == Some(TheirAge::Under18);
        prop_assert_eq!(p.is_under_18(), under_18);
        prop_assert_eq!(evaluate(&p).has(Flag::AdolescentHours), under_18);
    }

    /// INV-9: LearnMore exactly when nothing at all is positive; stepping
    /// down is never below Iop.
    #[test]
    fn inv9_learn_more_only_when_nothing_is_positive(p in profiles()) {
        let v = evaluate(&p);
        prop_assert_eq!(v.outcome == Outcome::LearnMore, nothing_positive(&p), "{:?} gave {:?}", p, v.outcome);
        if p.situation == Situation::SteppingDown {
            prop_assert!(v.outcome >= Outcome::Iop, "{:?} gave {:?}", p, v.outcome);
        }
    }

    /// INV-9, the converse: a profile with nothing positive is LearnMore,
    /// whatever the answers that do not count (who, age, health without
    /// use, a mostly safe home, not sure about treatment, time, any
    /// drinking that screens negative).
    #[test]
    fn inv9_nothing_positive_is_learn_more(p in quiet_profiles()) {
        prop_assert!(nothing_positive(&p));
        let v = evaluate(&p);
        prop_assert_eq!(v.outcome, Outcome::LearnMore, "{:?}", p);
        prop_assert_eq!(v.reasons, vec![Reason::NoStrongSigns]);
        prop_assert!(v.medical.is_empty());
    }

    /// The whole verdict against the brief read independently: outcome,
    /// medical needs, flags and scores; and the reasons name the answers.
    #[test]
    fn verdict_follows_the_brief(p in profiles()) {
        let v = evaluate(&p);
        prop_assert_eq!(v.outcome, outcome_by_the_brief(&p), "{:?}", p);
        prop_assert_eq!(&v.medical, &medical_by_the_brief(&p), "{:?}", p);
        prop_assert_eq!(flag_set(&v), flags_by_the_brief(&p), "{:?}", p);
        if p.danger_now == YesNo::No {
            let u = p.substance_use;
            prop_assert_eq!(v.scores.phq2, phq_points(p.phq2[0]) + phq_points(p.phq2[1]));
            prop_assert_eq!(v.scores.gad2, phq_points(p.gad2[0]) + phq_points(p.gad2[1]));
            prop_assert_eq!(v.scores.audit_c, audit_score_by_hand(u.audit_c()));
            prop_assert_eq!(v.scores.audit_c_positive, audit_positive_by_hand(u.audit_c()));
            prop_assert_eq!(v.scores.drug_positive, u.drug_use() == DrugUseTimes::OnceOrMore);
            prop_assert!(!v.reasons.is_empty());
            prop_assert_eq!(
                v.reasons.contains(&Reason::NoStrongSigns),
                v.outcome == Outcome::LearnMore
            );
            if v.outcome == Outcome::MedicalCareFirst {
                let mut expected = medical_reasons(&p);
                if p.self_harm.is_positive() {
                    expected.insert(0, Reason::SelfHarmThoughts);
                }
                prop_assert_eq!(&v.reasons, &expected);
            } else {
                prop_assert!(medical_reasons(&p).is_empty());
            }
            // Iop and Outpatient name the concerns they rest on (the floor
            // keeps them when it lifts Outpatient to Iop).
            let by_need = matches!(v.outcome, Outcome::Iop | Outcome::Outpatient);
            if by_need && u.daily().is_some() {
                prop_assert!(v.reasons.contains(&Reason::DailyUse), "{:?}", v.reasons);
            }
            if by_need && p.situation == Situation::SteppingDown {
                prop_assert!(v.reasons.contains(&Reason::SteppingDown), "{:?}", v.reasons);
            }
        }
    }
}

/// Every valid alcohol and drug answer set is reached by the builder, and
/// only those: exactly what the constructors accept over every input.
#[test]
fn builder_reaches_every_substance_answer() {
    let mut built = HashSet::new();
    for f in 0..5 {
        for t in 0..5 {
            for h in 0..5 {
                for s in 0..3 {
                    for d in 0..2 {
                        for set in 0..16 {
                            for past in 0..3 {
                                for now in 0..3 {
                                    built.insert(substance_use_from([
                                        f, t, h, s, d, set, past, now,
                                    ]));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    let mut valid = HashSet::new();
    let drinking_options: Vec<Option<Drinking>> = std::iter::once(None)
        .chain(TYPICAL.into_iter().flat_map(|typical| {
            HEAVY.into_iter().flat_map(move |heavy| {
                SEX.into_iter().map(move |sex| {
                    Some(Drinking {
                        typical,
                        heavy,
                        sex,
                    })
                })
            })
        }))
        .collect();
    for f in DRINK_FREQ {
        for drinking in &drinking_options {
            let Some(audit) = AuditC::new(f, *drinking) else {
                continue;
            };
            for drug in DRUG {
                let mut dailies = vec![None];
                for set in Substances::all_subsets() {
                    for past in UNSURE {
                        for now in WITHDRAWAL {
                            dailies.push(DailyUse::new(set, past, now));
                        }
                    }
                }
                for daily in dailies {
                    if let Some(u) = SubstanceUse::new(audit, drug, daily) {
                        valid.insert(u);
                    }
                }
            }
        }
    }
    // By hand: never/never 1; never/drug 1 + 7 sets x 9 = 64; drinking
    // (300 AUDIT-C answers) x (never: 1 + 1 x 9, drug: 1 + 15 x 9).
    assert_eq!(valid.len(), 1 + 64 + 300 * 10 + 300 * 136);
    assert_eq!(built, valid);
}

/// The severity orders above are the engine's (`Ord` in answers.rs), and
/// the lists hold exactly the answers each question offers.
#[test]
fn severity_orders_match_the_engine() {
    fn ascending<T: Ord + Debug>(order: &[T]) {
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    }
    fn same_answers<T: Copy + Eq + Hash + Debug>(step: Step, ours: &[T], of: fn(Answer) -> T) {
        let offered: Vec<T> = step.options().into_iter().map(of).collect();
        let offered_set: HashSet<T> = offered.iter().copied().collect();
        assert_eq!(
            offered_set.len(),
            offered.len(),
            "{step:?} offers one answer twice"
        );
        assert_eq!(
            offered_set,
            ours.iter().copied().collect::<HashSet<T>>(),
            "{step:?}"
        );
    }
    macro_rules! answers_of {
        ($variant:ident) => {
            |a| match a {
                Answer::$variant(v) => v,
                other => panic!("{other:?} offered for {:?}", Step::$variant),
            }
        };
    }
    ascending(&DANGER);
    ascending(&SELF_HARM);
    ascending(&FREQ);
    ascending(&DRINK_FREQ);
    ascending(&TYPICAL);
    ascending(&HEAVY);
    ascending(&SEX);
    ascending(&DRUG);
    ascending(&UNSURE);
    ascending(&WITHDRAWAL);
    ascending(&IMPACT);
    ascending(&HOME);
    ascending(&TIME);
    assert_eq!(FREQ, Frequency::ALL);

    same_answers(Step::Who, &WHO, answers_of!(Who));
    same_answers(Step::TheirAge, &THEIR_AGE, answers_of!(TheirAge));
    same_answers(Step::DangerNow, &DANGER, answers_of!(DangerNow));
    same_answers(Step::SelfHarm, &SELF_HARM, answers_of!(SelfHarm));
    same_answers(Step::Phq2Interest, &FREQ, answers_of!(Phq2Interest));
    same_answers(Step::Phq2Down, &FREQ, answers_of!(Phq2Down));
    same_answers(Step::Gad2Nervous, &FREQ, answers_of!(Gad2Nervous));
    same_answers(Step::Gad2Worry, &FREQ, answers_of!(Gad2Worry));
    same_answers(
        Step::AuditFrequency,
        &DRINK_FREQ,
        answers_of!(AuditFrequency),
    );
    same_answers(Step::AuditTypical, &TYPICAL, answers_of!(AuditTypical));
    same_answers(Step::AuditHeavy, &HEAVY, answers_of!(AuditHeavy));
    same_answers(Step::AuditSex, &SEX, answers_of!(AuditSex));
    same_answers(Step::DrugUse, &DRUG, answers_of!(DrugUse));
    same_answers(
        Step::PastSevereWithdrawal,
        &UNSURE,
        answers_of!(PastSevereWithdrawal),
    );
    same_answers(Step::WithdrawalNow, &WITHDRAWAL, answers_of!(WithdrawalNow));
    same_answers(Step::Impact, &IMPACT, answers_of!(Impact));
    same_answers(Step::Health, &UNSURE, answers_of!(Health));
    same_answers(Step::Home, &HOME, answers_of!(Home));
    same_answers(Step::Situation, &SITUATION, answers_of!(Situation));
    same_answers(Step::Time, &TIME, answers_of!(Time));
    // The multi-choice step offers each single substance; the session
    // narrows it to what the screens allow.
    let singles: Vec<Answer> = Substance::ALL
        .into_iter()
        .map(|s| Answer::Substances(Substances::of(&[s])))
        .collect();
    assert_eq!(Step::Substances.options(), singles);
    // Each option belongs to its own step.
    for step in Step::ALL {
        assert!(step.options().iter().all(|a| a.step() == step), "{step:?}");
        assert_eq!(step.is_multi(), step == Step::Substances);
    }
}

// ---------------------------------------------------------------------------
// The flow (INV-8): which questions are asked, progress, round trips.
// ---------------------------------------------------------------------------

/// The questions a person with these answers is asked, in order, read from
/// the question set (independently of `Session::applies`).
fn expected_path(p: &Profile) -> Vec<Step> {
    let u = &p.substance_use;
    let mut path = vec![Step::Who];
    if p.who.is_other() {
        path.push(Step::TheirAge);
    }
    path.push(Step::DangerNow);
    if p.danger_now == YesNo::Yes {
        return path;
    }
    path.extend([
        Step::SelfHarm,
        Step::Phq2Interest,
        Step::Phq2Down,
        Step::Gad2Nervous,
        Step::Gad2Worry,
        Step::AuditFrequency,
    ]);
    let drinks = u.audit_c().frequency() != DrinkFrequency::Never;
    if drinks {
        path.extend([Step::AuditTypical, Step::AuditHeavy, Step::AuditSex]);
    }
    path.push(Step::DrugUse);
    if drinks || u.drug_use() == DrugUseTimes::OnceOrMore {
        path.push(Step::Substances);
    }
    if u.daily().is_some() {
        path.extend([Step::PastSevereWithdrawal, Step::WithdrawalNow]);
    }
    path.extend([
        Step::Impact,
        Step::Health,
        Step::Home,
        Step::Situation,
        Step::Time,
    ]);
    path
}

/// The answers a person with this profile gives, in the order asked.
fn answers_for(p: &Profile) -> Vec<Answer> {
    let u = p.substance_use;
    let drinking = u.audit_c().drinking();
    let daily = u.daily();
    expected_path(p)
        .into_iter()
        .map(|step| match step {
            Step::Who => Answer::Who(p.who),
            Step::TheirAge => Answer::TheirAge(p.their_age.expect("age for someone else")),
            Step::DangerNow => Answer::DangerNow(p.danger_now),
            Step::SelfHarm => Answer::SelfHarm(p.self_harm),
            Step::Phq2Interest => Answer::Phq2Interest(p.phq2[0]),
            Step::Phq2Down => Answer::Phq2Down(p.phq2[1]),
            Step::Gad2Nervous => Answer::Gad2Nervous(p.gad2[0]),
            Step::Gad2Worry => Answer::Gad2Worry(p.gad2[1]),
            Step::AuditFrequency => Answer::AuditFrequency(u.audit_c().frequency()),
            Step::AuditTypical => Answer::AuditTypical(drinking.unwrap().typical),
            Step::AuditHeavy => Answer::AuditHeavy(drinking.unwrap().heavy),
            Step::AuditSex => Answer::AuditSex(drinking.unwrap().sex),
            Step::DrugUse => Answer::DrugUse(u.drug_use()),
            Step::Substances => {
                Answer::Substances(daily.map_or(Substances::NONE, |d| d.substances()))
            }
            Step::PastSevereWithdrawal => {
                Answer::PastSevereWithdrawal(daily.unwrap().past_severe_withdrawal)
            }
            Step::WithdrawalNow => Answer::WithdrawalNow(daily.unwrap().withdrawal_now),
            Step::Impact => Answer::Impact(p.impact),
            Step::Health => Answer::Health(p.health),
            Step::Home => Answer::Home(p.home),
            Step::Situation => Answer::Situation(p.situation),
            Step::Time => Answer::Time(p.time),
        })
        .collect()
}

/// The profile a list of answers describes, built by the test; a daily set
/// keeps only what the screens allow, as the question offers.
fn profile_of(given: &[Answer]) -> Option<Profile> {
    let find = |step: Step| given.iter().copied().find(|a| a.step() == step);
    macro_rules! get {
        ($variant:ident) => {
            match find(Step::$variant) {
                Some(Answer::$variant(v)) => Some(v),
                _ => None,
            }
        };
    }
    let who = get!(Who)?;
    let frequency = get!(AuditFrequency)?;
    let drinking = if frequency == DrinkFrequency::Never {
        None
    } else {
        Some(Drinking {
            typical: get!(AuditTypical)?,
            heavy: get!(AuditHeavy)?,
            sex: get!(AuditSex)?,
        })
    };
    let audit_c = AuditC::new(frequency, drinking)?;
    let drug_use = get!(DrugUse)?;
    let offered = SubstanceUse::possible(audit_c.drinks(), drug_use);
    let set = get!(Substances).map_or(Substances::NONE, |s| s.within(offered));
    let daily = if set.is_empty() {
        None
    } else {
        DailyUse::new(set, get!(PastSevereWithdrawal)?, get!(WithdrawalNow)?)
    };
    Some(Profile {
        who,
        their_age: if who.is_other() {
            Some(get!(TheirAge)?)
        } else {
            None
        },
        danger_now: get!(DangerNow)?,
        self_harm: get!(SelfHarm)?,
        substance_use: SubstanceUse::new(audit_c, drug_use, daily)?,
        phq2: [get!(Phq2Interest)?, get!(Phq2Down)?],
        gad2: [get!(Gad2Nervous)?, get!(Gad2Worry)?],
        impact: get!(Impact)?,
        health: get!(Health)?,
        home: get!(Home)?,
        situation: get!(Situation)?,
        time: get!(Time)?,
    })
}

/// The substances "which do you use on most days?" should offer, by hand:
/// alcohol when AUDIT-C item 1 is not "never", the drugs when the drug
/// question is not "never".
fn offered_by_hand(s: &Session) -> Substances {
    let drinks = matches!(
        s.answer_for(Step::AuditFrequency),
        Some(Answer::AuditFrequency(f)) if f != DrinkFrequency::Never
    );
    let drugs = s.answer_for(Step::DrugUse) == Some(Answer::DrugUse(DrugUseTimes::OnceOrMore));
    Substance::ALL
        .into_iter()
        .filter(|x| if x.is_drug() { drugs } else { drinks })
        .fold(Substances::NONE, Substances::with)
}

/// Answer the current question with `a`, checking what the flow shows
/// before and after: the step, its part and number, the substances
/// offered, the stored answer, the progress moving forward by at most one
/// part, and the 988 panel from a positive self-harm answer on (INV-2).
fn answer_checked(s: &Session, a: Answer) -> Session {
    let step = a.step();
    assert_eq!(s.current_step(), Some(step), "asked {step:?} out of turn");
    let before = s.progress();
    assert_eq!(before.part, step.part());
    assert_eq!(before.number, s.answered().len() + 1);
    let stored = match a {
        Answer::Substances(set) => {
            let offered = offered_by_hand(s);
            assert!(
                !offered.is_empty(),
                "asked which substances with nothing to offer"
            );
            assert_eq!(s.substance_choices(), offered);
            Answer::Substances(set.within(offered))
        }
        other => other,
    };
    let mut next = s.clone();
    next.answer(a);
    assert_eq!(next.answered().len(), s.answered().len() + 1);
    assert_eq!(next.answered().last(), Some(&step));
    assert_eq!(next.answer_for(step), Some(stored));
    if a == Answer::DangerNow(YesNo::Yes) {
        // INV-1: the emergency result at once.
        assert_eq!(next.screen(), Screen::Result(emergency()));
        assert!(next.shows_crisis_lines());
    } else {
        let after = next.progress();
        assert!(after.part >= before.part, "{:?} -> {:?}", before, after);
        assert!(
            after.part.number() <= before.part.number() + 1,
            "{:?} -> {:?}",
            before,
            after
        );
        assert_eq!(after.number, before.number + 1);
    }
    if matches!(a, Answer::SelfHarm(h) if h.is_positive()) {
        assert!(next.shows_crisis_lines());
    }
    next
}

/// Check a session that shows its result after the answers `given`.
/// Returns the length of a complete (non-emergency) path.
fn check_result(s: &Session, given: &[Answer]) -> Option<usize> {
    let Screen::Result(v) = s.screen() else {
        panic!("expected a result after {given:?}");
    };
    let steps: Vec<Step> = given.iter().map(|a| a.step()).collect();
    assert_eq!(s.answered(), steps.as_slice());
    if given.contains(&Answer::DangerNow(YesNo::Yes)) {
        assert_eq!(given.last(), Some(&Answer::DangerNow(YesNo::Yes)));
        assert_eq!(v, emergency());
        return None;
    }
    let p = s.profile().expect("a result has a full profile");
    assert_eq!(
        Some(p),
        profile_of(given),
        "the profile is not the answers given"
    );
    assert_eq!(s.answered(), expected_path(&p).as_slice());
    // INV-8, spelled out.
    let asked = |step| s.answered().contains(&step);
    let drinks = p.substance_use.audit_c().frequency() != DrinkFrequency::Never;
    assert!(asked(Step::AuditFrequency) && asked(Step::DrugUse));
    for item in [Step::AuditTypical, Step::AuditHeavy, Step::AuditSex] {
        assert_eq!(asked(item), drinks);
    }
    assert_eq!(asked(Step::Substances), p.substance_use.any());
    let daily = p.substance_use.daily().is_some();
    assert_eq!(asked(Step::PastSevereWithdrawal), daily);
    assert_eq!(asked(Step::WithdrawalNow), daily);
    assert_eq!(v, evaluate(&p));
    assert_eq!(s.progress().part, Part::DailyLife);
    assert_eq!(s.shows_crisis_lines(), p.self_harm.is_positive());
    Some(s.answered().len())
}

/// Steps whose answer changes which steps follow (and who it is for).
fn branches(step: Step) -> bool {
    matches!(
        step,
        Step::Who | Step::TheirAge | Step::DangerNow | Step::AuditFrequency | Step::DrugUse
    )
}

/// Walk every path: every answer at the steps that branch, every set at
/// the multi-choice step (impossible substances included, which the
/// session must drop), and one answer elsewhere, rotated by `fill` and the
/// depth so the other answers vary between paths.
fn explore(s: &Session, given: &mut Vec<Answer>, fill: usize, lengths: &mut Vec<usize>) {
    let Screen::Ask(step) = s.screen() else {
        lengths.extend(check_result(s, given));
        return;
    };
    let options: Vec<Answer> = if step.is_multi() {
        Substances::all_subsets().map(Answer::Substances).collect()
    } else if branches(step) {
        step.options()
    } else {
        let options = step.options();
        vec![options[(fill + given.len()) % options.len()]]
    };
    for a in options {
        let next = answer_checked(s, a);
        given.push(a);
        explore(&next, given, fill, lengths);
        given.pop();
    }
}

/// INV-8 over every branch of the path: everyone not in danger is asked
/// AUDIT-C item 1 and the drug question; items 2-3 exactly when item 1 is
/// not "never"; the substances exactly when there is any use, offering
/// only those; withdrawal exactly when a daily set is named. Complete paths
/// are 14 to 21 questions, as the intro says.
#[test]
fn inv8_every_path() {
    let mut lengths = Vec::new();
    for fill in 0..6 {
        explore(&Session::new(), &mut Vec::new(), fill, &mut lengths);
    }
    // Complete paths per fill: 6 who/age answers x 5 x 2 alcohol/drug
    // answers, 9 of them with some use and then 16 sets: 6 x (1 + 9 x 16).
    // (The 6 emergency paths per fill end early and are not counted.)
    assert_eq!(lengths.len(), 6 * 6 * (1 + 9 * 16));
    assert_eq!(lengths.iter().min(), Some(&14));
    assert_eq!(lengths.iter().max(), Some(&21));
    let seen: HashSet<usize> = lengths.into_iter().collect();
    assert_eq!(seen, (14..=21).collect::<HashSet<usize>>());
}

proptest! {
    #![proptest_config(config())]

    /// Every profile answered through the flow comes back as itself, on
    /// the path the question set gives, with the engine's verdict.
    #[test]
    fn flow_round_trips_every_profile(p in profiles()) {
        let mut s = Session::new();
        let given = answers_for(&p);
        for a in &given {
            s = answer_checked(&s, *a);
        }
        let length = check_result(&s, &given);
        prop_assert_eq!(length.is_none(), p.danger_now == YesNo::Yes);
        if p.danger_now == YesNo::No {
            prop_assert_eq!(s.profile(), Some(p));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES / 4, ..config() })]

    /// Any clicks, with Back among them: stale clicks are ignored, Back
    /// returns to the last step keeping its answer, the flow always ends,
    /// and the result is the answers on the final path (nothing left over
    /// from a branch that was undone).
    #[test]
    fn flow_with_back_ends_on_the_final_answers(
        clicks in proptest::collection::vec((0u8..6, any::<u8>(), any::<u8>()), 0..80)
    ) {
        let mut s = Session::new();
        for (kind, n, stale) in clicks {
            let Screen::Ask(step) = s.screen() else { break };
            if kind == 0 && s.can_go_back() {
                let last = *s.answered().last().unwrap();
                let kept = s.answer_for(last);
                s.back();
                prop_assert_eq!(s.current_step(), Some(last));
                prop_assert_eq!(s.answer_for(last), kept);
            } else if kind == 1 {
                // A click for another step changes nothing.
                let other = pick(&Step::ALL, stale);
                if other != step {
                    let before = s.clone();
                    s.answer(other.options()[0]);
                    prop_assert_eq!(&s, &before);
                }
            } else {
                let a = if step.is_multi() {
                    Answer::Substances(Substances::all_subsets().nth(n as usize % 16).unwrap())
                } else {
                    pick(&step.options(), n)
                };
                s = answer_checked(&s, a);
            }
        }
        // Finish forward, "no" to danger now.
        let mut forward = 0;
        while let Screen::Ask(step) = s.screen() {
            let a = if step == Step::DangerNow { Answer::DangerNow(YesNo::No) } else { step.options()[0] };
            s = answer_checked(&s, a);
            forward += 1;
            prop_assert!(forward <= Step::ALL.len());
        }
        let given: Vec<Answer> = s
            .answered()
            .iter()
            .map(|step| s.answer_for(*step).expect("an answered step has an answer"))
            .collect();
        check_result(&s, &given);
    }
}

fn run(answers: &[Answer]) -> Session {
    let mut s = Session::new();
    for a in answers {
        s = answer_checked(&s, *a);
    }
    s
}

/// The answers up to the alcohol questions for a calm adult.
fn calm_start() -> Vec<Answer> {
    vec![
        Answer::Who(Who::Me),
        Answer::DangerNow(YesNo::No),
        Answer::SelfHarm(SelfHarm::NotAtAll),
        Answer::Phq2Interest(Frequency::NotAtAll),
        Answer::Phq2Down(Frequency::NotAtAll),
        Answer::Gad2Nervous(Frequency::NotAtAll),
        Answer::Gad2Worry(Frequency::NotAtAll),
    ]
}

/// The rest of a calm check from AUDIT-C item 1 on: no drinking, no drugs,
/// nothing in the way, a safe home, time to give; only the situation varies.
fn calm_tail(situation: Situation) -> [Answer; 7] {
    [
        Answer::AuditFrequency(DrinkFrequency::Never),
        Answer::DrugUse(DrugUseTimes::Never),
        Answer::Impact(Impact::NotAtAll),
        Answer::Health(YesNoUnsure::No),
        Answer::Home(Home::Yes),
        Answer::Situation(situation),
        Answer::Time(TimeAvailable::Yes),
    ]
}

#[test]
fn everyone_is_asked_about_alcohol_and_drugs() {
    let s = run(&calm_start());
    assert_eq!(s.current_step(), Some(Step::AuditFrequency));
    assert_eq!(s.progress().part, Part::AlcoholAndDrugs);

    // "Never" ends the AUDIT-C; the drug question follows for everyone.
    let never = answer_checked(&s, Answer::AuditFrequency(DrinkFrequency::Never));
    assert_eq!(never.current_step(), Some(Step::DrugUse));
    let mut abstinent = answer_checked(&never, Answer::DrugUse(DrugUseTimes::Never));
    assert_eq!(abstinent.current_step(), Some(Step::Impact));
    assert_eq!(abstinent.progress().part, Part::DailyLife);
    // Drug use only: the substances offered are the drugs.
    let drugs = answer_checked(&never, Answer::DrugUse(DrugUseTimes::OnceOrMore));
    assert_eq!(drugs.current_step(), Some(Step::Substances));
    assert_eq!(
        drugs.substance_choices(),
        Substances::of(&[Substance::Benzos, Substance::Opioids, Substance::OtherDrugs])
    );

    // Any drinking: items 2-3 and sex, then the drug question.
    let mut drinks = answer_checked(&s, Answer::AuditFrequency(DrinkFrequency::MonthlyOrLess));
    for a in [
        Answer::AuditTypical(TypicalDrinks::OneOrTwo),
        Answer::AuditHeavy(HeavyDrinking::Never),
        Answer::AuditSex(AuditSex::Female),
        Answer::DrugUse(DrugUseTimes::Never),
    ] {
        drinks = answer_checked(&drinks, a);
    }
    assert_eq!(drinks.current_step(), Some(Step::Substances));
    assert_eq!(
        drinks.substance_choices(),
        Substances::of(&[Substance::Alcohol])
    );
    // Naming opioids without having said so in the drug question is dropped.
    let mut impossible = drinks.clone();
    impossible.answer(Answer::Substances(Substances::of(&[Substance::Opioids])));
    assert_eq!(
        impossible.answer_for(Step::Substances),
        Some(Answer::Substances(Substances::NONE))
    );
    assert_eq!(impossible.current_step(), Some(Step::Impact));
    // Daily alcohol: the withdrawal questions.
    let daily = answer_checked(
        &drinks,
        Answer::Substances(Substances::of(&[Substance::Alcohol])),
    );
    assert_eq!(daily.current_step(), Some(Step::PastSevereWithdrawal));

    // And the rest of the calm path.
    for a in [
        Answer::Impact(Impact::NotAtAll),
        Answer::Health(YesNoUnsure::No),
        Answer::Home(Home::Yes),
        Answer::Situation(Situation::NeverHadTreatment),
        Answer::Time(TimeAvailable::Yes),
    ] {
        abstinent = answer_checked(&abstinent, a);
    }
    assert_eq!(abstinent.answered().len(), 14);
    match abstinent.screen() {
        Screen::Result(v) => assert_eq!(v.outcome, Outcome::LearnMore),
        other => panic!("expected a result, got {other:?}"),
    }
}

#[test]
fn parts_are_numbered_one_to_four() {
    let numbers: Vec<usize> = Part::ALL.iter().map(|p| p.number()).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4]);
    assert!(Part::ALL.windows(2).all(|w| w[0] < w[1]));
    // Parts in the order of the steps, and every part has a step.
    let parts: Vec<Part> = Step::ALL.iter().map(|s| s.part()).collect();
    assert!(parts.windows(2).all(|w| w[0] <= w[1]));
    let seen: HashSet<Part> = parts.into_iter().collect();
    assert_eq!(seen.len(), 4);
    assert_eq!(Session::new().progress().part, Part::GettingStarted);
    assert_eq!(Session::new().progress().number, 1);
}

#[test]
fn someone_else_asks_their_age() {
    for who in [Who::SomeoneICareAbout, Who::Professional] {
        let s = run(&[Answer::Who(who)]);
        assert_eq!(s.current_step(), Some(Step::TheirAge));
    }
    for who in [Who::Me, Who::MeUnder18] {
        let s = run(&[Answer::Who(who)]);
        assert_eq!(s.current_step(), Some(Step::DangerNow));
    }
}

#[test]
fn back_keeps_the_choice_and_start_over_clears() {
    let mut s = run(&[Answer::Who(Who::Me), Answer::DangerNow(YesNo::No)]);
    assert!(s.can_go_back());
    s.back();
    assert_eq!(s.current_step(), Some(Step::DangerNow));
    assert_eq!(
        s.answer_for(Step::DangerNow),
        Some(Answer::DangerNow(YesNo::No))
    );
    s.back();
    assert_eq!(s.current_step(), Some(Step::Who));
    assert!(!s.can_go_back());
    s.start_over();
    assert_eq!(s, Session::new());
}

/// Going back past the alcohol questions and answering "never" removes the
/// daily alcohol and its withdrawal answers from the result.
#[test]
fn back_drops_an_undone_branch() {
    let mut s = run(&calm_start());
    for a in [
        Answer::AuditFrequency(DrinkFrequency::FourOrMoreTimesAWeek),
        Answer::AuditTypical(TypicalDrinks::TenOrMore),
        Answer::AuditHeavy(HeavyDrinking::DailyOrAlmostDaily),
        Answer::AuditSex(AuditSex::Male),
        Answer::DrugUse(DrugUseTimes::Never),
        Answer::Substances(Substances::of(&[Substance::Alcohol])),
        Answer::PastSevereWithdrawal(YesNoUnsure::Yes),
        Answer::WithdrawalNow(Withdrawal::ALot),
    ] {
        s = answer_checked(&s, a);
    }
    while s.current_step() != Some(Step::AuditFrequency) {
        s.back();
    }
    for a in calm_tail(Situation::NeverHadTreatment) {
        s = answer_checked(&s, a);
    }
    let p = s.profile().unwrap();
    assert_eq!(p.substance_use, SubstanceUse::NONE);
    assert_eq!(evaluate(&p).outcome, Outcome::LearnMore);
}

#[test]
fn emergency_ends_the_check_at_once() {
    for start in [
        vec![Answer::Who(Who::Me)],
        vec![
            Answer::Who(Who::Professional),
            Answer::TheirAge(TheirAge::Under18),
        ],
    ] {
        let mut s = run(&start);
        s = answer_checked(&s, Answer::DangerNow(YesNo::Yes));
        assert_eq!(s.screen(), Screen::Result(emergency()));
        assert!(s.shows_crisis_lines());
        assert_eq!(s.current_step(), None);
    }
}

#[test]
fn self_harm_shows_crisis_lines_for_the_rest_of_the_check() {
    for harm in SELF_HARM {
        let mut s = run(&[
            Answer::Who(Who::Me),
            Answer::DangerNow(YesNo::No),
            Answer::SelfHarm(harm),
        ]);
        assert_eq!(s.shows_crisis_lines(), harm.is_positive(), "{harm:?}");
        s = answer_checked(&s, Answer::Phq2Interest(Frequency::NotAtAll));
        assert_eq!(s.shows_crisis_lines(), harm.is_positive(), "{harm:?}");
    }
    let before = run(&[Answer::Who(Who::Me), Answer::DangerNow(YesNo::No)]);
    assert!(!before.shows_crisis_lines());
}

// ---------------------------------------------------------------------------
// Hand-checked tables.
// ---------------------------------------------------------------------------

/// A calm adult with no concerns, to vary one field at a time in tables.
fn calm() -> Profile {
    Profile {
        who: Who::Me,
        their_age: None,
        danger_now: YesNo::No,
        self_harm: SelfHarm::NotAtAll,
        substance_use: SubstanceUse::NONE,
        phq2: [Frequency::NotAtAll; 2],
        gad2: [Frequency::NotAtAll; 2],
        impact: Impact::NotAtAll,
        health: YesNoUnsure::No,
        home: Home::Yes,
        situation: Situation::NeverHadTreatment,
        time: TimeAvailable::Yes,
    }
}

fn audit(
    frequency: DrinkFrequency,
    typical: TypicalDrinks,
    heavy: HeavyDrinking,
    sex: AuditSex,
) -> AuditC {
    AuditC::new(
        frequency,
        Some(Drinking {
            typical,
            heavy,
            sex,
        }),
    )
    .unwrap()
}

/// A man who drinks 4+ times a week, 3 or 4 drinks, 6+ weekly: AUDIT-C 8.
fn daily_drinker() -> AuditC {
    audit(
        DrinkFrequency::FourOrMoreTimesAWeek,
        TypicalDrinks::ThreeOrFour,
        HeavyDrinking::Weekly,
        AuditSex::Male,
    )
}

/// 2-4 times a month, 5 or 6 drinks, 6+ monthly, female: AUDIT-C 6.
fn weekend_binge() -> AuditC {
    audit(
        DrinkFrequency::TwoToFourTimesAMonth,
        TypicalDrinks::FiveOrSix,
        HeavyDrinking::Monthly,
        AuditSex::Female,
    )
}

/// Use on most days of `list`, with the screens that allow it: the daily
/// drinker's AUDIT-C for alcohol, the drug question for drugs.
fn using(list: &[Substance], past: YesNoUnsure, now: Withdrawal) -> SubstanceUse {
    let set = Substances::of(list);
    let audit_c = if set.contains(Substance::Alcohol) {
        daily_drinker()
    } else {
        AuditC::NEVER
    };
    let drug_use = if set.iter().any(Substance::is_drug) {
        DrugUseTimes::OnceOrMore
    } else {
        DrugUseTimes::Never
    };
    substance_use(audit_c, drug_use, set, past, now)
}

/// Use without daily use: an AUDIT-C and the drug question only.
fn screened(audit_c: AuditC, drug_use: DrugUseTimes) -> SubstanceUse {
    SubstanceUse::new(audit_c, drug_use, None).unwrap()
}

#[test]
fn rules_table() {
    use Outcome::*;
    use Substance::{Alcohol, Benzos, Opioids, OtherDrugs};
    use Withdrawal::{ALittle, ALot};
    use YesNoUnsure::{No, NotSure, Yes};
    let positive_mood = [Frequency::MoreThanHalfTheDays, Frequency::SeveralDays];
    let rows: Vec<(&str, Profile, Outcome)> = vec![
        ("1. all negative", calm(), LearnMore),
        (
            "1. danger now",
            Profile {
                danger_now: YesNo::Yes,
                ..calm()
            },
            EmergencyNow,
        ),
        (
            "1. danger now beats withdrawal and an unsafe home",
            Profile {
                danger_now: YesNo::Yes,
                substance_use: using(&[Alcohol], Yes, ALot),
                home: Home::No,
                ..calm()
            },
            EmergencyNow,
        ),
        (
            "2. daily alcohol, past seizure",
            Profile {
                substance_use: using(&[Alcohol], Yes, Withdrawal::No),
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "2. daily alcohol, not sure about past seizure",
            Profile {
                substance_use: using(&[Alcohol], NotSure, Withdrawal::No),
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "2. other drugs, strong withdrawal now",
            Profile {
                substance_use: using(&[OtherDrugs], No, ALot),
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "2. benzos with a little withdrawal",
            Profile {
                substance_use: using(&[Benzos], No, ALittle),
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "2. health problem or pregnancy with daily opioids",
            Profile {
                substance_use: using(&[Opioids], No, Withdrawal::No),
                health: Yes,
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "2. health problem or pregnancy with daily alcohol",
            Profile {
                substance_use: using(&[Alcohol], No, Withdrawal::No),
                health: Yes,
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "2. medical care beats stepping down and an unsafe home",
            Profile {
                substance_use: using(&[Alcohol], Yes, Withdrawal::No),
                situation: Situation::SteppingDown,
                home: Home::No,
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "not rule 2: health not sure with daily alcohol, not in the way",
            Profile {
                substance_use: using(&[Alcohol], No, Withdrawal::No),
                health: NotSure,
                ..calm()
            },
            Outpatient,
        ),
        (
            "not rule 2: daily opioids with a little withdrawal, somewhat",
            Profile {
                substance_use: using(&[Opioids], No, ALittle),
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "not rule 2: daily benzos, no withdrawal, not in the way",
            Profile {
                substance_use: using(&[Benzos], No, Withdrawal::No),
                ..calm()
            },
            Outpatient,
        ),
        (
            "not rule 2: health problem without any use",
            Profile {
                health: Yes,
                phq2: positive_mood,
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "3. can't manage daily tasks",
            Profile {
                impact: Impact::CantManageDailyTasks,
                ..calm()
            },
            MoreSupportThanIop,
        ),
        (
            "3. home not safe",
            Profile {
                home: Home::No,
                ..calm()
            },
            MoreSupportThanIop,
        ),
        (
            "3. home not safe beats stepping down",
            Profile {
                home: Home::No,
                situation: Situation::SteppingDown,
                ..calm()
            },
            MoreSupportThanIop,
        ),
        (
            "3. weekly therapy not enough, a lot",
            Profile {
                situation: Situation::WeeklyTherapyNotEnough,
                impact: Impact::ALot,
                ..calm()
            },
            MoreSupportThanIop,
        ),
        (
            "4. weekly therapy not enough, somewhat",
            Profile {
                situation: Situation::WeeklyTherapyNotEnough,
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "4. stepping down, feels fine",
            Profile {
                situation: Situation::SteppingDown,
                ..calm()
            },
            Iop,
        ),
        (
            "4. stepping down, somewhat",
            Profile {
                situation: Situation::SteppingDown,
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "4. problems in the way a lot, no concern",
            Profile {
                impact: Impact::ALot,
                ..calm()
            },
            Iop,
        ),
        (
            "4. positive PHQ-2, somewhat",
            Profile {
                phq2: positive_mood,
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "4. positive GAD-2, a lot, mostly safe home",
            Profile {
                gad2: positive_mood,
                impact: Impact::ALot,
                home: Home::Mostly,
                ..calm()
            },
            Iop,
        ),
        (
            "4. weekend binge drinking, somewhat",
            Profile {
                substance_use: screened(weekend_binge(), DrugUseTimes::Never),
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "4. a drug once in the past year, somewhat",
            Profile {
                substance_use: screened(AuditC::NEVER, DrugUseTimes::OnceOrMore),
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "4. daily alcohol, no withdrawal, somewhat",
            Profile {
                substance_use: using(&[Alcohol], No, Withdrawal::No),
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "4. time no keeps IOP",
            Profile {
                phq2: positive_mood,
                impact: Impact::Somewhat,
                time: TimeAvailable::No,
                ..calm()
            },
            Iop,
        ),
        (
            "4. not sure about treatment never lowers",
            Profile {
                phq2: positive_mood,
                impact: Impact::ALot,
                situation: Situation::NotSureWantTreatment,
                ..calm()
            },
            Iop,
        ),
        (
            "5. positive PHQ-2, not in the way",
            Profile {
                phq2: positive_mood,
                ..calm()
            },
            Outpatient,
        ),
        (
            "5. weekly therapy not enough, not in the way",
            Profile {
                situation: Situation::WeeklyTherapyNotEnough,
                ..calm()
            },
            Outpatient,
        ),
        (
            "5. weekend binge drinking, not in the way",
            Profile {
                substance_use: screened(weekend_binge(), DrugUseTimes::Never),
                ..calm()
            },
            Outpatient,
        ),
        (
            "5. a drug once in the past year, not in the way",
            Profile {
                substance_use: screened(AuditC::NEVER, DrugUseTimes::OnceOrMore),
                ..calm()
            },
            Outpatient,
        ),
        (
            "5. problems in the way somewhat, no concern",
            Profile {
                impact: Impact::Somewhat,
                ..calm()
            },
            Outpatient,
        ),
        (
            "6. PHQ-2 of 2 is negative",
            Profile {
                phq2: [Frequency::SeveralDays; 2],
                gad2: [Frequency::MoreThanHalfTheDays, Frequency::NotAtAll],
                ..calm()
            },
            LearnMore,
        ),
        (
            "6. AUDIT-C 3 is negative for a man",
            Profile {
                substance_use: screened(
                    audit(
                        DrinkFrequency::TwoToThreeTimesAWeek,
                        TypicalDrinks::OneOrTwo,
                        HeavyDrinking::Never,
                        AuditSex::Male,
                    ),
                    DrugUseTimes::Never,
                ),
                ..calm()
            },
            LearnMore,
        ),
        (
            "6. a mostly safe home, not sure about treatment, health problem, teen",
            Profile {
                who: Who::MeUnder18,
                home: Home::Mostly,
                health: Yes,
                situation: Situation::NotSureWantTreatment,
                time: TimeAvailable::No,
                ..calm()
            },
            LearnMore,
        ),
        (
            "floor: self-harm several days",
            Profile {
                self_harm: SelfHarm::SeveralDays,
                ..calm()
            },
            Iop,
        ),
        (
            "floor: prefer not to say",
            Profile {
                self_harm: SelfHarm::PreferNotToSay,
                ..calm()
            },
            Iop,
        ),
        (
            "floor: lifts outpatient to IOP",
            Profile {
                self_harm: SelfHarm::SeveralDays,
                phq2: positive_mood,
                ..calm()
            },
            Iop,
        ),
        (
            "floor: unsafe home stays higher",
            Profile {
                self_harm: SelfHarm::NearlyEveryDay,
                home: Home::No,
                ..calm()
            },
            MoreSupportThanIop,
        ),
        (
            "floor: withdrawal stays medical care first",
            Profile {
                self_harm: SelfHarm::MoreThanHalfTheDays,
                substance_use: using(&[Benzos], No, ALittle),
                ..calm()
            },
            MedicalCareFirst,
        ),
    ];
    for (name, profile, expected) in rows {
        let v = evaluate(&profile);
        assert_eq!(v.outcome, expected, "{name}");
        assert_eq!(v.outcome, outcome_by_the_brief(&profile), "{name}");
    }
}

/// The reasons name the answers that led to the result.
#[test]
fn reasons_table() {
    use Reason::*;
    let rows: Vec<(&str, Profile, Vec<Reason>)> = vec![
        ("nothing positive", calm(), vec![NoStrongSigns]),
        (
            "stepping down, feels fine",
            Profile {
                situation: Situation::SteppingDown,
                ..calm()
            },
            vec![SteppingDown],
        ),
        (
            "in the way a lot, no concern",
            Profile {
                impact: Impact::ALot,
                ..calm()
            },
            vec![ProblemsGetInTheWay(Impact::ALot)],
        ),
        (
            "in the way somewhat, no concern",
            Profile {
                impact: Impact::Somewhat,
                ..calm()
            },
            vec![ProblemsGetInTheWay(Impact::Somewhat)],
        ),
        (
            "weekend binge, not in the way",
            Profile {
                substance_use: screened(weekend_binge(), DrugUseTimes::Never),
                ..calm()
            },
            vec![AlcoholScreen, ProblemsGetInTheWay(Impact::NotAtAll)],
        ),
        (
            "daily alcohol, somewhat",
            Profile {
                substance_use: using(&[Substance::Alcohol], YesNoUnsure::No, Withdrawal::No),
                impact: Impact::Somewhat,
                ..calm()
            },
            vec![
                AlcoholScreen,
                DailyUse,
                ProblemsGetInTheWay(Impact::Somewhat),
            ],
        ),
        (
            "self-harm alone",
            Profile {
                self_harm: SelfHarm::NearlyEveryDay,
                ..calm()
            },
            vec![SelfHarmThoughts],
        ),
        (
            "benzos, a little withdrawal, pregnant",
            Profile {
                substance_use: using(&[Substance::Benzos], YesNoUnsure::No, Withdrawal::ALittle),
                health: YesNoUnsure::Yes,
                ..calm()
            },
            vec![BenzoWithdrawal, HealthProblemWithUse],
        ),
        (
            "unsafe home, can't manage",
            Profile {
                home: Home::No,
                impact: Impact::CantManageDailyTasks,
                ..calm()
            },
            vec![CantManageDailyTasks, HomeNotSafe],
        ),
    ];
    for (name, profile, expected) in rows {
        let got: HashSet<Reason> = evaluate(&profile).reasons.into_iter().collect();
        assert_eq!(got, expected.into_iter().collect::<HashSet<_>>(), "{name}");
    }
}

/// Rule 2's wording follows the substance.
#[test]
fn medical_needs_table() {
    use MedicalNeed::*;
    use Substance::{Alcohol, Benzos, Opioids, OtherDrugs};
    use Withdrawal::{ALittle, ALot};
    use YesNoUnsure::{No, NotSure, Yes};
    let rows: Vec<(&str, Profile, Vec<MedicalNeed>)> = vec![
        (
            "alcohol, past seizure",
            Profile {
                substance_use: using(&[Alcohol], Yes, Withdrawal::No),
                ..calm()
            },
            vec![SupervisedWithdrawal],
        ),
        (
            "alcohol, strong withdrawal now",
            Profile {
                substance_use: using(&[Alcohol], No, ALot),
                ..calm()
            },
            vec![SupervisedWithdrawal],
        ),
        (
            "benzos, a little withdrawal",
            Profile {
                substance_use: using(&[Benzos], No, ALittle),
                ..calm()
            },
            vec![SupervisedWithdrawal],
        ),
        (
            "opioids, withdrawal a lot: medicine, not detox",
            Profile {
                substance_use: using(&[Opioids], No, ALot),
                ..calm()
            },
            vec![OpioidMedicine],
        ),
        (
            "opioids, not sure about a past seizure",
            Profile {
                substance_use: using(&[Opioids], NotSure, ALittle),
                ..calm()
            },
            vec![OpioidMedicine],
        ),
        (
            "other drugs only, past seizure",
            Profile {
                substance_use: using(&[OtherDrugs], Yes, Withdrawal::No),
                ..calm()
            },
            vec![StopSafely],
        ),
        (
            "health problem with daily alcohol, no withdrawal",
            Profile {
                substance_use: using(&[Alcohol], No, Withdrawal::No),
                health: Yes,
                ..calm()
            },
            vec![HealthOrPregnancy],
        ),
        (
            "pregnant, daily opioids, no withdrawal: no sudden stop",
            Profile {
                substance_use: using(&[Opioids], No, Withdrawal::No),
                health: Yes,
                ..calm()
            },
            vec![OpioidMedicine, HealthOrPregnancy, OpioidsInPregnancy],
        ),
        (
            "alcohol and opioids, withdrawal a lot",
            Profile {
                substance_use: using(&[Alcohol, Opioids], No, ALot),
                ..calm()
            },
            vec![SupervisedWithdrawal, OpioidMedicine],
        ),
        (
            "alcohol and other drugs, past seizure",
            Profile {
                substance_use: using(&[Alcohol, OtherDrugs], Yes, Withdrawal::No),
                ..calm()
            },
            vec![SupervisedWithdrawal],
        ),
        (
            "other drugs a lot, health problem",
            Profile {
                substance_use: using(&[OtherDrugs], No, ALot),
                health: Yes,
                ..calm()
            },
            vec![StopSafely, HealthOrPregnancy],
        ),
    ];
    for (name, profile, expected) in rows {
        let v = evaluate(&profile);
        assert_eq!(v.outcome, Outcome::MedicalCareFirst, "{name}");
        assert_eq!(v.medical, expected, "{name}");
    }
    // No medical needs below MedicalCareFirst, opioids included.
    let opioids = Profile {
        substance_use: using(&[Opioids], No, Withdrawal::No),
        impact: Impact::Somewhat,
        ..calm()
    };
    let v = evaluate(&opioids);
    assert_eq!(v.outcome, Outcome::Iop);
    assert!(v.medical.is_empty());
}

#[test]
fn flags_table() {
    use Flag::*;
    let opioids = using(&[Substance::Opioids], YesNoUnsure::No, Withdrawal::No);
    let rows: Vec<(&str, Profile, Vec<Flag>)> = vec![
        ("calm", calm(), vec![]),
        (
            "daily opioids",
            Profile {
                substance_use: opioids,
                impact: Impact::Somewhat,
                ..calm()
            },
            vec![OpioidMedication, Naloxone],
        ),
        (
            "daily opioids with strong withdrawal",
            Profile {
                substance_use: using(&[Substance::Opioids], YesNoUnsure::No, Withdrawal::ALot),
                ..calm()
            },
            vec![OpioidMedication, Naloxone],
        ),
        (
            "time no",
            Profile {
                time: TimeAvailable::No,
                ..calm()
            },
            vec![ScheduleNote],
        ),
        (
            "time maybe",
            Profile {
                time: TimeAvailable::Maybe,
                ..calm()
            },
            vec![ScheduleNote],
        ),
        (
            "not sure about treatment",
            Profile {
                situation: Situation::NotSureWantTreatment,
                ..calm()
            },
            vec![ReadinessEncouragement],
        ),
        (
            "teen",
            Profile {
                who: Who::MeUnder18,
                ..calm()
            },
            vec![AdolescentHours],
        ),
        (
            "parent of a teen",
            Profile {
                who: Who::SomeoneICareAbout,
                their_age: Some(TheirAge::Under18),
                ..calm()
            },
            vec![AdolescentHours],
        ),
        (
            "professional helping an adult",
            Profile {
                who: Who::Professional,
                their_age: Some(TheirAge::Adult),
                ..calm()
            },
            vec![],
        ),
        (
            "self-harm, prefer not to say",
            Profile {
                self_harm: SelfHarm::PreferNotToSay,
                ..calm()
            },
            vec![CrisisLines],
        ),
        (
            "danger now: the crisis lines only",
            Profile {
                danger_now: YesNo::Yes,
                who: Who::MeUnder18,
                substance_use: opioids,
                time: TimeAvailable::No,
                ..calm()
            },
            vec![CrisisLines],
        ),
    ];
    for (name, profile, expected) in rows {
        let v = evaluate(&profile);
        assert_eq!(
            flag_set(&v),
            expected.into_iter().collect::<HashSet<_>>(),
            "{name}"
        );
    }
}

// ---------------------------------------------------------------------------
// Screeners.
// ---------------------------------------------------------------------------

#[test]
fn phq2_and_gad2_cutoff_is_three() {
    assert_eq!(PHQ2_CUTOFF, 3);
    assert_eq!(GAD2_CUTOFF, 3);
    for a in FREQ {
        for b in FREQ {
            let score = phq_points(a) + phq_points(b);
            assert_eq!(two_item_score([a, b]), score);
            let p = Profile {
                phq2: [a, b],
                ..calm()
            };
            assert_eq!(Scores::of(&p).depression_positive(), score >= 3);
            assert!(!Scores::of(&p).anxiety_positive());
            let g = Profile {
                gad2: [a, b],
                ..calm()
            };
            assert_eq!(Scores::of(&g).anxiety_positive(), score >= 3);
            assert!(!Scores::of(&g).depression_positive());
        }
    }
    assert_eq!(two_item_score([Frequency::NearlyEveryDay; 2]), 6);
    assert_eq!(
        two_item_score([Frequency::MoreThanHalfTheDays, Frequency::SeveralDays]),
        3
    );
}

#[test]
fn audit_c_uses_sex_specific_cutoffs() {
    assert_eq!(audit_c_cutoff(AuditSex::Male), 4);
    assert_eq!(audit_c_cutoff(AuditSex::Female), 3);
    assert_eq!(audit_c_cutoff(AuditSex::PreferNotToSay), 3);
    // Score 3: positive for women and when sex is not given, not for men.
    let three = |sex| {
        audit(
            DrinkFrequency::TwoToThreeTimesAWeek,
            TypicalDrinks::OneOrTwo,
            HeavyDrinking::Never,
            sex,
        )
    };
    assert_eq!(audit_c_score(three(AuditSex::Male)), 3);
    assert!(!audit_c_positive(three(AuditSex::Male)));
    assert!(audit_c_positive(three(AuditSex::Female)));
    assert!(audit_c_positive(three(AuditSex::PreferNotToSay)));
    // Score 4: positive for men.
    let four = audit(
        DrinkFrequency::TwoToThreeTimesAWeek,
        TypicalDrinks::ThreeOrFour,
        HeavyDrinking::Never,
        AuditSex::Male,
    );
    assert_eq!(audit_c_score(four), 4);
    assert!(audit_c_positive(four));
    // Score 2: negative for everyone.
    let two = audit(
        DrinkFrequency::MonthlyOrLess,
        TypicalDrinks::OneOrTwo,
        HeavyDrinking::LessThanMonthly,
        AuditSex::PreferNotToSay,
    );
    assert_eq!(audit_c_score(two), 2);
    assert!(!audit_c_positive(two));
    let max = audit(
        DrinkFrequency::FourOrMoreTimesAWeek,
        TypicalDrinks::TenOrMore,
        HeavyDrinking::DailyOrAlmostDaily,
        AuditSex::Male,
    );
    assert_eq!(audit_c_score(max), 12);
    assert_eq!(audit_c_score(weekend_binge()), 6);
    assert!(audit_c_positive(weekend_binge()));
    // Every answer set against the published scoring.
    for a in all_audit_c() {
        assert_eq!(audit_c_score(a), audit_score_by_hand(a), "{a:?}");
        assert_eq!(audit_c_positive(a), audit_positive_by_hand(a), "{a:?}");
    }
}

#[test]
fn audit_c_never_scores_zero_and_is_negative() {
    assert_eq!(
        AuditC::new(DrinkFrequency::Never, None),
        Some(AuditC::NEVER)
    );
    assert_eq!(audit_c_score(AuditC::NEVER), 0);
    assert!(!audit_c_positive(AuditC::NEVER));
    assert!(!AuditC::NEVER.drinks());
    assert_eq!(AuditC::NEVER.drinking(), None);
    let scores = Scores::of(&calm());
    assert_eq!(scores.audit_c, 0);
    assert!(!scores.audit_c_positive);
    assert_eq!(scores, Scores::ZERO);
    assert!(!scores.any_positive());
}

#[test]
fn drug_question_positive_at_one_time() {
    let p = |times| Profile {
        substance_use: screened(AuditC::NEVER, times),
        ..calm()
    };
    assert!(Scores::of(&p(DrugUseTimes::OnceOrMore)).drug_positive);
    assert!(Scores::of(&p(DrugUseTimes::OnceOrMore)).any_positive());
    assert!(!Scores::of(&p(DrugUseTimes::Never)).drug_positive);
    assert!(!Scores::of(&p(DrugUseTimes::Never)).any_positive());
}

#[test]
fn substance_answers_reject_impossible_combinations() {
    let drinking = Some(LEAST_DRINKING);
    assert_eq!(AuditC::new(DrinkFrequency::Never, drinking), None);
    assert_eq!(AuditC::new(DrinkFrequency::MonthlyOrLess, None), None);
    assert!(AuditC::new(DrinkFrequency::MonthlyOrLess, drinking).is_some_and(|a| a.drinks()));
    assert_eq!(
        DailyUse::new(Substances::NONE, YesNoUnsure::No, Withdrawal::No),
        None
    );

    let daily =
        |list: &[Substance]| DailyUse::new(Substances::of(list), YesNoUnsure::No, Withdrawal::No);
    let never = DrugUseTimes::Never;
    let once = DrugUseTimes::OnceOrMore;
    // Alcohol on most days needs drinking; drugs need the drug question.
    assert!(SubstanceUse::new(AuditC::NEVER, once, daily(&[Substance::Alcohol])).is_none());
    assert!(SubstanceUse::new(daily_drinker(), never, daily(&[Substance::Opioids])).is_none());
    assert!(SubstanceUse::new(AuditC::NEVER, never, daily(&[Substance::Benzos])).is_none());
    assert!(SubstanceUse::new(
        daily_drinker(),
        once,
        daily(&[Substance::Alcohol, Substance::Opioids])
    )
    .is_some());
    assert_eq!(
        SubstanceUse::new(AuditC::NEVER, never, None),
        Some(SubstanceUse::NONE)
    );

    // What "which do you use on most days?" offers.
    let drugs = Substances::of(&[Substance::Benzos, Substance::Opioids, Substance::OtherDrugs]);
    assert_eq!(SubstanceUse::possible(false, never), Substances::NONE);
    assert_eq!(
        SubstanceUse::possible(true, never),
        Substances::of(&[Substance::Alcohol])
    );
    assert_eq!(SubstanceUse::possible(false, once), drugs);
    assert_eq!(
        SubstanceUse::possible(true, once),
        drugs.with(Substance::Alcohol)
    );

    // Any use: any drinking, or a drug in the past year.
    assert!(!SubstanceUse::NONE.any());
    assert!(screened(weekend_binge(), never).any());
    assert!(screened(AuditC::NEVER, once).any());
}

// ---------------------------------------------------------------------------
// Personas, answered through the flow.
// ---------------------------------------------------------------------------

/// Answer every question of `p` through `Session`, check the flow, and
/// return the verdict it shows.
fn through_flow(p: &Profile) -> (Session, Verdict) {
    let s = run(&answers_for(p));
    let given = answers_for(p);
    check_result(&s, &given);
    match s.screen() {
        Screen::Result(v) => (s, v),
        other => panic!("expected a result, got {other:?}"),
    }
}

struct Persona {
    name: &'static str,
    profile: Profile,
    outcome: Outcome,
    flags: &'static [Flag],
    medical: &'static [MedicalNeed],
}

/// Typical people and what each should get, checked by hand against the
/// clinical brief (v1's ten, updated, then the v2 faults).
#[test]
fn personas() {
    use Outcome::*;
    let low = Frequency::NotAtAll;
    let some = Frequency::SeveralDays;
    let much = Frequency::MoreThanHalfTheDays;
    let daily = Frequency::NearlyEveryDay;
    let heavy_male = audit(
        DrinkFrequency::FourOrMoreTimesAWeek,
        TypicalDrinks::FiveOrSix,
        HeavyDrinking::Weekly,
        AuditSex::Male,
    );
    let personas = vec![
        Persona {
            name: "1. leaving residential care, safe home, some low mood",
            profile: Profile {
                situation: Situation::SteppingDown,
                impact: Impact::Somewhat,
                phq2: [some, low],
                ..calm()
            },
            outcome: Iop,
            flags: &[],
            medical: &[],
        },
        Persona {
            name: "2. daily drinker who had a seizure when stopping before",
            profile: Profile {
                substance_use: substance_use(
                    heavy_male,
                    DrugUseTimes::Never,
                    Substances::of(&[Substance::Alcohol]),
                    YesNoUnsure::Yes,
                    Withdrawal::ALittle,
                ),
                impact: Impact::ALot,
                ..calm()
            },
            outcome: MedicalCareFirst,
            flags: &[],
            medical: &[MedicalNeed::SupervisedWithdrawal],
        },
        Persona {
            name: "3. teen with low mood, struggling at school",
            profile: Profile {
                who: Who::MeUnder18,
                phq2: [much, much],
                impact: Impact::Somewhat,
                ..calm()
            },
            outcome: Iop,
            flags: &[Flag::AdolescentHours],
            medical: &[],
        },
        Persona {
            name: "4. worried but coping: anxiety without impact",
            profile: Profile {
                gad2: [much, some],
                ..calm()
            },
            outcome: Outpatient,
            flags: &[],
            medical: &[],
        },
        Persona {
            name: "5. weekly therapy not enough, can't keep up at work",
            profile: Profile {
                situation: Situation::WeeklyTherapyNotEnough,
                phq2: [daily, much],
                impact: Impact::ALot,
                ..calm()
            },
            outcome: MoreSupportThanIop,
            flags: &[],
            medical: &[],
        },
        Persona {
            name: "6. daily opioids, no withdrawal signs yet, problems somewhat",
            profile: Profile {
                substance_use: using(&[Substance::Opioids], YesNoUnsure::No, Withdrawal::No),
                impact: Impact::Somewhat,
                ..calm()
            },
            outcome: Iop,
            flags: &[Flag::OpioidMedication, Flag::Naloxone],
            medical: &[],
        },
        Persona {
            name: "7. nightly sleeping pills, shaky without them",
            profile: Profile {
                substance_use: using(&[Substance::Benzos], YesNoUnsure::No, Withdrawal::ALittle),
                ..calm()
            },
            outcome: MedicalCareFirst,
            flags: &[],
            medical: &[MedicalNeed::SupervisedWithdrawal],
        },
        Persona {
            name: "8. unsafe home, moderate depression",
            profile: Profile {
                home: Home::No,
                phq2: [much, some],
                impact: Impact::Somewhat,
                ..calm()
            },
            outcome: MoreSupportThanIop,
            flags: &[],
            medical: &[],
        },
        Persona {
            name: "9. parent of a teen with thoughts of self-harm, otherwise calm",
            profile: Profile {
                who: Who::SomeoneICareAbout,
                their_age: Some(TheirAge::Under18),
                self_harm: SelfHarm::SeveralDays,
                ..calm()
            },
            outcome: Iop,
            flags: &[Flag::CrisisLines, Flag::AdolescentHours],
            medical: &[],
        },
        Persona {
            name: "10. curious, no concerns",
            profile: calm(),
            outcome: LearnMore,
            flags: &[],
            medical: &[],
        },
        Persona {
            name: "11. weekend binge drinker, never daily",
            profile: Profile {
                substance_use: screened(weekend_binge(), DrugUseTimes::Never),
                ..calm()
            },
            outcome: Outpatient,
            flags: &[],
            medical: &[],
        },
        Persona {
            name: "12. leaving hospital, feels fine",
            profile: Profile {
                situation: Situation::SteppingDown,
                ..calm()
            },
            outcome: Iop,
            flags: &[],
            medical: &[],
        },
        Persona {
            name: "13. self-harm thoughts nearly every day, everything else calm",
            profile: Profile {
                self_harm: SelfHarm::NearlyEveryDay,
                ..calm()
            },
            outcome: Iop,
            flags: &[Flag::CrisisLines],
            medical: &[],
        },
        Persona {
            name: "14. struggling a lot, every screen negative",
            profile: Profile {
                impact: Impact::ALot,
                phq2: [some, some],
                ..calm()
            },
            outcome: Iop,
            flags: &[],
            medical: &[],
        },
        Persona {
            name: "15. professional: pregnant client on daily opioids, strong withdrawal, busy",
            profile: Profile {
                who: Who::Professional,
                their_age: Some(TheirAge::Adult),
                substance_use: using(&[Substance::Opioids], YesNoUnsure::No, Withdrawal::ALot),
                health: YesNoUnsure::Yes,
                time: TimeAvailable::No,
                ..calm()
            },
            outcome: MedicalCareFirst,
            flags: &[Flag::OpioidMedication, Flag::Naloxone, Flag::ScheduleNote],
            medical: &[
                MedicalNeed::OpioidMedicine,
                MedicalNeed::HealthOrPregnancy,
                MedicalNeed::OpioidsInPregnancy,
            ],
        },
    ];
    for persona in personas {
        let name = persona.name;
        let (_, v) = through_flow(&persona.profile);
        assert_eq!(v.outcome, persona.outcome, "{name}");
        assert_eq!(
            flag_set(&v),
            persona.flags.iter().copied().collect::<HashSet<_>>(),
            "{name}"
        );
        assert_eq!(v.medical, persona.medical, "{name}");
        assert_eq!(
            v.opens_with_same_day_message(),
            persona.profile.self_harm.is_positive(),
            "{name}"
        );
    }
}

/// v1 never screened a weekend binge drinker: the flow now asks AUDIT-C
/// items 2-3 and the result is above LearnMore.
#[test]
fn persona_weekend_binge_drinker_is_screened() {
    let mut answers = calm_start();
    answers.extend([
        Answer::AuditFrequency(DrinkFrequency::TwoToFourTimesAMonth),
        Answer::AuditTypical(TypicalDrinks::FiveOrSix),
        Answer::AuditHeavy(HeavyDrinking::Monthly),
        Answer::AuditSex(AuditSex::Female),
        Answer::DrugUse(DrugUseTimes::Never),
        // Not on most days: "none of these".
        Answer::Substances(Substances::NONE),
        Answer::Impact(Impact::NotAtAll),
        Answer::Health(YesNoUnsure::No),
        Answer::Home(Home::Yes),
        Answer::Situation(Situation::NeverHadTreatment),
        Answer::Time(TimeAvailable::Yes),
    ]);
    let s = run(&answers);
    for item in [Step::AuditTypical, Step::AuditHeavy, Step::AuditSex] {
        assert!(s.answered().contains(&item), "{item:?} not asked");
    }
    assert!(!s.answered().contains(&Step::PastSevereWithdrawal));
    let p = s.profile().unwrap();
    assert_eq!(p.substance_use.daily(), None);
    let Screen::Result(v) = s.screen() else {
        panic!("expected a result");
    };
    assert!(v.outcome > Outcome::LearnMore);
    assert_eq!(v.outcome, Outcome::Outpatient);
    assert_eq!(v.scores.audit_c, 6);
    assert!(v.scores.audit_c_positive);
    assert!(v.reasons.contains(&Reason::AlcoholScreen));
}

/// v1 told someone leaving hospital there were no strong signs.
#[test]
fn persona_leaving_hospital_who_feels_fine_gets_iop() {
    let mut answers = calm_start();
    answers.extend(calm_tail(Situation::SteppingDown));
    let s = run(&answers);
    let Screen::Result(v) = s.screen() else {
        panic!("expected a result");
    };
    assert_eq!(v.outcome, Outcome::Iop);
    assert_eq!(v.reasons, vec![Reason::SteppingDown]);
}

/// A parent answering for a teen with self-harm thoughts: their age is
/// asked, the 988 panel shows from that answer on, and the result opens
/// with the same-day message at IOP with adolescent hours.
#[test]
fn persona_parent_of_a_teen_with_self_harm_thoughts() {
    let s = run(&[
        Answer::Who(Who::SomeoneICareAbout),
        Answer::TheirAge(TheirAge::Under18),
        Answer::DangerNow(YesNo::No),
        Answer::SelfHarm(SelfHarm::MoreThanHalfTheDays),
    ]);
    assert!(s.shows_crisis_lines());
    let rest = [
        Answer::Phq2Interest(Frequency::SeveralDays),
        Answer::Phq2Down(Frequency::SeveralDays),
        Answer::Gad2Nervous(Frequency::NotAtAll),
        Answer::Gad2Worry(Frequency::SeveralDays),
        Answer::AuditFrequency(DrinkFrequency::Never),
        Answer::DrugUse(DrugUseTimes::Never),
        Answer::Impact(Impact::NotAtAll),
        Answer::Health(YesNoUnsure::No),
        Answer::Home(Home::Mostly),
        Answer::Situation(Situation::NeverHadTreatment),
        Answer::Time(TimeAvailable::Maybe),
    ];
    let mut s = s;
    for a in rest {
        s = answer_checked(&s, a);
        assert!(s.shows_crisis_lines());
    }
    let p = s.profile().unwrap();
    assert!(p.is_under_18());
    let Screen::Result(v) = s.screen() else {
        panic!("expected a result");
    };
    assert!(v.outcome >= Outcome::Iop);
    assert_eq!(v.outcome, Outcome::Iop);
    assert!(v.has(Flag::CrisisLines));
    assert!(v.has(Flag::AdolescentHours));
    assert!(v.opens_with_same_day_message());
    assert_eq!(v.reasons.first(), Some(&Reason::SelfHarmThoughts));
}

/// v1 gave a positive self-harm answer no same-day message.
#[test]
fn persona_self_harm_nearly_every_day_opens_with_same_day_message() {
    let mut answers = vec![
        Answer::Who(Who::Me),
        Answer::DangerNow(YesNo::No),
        Answer::SelfHarm(SelfHarm::NearlyEveryDay),
    ];
    answers.extend(calm_start().into_iter().skip(3));
    answers.extend(calm_tail(Situation::NeverHadTreatment));
    let s = run(&answers);
    let Screen::Result(v) = s.screen() else {
        panic!("expected a result");
    };
    assert_eq!(v.outcome, Outcome::Iop);
    assert!(v.opens_with_same_day_message());
    assert_eq!(v.reasons, vec![Reason::SelfHarmThoughts]);
}
