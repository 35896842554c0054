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
fn us_numbers_in_any_usual_format_show_as_today() {
    for raw in [
        "404-555-0134",
        "(404) 555-0134",
        "(404)555-0134",
        "404.555.0134",
        "404 555 0134",
        "4045550134",
        "+1 404.555.0134",
        "+1 (404) 555-0134",
        "1 404 555 0134",
        "1-404-555-0134",
        "+14045550134",
        "  404-555-0134\n",
    ] {
        let p = parse_phone(raw).unwrap_or_else(|| panic!("{raw:?}"));
        assert_eq!(
            (p.tel.as_str(), p.display.as_str()),
            ("+14045550134", "404-555-0134"),
            "{raw:?}"
        );
    }
}

#[test]
fn international_numbers_show_as_written_and_link_as_e164() {
    for (raw, tel, display) in [
        ("+44 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
        ("+442079460958", "+442079460958", "+442079460958"),
        // Trimmed, and runs of whitespace (tabs, no-break spaces) made one space.
        (
            " +44  20\t7946\u{a0}0958 ",
            "+442079460958",
            "+44 20 7946 0958",
        ),
        // The trunk prefix "(0)" shows but is not dialled.
        (
            "+44 (0)20 7946 0958",
            "+442079460958",
            "+44 (0)20 7946 0958",
        ),
        ("+49 30 901820", "+4930901820", "+49 30 901820"),
        ("+33 1.23.45.67.89", "+33123456789", "+33 1.23.45.67.89"),
        ("+52 (55) 5555-1234", "+525555551234", "+52 (55) 5555-1234"),
        ("+353-1-234-5678", "+35312345678", "+353-1-234-5678"),
        // 8 digits, the fewest.
        ("+677 12345", "+67712345", "+677 12345"),
        // 15 digits, the most, in 31 characters (32 at most).
        (
            "+44 - 20 - 7946 - 0958 - 1 - 23",
            "+442079460958123",
            "+44 - 20 - 7946 - 0958 - 1 - 23",
        ),
    ] {
        let p = parse_phone(raw).unwrap_or_else(|| panic!("{raw:?}"));
        assert_eq!(
            (p.tel.as_str(), p.display.as_str()),
            (tel, display),
            "{raw:?}"
        );
    }
    // What a link to it would be.
    let (c, w) = parse(&[("phone", "+44 20 7946 0958"), ("sms", "+442079460958")]);
    assert!(w.is_empty(), "{w:?}");
    let (phone, sms) = (c.phone.unwrap(), c.sms.unwrap());
    assert_eq!(format!("tel:{}", phone.tel), "tel:+442079460958");
    assert_eq!(phone.display, "+44 20 7946 0958");
    assert_eq!(format!("sms:{}", sms.tel), "sms:+442079460958");
    assert_eq!(sms.display, "+442079460958");
}

#[test]
fn phones_outside_the_rules_are_refused() {
    for bad in [
        "",
        "   ",
        "911",
        "555-0134",
        "104-555-0134",
        "404-155-0134",
        "call me",
        "404-555-0134 ext 2",
        "404-555-0134 x2",
        "tel:4045550134",
        "tel:+442079460958",
        "+0123456789",
        "+44 20 79",
        "+683 4002",
        "+44 20 7946 0958 1234",
        "+44 20 7946 0958 1234 56",
        "+ 44 20 7946 0958",
        "++44 20 7946 0958",
        "+44 20 +7946 0958",
        "+44 20 7946 0958-",
        "+44 ((20)) 7946 0958",
        "+44 (20 7946 0958",
        "+44 20) 7946 0958",
        "+44 () 20 7946 0958",
        "+44/20/7946/0958",
        "+44 20 7946 0958 # 3",
        // 15 digits, but 34 characters written (at most 32).
        "+44 - 20 - 7946 - 0958 - 1 - 2 - 3",
        "<b>404</b>",
    ] {
        assert!(parse_phone(bad).is_none(), "{bad:?}");
    }
}

#[test]
fn hostile_phones_warn_and_are_never_shown() {
    for hostile in [
        "<img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "javascript:+442079460958",
        "+44 20 7946 0958<script>",
        "\"><svg onload=alert(1)>",
    ] {
        for attr in ["phone", "sms"] {
            let (c, w) = parse(&[(attr, hostile)]);
            assert!(c.phone.is_none() && c.sms.is_none(), "{hostile}");
            assert_eq!(w.len(), 1, "{hostile}");
            let msg = w[0].message();
            assert!(msg.contains(&format!("data-iop-{attr}=")), "{msg}");
            assert!(msg.contains("Using the default"), "{msg}");
        }
    }
}

#[test]
fn scheme_values() {
    for (raw, scheme) in [
        ("auto", Scheme::Auto),
        ("system", Scheme::System),
        ("light", Scheme::Light),
        (" dark ", Scheme::Dark),
    ] {
        let (c, w) = parse(&[("scheme", raw)]);
        assert!(w.is_empty(), "{raw}");
        assert_eq!(c.scheme, scheme, "{raw}");
    }
    for bad in ["purple", "Dark", "normal", "light dark", "<b>dark</b>", ""] {
        let (c, w) = parse(&[("scheme", bad)]);
        assert_eq!(c.scheme, Scheme::Auto, "{bad:?}: the default");
        assert_eq!(w.len(), 1, "{bad:?}");
        assert!(w[0].message().contains("data-iop-scheme"));
        assert!(w[0].message().contains("auto, system, light or dark"));
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
    let phone = w.iter().find(|w| w.name == "data-iop-phone").unwrap();
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
        let name = OPTIONS[name_index].attribute;
        let (c, warnings) = Config::parse(|n| (n == name).then(|| value.clone()));
        for w in &warnings {
            let msg = w.message();
            prop_assert!(msg.chars().count() < 400, "{}", msg);
            prop_assert!(msg.contains(&w.name));
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
        for p in [&c.phone, &c.sms].into_iter().flatten() {
            prop_assert!(p.tel.starts_with('+') && p.tel[1..].chars().all(|c| c.is_ascii_digit()));
            prop_assert!(p.display.len() <= 32, "{}", p.display);
            prop_assert!(p.display.chars().all(|c| c.is_ascii_digit() || " +-.()".contains(c)), "{}", p.display);
        }
        if let Some(name) = &c.provider_name {
            prop_assert!(name.chars().count() <= 80 && !name.chars().any(char::is_control));
        }
    }
}

/// Sharing the outcome is health information: only a clear yes turns it
/// on, and anything unclear warns and leaves it off (README's row).
#[test]
fn share_outcome_only_on_a_clear_yes() {
    for on in ["", "true", "TRUE", " yes ", "1"] {
        let (c, w) = parse(&[("share-outcome", on)]);
        assert!(c.share_outcome && w.is_empty(), "{on:?}");
    }
    for off in ["false", "no", "0"] {
        let (c, w) = parse(&[("share-outcome", off)]);
        assert!(!c.share_outcome && w.is_empty(), "{off:?}");
    }
    for bad in ["maybe", "on", "<b>yes</b>"] {
        let (c, w) = parse(&[("share-outcome", bad)]);
        assert!(!c.share_outcome, "{bad:?}");
        assert_eq!(w.len(), 1, "{bad:?}: one warning");
    }
}

/// The README promises `0`–`48px`: a unitless zero and a leading dot are
/// lengths too; nothing else unitless, and nothing that could be more CSS.
#[test]
fn radius_takes_zero_and_a_leading_dot() {
    for (raw, taken) in [
        ("0", "0"),
        (" 0 ", "0"),
        ("0.0", "0.0"),
        (".5rem", ".5rem"),
        (".25em", ".25em"),
        ("0px", "0px"),
        ("48px", "48px"),
        ("3rem", "3rem"),
    ] {
        let (c, w) = parse(&[("radius", raw)]);
        assert!(w.is_empty(), "{raw:?}: {w:?}");
        assert_eq!(c.radius.as_deref(), Some(taken), "{raw:?}");
    }
    for bad in [
        "1",
        ".",
        ".px",
        "5.px",
        "px",
        "0;color:red",
        "0 }",
        "0/**/",
        ".5.5rem",
        "48.1px",
        "3.5rem",
        "+0",
        "-0",
    ] {
        let (c, w) = parse(&[("radius", bad)]);
        assert_eq!(c.radius, None, "{bad:?}");
        assert_eq!(w.len(), 1, "{bad:?}");
    }
}

/// A partner who lists items expects the valid ones kept, and the warning
/// says so rather than "using the default".
#[test]
fn lists_skip_unknown_items_and_say_they_keep_the_others() {
    let (c, w) = parse(&[("faq", "insurance, bogus, crisis")]);
    assert_eq!(c.faq_items(), vec![FaqId::Insurance, FaqId::Crisis]);
    assert_eq!(w.len(), 1);
    let msg = w[0].message();
    assert_eq!(
        msg,
        "IOP Check: data-iop-faq: skipped \"bogus\" (expected FAQ ids such as what-is-iop, comma-separated); keeping the others."
    );
    assert!(!msg.contains("default"), "{msg}");

    let (c, w) = parse(&[("programs", "iop,detox, rehab")]);
    assert_eq!(
        c.programs,
        Programs {
            iop: true,
            php: false,
            outpatient: false
        }
    );
    assert_eq!(w.len(), 1);
    let msg = w[0].message();
    assert!(
        msg.contains("skipped \"detox\", \"rehab\"") && msg.contains("keeping the others"),
        "{msg}"
    );

    // A flood of bad items is named in part, so the line stays readable.
    let (_, w) = parse(&[("faq", "a, b, c, d, e, insurance")]);
    let msg = w[0].message();
    assert!(
        msg.contains("skipped \"a\", \"b\", \"c\" and 2 more ("),
        "{msg}"
    );

    // Case and spaces do not matter for programs.
    let (c, w) = parse(&[("programs", " IOP , PHP ")]);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(
        c.programs,
        Programs {
            iop: true,
            php: true,
            outpatient: false
        }
    );
}

#[test]
fn an_all_invalid_list_warns_and_uses_the_default() {
    for (name, raw) in [
        ("faq", "bogus, nope"),
        ("programs", "detox"),
        ("programs", " , "),
    ] {
        let (c, w) = parse(&[(name, raw)]);
        assert_eq!(c.faq_items(), FaqId::ALL.to_vec(), "{name}={raw:?}");
        assert_eq!(c.programs, Programs::default(), "{name}={raw:?}");
        assert_eq!(w.len(), 1, "{name}={raw:?}");
        assert!(
            w[0].message().ends_with("Using the default."),
            "{}",
            w[0].message()
        );
    }
}

/// The sets the loader reads words by (`WORD` in js/loader.js): what
/// `str::trim` removes is exactly Unicode's whitespace, and no invisible
/// character is trimmed, so a value's edges are one or the other or text.
#[test]
fn the_trimmed_set_is_whitespace_and_apart_from_the_invisible_one() {
    for c in (0..=0x10_FFFF_u32).filter_map(char::from_u32) {
        assert_eq!(values::is_trimmed(c), c.is_whitespace(), "{c:?}");
        assert!(!(values::is_trimmed(c) && values::is_invisible(c)), "{c:?}");
    }
}

/// Rust's `str::trim` is the one trim; it keeps a byte order mark (which
/// JavaScript's would drop), so a value that only looks like a word warns
/// and the default stays, for every option.
#[test]
fn invisible_characters_at_the_edges_are_refused_not_trimmed() {
    let (c, w) = parse(&[("view", "\u{FEFF}faq")]);
    assert_eq!(c.view, View::Both);
    assert_eq!(w.len(), 1);
    let msg = w[0].message();
    assert_eq!(
        msg,
        "IOP Check: ignored data-iop-view=\"\\u{feff}faq\": it starts or ends with an invisible character; expected checker, faq or both. Using the default."
    );
    for (name, raw) in [
        ("lang", "es\u{200B}"),
        ("phone", "\u{FEFF}404-555-0134"),
        ("provider", "\u{202E}Riverbend"),
        ("scheme", "\u{2060}dark"),
        ("brand", "#abc\u{FEFF}"),
    ] {
        let (c, w) = parse(&[(name, raw)]);
        assert_eq!(c, Config::default(), "{name}={raw:?}");
        assert_eq!(w.len(), 1, "{name}={raw:?}");
    }
    // Whitespace of every kind is trimmed, as str::trim does.
    for raw in ["es ", "\tes\n", "\u{A0}es\u{3000}", "es\u{2028}"] {
        let (c, w) = parse(&[("lang", raw)]);
        assert!(w.is_empty(), "{raw:?}");
        assert_eq!(c.lang, Some(Lang::Es), "{raw:?}");
    }
}

#[test]
fn misspelt_attributes_warn_naming_the_nearest_option() {
    let w = unknown_attribute("data-iop-colour", "#fff").expect("not an option");
    assert_eq!(
        w.message(),
        "IOP Check: ignored data-iop-colour=\"#fff\": not an option of IOP Check."
    );
    let w = unknown_attribute("data-iop-phon", "404-555-0134").unwrap();
    assert!(
        w.message().ends_with("did you mean data-iop-phone?"),
        "{}",
        w.message()
    );
    let w = unknown_attribute("data-iop-headinglevel", "2").unwrap();
    assert!(
        w.message()
            .ends_with("did you mean data-iop-heading-level?"),
        "{}",
        w.message()
    );
    for fine in [
        "data-iop-widget",
        "data-iop-loaded",
        "data-iop-prerendered",
        "data-iop-held",
        "data-iop-wasm",
        "data-iop-phone",
        "data-iop-load",
        "id",
        "class",
        "data-other",
    ] {
        assert_eq!(unknown_attribute(fine, ""), None, "{fine}");
    }
}

#[test]
fn unknown_keys_warn_with_their_value_and_known_keys_are_named_as_keys() {
    let w = unknown_key("brandd", "#f00").expect("not an option");
    let msg = w.message();
    assert!(msg.contains("ignored brandd=\"#f00\""), "{msg}");
    assert!(msg.ends_with("did you mean brand?"), "{msg}");
    assert_eq!(unknown_key("headingLevel", "2"), None);
    assert!(unknown_key("zzzzzzzz", "1")
        .unwrap()
        .message()
        .ends_with("IOP Check."));

    // An option given as a JS key is named by its key in the warning.
    let (_, w) =
        Config::parse_given(|row| (row.key == "brand").then(|| ("red; x".into(), Via::Key)));
    assert_eq!(w.len(), 1);
    assert!(
        w[0].message()
            .starts_with("IOP Check: ignored option brand=\"red; x\""),
        "{}",
        w[0].message()
    );
}

#[test]
fn load_mode_is_checked_though_only_the_loader_acts_on_it() {
    assert_eq!(parse(&[]).0.load, LoadMode::Visible);
    for mode in LoadMode::ALL {
        let (c, w) = parse(&[("load", mode.as_str())]);
        assert!(w.is_empty());
        assert_eq!(c.load, mode);
    }
    let (c, w) = parse(&[("load", "lazy")]);
    assert_eq!((c.load, w.len()), (LoadMode::Visible, 1));
    assert!(w[0]
        .message()
        .contains("visible, interaction, idle or eager"));
}

/// Each vocabulary is declared once: every spelling parses to its value,
/// the canonical one comes back from `as_str`, and the option table's
/// "accepts" text names every canonical word.
#[test]
fn vocabularies_round_trip_and_the_table_names_their_words() {
    fn check<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        spellings: &[(&str, T)],
        as_str: fn(T) -> &'static str,
        parse: fn(&str) -> Option<T>,
        attribute: &str,
    ) {
        for &v in all {
            assert_eq!(parse(as_str(v)), Some(v));
        }
        for &(word, v) in spellings {
            assert_eq!(parse(word), Some(v), "{word}");
        }
        if let Some(row) = OPTIONS.iter().find(|o| o.attribute == attribute) {
            for &v in all {
                assert!(
                    row.accepts.contains(as_str(v)),
                    "{attribute}: {}",
                    as_str(v)
                );
            }
        }
    }
    check(
        &View::ALL,
        View::SPELLINGS,
        View::as_str,
        View::parse,
        "view",
    );
    check(
        &Scheme::ALL,
        Scheme::SPELLINGS,
        Scheme::as_str,
        Scheme::parse,
        "scheme",
    );
    check(
        &Context::ALL,
        Context::SPELLINGS,
        Context::as_str,
        Context::parse,
        "context",
    );
    check(
        &LoadMode::ALL,
        LoadMode::SPELLINGS,
        LoadMode::as_str,
        LoadMode::parse,
        "load",
    );
    check(
        &Program::ALL,
        Program::SPELLINGS,
        Program::as_str,
        Program::parse,
        "programs",
    );
    check(
        &Lang::ALL,
        Lang::SPELLINGS,
        Lang::as_str,
        Lang::parse,
        "lang",
    );
    check(
        &FaqId::ALL,
        FaqId::SPELLINGS,
        FaqId::as_str,
        FaqId::parse,
        "no such row",
    );
    // The link's short word and the attribute's long one are one value.
    assert_eq!(Context::parse("hospital"), Some(Context::LeavingHospital));
    assert_eq!(Context::LeavingHospital.short(), "hospital");
    let (c, w) = parse(&[("context", "hospital")]);
    assert!(w.is_empty());
    assert_eq!(c.context, Context::LeavingHospital);
}

/// Every row has a distinct attribute and key, the key is the camelCase
/// of the attribute, and the first-view kinds are the ones the loader
/// relies on.
#[test]
fn the_option_table_is_consistent() {
    for (i, row) in OPTIONS.iter().enumerate() {
        let camel: String = row
            .attribute
            .split('-')
            .enumerate()
            .map(|(j, part)| {
                if j == 0 {
                    part.to_string()
                } else {
                    part[..1].to_uppercase() + &part[1..]
                }
            })
            .collect();
        assert_eq!(row.key, camel, "{}", row.attribute);
        for other in &OPTIONS[i + 1..] {
            assert_ne!(row.attribute, other.attribute);
        }
    }
    let kind = |a: &str| {
        OPTIONS
            .iter()
            .find(|o| o.attribute == a)
            .unwrap()
            .first_view
    };
    assert_eq!(kind("lang"), FirstView::Structure);
    assert_eq!(kind("brand"), FirstView::Theme);
    assert_eq!(kind("heading-level"), FirstView::WasmOnly);
    assert_eq!(kind("load"), FirstView::LoaderOnly);
    assert_eq!(kind("phone"), FirstView::NoEffect);
}

/// Mount options arrive as JS values; each becomes the text an attribute
/// would carry, so one table parses both.
#[test]
fn option_values_read_as_attribute_text() {
    use serde::de::value::{
        BoolDeserializer, Error, F64Deserializer, StrDeserializer, UnitDeserializer,
    };
    use serde::Deserialize;
    let text = |v: OptionValue| v.text();
    let s = OptionValue::deserialize(StrDeserializer::<Error>::new("#f00")).unwrap();
    assert_eq!(text(s), Some("#f00".into()));
    let b = OptionValue::deserialize(BoolDeserializer::<Error>::new(true)).unwrap();
    assert_eq!(text(b), Some("true".into()));
    let n = OptionValue::deserialize(F64Deserializer::<Error>::new(4.0)).unwrap();
    assert_eq!(text(n), Some("4".into()));
    let zero = OptionValue::deserialize(F64Deserializer::<Error>::new(0.0)).unwrap();
    assert_eq!(
        text(zero),
        Some("0".into()),
        "radius: 0 as a number is taken too"
    );
    let half = OptionValue::deserialize(F64Deserializer::<Error>::new(0.5)).unwrap();
    assert!(parse_radius(&text(half).unwrap()).is_none());
    let none = OptionValue::deserialize(UnitDeserializer::<Error>::new()).unwrap();
    assert_eq!(text(none), None, "null and undefined are as if absent");
    let list = OptionValue::List(vec![
        OptionValue::Text("iop".into()),
        OptionValue::Flag(true),
        OptionValue::Text("php".into()),
    ]);
    assert_eq!(text(list), Some("iop,php".into()));
    assert_eq!(text(OptionValue::Other), Some("[object]".into()));
}
