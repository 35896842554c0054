//! Generated cases for the parity test (`tests/e2e/parity.test.mjs`): a
//! placeholder, the page's fragment and the browser's languages, with
//! Rust's decision. Whitespace of every kind, invisible characters, case,
//! every `#rgb` colour, radii in and out of range, hostile strings, links
//! of every kind, each option's every word and queued mount options.

use super::json;
use super::tables::Tables;
use super::{decide, FirstView, Given, Placeholder};
use crate::config::{Context, Scheme, View};
use crate::content::{chrome, FaqId, Lang};

/// One placeholder on a page at `fragment`, in a browser with `languages`.
#[derive(Clone, Debug)]
pub struct Case {
    pub placeholder: Placeholder,
    /// The queued mounts' options as the page writes them, in order, as
    /// `placeholder.options` holds the first. `None`: no queued mount.
    pub queued: Option<Vec<String>>,
    pub fragment: String,
    pub languages: Vec<String>,
}

/// Whitespace and invisible characters, ASCII and Unicode.
pub const SPACES: [&str; 30] = [
    " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{85}", "\u{a0}", "\u{1680}", "\u{2000}",
    "\u{2001}", "\u{2002}", "\u{2003}", "\u{2004}", "\u{2005}", "\u{2006}", "\u{2007}", "\u{2008}",
    "\u{2009}", "\u{200a}", "\u{2028}", "\u{2029}", "\u{202f}", "\u{205f}", "\u{3000}", "\u{feff}",
    "\u{200b}", "\u{200e}", "\u{180e}", "\u{ad}",
];

/// Values no option should take as anything but text.
pub const HOSTILE: [&str; 12] = [
    "<img src=x onerror=alert(1)>",
    "\"><script>alert(1)</script>",
    "javascript:alert(1)",
    "'; background: url(x)",
    "}</style><b>",
    "toString",
    "__proto__",
    "constructor",
    "hasOwnProperty",
    "\u{0}",
    "%00",
    "\u{202e}fdp",
];

const LANGUAGES: [&[&str]; 12] = [
    &["en-US", "en"],
    &["es-MX", "en"],
    &["fr-FR", "es"],
    &["fr"],
    &[],
    &["de", "zz-ES", "es-ES"],
    &["EN"],
    &["ES_us"],
    &[" es", "es"],
    &["es ", "en"],
    &["\u{feff}es"],
    &["fr", "x-es", "es-419"],
];

const FRAGMENTS: [&str; 34] = [
    "",
    "#top",
    "#iop=1",
    "#iop=2&view=faq",
    "#iop=&view=faq",
    "#IOP=1&view=faq",
    "#iop=1&view=faq",
    "#iop=1&view=checker",
    "#iop=1&view=both",
    "#iop=1&view=FAQ",
    "#iop=1&view=%66aq",
    "#iop=1&view=toString",
    "#iop=1&view",
    "#iop=1&&view=faq&",
    "#iop=1&view=faq&view=checker",
    "#iop=1&lang=es",
    "#iop=1&lang=ES",
    "#iop=1&lang=es-MX",
    "#iop=1&ctx=hospital",
    "#iop=1&ctx=leaving-hospital",
    "#iop=1&ctx=general&lang=es",
    "#iop=1&faq=insurance",
    "#iop=1&faq=bogus",
    "#iop=1&faq=insurance&el=other",
    "#iop=1&ref=er-7&lang=es&ctx=hospital",
    "#iop=1&ref=bad%20code",
    "#iop=1&constructor=x",
    "#iop=1&__proto__=x",
    "#iop=1&view=checker&el=w-1",
    "#iop=1&view=faq&el=nobody",
    "#iop=1&el=",
    "#iop=1&el=a%20b",
    "#iop=1&el=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "#iop=1&view=faq&el=a:b.c_d-e",
];

fn case(attributes: &[(&str, &str)]) -> Case {
    let mut attrs = vec![("data-iop-widget".to_string(), String::new())];
    // Each fetches the Wasm at once (which the test holds back), unless
    // the case is about the load mode.
    if !attributes.iter().any(|(n, _)| *n == "data-iop-load") {
        attrs.push(("data-iop-load".into(), "eager".into()));
    }
    attrs.extend(
        attributes
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string())),
    );
    Case {
        placeholder: Placeholder {
            attributes: attrs,
            options: None,
            queued_again: false,
        },
        queued: None,
        fragment: String::new(),
        languages: vec!["en-US".into(), "en".into()],
    }
}

fn attr(suffix: &str, value: &str) -> Case {
    case(&[(&format!("data-iop-{suffix}"), value)])
}

