//! Partner configuration: each option parsed and validated, and hostile
//! values (markup, script URLs, huge or broken strings) never panic and
//! never pass through.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use iop_check::config::*;
use iop_check::content::{FaqId, Lang};
use proptest::prelude::*;

fn parse(pairs: &[(&str, &str)]) -> (Config, Vec<Warning>) {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Config::parse(|name| map.get(name).cloned())
}

#[test]
fn defaults_without_attributes() {
    let (c, w) = parse(&[]);
    assert!(w.is_empty());
    assert_eq!(c.view, View::Both);
    assert_eq!(c.heading_level.get(), 3);
    assert_eq!(c.scheme, Scheme::Auto);
    assert_eq!(c.faq_items(), FaqId::ALL.to_vec());
    assert!(c.phone.is_none() && c.lang.is_none());
    assert!(!c.share_outcome);
}

#[test]
fn phones_are_normalised_or_refused() {
    let ok = [
        ("404-555-0134", "+14045550134", "404-555-0134"),
        ("(404) 555-0134", "+14045550134", "404-555-0134"),
        ("+1 404.555.0134", "+14045550134", "404-555-0134"),
        ("1 404 555 0134", "+14045550134", "404-555-0134"),
        ("+44 20 7946 0958", "+442079460958", "+442079460958"),
    ];
    for (raw, tel, display) in ok {
        let p = parse_phone(raw).unwrap_or_else(|| panic!("{raw}"));
        assert_eq!(
            (p.tel.as_str(), p.display.as_str()),
            (tel, display),
            "{raw}"
        );
    }
    for bad in [
        "",
        "911",
        "555-0134",
        "104-555-0134",
        "404-155-0134",
        "call me",
        "404-555-0134 ext 2",
        "tel:4045550134",
        "+0123456789",
        "<b>404</b>",
    ] {
        assert!(parse_phone(bad).is_none(), "{bad}");
    }
}

#[test]
fn urls_must_be_https() {
    assert_eq!(
        parse_https_url("https://example.org/contact").as_deref(),
        Some("https://example.org/contact")
    );
    assert_eq!(
        parse_https_url(" HTTPS://example.org/a?b=c#d ").as_deref(),
        Some("https://example.org/a?b=c#d")
    );
    for bad in [
        "http://example.org",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "//example.org",
        "https://",
        "https://exa mple.org",
        "https://example.org/\"><script>",
        "https://user@evil.example",
        "example.org",
    ] {
        assert!(parse_https_url(bad).is_none(), "{bad}");
    }
}

#[test]
fn colours_fonts_and_radii() {
    assert_eq!(
        parse_color("#0b5fff").map(|c| c.hex()).as_deref(),
        Some("#0b5fff")
    );
    assert_eq!(
        parse_color("#abc").map(|c| c.hex()).as_deref(),
        Some("#aabbcc")
    );
    for bad in [
        "red",
        "#12",
        "#ggg",
        "rgb(0,0,0)",
        "#0b5fff; background:url(x)",
        "",
    ] {
        assert!(parse_color(bad).is_none(), "{bad}");
    }
    assert_eq!(Color([255, 255, 255]).readable_text(), Color([0, 0, 0]));
    assert_eq!(Color([0, 0, 0]).readable_text(), Color([255, 255, 255]));
    assert_eq!(
        parse_font("Inter, \"Open Sans\", sans-serif").as_deref(),
        Some("Inter, \"Open Sans\", sans-serif")
    );
    assert!(parse_font("x; } * { color: red").is_none());
    assert!(parse_font("url(https://evil)").is_none());
    assert_eq!(parse_radius("8px").as_deref(), Some("8px"));
    assert_eq!(parse_radius("0.5rem").as_deref(), Some("0.5rem"));
    for bad in ["8", "100px", "-2px", "calc(1px)", "1e3px", "4rem"] {
        assert!(parse_radius(bad).is_none(), "{bad}");
    }
}

