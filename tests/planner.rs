//! The link builder (`www/links.js`) checks fields on the page by the
//! widget's own rules, and prints the widget's own words on its handout.
//! These tests hold its copies to the Rust: the limits and character
//! classes in its `RULES` block, the cases in `tests/planner-cases.txt`
//! (which `tests/e2e/planner.test.mjs` runs through the builder), the FAQ
//! questions, titles and helpline numbers, and the handout's reading level.
#![cfg(not(target_arch = "wasm32"))]

use iop_check::config::{parse_https_url, parse_name, parse_phone, parse_referral};
use iop_check::content::readability::flesch_kincaid_grade;
use iop_check::content::{self, FaqId, Lang, SAMHSA_PHONE, SAMHSA_TTY};
use iop_check::link::valid_target;

const LINKS_JS: &str = include_str!("../www/links.js");
const CASES: &str = include_str!("planner-cases.txt");

/// One rule of the `RULES` block: `name: { chars: "...", min: N, max: N }`.
struct Rule {
    chars: Option<String>,
    min: Option<usize>,
    max: usize,
}

fn rule(name: &str) -> Rule {
    let block = &LINKS_JS[LINKS_JS
        .find("var RULES = {")
        .expect("links.js has a RULES block")..];
    let block = &block[..block.find("};").unwrap()];
    let start = format!("\n  {name}: {{");
    let line = &block[block.find(&start).unwrap_or_else(|| panic!("RULES.{name}")) + start.len()..];
    let line = &line[..line.find('}').unwrap()];
    let field = |key: &str| {
        let key = format!("{key}: ");
        line.find(&key).map(|i| {
            let rest = &line[i + key.len()..];
            rest[..rest.find(',').unwrap_or(rest.len())]
                .trim()
                .to_string()
        })
    };
    Rule {
        chars: field("chars").map(|c| c.trim_matches('"').to_string()),
        min: field("min").map(|n| n.parse().unwrap()),
        max: field("max")
            .unwrap_or_else(|| panic!("RULES.{name}.max"))
            .parse()
            .unwrap(),
    }
}

/// The characters of a regex class body such as `A-Za-z0-9_-`.
fn class(body: &str) -> Vec<char> {
    let c: Vec<char> = body.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        if i + 2 < c.len() && c[i + 1] == '-' {
            out.extend(c[i]..=c[i + 2]);
            i += 3;
        } else {
            assert_ne!(c[i], '\\', "keep the class free of escapes");
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// Every ASCII character and a few others a planner might paste.
fn probe_chars() -> Vec<char> {
    let mut v: Vec<char> = (0u8..=127).map(char::from).collect();
    v.extend([
        'é', 'ñ', '\u{a0}', '\u{2013}', '\u{ff21}', '\u{663}', '\u{feff}',
    ]);
    v
}

fn check_class(name: &str, accepts: impl Fn(&str) -> bool) {
    let r = rule(name);
    let allowed = class(r.chars.as_deref().expect("chars"));
    let min = r.min.expect("min");
    for c in probe_chars() {
        let s: String = std::iter::repeat_n(c, min.max(1)).collect();
        assert_eq!(
            accepts(&s),
            allowed.contains(&c),
            "RULES.{name}.chars and the Rust disagree on {c:?}"
        );
    }
    assert_eq!(min, 1, "RULES.{name}.min");
    assert!(!accepts(""), "RULES.{name}: empty");
    assert!(accepts(&"a".repeat(r.max)), "RULES.{name}.max");
    assert!(!accepts(&"a".repeat(r.max + 1)), "RULES.{name}.max + 1");
}

#[test]
fn referral_code_rule_is_the_widgets() {
    check_class("ref", |s| parse_referral(s).is_some());
}

#[test]
fn element_id_rule_is_the_widgets() {
    check_class("el", valid_target);
}

#[test]
fn length_limits_are_the_widgets() {
    let name = rule("name");
    assert_eq!(name.min, Some(1));
    // Characters, not bytes.
    assert!(parse_name(&"é".repeat(name.max)).is_some());
    assert!(parse_name(&"é".repeat(name.max + 1)).is_none());

    // Bytes.
    let url = rule("url");
    let at = |n: usize| {
        let mut s = String::from("https://clinic.example/");
        s.push_str(&"x".repeat(n - s.len()));
        s
    };
    assert!(parse_https_url(&at(url.max)).is_some());
    assert!(parse_https_url(&at(url.max + 1)).is_none());

    // Bytes, as written with single spaces; ten digits with dots inside.
    let phone = rule("phone");
    let padded = |n: usize| format!("404{}5550134", ".".repeat(n - 10));
    assert!(parse_phone(&padded(phone.max)).is_some());
    assert!(parse_phone(&padded(phone.max + 1)).is_none());
}

/// `\u{HEX}` escapes, as planner-cases.txt writes awkward characters.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let end = rest[i..].find('}').unwrap() + i;
        let code = u32::from_str_radix(&rest[i + 3..end], 16).unwrap();
        out.push(char::from_u32(code).unwrap());
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn shared_cases_are_decided_as_the_widget_decides_them() {
    let mut seen = 0;
    for line in CASES
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "{line:?}");
        let input = unescape(cols[1]);
        let want = (cols[2] != "!").then(|| unescape(cols[2]));
        let got = match cols[0] {
            "phone" => parse_phone(&input).map(|p| p.display),
            "url" => parse_https_url(&input),
            "name" => parse_name(&input),
            "ref" => parse_referral(&input),
            "el" => {
                let t = input.trim();
                valid_target(t).then(|| t.to_string())
            }
            other => panic!("unknown field {other}"),
        };
        assert_eq!(got, want, "{line:?}");
        seen += 1;
    }
    assert!(seen > 60, "{seen} cases");
}