/// Each value as written, and dressed in every space (before, after, in
/// the middle, around), in upper case and in title case.
fn variants(value: &str) -> Vec<String> {
    let mut out = vec![value.to_string(), value.to_uppercase()];
    let mut title = value.chars();
    if let Some(first) = title.next() {
        out.push(first.to_uppercase().chain(title).collect());
    }
    let mid = value.len() / 2;
    let mid = (0..=mid)
        .rev()
        .find(|i| value.is_char_boundary(*i))
        .unwrap_or(0);
    for s in SPACES {
        out.push(format!("{s}{value}"));
        out.push(format!("{value}{s}"));
        out.push(format!("{}{s}{}", &value[..mid], &value[mid..]));
    }
    out.push(format!(" {value} "));
    out
}

fn word_cases(out: &mut Vec<Case>) {
    let words: [(&str, Vec<&str>); 3] = [
        ("view", View::SPELLINGS.iter().map(|s| s.0).collect()),
        ("scheme", Scheme::SPELLINGS.iter().map(|s| s.0).collect()),
        ("context", Context::SPELLINGS.iter().map(|s| s.0).collect()),
    ];
    for (suffix, spellings) in words {
        for w in spellings {
            out.extend(variants(w).iter().map(|v| attr(suffix, v)));
        }
        out.extend(
            HOSTILE
                .iter()
                .chain(&["", "bogus"])
                .map(|v| attr(suffix, v)),
        );
    }
}

fn lang_cases(out: &mut Vec<Case>) {
    let tags = [
        "en",
        "es",
        "ES",
        "Es",
        "eS",
        "EN",
        "es-MX",
        "es_MX",
        "es-419",
        "en-GB",
        "es-",
        "es--",
        "-es",
        "fr",
        "e",
        "esp",
        "x-es",
        "ES-mx",
        "es-\u{200b}",
        "es-MX ",
        "",
        "zz",
        "es1",
        "en\u{0}",
        "es\u{301}",
    ];
    for t in tags {
        out.push(attr("lang", t));
    }
    out.extend(variants("es").iter().map(|v| attr("lang", v)));
    out.extend(variants("es-MX").iter().map(|v| attr("lang", v)));
    out.extend(HOSTILE.iter().map(|v| attr("lang", v)));
    // The browser's languages decide when the placeholder names none.
    for languages in LANGUAGES {
        for lang in [None, Some("fr"), Some("es"), Some("es "), Some("en-GB")] {
            let mut c = match lang {
                Some(l) => attr("lang", l),
                None => case(&[]),
            };
            c.languages = languages.iter().map(|s| s.to_string()).collect();
            out.push(c);
        }
    }
}

fn brand_cases(out: &mut Vec<Case>) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for n in 0..4096usize {
        let v: String = [n >> 8, (n >> 4) & 15, n & 15]
            .iter()
            .map(|d| HEX[*d] as char)
            .collect();
        out.push(attr("brand", &format!("#{v}")));
    }
    // Every grey in long form: the contrast threshold lies among them.
    for g in 0..=255u8 {
        out.push(attr("brand", &format!("#{g:02x}{g:02x}{g:02x}")));
    }
    // Long forms in every mix of case, and near misses.
    for v in [
        "#0B5CAD",
        "#0b5cad",
        "#Ff00fF",
        "#2f4f3a",
        "#FFCC00",
        "#0088ff",
        "#777",
        "#737373",
        "#12",
        "#1234",
        "#12345",
        "#1234567",
        "#ggg",
        "#GGGGGG",
        "red",
        "fff",
        "##fff",
        "#",
        "",
        "#\u{ff10}00",
        "#٠٠٠",
        "rgb(0,0,0)",
        "#fff;",
        "#fff\"",
        "#-12",
    ] {
        out.push(attr("brand", v));
    }
    out.extend(variants("#fc0").iter().map(|v| attr("brand", v)));
    out.extend(HOSTILE.iter().map(|v| attr("brand", v)));
    // A hash of pseudo-random long colours.
    let mut x: u32 = 0x2545_f491;
    for _ in 0..256 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let v = format!("#{:06x}", x & 0xff_ffff);
        let v = if x & 0x100_0000 != 0 {
            v.to_uppercase()
        } else {
            v
        };
        out.push(attr("brand", &v));
    }
}

fn font_cases(out: &mut Vec<Case>) {
    let long = "a".repeat(200);
    let longer = "a".repeat(201);
    for v in [
        "Georgia, serif",
        "'Inter', sans-serif",
        "\"Open Sans\", Arial",
        "Ünïcode Sans",
        "Noto Sans 日本",
        "١٢",
        long.as_str(),
        longer.as_str(),
        "x;y",
        "x}",
        "a:b",
        "a/b",
        "a(b)",
        "-",
        ",",
        "_x",
        "'",
        "a\"",
        "",
        " ",
        "a  b",
        "system-ui",
    ] {
        out.push(attr("font", v));
    }
    out.extend(variants("Georgia, serif").iter().map(|v| attr("font", v)));
    out.extend(HOSTILE.iter().map(|v| attr("font", v)));
}

