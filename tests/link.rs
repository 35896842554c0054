//! The deep-link fragment format: round trips, tolerance of anything, and
//! QR codes that encode the link. Links never carry answers: `Link` has no
//! field that could hold one.
#![cfg(not(target_arch = "wasm32"))]

use iop_check::config::{Context, View};
use iop_check::content::{FaqId, Lang};
use iop_check::link::{share_url, valid_target, Link};
use iop_check::qr;
use proptest::prelude::*;

fn links() -> impl Strategy<Value = Link> {
    (
        proptest::option::of(prop_oneof![
            Just(View::Checker),
            Just(View::Faq),
            Just(View::Both)
        ]),
        proptest::option::of(proptest::sample::select(FaqId::ALL.to_vec())),
        proptest::option::of(prop_oneof![Just(Lang::En), Just(Lang::Es)]),
        proptest::option::of("[A-Za-z0-9_-]{1,32}"),
        proptest::option::of(prop_oneof![
            Just(Context::General),
            Just(Context::LeavingHospital)
        ]),
        proptest::option::of("[A-Za-z0-9_:.-]{1,64}"),
    )
        .prop_map(|(view, faq, lang, referral, context, target)| Link {
            view,
            faq,
            lang,
            referral,
            context,
            target,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn decode_of_encode_is_identity(link in links()) {
        let parsed = Link::parse(&link.encode());
        prop_assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        prop_assert_eq!(parsed.link, Some(link));
    }

    #[test]
    fn encode_of_decode_is_identity_for_our_fragments(link in links()) {
        let fragment = link.encode();
        let again = Link::parse(&fragment).link.unwrap().encode();
        prop_assert_eq!(again, fragment);
    }

    #[test]
    fn any_string_decodes_without_panic(s in any::<String>()) {
        let parsed = Link::parse(&s);
        for w in parsed.warnings {
            prop_assert!(w.chars().count() < 200);
        }
    }

    #[test]
    fn any_string_after_our_marker_decodes_without_panic(s in "[ -~]{0,200}") {
        let mut fragment = String::from("#iop=1&");
        fragment.push_str(&s);
        let parsed = Link::parse(&fragment);
        let link = parsed.link.expect("our marker makes it ours");
        if let Some(t) = &link.target {
            prop_assert!(valid_target(t));
        }
    }
}

#[test]
fn host_anchors_are_not_ours() {
    for f in [
        "",
        "#",
        "#contact",
        "#top",
        "contact",
        "#iop",
        "#iop-check",
        "#view=faq",
    ] {
        let parsed = Link::parse(f);
        assert_eq!(parsed.link, None, "{f}");
        assert!(parsed.warnings.is_empty(), "{f}");
    }
}

#[test]
fn unknown_keys_and_bad_values_warn_and_are_dropped() {
    let parsed = Link::parse("#iop=1&view=faq&answers=yes&lang=fr&faq=nope&el=<script>&junk");
    let link = parsed.link.unwrap();
    assert_eq!(link.view, Some(View::Faq));
    assert_eq!(link.lang, None);
    assert_eq!(link.faq, None);
    assert_eq!(link.target, None);
    assert_eq!(parsed.warnings.len(), 5, "{:?}", parsed.warnings);
    assert!(parsed.warnings[0].contains("answers"));
}

#[test]
fn a_future_version_is_refused_with_a_warning() {
    let parsed = Link::parse("#iop=2&view=faq");
    assert_eq!(parsed.link, None);
    assert_eq!(parsed.warnings.len(), 1);
}

#[test]
fn targets_address_one_widget() {
    let link = Link::parse("#iop=1&lang=es&el=second").link.unwrap();
    assert!(link.applies_to("second"));
    assert!(!link.applies_to("first"));
    let all = Link::parse("#iop=1&lang=es").link.unwrap();
    assert!(all.applies_to("first") && all.applies_to(""));
}

#[test]
fn share_urls_replace_any_fragment_and_keep_the_query() {
    let link = Link {
        view: Some(View::Faq),
        faq: Some(FaqId::Insurance),
        lang: Some(Lang::Es),
        referral: Some("er-7".into()),
        context: Some(Context::LeavingHospital),
        target: Some("iop-check".into()),
    };
    assert_eq!(
        share_url("https://clinic.example/iop?x=1#contact", &link),
        "https://clinic.example/iop?x=1#iop=1&view=faq&faq=insurance&lang=es&ref=er-7&ctx=hospital&el=iop-check"
    );
}

#[test]
fn qr_codes_encode_links_and_refuse_what_does_not_fit() {
    let code = qr::encode("https://clinic.example/iop#iop=1&lang=es").unwrap();
    assert!(
        code.size >= 21 && (code.size - 17) % 4 == 0,
        "a valid QR size: {}",
        code.size
    );
    assert!(code.path.starts_with('M'));
    let svg = qr::svg("hello").unwrap();
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    assert!(qr::encode(&"x".repeat(5000)).is_none());
}
