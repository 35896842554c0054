//! Native tests of the self-check engine: the safety invariants of the
//! clinical brief (INV-1, 2, 3, 4, 7) over 200,000 random profiles each, the
//! rules as hand-checked tables, the screeners against their cut-offs, the
//! flow, and ten typical personas.
#![cfg(not(target_arch = "wasm32"))]

use iop_check::engine::answers::*;
use iop_check::engine::rules::{evaluate, medical_reasons};
use iop_check::engine::screeners::*;
use iop_check::engine::{Answer, Flag, Outcome, Screen, Session, Step};
use proptest::prelude::*;

const CASES: u32 = 200_000;

fn pick<T: Copy>(options: &[T], n: u8) -> T {
    options[n as usize % options.len()]
}

fn freq(n: u8) -> Frequency {
    pick(&Frequency::ALL, n)
}

/// Build any valid profile from a vector of choices.
fn profile_from(c: &[u8; 20]) -> Profile {
    let who = pick(
        &[
            Who::Me,
            Who::MeUnder18,
            Who::SomeoneICareAbout,
            Who::Professional,
        ],
        c[0],
    );
    let substances = Substances::all_subsets().nth(c[1] as usize % 16).unwrap();
    let audit = substances.contains(Substance::Alcohol).then(|| AuditC {
        frequency: pick(
            &[
                DrinkFrequency::Never,
                DrinkFrequency::MonthlyOrLess,
                DrinkFrequency::TwoToFourTimesAMonth,
                DrinkFrequency::TwoToThreeTimesAWeek,
                DrinkFrequency::FourOrMoreTimesAWeek,
            ],
            c[2],
        ),
        typical: pick(
            &[
                TypicalDrinks::OneOrTwo,
                TypicalDrinks::ThreeOrFour,
                TypicalDrinks::FiveOrSix,
                TypicalDrinks::SevenToNine,
                TypicalDrinks::TenOrMore,
            ],
            c[3],
        ),
        heavy: pick(
            &[
                HeavyDrinking::Never,
                HeavyDrinking::LessThanMonthly,
                HeavyDrinking::Monthly,
                HeavyDrinking::Weekly,
                HeavyDrinking::DailyOrAlmostDaily,
            ],
            c[4],
        ),
        sex: pick(
            &[AuditSex::Male, AuditSex::Female, AuditSex::PreferNotToSay],
            c[5],
        ),
    });
    let drug = substances
        .any_drug()
        .then(|| pick(&[DrugUseTimes::Never, DrugUseTimes::OnceOrMore], c[6]));
    let substance_use = SubstanceUse::new(
        substances,
        pick(
            &[YesNoUnsure::No, YesNoUnsure::NotSure, YesNoUnsure::Yes],
            c[7],
        ),
        pick(
            &[Withdrawal::No, Withdrawal::ALittle, Withdrawal::ALot],
            c[8],
        ),
        audit,
        drug,
    );
    Profile {
        who,
        their_age: who
            .is_other()
            .then(|| pick(&[TheirAge::Adult, TheirAge::Under18], c[9])),
        danger_now: pick(&[YesNo::No, YesNo::Yes], c[10]),
        self_harm: pick(
            &[
                SelfHarm::NotAtAll,
                SelfHarm::PreferNotToSay,
                SelfHarm::SeveralDays,
                SelfHarm::MoreThanHalfTheDays,
                SelfHarm::NearlyEveryDay,
            ],
            c[11],
        ),
        substance_use,
        phq2: [freq(c[12]), freq(c[13])],
        gad2: [freq(c[14]), freq(c[15])],
        impact: pick(
            &[
                Impact::NotAtAll,
                Impact::Somewhat,
                Impact::ALot,
                Impact::CantManageDailyTasks,
            ],
            c[16],
        ),
        health: pick(
            &[YesNoUnsure::No, YesNoUnsure::NotSure, YesNoUnsure::Yes],
            c[17],
        ),
        home: pick(&[Home::Yes, Home::Mostly, Home::No], c[18]),
        situation: pick(
            &[
                Situation::SteppingDown,
                Situation::WeeklyTherapyNotEnough,
                Situation::NeverHadTreatment,
                Situation::NotSureWantTreatment,
            ],
            c[19] % 4,
        ),
        time: pick(
            &[TimeAvailable::Yes, TimeAvailable::Maybe, TimeAvailable::No],
            c[19] / 4,
        ),
    }
}