fn radius_cases(out: &mut Vec<Case>) {
    for unit in ["px", "rem", "em", "", "%", "pt", "PX", "Rem"] {
        for n in [
            "0", "1", "3", "4", "8", "12", "47", "48", "49", "99", "100", "999",
        ] {
            out.push(attr("radius", &format!("{n}{unit}")));
        }
    }
    for v in [
        "0.5rem", ".5rem", "3.0em", "3.001rem", "2.9em", "47.9px", "48.1px", "0.50rem", "1.25rem",
        "2.9em", "47.9px", "48.1px", "0.50rem", "1.25rem", "48.0px", "48.5px", "1.px", "08px",
        "-1px", "+8px", "8e0px", "8 px", "1e1px", "NaN", "Infinity", "0x8px", "８px", "",
    ] {
        out.push(attr("radius", v));
    }
    out.extend(variants("8px").iter().map(|v| attr("radius", v)));
    out.extend(HOSTILE.iter().map(|v| attr("radius", v)));
}

fn other_option_cases(out: &mut Vec<Case>) {
    // Only the Wasm shows these, valid or not.
    let faq = FaqId::ALL[1].as_str();
    for (suffix, values) in [
        ("faq", vec![faq, "bogus", ""]),
        ("faq-open", vec![faq, "bogus", ""]),
        ("heading-level", vec!["2", "3", "9", ""]),
    ] {
        out.extend(values.iter().map(|v| attr(suffix, v)));
    }
    // These change nothing in the first view, whatever they hold.
    for (suffix, value) in [
        ("phone", "404-555-0134"),
        ("phone", "<b>"),
        ("provider", "Peachtree Behavioral Health"),
        ("provider", "\u{feff}"),
        ("programs", "iop,detox"),
        ("share-outcome", "maybe"),
        ("referral", "ER 7/Smith"),
        ("load", "eager"),
        ("load", "bogus"),
        ("colour", "red"),
        ("toString", "x"),
        ("__proto__", "x"),
        ("constructor", "faq"),
        ("prerendered", ""),
    ] {
        out.push(attr(suffix, value));
    }
    // Several at once.
    out.push(case(&[
        ("id", "several"),
        ("data-iop-lang", "es"),
        ("data-iop-view", "checker"),
        ("data-iop-context", "leaving-hospital"),
        ("data-iop-scheme", "dark"),
        ("data-iop-brand", "#FC0"),
        ("data-iop-font", "Georgia, serif"),
        ("data-iop-radius", "0"),
        ("data-iop-phone", "404-555-0134"),
    ]));
}

fn link_cases(out: &mut Vec<Case>) {
    for fragment in FRAGMENTS {
        for attrs in [
            &[][..],
            &[("id", "w-1")][..],
            &[("id", "other"), ("data-iop-view", "faq")][..],
            &[
                ("data-iop-lang", "es"),
                ("data-iop-context", "leaving-hospital"),
            ][..],
            &[("id", "a:b.c_d-e"), ("data-iop-view", "checker")][..],
        ] {
            let mut c = case(attrs);
            c.fragment = fragment.to_string();
            out.push(c);
        }
    }
}

/// A case with one queued mount (`options` as JSON, and as the Wasm reads it).
fn queued(attrs: &[(&str, &str)], options: &str, read: Option<Vec<(&str, Given)>>) -> Case {
    let mut c = case(attrs);
    c.placeholder.options = read.map(|o| o.into_iter().map(|(k, v)| (k.to_string(), v)).collect());
    c.queued = Some(vec![options.to_string()]);
    c
}