#[test]
fn each_invalid_value_warns_once_naming_the_attribute() {
    let (c, w) = parse(&[
        ("phone", "not a phone"),
        ("view", "sideways"),
        ("heading-level", "1"),
        ("contact-url", "javascript:alert(1)"),
        ("lang", "fr"),
    ]);
    assert_eq!(w.len(), 5);
    assert!(c.phone.is_none() && c.contact_url.is_none() && c.lang.is_none());
    assert_eq!(c.view, View::Both);
    assert_eq!(c.heading_level.get(), 3);
    let phone = w.iter().find(|w| w.attribute == "data-iop-phone").unwrap();
    let msg = phone.message();
    assert!(
        msg.contains("data-iop-phone") && msg.contains("not a phone"),
        "{msg}"
    );
}

#[test]
fn lists_keep_valid_items_in_order() {
    let (c, w) = parse(&[
        ("faq", "insurance, nope, what-is-iop, insurance"),
        ("programs", "iop,outpatient"),
    ]);
    assert_eq!(c.faq_items(), vec![FaqId::Insurance, FaqId::WhatIsIop]);
    assert_eq!(w.len(), 1, "the unknown FAQ id warns");
    assert!(w[0].message().contains("nope"));
    assert!(c.programs.iop && c.programs.outpatient && !c.programs.php);
}

#[test]
fn everything_valid_is_taken() {
    let (c, w) = parse(&[
        ("provider", "Riverbend Recovery"),
        ("phone", "404-555-0134"),
        ("sms", "404-555-0135"),
        ("email", "intake@riverbend.example"),
        ("contact-url", "https://riverbend.example/contact"),
        ("insurance-url", "https://riverbend.example/insurance"),
        ("lang", "es-MX"),
        ("view", "checker"),
        ("faq-open", "insurance"),
        ("heading-level", "4"),
        ("referral", "er-discharge_2"),
        ("scheme", "dark"),
        ("brand", "#2f4f3a"),
        ("share-outcome", ""),
        ("context", "leaving-hospital"),
    ]);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(c.lang, Some(Lang::Es));
    assert_eq!(c.view, View::Checker);
    assert_eq!(c.faq_open, Some(FaqId::Insurance));
    assert_eq!(c.heading_level.get(), 4);
    assert_eq!(c.heading_level.title(), 3);
    assert_eq!(c.scheme, Scheme::Dark);
    assert!(c.share_outcome);
    assert_eq!(c.context, Context::LeavingHospital);
    assert_eq!(c.referral.as_deref(), Some("er-discharge_2"));
}

fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("javascript:alert(document.cookie)".to_string()),
        Just("\"><script>alert(1)</script>".to_string()),
        Just("\u{202e}\u{0000}\u{fffd}\\u{d800}".to_string()),
        "[a-z<>\"'`;:/()#@ -]{0,64}",
        proptest::collection::vec(any::<char>(), 0..5000).prop_map(|v| v.into_iter().collect()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// No value panics, and whatever is accepted is safe to put in an
    /// attribute or CSS property: no markup, no script URL.
    #[test]
    fn hostile_values_never_panic_or_pass_through(name_index in 0usize..OPTIONS.len(), value in hostile()) {
        let name = OPTIONS[name_index].0;
        let (c, warnings) = Config::parse(|n| (n == name).then(|| value.clone()));
        for w in &warnings {
            let msg = w.message();
            prop_assert!(msg.chars().count() < 400, "{}", msg);
            prop_assert!(msg.contains(&w.attribute));
        }
        let urls = [c.contact_url.as_deref(), c.insurance_url.as_deref()];
        for url in urls.into_iter().flatten() {
            prop_assert!(url.starts_with("https://"));
            prop_assert!(!url.contains(['<', '>', '"', '\'', ' ']));
        }
        for text in [c.font.as_deref(), c.radius.as_deref(), c.referral.as_deref(), c.email.as_deref()].into_iter().flatten() {
            const UNSAFE: [char; 6] = ['<', '>', ';', '{', '}', '('];
            prop_assert!(!text.contains(UNSAFE), "unsafe text passed: {}", text);
        }
        if let Some(p) = &c.phone {
            prop_assert!(p.tel.starts_with('+') && p.tel[1..].chars().all(|c| c.is_ascii_digit()));
        }
        if let Some(name) = &c.provider_name {
            prop_assert!(name.chars().count() <= 80 && !name.chars().any(char::is_control));
        }
    }
}
