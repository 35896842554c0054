//! Content checks: every step, answer, outcome, reason, flag and FAQ item
//! has text in both languages and both voices; English patient text reads
//! at grade 8 or lower (Flesch-Kincaid, computed here); the observer path
//! never speaks to the reader as the patient (INV-10); no result claims a
//! diagnosis (INV-11); hours always add up. Published screener wording is
//! exempt from the reading level, as it cannot change.
#![cfg(not(target_arch = "wasm32"))]

use iop_check::content::readability::{flesch_kincaid_grade, syllables};
use iop_check::content::{self, Block, FaqId, Lang, Voice, Wording};
use iop_check::engine::answers::*;
use iop_check::engine::{Answer, Flag, MedicalNeed, Outcome, Reason, Session, Step};

const MAX_GRADE: f64 = 8.0;

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

/// Every answer a step can show, "none of these" included for the
/// multi-choice step.
fn answer_texts(lang: Lang, step: Step, voice: Voice) -> Vec<&'static str> {
    let mut texts: Vec<&str> = step
        .options()
        .into_iter()
        .map(|a| content::answer(lang, a, voice))
        .collect();
    if step.is_multi() {
        texts.push(content::chrome(lang).none_of_these);
    }
    texts
}

/// Every text a person sees on the check's path after "who is this check
/// for?" in one language and voice: questions, answers, results, reasons,
/// notes, medical needs, crisis lines and the result's own words. Labelled
/// for failure messages.
fn path_texts(lang: Lang, voice: Voice) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for step in Step::ALL.into_iter().filter(|s| *s != Step::Who) {
        // Every slot in both voices ("" where absent), so the two voices'
        // lists line up item by item.
        let q = content::question(lang, step, voice);
        for (slot, t) in [("stem", q.stem), ("text", Some(q.text)), ("hint", q.hint)] {
            out.push((format!("question {} {slot}", step.id()), t.unwrap_or("")));
        }
        for a in answer_texts(lang, step, voice) {
            out.push((format!("answer {}", step.id()), a));
        }
    }
    out.extend(result_texts(lang, voice));
    out
}

/// Every text a result can show in one language and voice.
fn result_texts(lang: Lang, voice: Voice) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for o in Outcome::ALL {
        for teen in [false, true] {
            let t = content::outcome(lang, o, teen, voice);
            for s in [Some(t.title), Some(t.summary), t.involves]
                .into_iter()
                .flatten()
            {
                out.push((format!("outcome {}", o.id()), s));
            }
        }
    }
    for r in Reason::all() {
        out.push((format!("reason {r:?}"), content::reason(lang, r, voice)));
    }
    for f in Flag::ALL {
        out.push((format!("flag {f:?}"), content::flag(lang, f, voice)));
    }
    for n in MedicalNeed::ALL {
        out.push((format!("medical {n:?}"), content::medical(lang, n, voice)));
    }
    let k = content::crisis(lang);
    for (label, v) in [
        ("call_911", k.call_911),
        ("persistent", k.persistent),
        ("same_day_title", k.same_day_title),
        ("same_day_body", k.same_day_body),
        ("same_day_911", k.same_day_911),
    ] {
        out.push((format!("crisis {label}"), v.get(voice)));
    }
    let c = content::chrome(lang);
    for (label, v) in [
        ("result_heading", c.result_heading),
        ("verify_insurance", c.verify_insurance),
        ("not_diagnosis", c.not_diagnosis),
    ] {
        out.push((format!("chrome {label}"), v.get(voice)));
    }
    let note = match voice {
        Voice::Observer => c.observer_note,
        Voice::SelfReport => "",
    };
    out.push(("chrome observer_note".into(), note));
    out
}

/// Lower-case words, punctuation dropped, for phrase checks.
fn words(text: &str) -> String {
    let cleaned: String = text
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '(' || c == ')' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let mut s = String::from(" ");
    s.push_str(&cleaned.split_whitespace().collect::<Vec<_>>().join(" "));
    s.push(' ');
    s
}

