//! Content checks: every step, answer, outcome, reason, flag and FAQ item
//! has text in both languages, and English patient text reads at grade 8
//! or lower (Flesch-Kincaid, computed here). Validated screener items are
//! exempt from the reading level, as their wording cannot change.
#![cfg(not(target_arch = "wasm32"))]

use iop_check::content::readability::{flesch_kincaid_grade, syllables};
use iop_check::content::{self, Block, FaqId, Lang};
use iop_check::engine::answers::{Impact, YesNoUnsure};
use iop_check::engine::{Flag, Outcome, Reason, Step};

const MAX_GRADE: f64 = 8.0;

fn reasons() -> Vec<Reason> {
    vec![
        Reason::DangerNow,
        Reason::SelfHarmThoughts,
        Reason::PastSevereWithdrawal(YesNoUnsure::Yes),
        Reason::PastSevereWithdrawal(YesNoUnsure::NotSure),
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
        Reason::ProblemsGetInTheWay(Impact::NotAtAll),
        Reason::ProblemsGetInTheWay(Impact::Somewhat),
        Reason::ProblemsGetInTheWay(Impact::ALot),
        Reason::NoStrongSigns,
    ]
}

const FLAGS: [Flag; 5] = [
    Flag::CrisisLines,
    Flag::OpioidMedication,
    Flag::AdolescentHours,
    Flag::ScheduleNote,
    Flag::ReadinessEncouragement,
];

fn faq_text(lang: Lang, id: FaqId) -> String {
    let f = content::faq(lang, id);
    let mut s = String::from(f.question);
    for b in f.answer {
        s.push(' ');
        match b {
            Block::P(t) => s.push_str(t),
            Block::List(items) => items.iter().for_each(|i| {
                s.push_str(i);
                s.push_str(". ");
            }),
            Block::Table(rows) => rows.iter().flat_map(|r| r.iter()).for_each(|c| {
                s.push_str(c);
                s.push_str(". ");
            }),
            Block::Link(t, _) => s.push_str(t),
        }
    }
    s
}

#[test]
fn syllable_counts_are_sensible() {
    assert_eq!(syllables("cat"), 1);
    assert_eq!(syllables("water"), 2);
    assert_eq!(syllables("make"), 1);
    assert_eq!(syllables("table"), 2);
    assert_eq!(syllables("intensive"), 3);
    assert!(flesch_kincaid_grade("The cat sat on the mat.") < 2.0);
    assert!(
        flesch_kincaid_grade(
            "Notwithstanding considerable institutional heterogeneity, comprehensive intensive outpatient interventions demonstrate substantial effectiveness."
        ) > 12.0
    );
}

#[test]
fn every_piece_has_text_in_both_languages() {
    for lang in Lang::ALL {
        for step in Step::ALL {
            for other in [false, true] {
                assert!(!content::question(lang, step, other).text.is_empty());
            }
            for a in step.options() {
                assert!(!content::answer(lang, a).is_empty(), "{lang:?} {a:?}");
            }
        }
        for o in Outcome::ALL {
            for teen in [false, true] {
                let t = content::outcome(lang, o, teen);
                assert!(!t.title.is_empty() && !t.summary.is_empty() && !t.involves.is_empty());
            }
        }
        for r in reasons() {
            assert!(!content::reason(lang, r).is_empty());
        }
        for f in FLAGS {
            assert!(!content::flag(lang, f).is_empty());
        }
        for id in FaqId::ALL {
            let f = content::faq(lang, id);
            assert!(
                !f.question.is_empty() && !f.answer.is_empty(),
                "{lang:?} {id:?}"
            );
        }
    }
}

#[test]
fn spanish_is_not_a_copy_of_english() {
    for step in Step::ALL {
        let en = content::question(Lang::En, step, false).text;
        let es = content::question(Lang::Es, step, false).text;
        assert_ne!(en, es, "{step:?}");
    }
    for id in FaqId::ALL {
        assert_ne!(
            content::faq(Lang::En, id).question,
            content::faq(Lang::Es, id).question
        );
    }
}

