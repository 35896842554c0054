//! The option table: every `data-iop-*` attribute, one row each. A row
//! names the attribute and its JS key, says what it accepts (the text the
//! warning gives), applies a value to a [`Config`], and says how the
//! loader's painted first view treats it. Adding an option is one row
//! (and a line in the README's table, which `tests/readme.rs` holds to
//! this one).

use super::theme::{parse_color, HeadingLevel};
use super::values::{
    parse_bool, parse_email, parse_font, parse_https_url, parse_name, parse_phone, parse_radius,
    parse_referral,
};
use super::vocab::{Context, LoadMode, Mode, Program, Scheme, View};
use super::{page_params, Config, Programs};
use crate::content::{FaqId, Lang};

/// How the loader's first view, painted before the Wasm arrives, treats an
/// option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstView {
    /// Not shown in the first view (contact details, result settings).
    NoEffect,
    /// Changes what the first view holds; the loader paints it.
    Structure,
    /// Changes how the first view looks; the loader paints it.
    Theme,
    /// Read by the loader only; nothing to render.
    LoaderOnly,
    /// Only the Wasm can show it, so the loader leaves the paint to it.
    WasmOnly,
}

/// Why a value was not (wholly) taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejected {
    /// Not usable at all: the default stays.
    Value,
    /// A list with these items skipped; the others were taken.
    Items(Vec<String>),
}

/// One option.
pub struct OptionRow {
    /// After `data-iop-`.
    pub attribute: &'static str,
    /// The camelCase key in the options of `IOPCheck.mount`.
    pub key: &'static str,
    /// What it accepts, as the warning says it.
    pub accepts: &'static str,
    /// Sets the value on a config; the value arrives untrimmed.
    pub apply: fn(&mut Config, &str) -> Result<(), Rejected>,
    pub first_view: FirstView,
}

fn set<T>(slot: &mut T, value: Option<T>) -> Result<(), Rejected> {
    *slot = value.ok_or(Rejected::Value)?;
    Ok(())
}

