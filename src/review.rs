//! The clinical review sheet: every question, answer, rule, outcome and
//! patient-facing text of this version, in English and Spanish, generated
//! from the engine and the content so that it cannot drift from the widget.
//! A partner's clinical director reads and approves it before the widget
//! goes on their site. `make build` writes it to `pkg/clinical-review.html`.
//!
//! Pure, and compiled for native targets only (`src/lib.rs`): it costs the
//! Wasm bundle nothing.

use std::fmt::Write;

use crate::content::{self, Chrome, Crisis, Lang, Question, Voice, Voiced, Wording};
use crate::engine::answers::{AuditSex, DrugUseTimes, YesNoUnsure};
use crate::engine::rules::{FLAG_RULES, MEDICAL_NEED_RULES, RULES};
use crate::engine::screeners::{audit_c_cutoff, GAD2_CUTOFF, PHQ2_CUTOFF};
use crate::engine::{
    Answer, Flag, MedicalNeed, Outcome, Reason, Screener, Step, QUESTION_SET_VERSION, RULES_VERSION,
};

/// A test that proves an invariant: its name as written in the test file,
/// and the file, relative to the crate root.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TestRef {
    pub name: &'static str,
    pub file: &'static str,
}

/// One invariant of the clinical brief and the tests that prove it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Invariant {
    pub id: &'static str,
    pub statement: &'static str,
    pub tests: &'static [TestRef],
}

const ENGINE_TESTS: &str = "tests/engine.rs";
const CONTENT_TESTS: &str = "tests/content.rs";

const fn t(name: &'static str, file: &'static str) -> TestRef {
    TestRef { name, file }
}

/// The invariants INV-1 to INV-11, each with the tests that prove it.
/// `tests/review.rs` fails when a named test is not in its file.
pub const INVARIANTS: &[Invariant] = &[
    Invariant {
        id: "INV-1",
        statement: "\"Danger now\" = yes gives EmergencyNow, with 911 and 988 first, whatever else was answered; the check shows it at once.",
        tests: &[
            t("inv1_danger_now_is_always_emergency", ENGINE_TESTS),
            t(
                "danger now replaces the flow at once, with 911 and 988 as links",
                "tests/e2e/checker.test.mjs",
            ),
        ],
    },
    Invariant {
        id: "INV-2",
        statement: "A self-harm answer other than \"not at all\" (\"prefer not to say\" included) shows the 988 panel at once and on the result; the result opens with the same-day safety message; the outcome is never Outpatient or LearnMore.",
        tests: &[
            t("inv2_self_harm_floor", ENGINE_TESTS),
            t(
                "a self-harm answer keeps the 988 panel for the rest of the check and on the result",
                "tests/e2e/checker.test.mjs",
            ),
        ],
    },
    Invariant {
        id: "INV-3",
        statement: "When rule 2's withdrawal conditions hold, the outcome is never IOP, Outpatient or LearnMore.",
        tests: &[t("inv3_withdrawal_risk_is_medical_care_first", ENGINE_TESTS)],
    },
    Invariant {
        id: "INV-4",
        statement: "Monotone: making any one answer more severe never lowers the outcome (who it is for and which fits best, which have no order, are held fixed).",
        tests: &[t("inv4_monotone", ENGINE_TESTS)],
    },
    Invariant {
        id: "INV-5",
        statement: "Every result, in every language, shows \"not a diagnosis\", 988 and the SAMHSA helpline.",
        tests: &[t("every_result_says_not_a_diagnosis_988_and_samhsa", CONTENT_TESTS)],
    },
    Invariant {
        id: "INV-6",
        statement: "Answers never leave the browser: no request, cookie, storage, URL or event payload carries them.",
        tests: &[
            t(
                "privacy, every option on: only the widget's files are fetched, dataLayer holds only milestones, the contact link only listed parameters",
                "tests/e2e/embed.test.mjs",
            ),
            t(
                "events: ready on each placeholder, result only when shared, never an answer",
                "tests/e2e/embed.test.mjs",
            ),
        ],
    },
    Invariant {
        id: "INV-7",
        statement: "Under 18, the result uses the adolescent hours.",
        tests: &[t("inv7_adolescent_hours", ENGINE_TESTS)],
    },
    Invariant {
        id: "INV-8",
        statement: "Everyone not in danger now is asked AUDIT-C item 1 and the single drug question.",
        tests: &[t("inv8_every_path", ENGINE_TESTS)],
    },
    Invariant {
        id: "INV-9",
        statement: "LearnMore only when nothing at all is positive (rule 6); leaving higher care is never below IOP.",
        tests: &[t("inv9_learn_more_only_when_nothing_is_positive", ENGINE_TESTS)],
    },
    Invariant {
        id: "INV-10",
        statement: "On the path for someone else, no question or result sentence speaks to the person answering as if they were the one being checked (every text on that path, both languages).",
        tests: &[t(
            "inv10_observer_path_never_speaks_to_the_reader_as_the_patient",
            CONTENT_TESTS,
        )],
    },
    Invariant {
        id: "INV-11",
        statement: "No result text claims a diagnosis (\"you have\", \"point to\", \"diagnosed\"); screens are \"signs ... a provider should check\".",
        tests: &[t("inv11_no_result_claims_a_diagnosis", CONTENT_TESTS)],
    },
];

