//! The first view the loader paints before the Wasm arrives, decided in
//! Rust. [`decide`] says what the loader must paint for a placeholder:
//! exactly what the Wasm's first render shows (computed through the real
//! [`Config`] parsing, [`Link`] application and `Lang::from_tag`), or
//! [`FirstView::LeaveToWasm`] when the loader cannot be sure of it.
//!
//! The contract keeps the JavaScript free of rules: the loader paints only
//! values that are exact keys of the decision [`tables`] the build emits
//! (`"es "` and `"\u{FEFF}faq"` are not keys, so such a placeholder waits
//! for the Wasm, which renders its own decision: no flash, no shift). It
//! looks values up, adds and compares ([`reading`] is that mechanism, step
//! for step); `tests/e2e/parity.test.mjs` runs the loader over [`cases`]
//! and fails on any difference, and `tests/first_view.rs` checks that every
//! reading the tables allow is the Wasm's own decision.
//!
//! Native only: the Wasm renders its own decision and ships none of this.

pub mod cases;
mod json;
pub mod reading;
pub mod tables;
pub mod words;

use crate::config::{Config, Context, Scheme, Via, View};
use crate::content::Lang;
use crate::link::Link;

/// A value given for an option in a queued `IOPCheck("mount", el, options)`.
#[derive(Clone, Debug, PartialEq)]
pub enum Given {
    Text(String),
    /// `null` or `undefined`: the attribute counts.
    Missing,
    /// A number, boolean, list or object, as JSON: the Wasm spells it out
    /// as text, the loader leaves the paint to it.
    Other(String),
}

/// A placeholder as the loader finds it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Placeholder {
    /// Every attribute, `id` and `data-iop-*` alike.
    pub attributes: Vec<(String, String)>,
    /// The options of a queued mount of this element, if any.
    pub options: Option<Vec<(String, Given)>>,
    /// Queued for mount more than once: which options win is the loader's
    /// scheduling, so the Wasm paints it.
    pub queued_again: bool,
}

impl Placeholder {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// What the Wasm reads for an option row: a queued mount's key wins
    /// over the attribute (a value other than text, as the Wasm spells it,
    /// matters only to rows the loader leaves alone or to the Wasm).
    fn given(&self, attribute: &str, key: &str) -> Option<(String, Via)> {
        if let Some((_, g)) = self.options.iter().flatten().find(|(k, _)| k == key) {
            match g {
                Given::Text(s) => return Some((s.clone(), Via::Key)),
                Given::Other(json) => return Some((json.clone(), Via::Key)),
                Given::Missing => {}
            }
        }
        let mut name = String::from("data-iop-");
        name.push_str(attribute);
        self.attribute(&name)
            .map(|v| (v.to_string(), Via::Attribute))
    }
}

/// The brand colour and the text colour on it, as `#rrggbb`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Brand {
    pub hex: String,
    pub on_brand: String,
}

/// What a painted first view shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Painted {
    pub lang: Lang,
    pub view: View,
    pub context: Context,
    /// `Auto` is settled against the host page by the loader's one rule
    /// (`hostScheme`), for the painted view and the Wasm alike.
    pub scheme: Scheme,
    pub brand: Option<Brand>,
    pub font: Option<String>,
    pub radius: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FirstView {
    Paint(Painted),
    LeaveToWasm,
}

/// The browser's first language of ours, else the default, as the Wasm
/// chooses it (`browser_lang` in src/embed/mod.rs).
fn browser_lang(languages: &[String]) -> Lang {
    languages
        .iter()
        .find_map(|tag| Lang::from_tag(tag))
        .unwrap_or_default()
}

/// What the Wasm's first render of `p` shows: its configuration, the link
/// applied when it is for `p`, the language it settles on.
pub fn rendered(p: &Placeholder, fragment: &str, languages: &[String]) -> Painted {
    let (mut config, _) = Config::parse_given(|row| p.given(row.attribute, row.key));
    if let Some(link) = Link::parse(fragment)
        .link
        .filter(|l| l.applies_to(p.attribute("id").unwrap_or("")))
    {
        link.apply_to(&mut config);
    }
    Painted {
        lang: config.lang.unwrap_or_else(|| browser_lang(languages)),
        view: config.view,
        context: config.context,
        scheme: config.scheme,
        brand: config.brand.map(|c| Brand {
            hex: c.hex(),
            on_brand: c.readable_text().hex(),
        }),
        font: config.font,
        radius: config.radius,
    }
}

/// What the loader must paint for `p` on a page at `fragment`, in a
/// browser with these languages (`navigator.languages`, then
/// `navigator.language`).
pub fn decide(p: &Placeholder, fragment: &str, languages: &[String]) -> FirstView {
    match reading::read(tables::Tables::get(), p, fragment, languages) {
        // The tables only say the loader can read it; what it shows is the
        // Wasm's decision (tests/first_view.rs holds the two equal).
        Some(_) => FirstView::Paint(rendered(p, fragment, languages)),
        None => FirstView::LeaveToWasm,
    }
}

/// The tables, as `prerender` prints them for the build.
pub fn tables_json() -> String {
    tables::Tables::get().json()
}