/// The items of a comma-separated list, trimmed, empty ones left out.
fn items(raw: &str) -> impl Iterator<Item = &str> {
    raw.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// Programs, matched without regard to case. Unknown items are skipped;
/// with none known the default (all) stays.
fn apply_programs(c: &mut Config, raw: &str) -> Result<(), Rejected> {
    let mut programs = Programs::NONE;
    let mut skipped = Vec::new();
    for item in items(raw) {
        match Program::parse(&item.to_ascii_lowercase()) {
            Some(Program::Iop) => programs.iop = true,
            Some(Program::Php) => programs.php = true,
            Some(Program::Outpatient) => programs.outpatient = true,
            None => skipped.push(item.to_string()),
        }
    }
    if programs == Programs::NONE {
        return Err(Rejected::Value);
    }
    c.programs = programs;
    if skipped.is_empty() {
        Ok(())
    } else {
        Err(Rejected::Items(skipped))
    }
}

/// FAQ ids in the partner's order, repeats dropped. Unknown ids are
/// skipped; with none known every item shows.
fn apply_faq(c: &mut Config, raw: &str) -> Result<(), Rejected> {
    let mut ids = Vec::new();
    let mut skipped = Vec::new();
    for item in items(raw) {
        match FaqId::parse(item) {
            Some(id) if !ids.contains(&id) => ids.push(id),
            Some(_) => {}
            None => skipped.push(item.to_string()),
        }
    }
    if ids.is_empty() {
        return Err(Rejected::Value);
    }
    c.faq = ids;
    if skipped.is_empty() {
        Ok(())
    } else {
        Err(Rejected::Items(skipped))
    }
}

/// The host page's query parameters to carry onto the contact page link:
/// names that are not parameter names are skipped, and at most
/// [`page_params::MAX_NAMES`] are kept.
fn apply_contact_params(c: &mut Config, raw: &str) -> Result<(), Rejected> {
    let mut names: Vec<String> = Vec::new();
    let mut skipped = Vec::new();
    for item in items(raw) {
        match page_params::parse_name(item) {
            Some(name) if names.len() < page_params::MAX_NAMES => {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            _ => skipped.push(item.to_string()),
        }
    }
    if names.is_empty() {
        return Err(Rejected::Value);
    }
    c.contact_params = names;
    if skipped.is_empty() {
        Ok(())
    } else {
        Err(Rejected::Items(skipped))
    }
}

/// Every option, in the README's order.
pub const OPTIONS: [OptionRow; 24] = [
    OptionRow {
        attribute: "provider",
        key: "provider",
        accepts: "a name of 1 to 80 characters",
        apply: |c, v| set(&mut c.provider_name, parse_name(v).map(Some)),
        first_view: FirstView::NoEffect,
    },
    OptionRow {
        attribute: "phone",
        key: "phone",
        accepts: PHONE,
        apply: |c, v| set(&mut c.phone, parse_phone(v).map(Some)),
        first_view: FirstView::NoEffect,
    },
    OptionRow {
        attribute: "sms",
        key: "sms",
        accepts: PHONE,
        apply: |c, v| set(&mut c.sms, parse_phone(v).map(Some)),
        first_view: FirstView::NoEffect,
    },
    OptionRow {
        attribute: "email",
        key: "email",
        accepts: "an email address",
        apply: |c, v| set(&mut c.email, parse_email(v).map(Some)),
        first_view: FirstView::NoEffect,
    },
    OptionRow {
        attribute: "contact-url",
        key: "contactUrl",
        accepts: "an https:// URL",
        apply: |c, v| set(&mut c.contact_url, parse_https_url(v).map(Some)),
        first_view: FirstView::NoEffect,
    },
    OptionRow {
        attribute: "insurance-url",
        key: "insuranceUrl",
        accepts: "an https:// URL",
        apply: |c, v| set(&mut c.insurance_url, parse_https_url(v).map(Some)),
        first_view: FirstView::NoEffect,
    },
    OptionRow {
        attribute: "programs",
        key: "programs",
        accepts: "a list of iop, php, outpatient",
        apply: apply_programs,
        first_view: FirstView::NoEffect,
    },
    OptionRow {
        attribute: "lang",
        key: "lang",
        accepts: "en or es",
        apply: |c, v| set(&mut c.lang, Lang::from_tag(v).map(Some)),
        first_view: FirstView::Structure,
    },
    OptionRow {
        attribute: "view",
        key: "view",
        accepts: "checker, faq or both",
        apply: |c, v| set(&mut c.view, View::parse(v.trim())),
        first_view: FirstView::Structure,
    },
    OptionRow {
        attribute: "faq",
        key: "faq",
        accepts: "FAQ ids such as what-is-iop, comma-separated",
        apply: apply_faq,
        first_view: FirstView::WasmOnly,
    },
    OptionRow {
        attribute: "faq-open",
        key: "faqOpen",
        accepts: "an FAQ id such as what-is-iop",
        apply: |c, v| set(&mut c.faq_open, FaqId::parse(v.trim()).map(Some)),
        first_view: FirstView::WasmOnly,
    },
    OptionRow {
        attribute: "heading-level",
        key: "headingLevel",
        accepts: "a heading level from 2 to 6",
        apply: |c, v| {
            let level = v.trim().parse().ok().and_then(HeadingLevel::new);
            set(&mut c.heading_level, level)
        },
        first_view: FirstView::WasmOnly,
    },
    OptionRow {
        attribute: "referral",
        key: "referral",
        accepts: "1 to 32 letters, digits, - or _",
        apply: |c, v| set(&mut c.referral, parse_referral(v).map(Some)),
        first_view: FirstView::NoEffect,
    },
    OptionRow {
        attribute: "scheme",
        key: "scheme",
        accepts: "auto, system, light or dark",
        apply: |c, v| set(&mut c.scheme, Scheme::parse(v.trim())),
        first_view: FirstView::Theme,
    },
    OptionRow {
        attribute: "brand",
        key: "brand",
        accepts: "a colour such as #0b5fff",
        apply: |c, v| set(&mut c.brand, parse_color(v).map(Some)),
        first_view: FirstView::Theme,
    },
    OptionRow {
        attribute: "font",
        key: "font",
        accepts: "a font-family list such as \"Inter, sans-serif\"",
        apply: |c, v| set(&mut c.font, parse_font(v).map(Some)),
        first_view: FirstView::Theme,
    },
    OptionRow {
        attribute: "radius",
        key: "radius",
        accepts: "0, a length such as 8px (at most 48px) or 0.5rem (at most 3rem)",
        apply: |c, v| set(&mut c.radius, parse_radius(v).map(Some)),
        first_view: FirstView::Theme,
    },
    OptionRow {
        attribute: "share-outcome",
        key: "shareOutcome",
        accepts: "true or false",
        apply: |c, v| set(&mut c.share_outcome, parse_bool(v)),
        first_view: FirstView::NoEffect,
    },
    OptionRow {
        attribute: "context",
        key: "context",
        accepts: "leaving-hospital or general",
        apply: |c, v| set(&mut c.context, Context::parse(v.trim())),
        first_view: FirstView::Structure,
    },
    OptionRow {
        attribute: "load",
        key: "load",
        accepts: "visible, interaction, idle or eager",
        apply: |c, v| set(&mut c.load, LoadMode::parse(v.trim())),
        first_view: FirstView::LoaderOnly,
    },
    OptionRow {
        attribute: "mode",
        key: "mode",
        accepts: "inline, button or dialog",
        apply: |c, v| set(&mut c.mode, Mode::parse(v.trim())),
        first_view: FirstView::LoaderOnly,
    },
    OptionRow {
        attribute: "label",
        key: "label",
        accepts: "a button label of 1 to 80 characters",
        apply: |c, v| set(&mut c.label, parse_name(v).map(Some)),
        first_view: FirstView::NoEffect,
    },
    OptionRow {
        attribute: "analytics",
        key: "analytics",
        accepts: "datalayer",
        apply: |c, v| set(&mut c.analytics, (v.trim() == "datalayer").then_some(true)),
        first_view: FirstView::NoEffect,
    },
    OptionRow {
        attribute: "contact-params",
        key: "contactParams",
        accepts: "parameter names such as utm_campaign, comma-separated",
        apply: apply_contact_params,
        first_view: FirstView::NoEffect,
    },
];

const PHONE: &str = "a US number, or + and a country code, in digits, spaces and - . ( ) only";

/// `data-iop-*` attributes that are not options: the loader's and the
/// Wasm's own markers (`held`: waiting for its load mode's trigger), and
/// the script tag's Wasm address.
pub const NOT_OPTIONS: [&str; 5] = ["widget", "loaded", "prerendered", "held", "wasm"];

/// The row for an attribute suffix.
pub fn by_attribute(attribute: &str) -> Option<&'static OptionRow> {
    OPTIONS.iter().find(|o| o.attribute == attribute)
}

/// The row for a JS key.
pub fn by_key(key: &str) -> Option<&'static OptionRow> {
    OPTIONS.iter().find(|o| o.key == key)
}

/// Levenshtein distance, for "did you mean" (names are short).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The closest of `names` to `name` within two edits.
pub fn closest(name: &str, names: impl Iterator<Item = &'static str>) -> Option<&'static str> {
    names
        .map(|n| (distance(name, n), n))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}