fn profiles() -> impl Strategy<Value = Profile> {
    any::<[u8; 20]>().prop_map(|c| profile_from(&c))
}

/// The next value up in an ordered list, if any.
fn up<T: Copy + PartialEq>(order: &[T], v: T) -> Option<T> {
    let i = order.iter().position(|x| *x == v)?;
    order.get(i + 1).copied()
}

/// Every profile that is the given one with exactly one answer made one
/// step more severe. Who and situation have no order and stay fixed.
fn one_step_worse(p: &Profile) -> Vec<Profile> {
    let mut out = Vec::new();
    let mut push = |f: &dyn Fn(&mut Profile) -> bool| {
        let mut q = *p;
        if f(&mut q) {
            out.push(q);
        }
    };
    const F: [Frequency; 4] = Frequency::ALL;
    push(&|q| {
        q.danger_now = YesNo::Yes;
        p.danger_now == YesNo::No
    });
    push(&|q| {
        up(
            &[
                SelfHarm::NotAtAll,
                SelfHarm::PreferNotToSay,
                SelfHarm::SeveralDays,
                SelfHarm::MoreThanHalfTheDays,
                SelfHarm::NearlyEveryDay,
            ],
            p.self_harm,
        )
        .map(|v| q.self_harm = v)
        .is_some()
    });
    for i in 0..2 {
        push(&|q| up(&F, p.phq2[i]).map(|v| q.phq2[i] = v).is_some());
        push(&|q| up(&F, p.gad2[i]).map(|v| q.gad2[i] = v).is_some());
    }
    push(&|q| {
        up(
            &[
                Impact::NotAtAll,
                Impact::Somewhat,
                Impact::ALot,
                Impact::CantManageDailyTasks,
            ],
            p.impact,
        )
        .map(|v| q.impact = v)
        .is_some()
    });
    push(&|q| {
        up(
            &[YesNoUnsure::No, YesNoUnsure::NotSure, YesNoUnsure::Yes],
            p.health,
        )
        .map(|v| q.health = v)
        .is_some()
    });
    push(&|q| {
        up(&[Home::Yes, Home::Mostly, Home::No], p.home)
            .map(|v| q.home = v)
            .is_some()
    });
    push(&|q| {
        up(
            &[TimeAvailable::Yes, TimeAvailable::Maybe, TimeAvailable::No],
            p.time,
        )
        .map(|v| q.time = v)
        .is_some()
    });
    // Substance answers: each sub-answer up one step, or one more substance
    // with its new questions at their least severe answers.
    let u = p.substance_use;
    let set = u.map(|u| u.substances()).unwrap_or_default();
    let rebuild = |set: Substances,
                   past: YesNoUnsure,
                   now: Withdrawal,
                   audit: Option<AuditC>,
                   drug: Option<DrugUseTimes>| {
        let audit = set.contains(Substance::Alcohol).then(|| {
            audit.unwrap_or(AuditC {
                frequency: DrinkFrequency::Never,
                typical: TypicalDrinks::OneOrTwo,
                heavy: HeavyDrinking::Never,
                sex: AuditSex::Male,
            })
        });
        let drug = set.any_drug().then(|| drug.unwrap_or(DrugUseTimes::Never));
        SubstanceUse::new(set, past, now, audit, drug).unwrap()
    };
    let past = u
        .map(|u| u.past_severe_withdrawal)
        .unwrap_or(YesNoUnsure::No);
    let now = u.map(|u| u.withdrawal_now).unwrap_or(Withdrawal::No);
    let audit = u.and_then(|u| u.audit_c());
    let drug = u.and_then(|u| u.drug_use());
    for s in Substance::ALL {
        if !set.contains(s) {
            push(&|q| {
                q.substance_use = Some(rebuild(set.with(s), past, now, audit, drug));
                true
            });
        }
    }
    if u.is_some() {
        push(&|q| {
            up(
                &[YesNoUnsure::No, YesNoUnsure::NotSure, YesNoUnsure::Yes],
                past,
            )
            .map(|v| q.substance_use = Some(rebuild(set, v, now, audit, drug)))
            .is_some()
        });
        push(&|q| {
            up(
                &[Withdrawal::No, Withdrawal::ALittle, Withdrawal::ALot],
                now,
            )
            .map(|v| q.substance_use = Some(rebuild(set, past, v, audit, drug)))
            .is_some()
        });
        if drug == Some(DrugUseTimes::Never) {
            push(&|q| {
                q.substance_use = Some(rebuild(
                    set,
                    past,
                    now,
                    audit,
                    Some(DrugUseTimes::OnceOrMore),
                ));
                true
            });
        }
    }
    if let Some(a) = audit {
        let mut worse = Vec::new();
        if let Some(v) = up(
            &[
                DrinkFrequency::Never,
                DrinkFrequency::MonthlyOrLess,
                DrinkFrequency::TwoToFourTimesAMonth,
                DrinkFrequency::TwoToThreeTimesAWeek,
                DrinkFrequency::FourOrMoreTimesAWeek,
            ],
            a.frequency,
        ) {
            worse.push(AuditC { frequency: v, ..a });
        }
        if let Some(v) = up(
            &[
                TypicalDrinks::OneOrTwo,
                TypicalDrinks::ThreeOrFour,
                TypicalDrinks::FiveOrSix,
                TypicalDrinks::SevenToNine,
                TypicalDrinks::TenOrMore,
            ],
            a.typical,
        ) {
            worse.push(AuditC { typical: v, ..a });
        }
        if let Some(v) = up(
            &[
                HeavyDrinking::Never,
                HeavyDrinking::LessThanMonthly,
                HeavyDrinking::Monthly,
                HeavyDrinking::Weekly,
                HeavyDrinking::DailyOrAlmostDaily,
            ],
            a.heavy,
        ) {
            worse.push(AuditC { heavy: v, ..a });
        }
        if let Some(v) = up(
            &[AuditSex::Male, AuditSex::Female, AuditSex::PreferNotToSay],
            a.sex,
        ) {
            worse.push(AuditC { sex: v, ..a });
        }
        for w in worse {
            push(&|q| {
                q.substance_use = Some(rebuild(set, past, now, Some(w), drug));
                true
            });
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() })]

    /// INV-1: danger now gives EmergencyNow with the crisis lines, whatever else.
    #[test]
    fn inv1_danger_now_is_always_emergency(mut p in profiles()) {
        p.danger_now = YesNo::Yes;
        let v = evaluate(&p);
        prop_assert_eq!(v.outcome, Outcome::EmergencyNow);
        prop_assert!(v.has(Flag::CrisisLines));
    }

    /// INV-2: any self-harm answer but "not at all" keeps the 988 panel and
    /// never gives Outpatient or LearnMore.
    #[test]
    fn inv2_self_harm_floor(p in profiles()) {
        let v = evaluate(&p);
        if p.self_harm.is_positive() {
            prop_assert!(v.has(Flag::CrisisLines));
            prop_assert!(v.outcome >= Outcome::Iop, "{:?} gave {:?}", p, v.outcome);
        }
    }

    /// INV-3: rule 2's withdrawal conditions never give Iop or lower.
    #[test]
    fn inv3_withdrawal_risk_is_never_iop_or_lower(p in profiles()) {
        let v = evaluate(&p);
        if let Some(u) = p.substance_use {
            let risky = u.past_severe_withdrawal != YesNoUnsure::No
                || u.withdrawal_now == Withdrawal::ALot
                || (u.substances().contains(Substance::Benzos) && u.withdrawal_now != Withdrawal::No);
            if risky {
                prop_assert!(v.outcome >= Outcome::MedicalCareFirst, "{:?} gave {:?}", p, v.outcome);
                prop_assert!(!medical_reasons(&p).is_empty());
            }
        }
    }

    /// INV-4: making any one answer more severe never lowers the outcome.
    #[test]
    fn inv4_monotone(p in profiles()) {
        let base = evaluate(&p).outcome;
        for worse in one_step_worse(&p) {
            let o = evaluate(&worse).outcome;
            prop_assert!(o >= base, "{:?} -> {:?} lowered {:?} to {:?}", p, worse, base, o);
        }
    }

    /// INV-7: under 18 always carries the adolescent hours; adults never do.
    #[test]
    fn inv7_adolescent_hours(p in profiles()) {
        let v = evaluate(&p);
        if p.danger_now == YesNo::No {
            prop_assert_eq!(v.has(Flag::AdolescentHours), p.is_under_18());
        }
    }

    /// The flow: any sequence of choices ends in a result within the step
    /// count, the path's total matches the answered steps, and danger now
    /// ends the check at once.
    #[test]
    fn flow_always_ends_and_counts_right(choices in proptest::collection::vec(any::<u8>(), 21)) {
        let mut s = Session::new();
        let mut asked = 0;
        loop {
            match s.screen() {
                Screen::Ask(step) => {
                    prop_assert!(asked < Step::ALL.len());
                    let progress = s.progress();
                    prop_assert_eq!(progress.number, asked + 1);
                    prop_assert!(progress.number <= progress.total);
                    let answer = if step.is_multi() {
                        let subsets: Vec<_> = Substances::all_subsets().collect();
                        Answer::Substances(pick(&subsets, choices[asked]))
                    } else {
                        pick(&step.options(), choices[asked])
                    };
                    s.answer(answer);
                    asked += 1;
                    if answer == Answer::DangerNow(YesNo::Yes) {
                        let is_emergency = matches!(s.screen(), Screen::Result(v) if v.outcome == Outcome::EmergencyNow);
                        prop_assert!(is_emergency);
                        break;
                    }
                }
                Screen::Result(v) => {
                    let p = s.profile().expect("a result has a full profile");
                    prop_assert_eq!(v, evaluate(&p));
                    prop_assert_eq!(s.progress().total, asked);
                    break;
                }
            }
        }
    }
}