#[test]
fn handout_faq_questions_and_titles_are_the_widgets() {
    for id in FaqId::ALL {
        let key = format!("\n  \"{}\": {{ en: ", id.id());
        let line = &LINKS_JS[LINKS_JS
            .find(&key)
            .unwrap_or_else(|| panic!("FAQ {}", id.id()))..];
        let line = &line[1..line[1..].find('\n').unwrap() + 1];
        for lang in Lang::ALL {
            let entry = format!("{}: {:?}", lang.code(), content::faq(lang, id).question);
            assert!(line.contains(&entry), "{line} lacks {entry}");
        }
    }
    for lang in Lang::ALL {
        let chrome = content::chrome(lang);
        for (key, title) in [
            ("checkerTitle", chrome.checker_title),
            ("faqTitle", chrome.faq_title),
        ] {
            let entry = format!("{key}: {title:?}");
            assert!(LINKS_JS.contains(&entry), "links.js lacks {entry}");
        }
    }
    assert!(LINKS_JS.contains(&format!("var SAMHSA_PHONE = {SAMHSA_PHONE:?};")));
    assert!(LINKS_JS.contains(&format!("var SAMHSA_TTY = {SAMHSA_TTY:?};")));
}

/// One language's block of `TEXT`: each key with its text, the string
/// literals and the helpline constants joined as the JS joins them.
fn handout_texts(lang: &str) -> Vec<(String, String)> {
    let start = LINKS_JS
        .find(&format!("\n  {lang}: {{\n    checkerTitle"))
        .unwrap_or_else(|| panic!("TEXT.{lang}"));
    let block = &LINKS_JS[start..];
    let block = &block[..block.find("\n  },").unwrap()];
    block
        .lines()
        .skip(2)
        .map(|line| {
            let (key, value) = line.trim().split_once(": ").expect(line);
            let value = value.trim_end_matches(',');
            let text: String = value
                .split(" + ")
                .map(|part| match part {
                    "SAMHSA_PHONE" => SAMHSA_PHONE,
                    "SAMHSA_TTY" => SAMHSA_TTY,
                    s => s
                        .strip_prefix('"')
                        .and_then(|s| s.strip_suffix('"'))
                        .unwrap_or_else(|| panic!("{key}: keep handout texts plain strings")),
                })
                .collect();
            (key.to_string(), text)
        })
        .collect()
}

#[test]
fn the_english_handout_reads_at_grade_8_or_lower() {
    let texts = handout_texts("en");
    assert!(texts.len() > 15, "{texts:?}");
    let question = content::faq(Lang::En, FaqId::Insurance).question;
    for (key, t) in &texts {
        let t = t
            .replace("{q}", question)
            .replace("{name}", "Riverbend Recovery Center")
            .replace("{phone}", "404-555-0134");
        let grade = flesch_kincaid_grade(&t);
        assert!(grade <= 8.0, "{key}: grade {grade:.1}: {t}");
    }
    // Every key in English has its Spanish, with the same placeholders.
    let es = handout_texts("es");
    assert_eq!(texts.len(), es.len());
    for ((key, en), (key_es, es)) in texts.iter().zip(&es) {
        assert_eq!(key, key_es);
        for p in ["{q}", "{name}", "{phone}"] {
            assert_eq!(en.contains(p), es.contains(p), "{key}: {p}");
        }
    }
    for (key, text) in es {
        if key == "c988" {
            assert!(
                text.contains("988 y oprima 2")
                    && text.contains("AYUDA")
                    && text.contains("988lifeline.org/es/")
            );
        }
    }
}
