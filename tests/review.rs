//! The clinical review sheet (`pkg/clinical-review.html`): it shows every
//! question, answer, rule, outcome and result text of this version in both
//! languages and voices, it is safe, self-contained HTML, and every test it
//! names as proof of an invariant exists in the file it names.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use iop_check::content::{self, Lang, Voice};
use iop_check::engine::answers::{Substance, Substances, Who, YesNo};
use iop_check::engine::rules::{FLAG_RULES, MEDICAL_NEED_RULES, RULES};
use iop_check::engine::{
    Answer, Flag, MedicalNeed, Outcome, Reason, Screener, Session, Step, QUESTION_SET_VERSION,
    RULES_VERSION,
};
use iop_check::review::{clinical_review_html, escape, INVARIANTS};

fn sheet() -> &'static str {
    static SHEET: OnceLock<String> = OnceLock::new();
    SHEET.get_or_init(clinical_review_html)
}

/// Panics with every text the sheet does not show.
fn assert_shows(what: &str, texts: impl IntoIterator<Item = String>) {
    let missing: Vec<String> = texts
        .into_iter()
        .filter(|t| !sheet().contains(&escape(t)))
        .collect();
    assert!(
        missing.is_empty(),
        "{what} missing from the sheet:\n{missing:#?}"
    );
}

fn both<T>(f: impl Fn(Lang, Voice) -> T) -> Vec<T> {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| Voice::ALL.into_iter().map(move |voice| (lang, voice)))
        .map(|(lang, voice)| f(lang, voice))
        .collect()
}

#[test]
fn shows_the_versions() {
    let s = sheet();
    assert!(s.contains(&format!("IOP Check version {}.", env!("CARGO_PKG_VERSION"))));
    assert_eq!((QUESTION_SET_VERSION, RULES_VERSION), (2, 2));
    assert!(s.contains("Question set version 2, rules version 2"));
}

#[test]
fn shows_every_step_id_part_and_when_it_is_asked() {
    assert_shows("step ids", Step::ALL.iter().map(|s| s.id().to_string()));
    assert_shows(
        "parts",
        Step::ALL
            .iter()
            .map(|s| content::part_of(Lang::En, s.part())),
    );
    assert_shows(
        "asked when",
        Step::ALL.iter().map(|s| s.asked_when().to_string()),
    );
    // In the order they are asked.
    let at: Vec<usize> = Step::ALL
        .iter()
        .map(|s| sheet().find(&format!("id=\"q-{}\"", s.id())).unwrap())
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "questions out of order");
}

/// Answer every question the check asks, picking with `choose`; returns
/// the steps asked.
fn walk(choose: impl Fn(Step) -> Answer) -> Vec<Step> {
    let mut session = Session::new();
    while let Some(step) = session.current_step() {
        session.answer(choose(step));
    }
    session.answered().to_vec()
}

#[test]
fn asked_when_matches_the_flow() {
    // The least: for oneself, no drinking, no drugs. Every question the
    // sheet says is asked "only when" is skipped, every other is asked.
    let least = walk(|step| match step {
        Step::DangerNow => Answer::DangerNow(YesNo::No),
        _ => step.options()[0],
    });
    let conditional: Vec<Step> = Step::ALL
        .into_iter()
        .filter(|s| s.asked_when().starts_with("Only"))
        .collect();
    let unconditional: Vec<Step> = Step::ALL
        .into_iter()
        .filter(|s| !conditional.contains(s))
        .collect();
    assert_eq!(least, unconditional);
    // The most: for someone else, drinking, drugs, daily use. All are asked.
    let most = walk(|step| match step {
        Step::Who => Answer::Who(Who::SomeoneICareAbout),
        Step::DangerNow => Answer::DangerNow(YesNo::No),
        Step::AuditFrequency | Step::DrugUse => *step.options().last().unwrap(),
        Step::Substances => Answer::Substances(Substances::of(&Substance::ALL)),
        _ => step.options()[0],
    });
    assert_eq!(most, Step::ALL.to_vec());
}

#[test]
fn shows_every_question_in_both_languages_and_voices() {
    for step in Step::ALL {
        let texts = both(|lang, voice| {
            let q = content::question(lang, step, voice);
            [Some(q.text), q.stem, q.hint]
        });
        assert_shows(
            step.id(),
            texts.into_iter().flatten().flatten().map(String::from),
        );
    }
}

#[test]
fn shows_every_answer_in_both_languages_and_voices() {
    for step in Step::ALL {
        let texts = step
            .options()
            .into_iter()
            .flat_map(|a| both(move |lang, voice| content::answer(lang, a, voice)));
        assert_shows(step.id(), texts.map(String::from));
    }
    assert_shows(
        "none of these",
        Lang::ALL
            .iter()
            .map(|l| content::chrome(*l).none_of_these.to_string()),
    );
}

#[test]
fn shows_each_screener_with_its_source_and_scoring() {
    assert_shows(
        "screeners",
        Screener::ALL
            .iter()
            .flat_map(|s| [s.name(), s.source(), s.scoring()])
            .map(String::from),
    );
}