/// Escape a text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
@page { margin: 16mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 10pt/1.4 "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #111; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 2pt; }
h2 { font-size: 14pt; margin: 20pt 0 6pt; padding-bottom: 2pt; border-bottom: 1.5pt solid #222; }
h3 { font-size: 11pt; margin: 14pt 0 4pt; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
p { margin: 4pt 0; }
.version { font-size: 11pt; margin: 0 0 8pt; }
.muted, .v, .tag { color: #444; }
.v { font-size: 8.5pt; font-weight: bold; text-transform: uppercase; letter-spacing: .03em; display: block; margin-top: 2pt; }
.v:first-child { margin-top: 0; }
.tag { font-size: 8.5pt; font-style: italic; display: block; }
.stem { font-style: italic; color: #333; }
.qt { font-weight: bold; }
.hint { font-size: 9pt; color: #333; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.keep, .lead { break-after: avoid; page-break-after: avoid; }
.new-page { break-before: page; page-break-before: always; }
.box { border: 1pt solid #222; padding: 6pt 8pt; margin: 8pt 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0 10pt; }
thead { display: table-header-group; }
tr, td, th { break-inside: avoid; page-break-inside: avoid; }
th, td { border: .75pt solid #888; padding: 3pt 5pt; vertical-align: top; text-align: left; overflow-wrap: break-word; }
th { background: #e8e8e8; font-weight: bold; }
th[scope=row] { background: #f4f4f4; }
td > div + div, th > div + div { margin-top: 3pt; }
code { font: 8.5pt/1.3 "DejaVu Sans Mono", Consolas, monospace; overflow-wrap: anywhere; }
.w10 { width: 10%; } .w12 { width: 12%; } .w14 { width: 14%; } .w18 { width: 18%; } .w22 { width: 22%; } .w26 { width: 26%; } .w30 { width: 30%; } .w40 { width: 40%; } .w43 { width: 43%; }
.sign td { height: 26pt; }
ol.toc { columns: 2; margin: 4pt 0; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
"#;

/// A text that may differ by voice.
#[derive(Clone, Copy)]
enum Txt {
    One(&'static str),
    Voiced(Voiced),
}

/// A text shown once when both voices say the same, else labelled.
fn voiced(you: &str, they: &str) -> String {
    if you == they {
        escape(you)
    } else {
        format!(
            "<span class=\"v\">Self-report</span>{}<span class=\"v\">Observer</span>{}",
            escape(you),
            escape(they)
        )
    }
}

fn txt(t: Txt) -> String {
    match t {
        Txt::One("") => "<em class=\"muted\">(empty)</em>".into(),
        Txt::One(s) => escape(s),
        Txt::Voiced(v) => voiced(v.you, v.they),
    }
}

fn question_cell(q: &Question) -> String {
    let mut s = String::new();
    if let Some(stem) = q.stem {
        let _ = write!(s, "<div class=\"stem\">{}</div>", escape(stem));
    }
    let _ = write!(s, "<div class=\"qt\">{}</div>", escape(q.text));
    if let Some(hint) = q.hint {
        let _ = write!(s, "<div class=\"hint\">{}</div>", escape(hint));
    }
    s
}

fn same_words(a: &Question, b: &Question) -> bool {
    (a.stem, a.text, a.hint) == (b.stem, b.text, b.hint)
}

fn wording_tag(w: Wording) -> &'static str {
    match w {
        Wording::Ours => "our wording",
        Wording::Published => "published wording, word for word",
        Wording::Observer => {
            "published item asked about another person (not the validated self-report)"
        }
    }
}

fn tags(en: Wording, es: Wording) -> String {
    if en == es {
        format!("<span class=\"tag\">{}</span>", wording_tag(en))
    } else {
        format!(
            "<span class=\"tag\">EN: {}; ES: {}</span>",
            wording_tag(en),
            wording_tag(es)
        )
    }
}

/// How an answer counts in its screener, from the engine's scoring.
fn scoring(a: Answer) -> Option<String> {
    let positive = |p: bool| if p { "positive" } else { "negative" }.to_string();
    Some(match a {
        Answer::Phq2Interest(f)
        | Answer::Phq2Down(f)
        | Answer::Gad2Nervous(f)
        | Answer::Gad2Worry(f) => {
            format!("{}", f.score())
        }
        Answer::SelfHarm(s) => positive(s.is_positive()),
        Answer::AuditFrequency(f) => format!("{}", f as u8),
        Answer::AuditTypical(t) => format!("{}", t as u8),
        Answer::AuditHeavy(h) => format!("{}", h as u8),
        Answer::AuditSex(s) => format!("cut-off {}", audit_c_cutoff(s)),
        Answer::DrugUse(d) => positive(d != DrugUseTimes::Never),
        _ => return None,
    })
}

fn outcome_name(o: Outcome) -> String {
    format!(
        "{:?} &ldquo;{}&rdquo;",
        o,
        escape(content::outcome(Lang::En, o, false, Voice::SelfReport).title)
    )
}

fn yes_no_unsure(y: YesNoUnsure) -> &'static str {
    content::answer(Lang::En, Answer::Health(y), Voice::SelfReport)
}

fn reason_label(r: Reason) -> String {
    match r {
        Reason::DangerNow => "Danger now: yes".into(),
        Reason::SelfHarmThoughts => "Self-harm: anything but \"not at all\"".into(),
        Reason::PastSevereWithdrawal(y) => format!(
            "Past seizure, DTs or hallucinations when cutting down: {}",
            yes_no_unsure(y)
        ),
        Reason::StrongWithdrawalNow => "Withdrawal now: a lot".into(),
        Reason::BenzoWithdrawal => "Benzos on most days, with any withdrawal now".into(),
        Reason::HealthProblemWithUse => {
            "Health problem not under control or pregnancy: yes, with use on most days".into()
        }
        Reason::CantManageDailyTasks => "Can't manage daily tasks".into(),
        Reason::HomeNotSafe => "Home safe: no".into(),
        Reason::WeeklyTherapyNotEnough => "Weekly therapy was not enough".into(),
        Reason::SteppingDown => "Leaving hospital, residential or PHP care".into(),
        Reason::DepressionScreen => format!("PHQ-2 positive ({PHQ2_CUTOFF} or more)"),
        Reason::AnxietyScreen => format!("GAD-2 positive ({GAD2_CUTOFF} or more)"),
        Reason::AlcoholScreen => "AUDIT-C positive".into(),
        Reason::DrugScreen => "Drug question: 1 time or more".into(),
        Reason::DailyUse => "Something used on most days".into(),
        Reason::ProblemsGetInTheWay(i) => format!(
            "Problems in the way: \"{}\"",
            content::answer(Lang::En, Answer::Impact(i), Voice::SelfReport)
        ),
        Reason::NoStrongSigns => "Nothing positive (rule 6)".into(),
    }
}

fn flag_label(f: Flag) -> &'static str {
    match f {
        Flag::CrisisLines => "Crisis lines (988)",
        Flag::OpioidMedication => "Opioid medication",
        Flag::Naloxone => "Naloxone",
        Flag::AdolescentHours => "Adolescent hours",
        Flag::ScheduleNote => "Schedule note",
        Flag::ReadinessEncouragement => "Readiness encouragement",
    }
}

fn medical_label(m: MedicalNeed) -> &'static str {
    match m {
        MedicalNeed::SupervisedWithdrawal => "Supervised withdrawal",
        MedicalNeed::OpioidMedicine => "Opioid medicine",
        MedicalNeed::StopSafely => "Stop safely",
        MedicalNeed::HealthOrPregnancy => "Health or pregnancy",
        MedicalNeed::OpioidsInPregnancy => "Opioids in pregnancy",
    }
}

/// Every field of the crisis texts, so a new field cannot be left out.
fn crisis_rows(c: &Crisis) -> [(&'static str, Txt); 12] {
    let Crisis {
        call_911,
        call_911_link,
        lifeline,
        call_988,
        text_988,
        text_988_body,
        chat_988,
        chat_url,
        persistent,
        same_day_title,
        same_day_body,
        same_day_911,
    } = *c;
    [
        ("911 line", Txt::Voiced(call_911)),
        ("911 button", Txt::One(call_911_link)),
        ("988 Lifeline", Txt::One(lifeline)),
        ("988 call button", Txt::One(call_988)),
        ("988 text button", Txt::One(text_988)),
        ("988 text message body", Txt::One(text_988_body)),
        ("988 chat link", Txt::One(chat_988)),
        ("988 chat address", Txt::One(chat_url)),
        (
            "988 reminder (crisis panel, every result)",
            Txt::Voiced(persistent),
        ),
        ("Same-day message: title", Txt::Voiced(same_day_title)),
        ("Same-day message: body", Txt::Voiced(same_day_body)),
        ("Same-day message: 911", Txt::Voiced(same_day_911)),
    ]
}

/// The widget's own words that a result shows.
fn result_chrome_rows(c: &Chrome) -> [(&'static str, Txt); 10] {
    [
        ("Result heading", Txt::Voiced(c.result_heading)),
        (
            "Not a diagnosis (every result)",
            Txt::Voiced(c.not_diagnosis),
        ),
        (
            "Observer note (observer results only)",
            Txt::One(c.observer_note),
        ),
        ("SAMHSA line (every result)", Txt::One(c.samhsa_line)),
        (
            "FindTreatment.gov link (no partner, or level not offered)",
            Txt::One(c.find_treatment),
        ),
        (
            "Insurance link (when the partner sets one)",
            Txt::Voiced(c.verify_insurance),
        ),
        ("Heading: why", Txt::One(c.why)),
        ("Heading: what it involves", Txt::One(c.what_it_involves)),
        ("Heading: notes", Txt::One(c.notes)),
        ("Heading: next step", Txt::One(c.next_step)),
    ]
}

/// An outcome field that may vary by voice and by age, each variant once.
fn outcome_cell(f: impl Fn(Voice, bool) -> Option<&'static str>) -> String {
    let (s, o) = (Voice::SelfReport, Voice::Observer);
    let by_voice = f(s, false) != f(o, false) || f(s, true) != f(o, true);
    let by_age = f(s, false) != f(s, true) || f(o, false) != f(o, true);
    let one = |v: Option<&'static str>| match v {
        Some(text) => escape(text),
        None => "<em class=\"muted\">None shown.</em>".into(),
    };
    let mut variants: Vec<(&str, Option<&'static str>)> = Vec::new();
    match (by_voice, by_age) {
        (false, false) => return one(f(s, false)),
        (true, false) => variants.extend([("Self-report", f(s, false)), ("Observer", f(o, false))]),
        (false, true) => variants.extend([("Adult", f(s, false)), ("Under 18", f(s, true))]),
        (true, true) => variants.extend([
            ("Adult, self-report", f(s, false)),
            ("Adult, observer", f(o, false)),
            ("Under 18, self-report", f(s, true)),
            ("Under 18, observer", f(o, true)),
        ]),
    }
    variants
        .into_iter()
        .map(|(label, v)| format!("<span class=\"v\">{label}</span>{}", one(v)))
        .collect()
}

fn en_es_head(first: &str, first_class: &str) -> String {
    format!(
        "<colgroup><col class=\"{first_class}\"><col><col></colgroup>\
         <thead><tr><th scope=\"col\">{first}</th><th scope=\"col\">English</th><th scope=\"col\">Spanish</th></tr></thead>"
    )
}

/// The whole sheet, a self-contained HTML page.
pub fn clinical_review_html() -> String {
    let version = env!("CARGO_PKG_VERSION");
    let mut h = String::with_capacity(160_000);
    let en = content::chrome(Lang::En);
    let es = content::chrome(Lang::Es);

    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>IOP Check {v}: clinical review sheet</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header>\n<h1>IOP Check: clinical review sheet</h1>\n\
         <p class=\"version\"><strong>IOP Check version {v}.</strong> Question set version {QUESTION_SET_VERSION}, rules version {RULES_VERSION}.</p>\n\
         <p class=\"muted lead\">Generated from the widget's own code (engine and texts) when the widget is built. Every question, answer, rule and result text below is the one the widget shows in this version.</p>\n</header>\n",
        v = escape(version)
    );

    // What the tool is not, and how to read the sheet.
    let _ = write!(
        h,
        "<section class=\"box keep\">\n<h2 id=\"not\">What this tool is not</h2>\n\
         <p>IOP Check is a self-check, <strong>not a diagnosis</strong> and not a clinical assessment. It suggests a level of care to talk about with a provider. Published screeners are used only to say whether a concern is present; a level of care is never found by adding up a score. Every result says it is not a diagnosis and shows 988 and the SAMHSA helpline.</p>\n\
         <p>When someone answers for another person, the screening items are asked about that person. <strong>An observer's answers are not the validated self-report</strong>, and the result says so.</p>\n\
         <p><strong>Answers never leave the browser.</strong> Nothing is sent, stored, put in a link or in an analytics event. The host page can receive only the outcome category (never an answer), and only when the partner turns that on.</p>\n</section>\n\
         <section class=\"keep\">\n<h2 id=\"how\">How to read this sheet</h2>\n\
         <p>Questions are listed in the order they are asked, with when each is asked. <em>Self-report</em> is the wording for a person answering about themself; <em>Observer</em> is the wording after \"someone I care about\" or \"a professional\". A text the same in both voices is shown once. Outcome texts that differ for people under 18 are shown for both ages.</p>\n\
         <p>The rules are tried in order and the first that matches decides; then the self-harm floor applies. The invariants are safety properties the automated tests check on every build. Please check the version line against the version your site runs; any change to a question, rule or text gives a new sheet.</p>\n\
         <ol class=\"toc\"><li><a href=\"#screeners\">Screeners</a></li><li><a href=\"#questions\">Questions and answers</a></li><li><a href=\"#rules\">Rules</a></li><li><a href=\"#outcomes\">Outcomes</a></li><li><a href=\"#reasons\">Reasons</a></li><li><a href=\"#flags\">Notes (flags) and medical needs</a></li><li><a href=\"#crisis\">Crisis lines and result texts</a></li><li><a href=\"#invariants\">Invariants and their tests</a></li><li><a href=\"#approval\">Approval</a></li></ol>\n</section>\n"
    );

    // Screeners.
    h.push_str("<section>\n<h2 id=\"screeners\">Screeners quoted</h2>\n<table>\n<colgroup><col class=\"w18\"><col class=\"w14\"><col><col class=\"w30\"></colgroup>\n<thead><tr><th scope=\"col\">Screener</th><th scope=\"col\">Questions</th><th scope=\"col\">Source and terms</th><th scope=\"col\">Scoring</th></tr></thead>\n<tbody>\n");
    for sc in Screener::ALL {
        let steps: Vec<String> = Step::ALL
            .iter()
            .filter(|s| s.screener() == Some(sc))
            .map(|s| format!("<code>{}</code>", escape(s.id())))
            .collect();
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(sc.name()),
            steps.join(", "),
            escape(sc.source()),
            escape(sc.scoring())
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");

    // Questions.
    h.push_str("<section>\n<h2 id=\"questions\">Questions and answers</h2>\n");
    for (n, step) in Step::ALL.into_iter().enumerate() {
        let q = |lang, voice| content::question(lang, step, voice);
        let (en_s, en_o) = (q(Lang::En, Voice::SelfReport), q(Lang::En, Voice::Observer));
        let (es_s, es_o) = (q(Lang::Es, Voice::SelfReport), q(Lang::Es, Voice::Observer));
        let source = match step.screener() {
            Some(sc) => format!(
                "<strong>{}</strong>. {} {}",
                escape(sc.name()),
                escape(sc.source()),
                escape(sc.scoring())
            ),
            None => "Ours".into(),
        };
        let _ = write!(
            h,
            "<div class=\"keep\">\n<h3 id=\"q-{id}\">Q{num} <code>{id}</code> <span class=\"muted\">({kind})</span></h3>\n\
             <table>\n<colgroup><col class=\"w18\"><col></colgroup>\n<tbody>\n\
             <tr><th scope=\"row\">Id</th><td><code>{id}</code></td></tr>\n\
             <tr><th scope=\"row\">Part</th><td>{part}</td></tr>\n\
             <tr><th scope=\"row\">Asked when</th><td>{when}</td></tr>\n\
             <tr><th scope=\"row\">Screener</th><td>{source}</td></tr>\n\
             </tbody>\n</table>\n</div>\n",
            id = escape(step.id()),
            num = n + 1,
            kind = escape(step.screener().map_or("ours", Screener::name)),
            part = escape(&content::part_of(Lang::En, step.part())),
            when = escape(step.asked_when()),
        );
        h.push_str("<table>\n");
        h.push_str(&en_es_head("Voice", "w18"));
        h.push_str("<tbody>\n");
        if same_words(&en_s, &en_o) && same_words(&es_s, &es_o) {
            let _ = writeln!(
                h,
                "<tr><th scope=\"row\">Both voices{}</th><td>{}</td><td>{}</td></tr>",
                tags(en_s.wording, es_s.wording),
                question_cell(&en_s),
                question_cell(&es_s)
            );
        } else {
            let same = "<em class=\"muted\">Same as self-report.</em>".to_string();
            let _ = writeln!(
                h,
                "<tr><th scope=\"row\">Self-report{}</th><td>{}</td><td>{}</td></tr>",
                tags(en_s.wording, es_s.wording),
                question_cell(&en_s),
                question_cell(&es_s)
            );
            let _ = writeln!(
                h,
                "<tr><th scope=\"row\">Observer{}</th><td>{}</td><td>{}</td></tr>",
                tags(en_o.wording, es_o.wording),
                if same_words(&en_s, &en_o) {
                    same.clone()
                } else {
                    question_cell(&en_o)
                },
                if same_words(&es_s, &es_o) {
                    same
                } else {
                    question_cell(&es_o)
                }
            );
        }
        h.push_str("</tbody>\n</table>\n");

        // Answer options.
        let scored = step.screener().is_some() || step == Step::AuditSex;
        let answer_cell = |lang, a| {
            voiced(
                content::answer(lang, a, Voice::SelfReport),
                content::answer(lang, a, Voice::Observer),
            )
        };
        let mut rows: Vec<(String, String, Option<String>)> = step
            .options()
            .into_iter()
            .map(|a| {
                (
                    answer_cell(Lang::En, a),
                    answer_cell(Lang::Es, a),
                    scoring(a),
                )
            })
            .collect();
        if step.is_multi() {
            rows.push((escape(en.none_of_these), escape(es.none_of_these), None));
            let _ = writeln!(
                h,
                "<p class=\"muted lead\">Several answers allowed: &ldquo;{}&rdquo; / &ldquo;{}&rdquo;. Only the substances that apply are offered (see &ldquo;Asked when&rdquo;). &ldquo;{}&rdquo; means nothing is used on most days.</p>",
                escape(en.choose_all),
                escape(es.choose_all),
                escape(en.none_of_these)
            );
        }
        h.push_str("<table>\n");
        if scored {
            h.push_str("<colgroup><col class=\"w40\"><col class=\"w43\"><col></colgroup>\n<thead><tr><th scope=\"col\">Answer (English)</th><th scope=\"col\">Answer (Spanish)</th><th scope=\"col\">Scoring</th></tr></thead>\n");
        } else {
            h.push_str("<colgroup><col><col></colgroup>\n<thead><tr><th scope=\"col\">Answer (English)</th><th scope=\"col\">Answer (Spanish)</th></tr></thead>\n");
        }
        h.push_str("<tbody>\n");
        for (en_a, es_a, score) in rows {
            if scored {
                let _ = writeln!(
                    h,
                    "<tr><td>{en_a}</td><td>{es_a}</td><td>{}</td></tr>",
                    score.map(|s| escape(&s)).unwrap_or_default()
                );
            } else {
                let _ = writeln!(h, "<tr><td>{en_a}</td><td>{es_a}</td></tr>");
            }
        }
        h.push_str("</tbody>\n</table>\n");
    }
    let _ = writeln!(
        h,
        "<p class=\"muted\">AUDIT-C cut-off: {} for male, {} for female or \"prefer not to say\" (the more cautious cut-off).</p>\n</section>",
        audit_c_cutoff(AuditSex::Male),
        audit_c_cutoff(AuditSex::Female)
    );

    // Rules.
    h.push_str("<section class=\"new-page\">\n<h2 id=\"rules\">Rules (version 2): first match wins, then the floor</h2>\n<table>\n<colgroup><col class=\"w10\"><col class=\"w22\"><col></colgroup>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Outcome</th><th scope=\"col\">When</th></tr></thead>\n<tbody>\n");
    for rule in RULES {
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}{}</td><td>{}</td></tr>",
            escape(rule.number),
            if rule.number == "Floor" {
                "At least "
            } else {
                ""
            },
            outcome_name(rule.outcome),
            escape(rule.when)
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");

    // Outcomes.
    h.push_str("<section>\n<h2 id=\"outcomes\">Outcomes, most urgent first</h2>\n");
    for o in Outcome::ALL {
        let by: Vec<&str> = RULES
            .iter()
            .filter(|r| r.outcome == o)
            .map(|r| r.number)
            .collect();
        let _ = write!(
            h,
            "<div class=\"keep\">\n<h3 id=\"o-{id}\">{name} <code>{id}</code></h3>\n<p class=\"muted lead\">Given by rule {by}.</p>\n</div>\n<table>\n{head}<tbody>\n",
            id = escape(o.id()),
            name = outcome_name(o),
            by = escape(&by.join(", ")),
            head = en_es_head("Text", "w14"),
        );
        type Field = fn(content::OutcomeText) -> Option<&'static str>;
        let fields: [(&str, Field); 3] = [
            ("Title", |t| Some(t.title)),
            ("Summary", |t| Some(t.summary)),
            ("What it involves", |t| t.involves),
        ];
        for (label, field) in fields {
            let cell =
                |lang| outcome_cell(|voice, u18| field(content::outcome(lang, o, u18, voice)));
            let _ = writeln!(
                h,
                "<tr><th scope=\"row\">{label}</th><td>{}</td><td>{}</td></tr>",
                cell(Lang::En),
                cell(Lang::Es)
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }
    h.push_str("</section>\n");

    // Reasons.
    let _ = write!(
        h,
        "<section>\n<div class=\"keep\"><h2 id=\"reasons\">Reasons (&ldquo;{}&rdquo;)</h2>\n<p class=\"muted lead\">A result lists the reasons that led to it.</p>\n</div>\n<table>\n{}<tbody>\n",
        escape(en.why),
        en_es_head("Reason", "w22")
    );
    for r in Reason::all() {
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
            escape(&reason_label(r)),
            voiced(
                content::reason(Lang::En, r, Voice::SelfReport),
                content::reason(Lang::En, r, Voice::Observer)
            ),
            voiced(
                content::reason(Lang::Es, r, Voice::SelfReport),
                content::reason(Lang::Es, r, Voice::Observer)
            )
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");

    // Flags and medical needs.
    let _ = write!(
        h,
        "<section>\n<div class=\"keep\"><h2 id=\"flags\">Notes (&ldquo;{}&rdquo;) and medical needs</h2>\n<p class=\"muted lead\">Notes never change the level of care.</p>\n</div>\n<table>\n{}<tbody>\n",
        escape(en.notes),
        en_es_head("Note and when it is added", "w26")
    );
    let missing = "<em class=\"muted\">(no rule text)</em>";
    for f in Flag::ALL {
        let when = FLAG_RULES
            .iter()
            .find(|(x, _)| *x == f)
            .map_or(missing.to_string(), |(_, w)| escape(w));
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}<span class=\"tag\">{}</span></th><td>{}</td><td>{}</td></tr>",
            escape(flag_label(f)),
            when,
            voiced(
                content::flag(Lang::En, f, Voice::SelfReport),
                content::flag(Lang::En, f, Voice::Observer)
            ),
            voiced(
                content::flag(Lang::Es, f, Voice::SelfReport),
                content::flag(Lang::Es, f, Voice::Observer)
            )
        );
    }
    let _ = write!(
        h,
        "</tbody>\n</table>\n<div class=\"keep\"><h3>Medical needs (MedicalCareFirst only, under &ldquo;{}&rdquo;)</h3>\n<p class=\"muted lead\">A withdrawal condition is any condition of rule 2 but the health one.</p>\n</div>\n<table>\n{}<tbody>\n",
        escape(en.what_it_involves),
        en_es_head("Need and when it is listed", "w26")
    );
    for m in MedicalNeed::ALL {
        let when = MEDICAL_NEED_RULES
            .iter()
            .find(|(x, _)| *x == m)
            .map_or(missing.to_string(), |(_, w)| escape(w));
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}<span class=\"tag\">{}</span></th><td>{}</td><td>{}</td></tr>",
            escape(medical_label(m)),
            when,
            voiced(
                content::medical(Lang::En, m, Voice::SelfReport),
                content::medical(Lang::En, m, Voice::Observer)
            ),
            voiced(
                content::medical(Lang::Es, m, Voice::SelfReport),
                content::medical(Lang::Es, m, Voice::Observer)
            )
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");

    // Crisis lines and the result's own words.
    let _ = write!(
        h,
        "<section>\n<h2 id=\"crisis\">Crisis lines</h2>\n<table>\n{}<tbody>\n",
        en_es_head("Text", "w26")
    );
    for ((label, e), (_, s)) in crisis_rows(content::crisis(Lang::En))
        .into_iter()
        .zip(crisis_rows(content::crisis(Lang::Es)))
    {
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
            escape(label),
            txt(e),
            txt(s)
        );
    }
    let _ = write!(
        h,
        "</tbody>\n</table>\n<h3>Words every result uses</h3>\n<table>\n{}<tbody>\n",
        en_es_head("Text", "w26")
    );
    for ((label, e), (_, s)) in result_chrome_rows(en)
        .into_iter()
        .zip(result_chrome_rows(es))
    {
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
            escape(label),
            txt(e),
            txt(s)
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");

    // Invariants.
    h.push_str("<section class=\"new-page\">\n<div class=\"keep\"><h2 id=\"invariants\">Invariants and the tests that prove them</h2>\n<p class=\"muted lead\">The automated tests (<code>make test</code>) check each one over every answer combination the space allows, or over many random ones; a broken invariant fails the test run.</p>\n</div>\n<table>\n<colgroup><col class=\"w12\"><col><col class=\"w40\"></colgroup>\n<thead><tr><th scope=\"col\">Invariant</th><th scope=\"col\">Statement</th><th scope=\"col\">Tests (name, file)</th></tr></thead>\n<tbody>\n");
    for inv in INVARIANTS {
        let tests: Vec<String> = inv
            .tests
            .iter()
            .map(|t| {
                format!(
                    "<div><code>{}</code> <span class=\"muted\">({})</span></div>",
                    escape(t.name),
                    escape(t.file)
                )
            })
            .collect();
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
            escape(inv.id),
            escape(inv.statement),
            tests.concat()
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");

    // Approval.
    let _ = write!(
        h,
        "<section class=\"keep\">\n<h2 id=\"approval\">Approval</h2>\n\
         <p>I have reviewed the questions, rules and texts of IOP Check version {v} (question set version {QUESTION_SET_VERSION}, rules version {RULES_VERSION}) shown above.</p>\n\
         <table class=\"sign\">\n<colgroup><col class=\"w22\"><col></colgroup>\n<tbody>\n\
         <tr><th scope=\"row\">Name</th><td></td></tr>\n<tr><th scope=\"row\">Role</th><td></td></tr>\n\
         <tr><th scope=\"row\">Organisation</th><td></td></tr>\n<tr><th scope=\"row\">Decision and comments</th><td></td></tr>\n\
         <tr><th scope=\"row\">Signature</th><td></td></tr>\n<tr><th scope=\"row\">Date</th><td></td></tr>\n\
         </tbody>\n</table>\n</section>\n</body>\n</html>\n",
        v = escape(version)
    );
    h
}