fn has_phrase(text: &str, phrase: &str) -> bool {
    words(text).contains(&words(phrase))
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
fn every_piece_has_text_in_both_languages_and_voices() {
    for lang in Lang::ALL {
        for voice in Voice::ALL {
            for step in Step::ALL {
                let q = content::question(lang, step, voice);
                assert!(!q.text.is_empty(), "{lang:?} {voice:?} {step:?}");
                // Screener items, and only they, carry a screener's wording.
                assert_eq!(
                    q.wording == Wording::Ours,
                    step.screener().is_none(),
                    "{lang:?} {voice:?} {step:?}"
                );
                for a in answer_texts(lang, step, voice) {
                    assert!(!a.is_empty(), "{lang:?} {step:?}");
                }
            }
            for (label, t) in result_texts(lang, voice) {
                let optional = label == "chrome observer_note" && voice == Voice::SelfReport;
                assert!(
                    optional || !t.trim().is_empty(),
                    "{lang:?} {voice:?} {label}"
                );
            }
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

/// Self-report keeps the published words; asked about someone else, a
/// screener item says whom it is about (question set v2).
#[test]
fn screener_items_keep_published_words_and_say_whom_they_ask_about() {
    let phq_stem =
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?";
    let gad_stem =
        "Over the last 2 weeks, how often have you been bothered by the following problems?";
    let es_stem = "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?";
    for step in [Step::SelfHarm, Step::Phq2Interest, Step::Phq2Down] {
        assert_eq!(
            content::question(Lang::En, step, Voice::SelfReport).stem,
            Some(phq_stem)
        );
    }
    for step in [Step::Gad2Nervous, Step::Gad2Worry] {
        assert_eq!(
            content::question(Lang::En, step, Voice::SelfReport).stem,
            Some(gad_stem)
        );
    }
    for step in [
        Step::SelfHarm,
        Step::Phq2Interest,
        Step::Phq2Down,
        Step::Gad2Nervous,
        Step::Gad2Worry,
    ] {
        assert_eq!(
            content::question(Lang::Es, step, Voice::SelfReport).stem,
            Some(es_stem)
        );
    }
    assert_eq!(
        content::question(Lang::En, Step::SelfHarm, Voice::SelfReport).text,
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    );
    assert_eq!(
        content::question(Lang::En, Step::Gad2Nervous, Voice::SelfReport).text,
        "Feeling nervous, anxious, or on edge"
    );
    for lang in Lang::ALL {
        for step in Step::ALL.into_iter().filter(|s| s.screener().is_some()) {
            let own = content::question(lang, step, Voice::SelfReport);
            let theirs = content::question(lang, step, Voice::Observer);
            assert_eq!(own.wording, Wording::Published, "{step:?}");
            assert_eq!(own.hint.is_some(), step == Step::AuditTypical, "{step:?}");
            assert_eq!(theirs.wording, Wording::Observer, "{step:?}");
            let about = [theirs.stem, Some(theirs.text), theirs.hint]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                about.contains("person you are helping")
                    || about.contains("persona a la que usted ayuda"),
                "{lang:?} {step:?}: {about}"
            );
        }
    }
}

#[test]
fn spanish_is_not_a_copy_of_english() {
    for voice in Voice::ALL {
        for step in Step::ALL {
            let en = content::question(Lang::En, step, voice).text;
            let es = content::question(Lang::Es, step, voice).text;
            assert_ne!(en, es, "{step:?}");
        }
        let en = result_texts(Lang::En, voice);
        let es = result_texts(Lang::Es, voice);
        for ((label, e), (_, s)) in en.iter().zip(&es) {
            if !e.is_empty() {
                assert_ne!(e, s, "{label} is not translated");
            }
        }
    }
    for id in FaqId::ALL {
        assert_ne!(
            content::faq(Lang::En, id).question,
            content::faq(Lang::Es, id).question
        );
    }
}

/// The Spanish review's fixes stay fixed.
#[test]
fn spanish_wording_follows_the_review() {
    let es = |a| content::answer(Lang::Es, a, Voice::SelfReport);
    assert_eq!(
        es(Answer::Who(Who::Professional)),
        "Soy profesional y ayudo a alguien"
    );
    assert_eq!(es(Answer::Home(Home::Mostly)), "La mayor parte del tiempo");
    let c = content::chrome(Lang::Es);
    assert!(c.checker_intro.contains("dispositivo") && !c.checker_intro.contains("aparato"));
    assert!(c.leaving_hospital_intro.contains("dispositivo"));
    let faq = |id| faq_text(Lang::Es, id);
    assert!(faq(FaqId::WhatYouDo).contains("sobrio(a)"));
    assert!(faq(FaqId::GroupTherapy).contains("en quienes"));
    assert_eq!(
        content::crisis(Lang::Es).chat_url,
        "https://988lifeline.org/es/"
    );
    assert!(faq(FaqId::Crisis).contains("Chat en 988lifeline.org/es"));
    let chat = content::faq(Lang::Es, FaqId::Crisis)
        .answer
        .iter()
        .find_map(|b| match b {
            Block::Link(t, href) if t.contains("Chat") => Some(*href),
            _ => None,
        });
    assert_eq!(chat, Some("https://988lifeline.org/es/"));
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
    for voice in Voice::ALL {
        let en = content::crisis(Lang::En);
        assert!(en.call_911.get(voice).contains("911"));
        assert!(en.call_988.contains("988") && en.text_988.contains("988"));
        let es = content::crisis(Lang::Es);
        assert!(es.lifeline.contains("oprima 2"));
        assert!(es.text_988.contains("AYUDA"));
        assert_eq!(es.text_988_body, "AYUDA");
        assert_eq!(
            (content::SAMHSA_PHONE, content::SAMHSA_TTY),
            ("1-800-662-4357", "1-800-487-4889")
        );
        for lang in Lang::ALL {
            let k = content::crisis(lang);
            // The same-day message: talk today (988, a doctor or counselor),
            // and 911 if acting on the thoughts is possible (INV-2).
            let body = k.same_day_body.get(voice);
            assert!(body.contains("988"), "{lang:?} {voice:?}");
            assert!(body.contains("988lifeline.org"), "{lang:?} {voice:?}");
            assert!(
                k.same_day_911.get(voice).contains("911"),
                "{lang:?} {voice:?}"
            );
            assert!(
                has_phrase(body, "today") || has_phrase(body, "hoy"),
                "{lang:?} {voice:?}: {body}"
            );
        }
    }
}

/// INV-5's words: every result, in every language and voice, says it is not
/// a diagnosis and names 988 and the SAMHSA helpline (the UI tests show
/// them on every result).
#[test]
fn every_result_says_not_a_diagnosis_988_and_samhsa() {
    for lang in Lang::ALL {
        for voice in Voice::ALL {
            let c = content::chrome(lang);
            let nd = c.not_diagnosis.get(voice);
            assert!(
                nd.contains("not a diagnosis") || nd.contains("no es un diagnóstico"),
                "{nd}"
            );
            assert!(c.samhsa_line.contains("SAMHSA"));
            assert!(content::crisis(lang).persistent.get(voice).contains("988"));
        }
    }
}

#[test]
fn adolescent_hours_differ_from_adult_hours() {
    for lang in Lang::ALL {
        for voice in Voice::ALL {
            let adult = content::outcome(lang, Outcome::Iop, false, voice)
                .involves
                .unwrap();
            let teen = content::outcome(lang, Outcome::Iop, true, voice)
                .involves
                .unwrap();
            assert!(adult.contains("9") && !adult.contains(" 6 "), "{adult}");
            assert!(teen.contains("6"), "{teen}");
        }
    }
}

/// INV-10: on the path for someone else, no question or result sentence
/// speaks to the person answering as if they were the one being checked.
/// English: no second-person phrase about the patient; every text whose
/// self-report form speaks to "you" has its own observer form. Spanish
/// ("usted" is grammatically third person, so the person must be named):
/// every observer form that differs from the self-report form names "la
/// persona" (or "ella"), and every text that changes with the voice in
/// English changes in Spanish too.
#[test]
fn inv10_observer_path_never_speaks_to_the_reader_as_the_patient() {
    const PATIENT_AS_YOU: [&str; 37] = [
        "yourself",
        "are you",
        "do you",
        "have you",
        "could you",
        "were you",
        "you have had",
        "you have used",
        "you use",
        "you used",
        "you drink",
        "you go without",
        "you cut down",
        "you get",
        "you live",
        "you sleep",
        "you still",
        "you need",
        "you may need",
        "you may not",
        "you have to",
        "help you",
        "tell you",
        "you stop",
        "you are leaving",
        "you are pregnant",
        "you are in danger",
        "you might act",
        "your life",
        "your recovery",
        "your body",
        "your mood",
        "your work",
        "your insurance",
        "your care",
        "your result",
        "you decide",
    ];
    let own = path_texts(Lang::En, Voice::SelfReport);
    let theirs = path_texts(Lang::En, Voice::Observer);
    assert_eq!(own.len(), theirs.len());
    for ((label, you), (_, they)) in own.iter().zip(&theirs) {
        for phrase in PATIENT_AS_YOU {
            assert!(
                !has_phrase(they, phrase),
                "{label}: \"{phrase}\" in observer text: {they}"
            );
        }
        let speaks_to_you = ["you", "your", "yourself"]
            .iter()
            .any(|w| has_phrase(you, w));
        let general = ["the person you are helping", "is this check for"]
            .iter()
            .any(|p| has_phrase(you, p));
        if speaks_to_you && !general {
            assert_ne!(you, they, "{label} has no observer form");
        }
    }
    let es_own = path_texts(Lang::Es, Voice::SelfReport);
    let es_theirs = path_texts(Lang::Es, Voice::Observer);
    for (i, ((label, s_you), (_, s_they))) in es_own.iter().zip(&es_theirs).enumerate() {
        for phrase in [
            "usted está",
            "usted tiene",
            "usted sale",
            "usted duerme",
            "usted vive",
            "ha tenido pensamientos",
        ] {
            if has_phrase(s_they, phrase) {
                assert!(has_phrase(s_they, "la persona"), "{label}: {s_they}");
            }
        }
        if s_you != s_they {
            assert!(
                has_phrase(s_they, "persona")
                    || has_phrase(s_they, "ella")
                    || has_phrase(s_they, "ayúdela")
                    || has_phrase(s_they, "la ayudar"),
                "{label}: Spanish observer form does not name the person: {s_they}"
            );
        }
        // A Spanish screener item is already in the third person ("usted"
        // forms): only its stem names the person.
        let screener_item = Step::ALL
            .iter()
            .any(|st| st.screener().is_some() && *label == format!("question {} text", st.id()));
        if own[i].1 != theirs[i].1 && !screener_item {
            assert_ne!(
                s_you, s_they,
                "{label}: voiced in English but not in Spanish"
            );
        }
    }
}

/// INV-11: no result text claims a diagnosis; the screens speak of signs a
/// provider should check.
#[test]
fn inv11_no_result_claims_a_diagnosis() {
    let claims_en = [
        "point to",
        "points to",
        "diagnosed",
        "you have depression",
        "you have anxiety",
        "disorder",
        "addict",
        "alcoholic",
    ];
    let claims_es = [
        "indica",
        "indican",
        "diagnosticad",
        "tiene depresión",
        "tiene ansiedad",
        "trastorno",
        "adicto",
        "alcohólico",
    ];
    for voice in Voice::ALL {
        for (lang, claims) in [(Lang::En, &claims_en), (Lang::Es, &claims_es)] {
            for (label, text) in result_texts(lang, voice) {
                let text = text
                    .replace("not a diagnosis", "")
                    .replace("no es un diagnóstico", "");
                for claim in claims.iter() {
                    assert!(
                        !has_phrase(&text, claim),
                        "{lang:?} {label}: \"{claim}\" in {text}"
                    );
                }
                assert!(
                    !has_phrase(&text, "diagnosis") && !has_phrase(&text, "diagnóstico"),
                    "{lang:?} {label}: {text}"
                );
            }
            for r in [
                Reason::DepressionScreen,
                Reason::AnxietyScreen,
                Reason::AlcoholScreen,
            ] {
                let t = content::reason(lang, r, voice);
                assert!(
                    (t.contains("signs of") && t.contains("a provider should check"))
                        || (t.contains("señales de") && t.contains("un profesional debe revisar")),
                    "{t}"
                );
            }
        }
    }
}

/// Numbers of a range ending at word `i` ("3 to 5", "de 3 a 5", "about 3").
fn range_before(w: &[&str], i: usize) -> Option<(u32, u32)> {
    let nums: Vec<u32> = w[i.saturating_sub(4)..i]
        .iter()
        .filter_map(|x| x.parse().ok())
        .collect();
    match nums.as_slice() {
        [] => None,
        [n] if w[i.saturating_sub(2)] == "or" || w[i.saturating_sub(2)] == "o" => {
            Some((*n, u32::MAX))
        }
        [n] => Some((*n, *n)),
        [.., a, b] => Some((*a, *b)),
    }
}

/// Days a week, hours a day and hours a week named in one paragraph.
fn schedule(text: &str) -> [Option<(u32, u32)>; 3] {
    let lower = words(text);
    let w: Vec<&str> = lower.split_whitespace().collect();
    let mut found = [None, None, None];
    for i in 0..w.len() {
        let next = |k: usize| w.get(i + k).copied().unwrap_or("");
        let kind = match (w[i], next(1), next(2), next(3)) {
            ("days", "a", "week", _) | ("días", "a", "la", "semana") => 0,
            ("hours", "a", "day", _) | ("horas", "al", "día", _) => 1,
            ("hours", "a", "week", _) | ("horas", "a", "la", "semana") => 2,
            _ => continue,
        };
        if let Some(r) = range_before(&w, i) {
            found[kind].get_or_insert(r);
        }
    }
    found
}

/// Hours never add up wrongly: where a text gives days a week, hours a day
/// and hours a week, the least days times the least hours reaches the
/// weekly least, and the most stays within the weekly most.
#[test]
fn hours_add_up_wherever_they_are_given() {
    let mut paragraphs: Vec<(String, &'static str)> = Vec::new();
    for lang in Lang::ALL {
        for voice in Voice::ALL {
            paragraphs.extend(path_texts(lang, voice));
        }
        for id in FaqId::ALL {
            for b in content::faq(lang, id).answer {
                if let Block::P(t) = b {
                    paragraphs.push((format!("faq {}", id.id()), t));
                }
            }
        }
    }
    let mut checked = 0;
    for (label, text) in paragraphs {
        if let [Some(days), Some(daily), Some(weekly)] = schedule(text) {
            checked += 1;
            assert!(days.0 * daily.0 >= weekly.0, "{label}: {text}");
            if weekly.1 != u32::MAX {
                assert!(days.1 * daily.1 <= weekly.1, "{label}: {text}");
            }
        }
    }
    // The IOP result, the FAQ and the time question in both languages.
    assert!(checked >= 6, "only {checked} schedules found");
    // The check itself: 3 to 5 days of 2 to 5 hours is not 9 to 19.
    assert_eq!(
        schedule(
            "You meet 3 to 5 days a week, for 2 to 5 hours a day. That is 9 to 19 hours a week."
        ),
        [Some((3, 5)), Some((2, 5)), Some((9, 19))]
    );
}

/// The shortest and longest paths through the check, by answering.
fn path_length(answers: &dyn Fn(Step) -> Answer) -> usize {
    let mut s = Session::new();
    while let Some(step) = s.current_step() {
        s.answer(answers(step));
    }
    s.answered().len()
}

/// The intro says how long the check really is.
#[test]
fn intro_gives_the_real_number_of_questions() {
    let shortest = path_length(&|step| match step {
        Step::Substances => Answer::Substances(Substances::NONE),
        _ => step.options()[if step == Step::DangerNow { 1 } else { 0 }],
    });
    let longest = path_length(&|step| match step {
        Step::Who => Answer::Who(Who::SomeoneICareAbout),
        Step::DangerNow => Answer::DangerNow(YesNo::No),
        Step::AuditFrequency => Answer::AuditFrequency(DrinkFrequency::FourOrMoreTimesAWeek),
        Step::DrugUse => Answer::DrugUse(DrugUseTimes::OnceOrMore),
        Step::Substances => Answer::Substances(Substances::of(&Substance::ALL)),
        _ => step.options()[0],
    });
    assert_eq!((shortest, longest), (14, 21));
    let en = format!("{shortest} to {longest} short questions");
    let es = format!("{shortest} a {longest} preguntas cortas");
    let c = content::chrome(Lang::En);
    assert!(c.checker_intro.contains(&en) && c.leaving_hospital_intro.contains(&en));
    let c = content::chrome(Lang::Es);
    assert!(c.checker_intro.contains(&es) && c.leaving_hospital_intro.contains(&es));
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
        for voice in Voice::ALL {
            let q = content::question(Lang::En, step, voice);
            if q.wording != Wording::Ours {
                continue;
            }
            let mut group = String::from(q.text);
            if let Some(h) = q.hint {
                group.push(' ');
                group.push_str(h);
            }
            for a in answer_texts(Lang::En, step, voice) {
                group.push(' ');
                group.push_str(a);
                group.push('.');
            }
            assert_grade(step.id(), &group);
        }
    }
}

#[test]
fn english_results_read_at_grade_8_or_lower() {
    for voice in Voice::ALL {
        for o in Outcome::ALL {
            for teen in [false, true] {
                let t = content::outcome(Lang::En, o, teen, voice);
                let text = [Some(t.title), Some(t.summary), t.involves]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(". ");
                assert_grade(o.id(), &text);
            }
        }
        let group = |texts: Vec<&str>| texts.join(" ");
        assert_grade(
            "reasons",
            &group(
                Reason::all()
                    .into_iter()
                    .map(|r| content::reason(Lang::En, r, voice))
                    .collect(),
            ),
        );
        assert_grade(
            "flags",
            &group(
                Flag::ALL
                    .into_iter()
                    .map(|f| content::flag(Lang::En, f, voice))
                    .collect(),
            ),
        );
        assert_grade(
            "medical",
            &group(
                MedicalNeed::ALL
                    .into_iter()
                    .map(|n| content::medical(Lang::En, n, voice))
                    .collect(),
            ),
        );
        let k = content::crisis(Lang::En);
        assert_grade(
            "same day",
            &[
                k.same_day_title.get(voice),
                ".",
                k.same_day_body.get(voice),
                k.same_day_911.get(voice),
            ]
            .join(" "),
        );
        let c = content::chrome(Lang::En);
        assert_grade("not a diagnosis", c.not_diagnosis.get(voice));
    }
    let c = content::chrome(Lang::En);
    assert_grade("intro", c.checker_intro);
    assert_grade("leaving hospital", c.leaving_hospital_intro);
    assert_grade("observer note", c.observer_note);
}

#[test]
fn english_faq_reads_at_grade_8_or_lower() {
    for id in FaqId::ALL {
        assert_grade(id.id(), &faq_text(Lang::En, id));
    }
}