#[test]
fn faq_ids_round_trip_and_are_unique() {
    for id in FaqId::ALL {
        assert_eq!(FaqId::from_id(id.id()), Some(id));
    }
    let mut ids: Vec<_> = FaqId::ALL.iter().map(|f| f.id()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), FaqId::ALL.len());
    assert_eq!(FaqId::from_id("nope"), None);
}

#[test]
fn crisis_lines_are_exact() {
    let en = content::crisis(Lang::En);
    assert!(en.call_911.contains("911"));
    assert!(en.call_988.contains("988") && en.text_988.contains("988"));
    assert!(en.samhsa.contains("1-800-662-4357") && en.samhsa.contains("1-800-487-4889"));
    let es = content::crisis(Lang::Es);
    assert!(es.lifeline.contains("oprima 2"));
    assert!(es.text_988.contains("AYUDA"));
    assert_eq!(es.text_988_body, "AYUDA");
    assert!(es.samhsa.contains("1-800-662-4357"));
}

/// Every result, in both languages, says it is not a diagnosis and names
/// 988 and the SAMHSA helpline (INV-5's words; the UI test shows them).
#[test]
fn result_words_for_inv5_exist() {
    for lang in Lang::ALL {
        let c = content::chrome(lang);
        assert!(c.not_diagnosis.len() > 10);
        assert!(c.samhsa_line.contains("SAMHSA"));
        assert!(content::crisis(lang).persistent.contains("988"));
    }
}

#[test]
fn adolescent_hours_differ_from_adult_hours() {
    for lang in Lang::ALL {
        let adult = content::outcome(lang, Outcome::Iop, false).involves;
        let teen = content::outcome(lang, Outcome::Iop, true).involves;
        assert!(adult.contains("9") && !adult.contains(" 6 "), "{adult}");
        assert!(teen.contains("6"), "{teen}");
    }
}

fn assert_grade(label: &str, text: &str) {
    let grade = flesch_kincaid_grade(text);
    assert!(
        grade <= MAX_GRADE,
        "{label}: grade {grade:.1} > {MAX_GRADE}: {text}"
    );
}

#[test]
fn english_questions_read_at_grade_8_or_lower() {
    for step in Step::ALL {
        for other in [false, true] {
            let q = content::question(Lang::En, step, other);
            if q.validated {
                continue;
            }
            let mut group = String::from(q.text);
            if let Some(h) = q.hint {
                group.push(' ');
                group.push_str(h);
            }
            for a in step.options() {
                group.push(' ');
                group.push_str(content::answer(Lang::En, a));
                group.push('.');
            }
            assert_grade(step.id(), &group);
        }
    }
}

#[test]
fn english_results_read_at_grade_8_or_lower() {
    for o in Outcome::ALL {
        for teen in [false, true] {
            let t = content::outcome(Lang::En, o, teen);
            let text = [t.title, t.summary, t.involves].join(" ");
            assert_grade(o.id(), &text);
        }
    }
    let reasons: Vec<&str> = reasons()
        .into_iter()
        .map(|r| content::reason(Lang::En, r))
        .collect();
    assert_grade("reasons", &reasons.join(" "));
    let flags: Vec<&str> = FLAGS
        .into_iter()
        .map(|f| content::flag(Lang::En, f))
        .collect();
    assert_grade("flags", &flags.join(" "));
    let c = content::chrome(Lang::En);
    assert_grade("intro", c.checker_intro);
    assert_grade("leaving hospital", c.leaving_hospital_intro);
    assert_grade("not a diagnosis", c.not_diagnosis);
}

#[test]
fn english_faq_reads_at_grade_8_or_lower() {
    for id in FaqId::ALL {
        assert_grade(id.id(), &faq_text(Lang::En, id));
    }
}
