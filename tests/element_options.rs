//! `<iop-check>` reads the same option table as the placeholder, without
//! the `data-iop-` prefix; HTML's global attributes are never "misspelt".
#![cfg(not(target_arch = "wasm32"))]

use iop_check::config::element::{Host, ELEMENT_NAME};
use iop_check::config::{Config, Mode, Problem, Via, OPTIONS};

#[test]
fn every_option_has_one_attribute_per_host() {
    for row in &OPTIONS {
        assert_eq!(
            Host::Placeholder.attribute(row),
            format!("data-iop-{}", row.attribute)
        );
        assert_eq!(Host::Element.attribute(row), row.attribute);
    }
    assert_eq!(Host::of_tag(ELEMENT_NAME), Host::Element);
    assert_eq!(Host::of_tag("div"), Host::Placeholder);
}

#[test]
fn global_attributes_are_not_misspelt_options() {
    for name in [
        "id",
        "class",
        "style",
        "hidden",
        "title",
        "slot",
        "dir",
        "tabindex",
        "aria-label",
        "data-track",
        "data-iop-loaded",
        "lang",
        "mode",
        "label",
    ] {
        assert_eq!(Host::Element.unknown_attribute(name, "x"), None, "{name}");
    }
    let w = Host::Element
        .unknown_attribute("colour", "red")
        .expect("a misspelt option warns");
    assert_eq!(w.problem, Problem::Unknown { suggestion: None });
    let w = Host::Element.unknown_attribute("phon", "1").expect("warns");
    assert_eq!(
        w.problem,
        Problem::Unknown {
            suggestion: Some("phone".into())
        }
    );
    assert!(
        w.message().contains("did you mean phone?"),
        "{}",
        w.message()
    );
    // On a placeholder only data-iop-* is ours.
    assert_eq!(Host::Placeholder.unknown_attribute("colour", "red"), None);
    assert!(Host::Placeholder
        .unknown_attribute("data-iop-phon", "1")
        .is_some());
}

#[test]
fn mode_and_label_parse_and_warn_by_the_element_name() {
    let get = |pairs: &'static [(&'static str, &'static str)]| {
        move |row: &iop_check::config::OptionRow| {
            pairs
                .iter()
                .find(|(n, _)| *n == row.attribute)
                .map(|(_, v)| (v.to_string(), Via::Element))
        }
    };
    let (c, w) = Config::parse_given(get(&[("mode", " button "), ("label", " Talk to us ")]));
    assert_eq!(
        (c.mode, c.label.as_deref()),
        (Mode::Button, Some("Talk to us"))
    );
    assert!(w.is_empty(), "{w:?}");
    let (c, w) = Config::parse_given(get(&[("mode", "popup")]));
    assert_eq!(c.mode, Mode::Inline);
    assert_eq!(
        w[0].message(),
        "IOP Check: ignored mode=\"popup\": expected inline, button or dialog. Using the default."
    );
}
