//! `contact-params` and `analytics`: the partner's allow-listed page
//! parameters reach the contact link and nothing else does; analytics is
//! on for `datalayer` only.
#![cfg(not(target_arch = "wasm32"))]

use iop_check::config::page_params::{carry, MAX_VALUE};
use iop_check::config::{Config, Problem};

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn parse(attrs: &[(&str, &str)]) -> (Config, Vec<Problem>) {
    let (c, w) = Config::parse(|name| {
        attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_string())
    });
    (c, w.into_iter().map(|w| w.problem).collect())
}

#[test]
fn only_listed_parameters_are_carried_in_the_listed_order() {
    let query = "?gclid=abc&utm_source=news&answer=yes&utm_campaign=spring";
    assert_eq!(
        carry(
            "https://x.org/contact",
            query,
            &names(&["utm_campaign", "utm_source"])
        ),
        "https://x.org/contact?utm_campaign=spring&utm_source=news"
    );
    assert_eq!(
        carry("https://x.org/contact", query, &names(&["utm_medium"])),
        "https://x.org/contact",
        "a listed parameter the page does not carry adds nothing"
    );
}

#[test]
fn values_are_encoded_again_and_long_ones_left_out() {
    let long = "a".repeat(MAX_VALUE + 1);
    let query = format!("a=x%22%3E%3Cb%3E+y&b={long}&c=%E2%9C%93&d=%FF&e=");
    assert_eq!(
        carry(
            "https://x.org/c?lang=en#form",
            &query,
            &names(&["a", "b", "c", "d", "e"])
        ),
        "https://x.org/c?lang=en&a=x%22%3E%3Cb%3E%20y&c=%E2%9C%93#form",
        "quotes and brackets encoded, a long, non-UTF-8 or empty value dropped, the fragment kept last"
    );
    let exact = "b".repeat(MAX_VALUE);
    assert!(carry("https://x.org/", &format!("u={exact}"), &names(&["u"])).ends_with(&exact));
}

#[test]
fn the_first_of_repeated_parameters_is_carried() {
    assert_eq!(
        carry("https://x.org/", "u=1&u=2", &names(&["u"])),
        "https://x.org/?u=1"
    );
}

#[test]
fn contact_params_keeps_parameter_names_and_skips_others() {
    let (c, problems) = parse(&[("contact-params", " utm_campaign, utm_source ,utm_campaign")]);
    assert_eq!(c.contact_params, names(&["utm_campaign", "utm_source"]));
    assert!(problems.is_empty(), "{problems:?}");
    let (c, problems) = parse(&[("contact-params", "utm_source,q=1,<b>")]);
    assert_eq!(c.contact_params, names(&["utm_source"]));
    assert!(
        matches!(&problems[..], [Problem::Skipped { items, .. }] if items == &names(&["q=1", "<b>"]))
    );
    let (c, problems) = parse(&[("contact-params", "a b,&")]);
    assert!(c.contact_params.is_empty());
    assert!(matches!(&problems[..], [Problem::Invalid { .. }]));
    let many: Vec<String> = (0..12).map(|i| format!("p{i}")).collect();
    let (c, _) = parse(&[("contact-params", &many.join(","))]);
    assert_eq!(c.contact_params.len(), 10, "at most ten names");
}

#[test]
fn analytics_is_on_for_datalayer_only() {
    assert!(parse(&[("analytics", "datalayer")]).0.analytics);
    assert!(parse(&[("analytics", " datalayer ")]).0.analytics);
    for bad in ["DataLayer", "gtag", "true", ""] {
        let (c, problems) = parse(&[("analytics", bad)]);
        assert!(!c.analytics, "{bad}");
        assert!(
            matches!(&problems[..], [Problem::Invalid { .. }]),
            "{bad}: {problems:?}"
        );
    }
    assert!(!Config::default().analytics, "off unless asked for");
}