fn queued_cases(out: &mut Vec<Case>) {
    let text = |s: &str| Given::Text(s.to_string());
    let other = |s: &str| Given::Other(s.to_string());
    let view_both = [("data-iop-view", "both")];
    out.push(queued(
        &view_both,
        r#"{"view":"faq"}"#,
        Some(vec![("view", text("faq"))]),
    ));
    out.push(queued(
        &view_both,
        r#"{"view":"faq "}"#,
        Some(vec![("view", text("faq "))]),
    ));
    out.push(queued(
        &view_both,
        r#"{"view":null}"#,
        Some(vec![("view", Given::Missing)]),
    ));
    out.push(queued(
        &view_both,
        r#"{"view":3}"#,
        Some(vec![("view", other("3"))]),
    ));
    out.push(queued(
        &view_both,
        r#"{"view":["faq"]}"#,
        Some(vec![("view", other("faq"))]),
    ));
    out.push(queued(&view_both, r#"{}"#, Some(vec![])));
    out.push(queued(&view_both, r#""faq""#, None));
    out.push(queued(&view_both, r#"["faq"]"#, Some(vec![])));
    out.push(queued(
        &[("data-iop-lang", "en")],
        r#"{"lang":"es"}"#,
        Some(vec![("lang", text("es"))]),
    ));
    out.push(queued(
        &[],
        r#"{"lang":"es "}"#,
        Some(vec![("lang", text("es "))]),
    ));
    out.push(queued(
        &[],
        r##"{"brand":"#FC0","font":"Georgia","radius":"4px"}"##,
        Some(vec![
            ("brand", text("#FC0")),
            ("font", text("Georgia")),
            ("radius", text("4px")),
        ]),
    ));
    out.push(queued(
        &[],
        r#"{"scheme":"dark","context":"hospital"}"#,
        Some(vec![
            ("scheme", text("dark")),
            ("context", text("hospital")),
        ]),
    ));
    out.push(queued(
        &[],
        r#"{"faqOpen":"insurance"}"#,
        Some(vec![("faqOpen", text("insurance"))]),
    ));
    out.push(queued(
        &[],
        r#"{"headingLevel":2}"#,
        Some(vec![("headingLevel", other("2"))]),
    ));
    out.push(queued(
        &[],
        r#"{"phone":4045550134,"shareOutcome":true}"#,
        Some(vec![
            ("phone", other("4045550134")),
            ("shareOutcome", other("true")),
        ]),
    ));
    out.push(queued(
        &[],
        r##"{"brandd":"#000","View":"faq"}"##,
        Some(vec![]),
    ));
    out.push(queued(
        &[("data-iop-faq-open", "insurance")],
        r#"{"faqOpen":null}"#,
        Some(vec![("faqOpen", Given::Missing)]),
    ));
    out.push(queued(
        &[("data-iop-view", "faq")],
        r#"{"view":"\ufefffaq"}"#,
        Some(vec![("view", text("\u{feff}faq"))]),
    ));
    // Queued twice: the Wasm paints it.
    let mut twice = queued(&[], r#"{"view":"faq"}"#, Some(vec![("view", text("faq"))]));
    twice
        .queued
        .as_mut()
        .unwrap()
        .push(r#"{"view":"checker"}"#.into());
    twice.placeholder.queued_again = true;
    out.push(twice);
}

/// Every case.
pub fn all() -> Vec<Case> {
    let mut out = Vec::new();
    word_cases(&mut out);
    lang_cases(&mut out);
    brand_cases(&mut out);
    font_cases(&mut out);
    radius_cases(&mut out);
    other_option_cases(&mut out);
    link_cases(&mut out);
    queued_cases(&mut out);
    out
}

fn decision_json(d: &FirstView) -> String {
    match d {
        FirstView::LeaveToWasm => "null".into(),
        FirstView::Paint(p) => json::object([
            ("lang", json::string(p.lang.as_str())),
            ("view", json::string(p.view.as_str())),
            ("context", json::string(p.context.as_str())),
            ("scheme", json::string(p.scheme.as_str())),
            (
                "brand",
                json::optional(p.brand.as_ref().map(|b| b.hex.as_str())),
            ),
            (
                "onBrand",
                json::optional(p.brand.as_ref().map(|b| b.on_brand.as_str())),
            ),
            ("font", json::optional(p.font.as_deref())),
            ("radius", json::optional(p.radius.as_deref())),
        ]),
    }
}

/// The cases with Rust's decisions, and what the test needs to read the
/// painted view: the intro each context shows, in each language.
pub fn json() -> String {
    let cases = all().into_iter().map(|c| {
        let d = decide(&c.placeholder, &c.fragment, &c.languages);
        json::object([
            (
                "attributes",
                json::array(
                    c.placeholder
                        .attributes
                        .iter()
                        .map(|(n, v)| json::array([json::string(n), json::string(v)])),
                ),
            ),
            (
                "queued",
                c.queued
                    .as_ref()
                    .map_or("null".into(), |q| json::array(q.iter().cloned())),
            ),
            ("fragment", json::string(&c.fragment)),
            (
                "languages",
                json::array(c.languages.iter().map(|l| json::string(l))),
            ),
            ("expect", decision_json(&d)),
        ])
    });
    let intros = json::object(Context::ALL.iter().map(|ctx| {
        let by_lang = Lang::ALL.iter().map(|l| {
            let c = chrome(*l);
            let text = match ctx {
                Context::General => c.checker_intro,
                Context::LeavingHospital => c.leaving_hospital_intro,
            };
            (l.as_str(), json::string(text))
        });
        (ctx.as_str(), json::object(by_lang))
    }));
    let _ = Tables::get();
    json::object([("cases", json::array(cases)), ("intros", intros)])
}