/// A calm adult with no concerns, to vary one field at a time in tables.
fn calm() -> Profile {
    Profile {
        who: Who::Me,
        their_age: None,
        danger_now: YesNo::No,
        self_harm: SelfHarm::NotAtAll,
        substance_use: None,
        phq2: [Frequency::NotAtAll; 2],
        gad2: [Frequency::NotAtAll; 2],
        impact: Impact::NotAtAll,
        health: YesNoUnsure::No,
        home: Home::Yes,
        situation: Situation::NeverHadTreatment,
        time: TimeAvailable::Yes,
    }
}

fn using(list: &[Substance], past: YesNoUnsure, now: Withdrawal) -> Option<SubstanceUse> {
    let set = Substances::of(list);
    let audit = set.contains(Substance::Alcohol).then_some(AuditC {
        frequency: DrinkFrequency::FourOrMoreTimesAWeek,
        typical: TypicalDrinks::ThreeOrFour,
        heavy: HeavyDrinking::Weekly,
        sex: AuditSex::Male,
    });
    let drug = set.any_drug().then_some(DrugUseTimes::OnceOrMore);
    SubstanceUse::new(set, past, now, audit, drug)
}

#[test]
fn rules_table() {
    use Outcome::*;
    let positive_mood = [Frequency::MoreThanHalfTheDays, Frequency::SeveralDays];
    let rows: Vec<(&str, Profile, Outcome)> = vec![
        ("all negative", calm(), LearnMore),
        (
            "danger now",
            Profile {
                danger_now: YesNo::Yes,
                ..calm()
            },
            EmergencyNow,
        ),
        (
            "past seizure when cutting down",
            Profile {
                substance_use: using(&[Substance::Alcohol], YesNoUnsure::Yes, Withdrawal::No),
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "not sure about past seizure",
            Profile {
                substance_use: using(&[Substance::Alcohol], YesNoUnsure::NotSure, Withdrawal::No),
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "strong withdrawal now",
            Profile {
                substance_use: using(&[Substance::OtherDrugs], YesNoUnsure::No, Withdrawal::ALot),
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "benzos with a little withdrawal",
            Profile {
                substance_use: using(&[Substance::Benzos], YesNoUnsure::No, Withdrawal::ALittle),
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "pregnant and using",
            Profile {
                substance_use: using(&[Substance::Opioids], YesNoUnsure::No, Withdrawal::No),
                health: YesNoUnsure::Yes,
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "health problem without use",
            Profile {
                health: YesNoUnsure::Yes,
                phq2: positive_mood,
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "can't manage daily tasks",
            Profile {
                impact: Impact::CantManageDailyTasks,
                ..calm()
            },
            MoreSupportThanIop,
        ),
        (
            "home not safe",
            Profile {
                home: Home::No,
                ..calm()
            },
            MoreSupportThanIop,
        ),
        (
            "weekly therapy not enough, a lot",
            Profile {
                situation: Situation::WeeklyTherapyNotEnough,
                impact: Impact::ALot,
                ..calm()
            },
            MoreSupportThanIop,
        ),
        (
            "weekly therapy not enough, somewhat",
            Profile {
                situation: Situation::WeeklyTherapyNotEnough,
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "stepping down, somewhat",
            Profile {
                situation: Situation::SteppingDown,
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "stepping down, not at all",
            Profile {
                situation: Situation::SteppingDown,
                ..calm()
            },
            LearnMore,
        ),
        (
            "positive PHQ-2, somewhat",
            Profile {
                phq2: positive_mood,
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "positive PHQ-2, a lot",
            Profile {
                phq2: positive_mood,
                impact: Impact::ALot,
                ..calm()
            },
            Iop,
        ),
        (
            "positive PHQ-2, not at all",
            Profile {
                phq2: positive_mood,
                ..calm()
            },
            Outpatient,
        ),
        (
            "positive GAD-2, mostly safe home",
            Profile {
                gad2: positive_mood,
                impact: Impact::Somewhat,
                home: Home::Mostly,
                ..calm()
            },
            Iop,
        ),
        (
            "PHQ-2 of 2 is negative",
            Profile {
                phq2: [Frequency::SeveralDays; 2],
                impact: Impact::ALot,
                ..calm()
            },
            LearnMore,
        ),
        (
            "self-harm several days lifts to IOP",
            Profile {
                self_harm: SelfHarm::SeveralDays,
                ..calm()
            },
            Iop,
        ),
        (
            "prefer not to say lifts to IOP",
            Profile {
                self_harm: SelfHarm::PreferNotToSay,
                ..calm()
            },
            Iop,
        ),
        (
            "self-harm with unsafe home stays higher",
            Profile {
                self_harm: SelfHarm::NearlyEveryDay,
                home: Home::No,
                ..calm()
            },
            MoreSupportThanIop,
        ),
        (
            "time no keeps IOP",
            Profile {
                phq2: positive_mood,
                impact: Impact::Somewhat,
                time: TimeAvailable::No,
                ..calm()
            },
            Iop,
        ),
        (
            "not sure about treatment never lowers",
            Profile {
                phq2: positive_mood,
                impact: Impact::ALot,
                situation: Situation::NotSureWantTreatment,
                ..calm()
            },
            Iop,
        ),
    ];
    for (name, profile, expected) in rows {
        assert_eq!(evaluate(&profile).outcome, expected, "{name}");
    }
}

#[test]
fn flags_table() {
    let opioid = Profile {
        substance_use: using(&[Substance::Opioids], YesNoUnsure::No, Withdrawal::No),
        impact: Impact::Somewhat,
        ..calm()
    };
    assert!(evaluate(&opioid).has(Flag::OpioidMedication));
    assert!(!evaluate(&calm()).has(Flag::OpioidMedication));
    let busy = Profile {
        time: TimeAvailable::No,
        ..calm()
    };
    assert!(evaluate(&busy).has(Flag::ScheduleNote));
    assert!(!evaluate(&calm()).has(Flag::ScheduleNote));
    let unsure = Profile {
        situation: Situation::NotSureWantTreatment,
        ..calm()
    };
    assert!(evaluate(&unsure).has(Flag::ReadinessEncouragement));
    let teen = Profile {
        who: Who::MeUnder18,
        ..calm()
    };
    assert!(evaluate(&teen).has(Flag::AdolescentHours));
    let parent = Profile {
        who: Who::SomeoneICareAbout,
        their_age: Some(TheirAge::Under18),
        ..calm()
    };
    assert!(evaluate(&parent).has(Flag::AdolescentHours));
    assert!(!evaluate(&calm()).has(Flag::CrisisLines));
}

#[test]
fn phq2_and_gad2_cutoff_is_three() {
    for a in Frequency::ALL {
        for b in Frequency::ALL {
            let score = two_item_score([a, b]);
            assert_eq!(score, a as u8 + b as u8);
            let p = Profile {
                phq2: [a, b],
                ..calm()
            };
            assert_eq!(Scores::of(&p).depression_positive(), score >= 3);
            let g = Profile {
                gad2: [a, b],
                ..calm()
            };
            assert_eq!(Scores::of(&g).anxiety_positive(), score >= 3);
        }
    }
    assert_eq!(two_item_score([Frequency::NearlyEveryDay; 2]), 6);
}

#[test]
fn audit_c_uses_sex_specific_cutoffs() {
    let audit = |f, t, h, sex| AuditC {
        frequency: f,
        typical: t,
        heavy: h,
        sex,
    };
    // Score 3: positive for women (and when sex is not given), not for men.
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
    let max = audit(
        DrinkFrequency::FourOrMoreTimesAWeek,
        TypicalDrinks::TenOrMore,
        HeavyDrinking::DailyOrAlmostDaily,
        AuditSex::Male,
    );
    assert_eq!(audit_c_score(max), 12);
    let never = audit(
        DrinkFrequency::Never,
        TypicalDrinks::OneOrTwo,
        HeavyDrinking::Never,
        AuditSex::Female,
    );
    assert_eq!(audit_c_score(never), 0);
    assert!(!audit_c_positive(never));
}

#[test]
fn drug_question_positive_at_one_time() {
    let p = |times| Profile {
        substance_use: SubstanceUse::new(
            Substances::of(&[Substance::OtherDrugs]),
            YesNoUnsure::No,
            Withdrawal::No,
            None,
            Some(times),
        ),
        ..calm()
    };
    assert!(Scores::of(&p(DrugUseTimes::OnceOrMore)).drug_positive);
    assert!(!Scores::of(&p(DrugUseTimes::Never)).drug_positive);
}

#[test]
fn substance_use_rejects_mismatched_parts() {
    let alcohol = Substances::of(&[Substance::Alcohol]);
    assert!(SubstanceUse::new(alcohol, YesNoUnsure::No, Withdrawal::No, None, None).is_none());
    assert!(SubstanceUse::new(
        Substances::NONE,
        YesNoUnsure::No,
        Withdrawal::No,
        None,
        None
    )
    .is_none());
    let drugs = Substances::of(&[Substance::Opioids]);
    assert!(SubstanceUse::new(drugs, YesNoUnsure::No, Withdrawal::No, None, None).is_none());
    assert!(SubstanceUse::new(
        drugs,
        YesNoUnsure::No,
        Withdrawal::No,
        None,
        Some(DrugUseTimes::Never)
    )
    .is_some());
}

fn run(answers: &[Answer]) -> Session {
    let mut s = Session::new();
    for a in answers {
        s.answer(*a);
    }
    s
}

#[test]
fn branching_follows_substances() {
    let s = run(&[
        Answer::Who(Who::Me),
        Answer::DangerNow(YesNo::No),
        Answer::SelfHarm(SelfHarm::NotAtAll),
    ]);
    assert_eq!(s.current_step(), Some(Step::Substances));
    assert_eq!(s.progress().total, 13);

    let mut alcohol = s.clone();
    alcohol.answer(Answer::Substances(Substances::of(&[Substance::Alcohol])));
    assert_eq!(alcohol.current_step(), Some(Step::PastSevereWithdrawal));
    assert_eq!(alcohol.progress().total, 13 + 2 + 4);

    let mut drugs = s.clone();
    drugs.answer(Answer::Substances(Substances::of(&[Substance::Opioids])));
    drugs.answer(Answer::PastSevereWithdrawal(YesNoUnsure::No));
    drugs.answer(Answer::WithdrawalNow(Withdrawal::No));
    assert_eq!(drugs.current_step(), Some(Step::DrugUse));

    let mut none = s;
    none.answer(Answer::Substances(Substances::NONE));
    assert_eq!(none.current_step(), Some(Step::Phq2Interest));
}

#[test]
fn someone_else_asks_their_age() {
    let s = run(&[Answer::Who(Who::SomeoneICareAbout)]);
    assert_eq!(s.current_step(), Some(Step::TheirAge));
    let s = run(&[Answer::Who(Who::Me)]);
    assert_eq!(s.current_step(), Some(Step::DangerNow));
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

#[test]
fn stale_answers_are_ignored() {
    let mut s = run(&[Answer::Who(Who::Me)]);
    s.answer(Answer::Home(Home::No));
    assert_eq!(s.current_step(), Some(Step::DangerNow));
    assert_eq!(s.answer_for(Step::Home), None);
}

#[test]
fn emergency_ends_the_check_at_once() {
    let s = run(&[Answer::Who(Who::Me), Answer::DangerNow(YesNo::Yes)]);
    match s.screen() {
        Screen::Result(v) => {
            assert_eq!(v.outcome, Outcome::EmergencyNow);
            assert!(v.has(Flag::CrisisLines));
        }
        other => panic!("expected the emergency result, got {other:?}"),
    }
    assert!(s.shows_crisis_lines());
}

#[test]
fn self_harm_shows_crisis_lines_for_the_rest_of_the_check() {
    let mut s = run(&[
        Answer::Who(Who::Me),
        Answer::DangerNow(YesNo::No),
        Answer::SelfHarm(SelfHarm::PreferNotToSay),
    ]);
    assert!(s.shows_crisis_lines());
    s.answer(Answer::Substances(Substances::NONE));
    assert!(s.shows_crisis_lines());
    let calm = run(&[
        Answer::Who(Who::Me),
        Answer::DangerNow(YesNo::No),
        Answer::SelfHarm(SelfHarm::NotAtAll),
    ]);
    assert!(!calm.shows_crisis_lines());
}

/// Ten typical people and the outcome each should get, checked by hand
/// against the clinical brief's rules.
#[test]
fn personas() {
    use Outcome::*;
    let mood = |a, b| [a, b];
    let low = Frequency::NotAtAll;
    let some = Frequency::SeveralDays;
    let much = Frequency::MoreThanHalfTheDays;
    let daily = Frequency::NearlyEveryDay;
    let drinker = |past, now, audit: AuditC| {
        SubstanceUse::new(
            Substances::of(&[Substance::Alcohol]),
            past,
            now,
            Some(audit),
            None,
        )
    };
    let heavy_male = AuditC {
        frequency: DrinkFrequency::FourOrMoreTimesAWeek,
        typical: TypicalDrinks::FiveOrSix,
        heavy: HeavyDrinking::Weekly,
        sex: AuditSex::Male,
    };
    let personas: Vec<(&str, Profile, Outcome)> = vec![
        (
            "1. leaving residential care, safe home, some low mood",
            Profile {
                situation: Situation::SteppingDown,
                impact: Impact::Somewhat,
                phq2: mood(some, low),
                ..calm()
            },
            Iop,
        ),
        (
            "2. daily drinker who had a seizure when stopping before",
            Profile {
                substance_use: drinker(YesNoUnsure::Yes, Withdrawal::ALittle, heavy_male),
                impact: Impact::ALot,
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "3. teen with low mood, struggling at school",
            Profile {
                who: Who::MeUnder18,
                phq2: mood(much, much),
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "4. worried but coping: anxiety without impact",
            Profile {
                gad2: mood(much, some),
                ..calm()
            },
            Outpatient,
        ),
        (
            "5. weekly therapy not enough, can't keep up at work",
            Profile {
                situation: Situation::WeeklyTherapyNotEnough,
                phq2: mood(daily, much),
                impact: Impact::ALot,
                ..calm()
            },
            MoreSupportThanIop,
        ),
        (
            "6. daily opioids, no withdrawal signs yet, problems somewhat",
            Profile {
                substance_use: SubstanceUse::new(
                    Substances::of(&[Substance::Opioids]),
                    YesNoUnsure::No,
                    Withdrawal::No,
                    None,
                    Some(DrugUseTimes::OnceOrMore),
                ),
                impact: Impact::Somewhat,
                ..calm()
            },
            Iop,
        ),
        (
            "7. nightly sleeping pills, shaky without them",
            Profile {
                substance_use: SubstanceUse::new(
                    Substances::of(&[Substance::Benzos]),
                    YesNoUnsure::No,
                    Withdrawal::ALittle,
                    None,
                    Some(DrugUseTimes::OnceOrMore),
                ),
                ..calm()
            },
            MedicalCareFirst,
        ),
        (
            "8. unsafe home, moderate depression",
            Profile {
                home: Home::No,
                phq2: mood(much, some),
                impact: Impact::Somewhat,
                ..calm()
            },
            MoreSupportThanIop,
        ),
        (
            "9. parent checking for a teen who had thoughts of self-harm, otherwise calm",
            Profile {
                who: Who::SomeoneICareAbout,
                their_age: Some(TheirAge::Under18),
                self_harm: SelfHarm::SeveralDays,
                ..calm()
            },
            Iop,
        ),
        ("10. curious, no concerns", calm(), LearnMore),
    ];
    for (name, profile, expected) in personas {
        let v = evaluate(&profile);
        assert_eq!(v.outcome, expected, "{name}");
        if name.starts_with("3.") || name.starts_with("9.") {
            assert!(v.has(Flag::AdolescentHours), "{name}");
        }
        if name.starts_with("6.") {
            assert!(v.has(Flag::OpioidMedication), "{name}");
        }
        if name.starts_with("9.") {
            assert!(v.has(Flag::CrisisLines), "{name}");
        }
    }
}