#[test]
fn shows_every_rule_and_the_rules_follow_the_outcomes() {
    assert_shows("rules", RULES.iter().map(|r| r.when.to_string()));
    // Rules 1 to 6 give the outcomes from most to least urgent; the floor
    // comes last and lifts to IOP.
    let numbered: Vec<(&str, Outcome)> = RULES.iter().map(|r| (r.number, r.outcome)).collect();
    let mut expected: Vec<(&str, Outcome)> = ["1", "2", "3", "4", "5", "6"]
        .into_iter()
        .zip(Outcome::ALL)
        .collect();
    expected.push(("Floor", Outcome::Iop));
    assert_eq!(numbered, expected);
}

#[test]
fn shows_every_outcome_text_for_both_ages() {
    for o in Outcome::ALL {
        let texts = [false, true].into_iter().flat_map(|u18| {
            both(move |lang, voice| {
                let t = content::outcome(lang, o, u18, voice);
                [Some(t.title), Some(t.summary), t.involves]
            })
        });
        assert_shows(o.id(), texts.flatten().flatten().map(String::from));
    }
}

#[test]
fn shows_every_reason_flag_and_medical_need() {
    let reasons = Reason::all();
    assert_shows(
        "reasons",
        reasons
            .iter()
            .flat_map(|r| both(|lang, voice| content::reason(lang, *r, voice)))
            .map(String::from),
    );
    assert_shows(
        "flags",
        Flag::ALL
            .iter()
            .flat_map(|f| both(|lang, voice| content::flag(lang, *f, voice)))
            .map(String::from),
    );
    assert_shows(
        "medical needs",
        MedicalNeed::ALL
            .iter()
            .flat_map(|m| both(|lang, voice| content::medical(lang, *m, voice)))
            .map(String::from),
    );
    // Each flag and need says when it is added.
    for f in Flag::ALL {
        assert!(
            FLAG_RULES.iter().any(|(x, _)| *x == f),
            "{f:?} has no rule text"
        );
    }
    for m in MedicalNeed::ALL {
        assert!(
            MEDICAL_NEED_RULES.iter().any(|(x, _)| *x == m),
            "{m:?} has no rule text"
        );
    }
}

#[test]
fn shows_the_crisis_lines_and_what_every_result_says() {
    let texts = both(|lang, voice| {
        let c = content::crisis(lang);
        let ch = content::chrome(lang);
        vec![
            c.call_911.get(voice),
            c.call_911_link,
            c.lifeline,
            c.call_988,
            c.text_988,
            c.text_988_body,
            c.chat_988,
            c.chat_url,
            c.persistent.get(voice),
            c.same_day_title.get(voice),
            c.same_day_body.get(voice),
            c.same_day_911.get(voice),
            ch.not_diagnosis.get(voice),
            ch.observer_note,
            ch.samhsa_line,
            ch.find_treatment,
        ]
    });
    assert_shows(
        "crisis and result texts",
        texts
            .into_iter()
            .flatten()
            .filter(|t| !t.is_empty())
            .map(String::from),
    );
}

#[test]
fn shows_what_the_tool_is_not_and_every_invariant() {
    let s = sheet();
    assert!(s.contains("What this tool is not"));
    assert!(s.contains("not a diagnosis"));
    assert!(s.contains("not the validated self-report"));
    assert!(s.contains("Answers never leave the browser"));
    let ids: Vec<&str> = INVARIANTS.iter().map(|i| i.id).collect();
    let expected: Vec<String> = (1..=11).map(|n| format!("INV-{n}")).collect();
    assert_eq!(ids, expected);
    assert_shows(
        "invariants",
        INVARIANTS.iter().flat_map(|i| {
            std::iter::once(i.statement.to_string())
                .chain(i.tests.iter().map(|t| t.name.to_string()))
        }),
    );
}

#[test]
fn is_self_contained_html_that_prints() {
    let s = sheet();
    assert!(s.starts_with("<!doctype html>"));
    assert!(s.contains("<html lang=\"en\">"));
    assert!(s.contains("<meta charset=\"utf-8\">"));
    assert!(s.contains("@page"));
    assert!(s.contains("tr, td, th { break-inside: avoid"));
    let lower = s.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "no script, escaped or not");
    for external in [
        "<link",
        " src=",
        "url(",
        "@import",
        "href=\"http",
        "href=\"//",
    ] {
        assert!(!lower.contains(external), "external resource: {external}");
    }
}

#[test]
fn escapes_every_special_character() {
    assert_eq!(
        escape("<a href=\"x\">Tom & Jerry's</a>"),
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
    );
}

/// Whether a test of this name is defined in the file: a Rust `fn` (plain
/// or in `proptest!`) or a `node:test` `test("…")`.
fn defines(source: &str, file: &str, name: &str) -> bool {
    if file.ends_with(".rs") {
        [format!("fn {name}("), format!("fn {name}<")]
            .iter()
            .any(|p| source.contains(p.as_str()))
    } else {
        ['"', '\'', '`']
            .iter()
            .any(|q| source.contains(&format!("test({q}{name}{q}")))
    }
}

#[test]
fn every_test_named_for_an_invariant_exists() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut missing = Vec::new();
    for inv in INVARIANTS {
        assert!(!inv.tests.is_empty(), "{} names no test", inv.id);
        for t in inv.tests {
            let source = std::fs::read_to_string(format!("{root}/{}", t.file)).unwrap_or_default();
            if !defines(&source, t.file, t.name) {
                missing.push(format!("{}: {} ({})", inv.id, t.name, t.file));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "tests named on the review sheet but not found:\n  {}",
        missing.join("\n  ")
    );
}
