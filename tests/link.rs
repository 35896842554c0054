//! The deep-link fragment format: round trips, tolerance of anything, and
//! QR codes that encode the link. Links never carry answers: `Link` has no
//! field that could hold one.
#![cfg(not(target_arch = "wasm32"))]

use iop_check::config::{Config, Context, View};
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

fn config_with(view: View, context: Context, referral: Option<&str>) -> Config {
    Config {
        view,
        context,
        referral: referral.map(String::from),
        ..Config::default()
    }
}

/// The link a widget shares: its view unless both parts show, the FAQ
/// item opened last, the language on screen, the referral, the hospital
/// context, the placeholder's id.
#[test]
fn the_link_of_a_view_carries_view_state_only() {
    let c = config_with(View::Faq, Context::LeavingHospital, Some("er-7"));
    let link = Link::of_view(&c, Lang::Es, Some(FaqId::Insurance), Some("iop-check"));
    assert_eq!(
        link.encode(),
        "#iop=1&view=faq&faq=insurance&lang=es&ref=er-7&ctx=hospital&el=iop-check"
    );
    let plain = Link::of_view(&Config::default(), Lang::En, None, None);
    assert_eq!(plain.encode(), "#iop=1&lang=en");
    // An empty id addresses every widget, as no id does.
    assert_eq!(
        Link::of_view(&Config::default(), Lang::En, None, Some("")).target,
        None
    );
}

#[test]
fn a_link_applied_to_a_config_changes_what_it_names() {
    let mut c = config_with(View::Checker, Context::General, Some("web"));
    c.faq = vec![FaqId::Crisis];
    let link = Link::parse("#iop=1&faq=insurance&lang=es&ref=er-7&ctx=hospital")
        .link
        .unwrap();
    assert_eq!(link.apply_to(&mut c), Some(FaqId::Insurance));
    // An FAQ item opens in the FAQ: a checker-only view shows both parts,
    // and the partner's list gets the item at its end.
    assert_eq!(c.view, View::Both);
    assert_eq!(c.faq, vec![FaqId::Crisis, FaqId::Insurance]);
    assert_eq!(c.faq_open, Some(FaqId::Insurance));
    assert_eq!(c.lang, Some(Lang::Es));
    assert_eq!(c.referral.as_deref(), Some("er-7"));
    assert_eq!(c.context, Context::LeavingHospital);

    // Without an FAQ item the view is the link's, and nothing else moves.
    let mut c = config_with(View::Both, Context::LeavingHospital, Some("web"));
    let before = c.clone();
    let link = Link::parse("#iop=1&view=checker").link.unwrap();
    assert_eq!(link.apply_to(&mut c), None);
    assert_eq!(
        c,
        Config {
            view: View::Checker,
            ..before
        }
    );
    // An empty link changes nothing.
    let mut same = Config::default();
    assert_eq!(Link::default().apply_to(&mut same), None);
    assert_eq!(same, Config::default());
}

/// Both spellings of the hospital context are read in links, as in
/// attributes; links keep writing the short one printed QR codes carry.
#[test]
fn both_spellings_of_the_hospital_context_are_read() {
    for ctx in ["hospital", "leaving-hospital"] {
        let parsed = Link::parse(&format!("#iop=1&ctx={ctx}"));
        assert!(parsed.warnings.is_empty(), "{ctx}");
        let link = parsed.link.unwrap();
        assert_eq!(link.context, Some(Context::LeavingHospital));
        assert_eq!(link.encode(), "#iop=1&ctx=hospital");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// The shared link of a widget, followed, shows what the widget
    /// showed: same view, language, referral, context and open item.
    #[test]
    fn the_link_of_a_view_applied_gives_that_view_back(link in links()) {
        let mut shown = Config::default();
        link.apply_to(&mut shown);
        let lang = link.lang.unwrap_or_default();
        let shared = Link::of_view(&shown, lang, shown.faq_open, link.target.as_deref());
        let mut followed = Config::default();
        let focus = Link::parse(&shared.encode()).link.unwrap().apply_to(&mut followed);
        prop_assert_eq!(focus, link.faq);
        prop_assert_eq!(followed.view, shown.view);
        prop_assert_eq!(followed.referral, shown.referral);
        prop_assert_eq!(followed.context, shown.context);
        prop_assert_eq!(followed.faq_open, shown.faq_open);
        prop_assert_eq!(followed.lang, Some(lang));
    }
}
