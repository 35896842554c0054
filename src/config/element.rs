//! Where options are written: `data-iop-NAME` on a placeholder, or `NAME`
//! on an `<iop-check>` element. One table of options serves both; this
//! file maps a row to its attribute for each kind of host and says which
//! of an element's attributes are no option of ours.
//!
//! `lang` is both an HTML global attribute and an option: on `<iop-check>`
//! it is the widget's language, as `data-iop-lang` is on a placeholder
//! (and, being the element's language, it is also right for the fallback).

use super::options::{by_attribute, closest, NOT_OPTIONS, OPTIONS};
use super::{attribute_name, OptionRow, Problem, Via, Warning};

/// The custom element's tag name.
pub const ELEMENT_NAME: &str = "iop-check";

/// The kind of element that carries the options.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Host {
    /// `<div data-iop-widget data-iop-phone="...">`.
    Placeholder,
    /// `<iop-check phone="...">`.
    Element,
}

/// HTML's global attributes (besides `aria-*`, `data-*` and `on*`), which
/// an `<iop-check>` may carry without a warning.
const GLOBAL: [&str; 24] = [
    "id",
    "class",
    "style",
    "hidden",
    "title",
    "slot",
    "dir",
    "tabindex",
    "role",
    "part",
    "is",
    "nonce",
    "inert",
    "translate",
    "autofocus",
    "accesskey",
    "draggable",
    "spellcheck",
    "contenteditable",
    "enterkeyhint",
    "inputmode",
    "popover",
    "exportparts",
    "autocapitalize",
];

impl Host {
    /// The kind of `tag` (a local name, lower case).
    pub fn of_tag(tag: &str) -> Host {
        if tag == ELEMENT_NAME {
            Host::Element
        } else {
            Host::Placeholder
        }
    }

    /// The attribute that carries `row` on this kind of host.
    pub fn attribute(self, row: &OptionRow) -> String {
        match self {
            Host::Placeholder => attribute_name(row.attribute),
            Host::Element => row.attribute.to_string(),
        }
    }

    /// How a warning names a value read from this host's attribute.
    pub fn via(self) -> Via {
        match self {
            Host::Placeholder => Via::Attribute,
            Host::Element => Via::Element,
        }
    }

    /// A warning for an attribute of this host that looks meant for us
    /// but is no option (`data-iop-colour`, or `colour` on `<iop-check>`),
    /// naming the nearest option; `None` for options, our markers and
    /// attributes that belong to HTML or the page.
    pub fn unknown_attribute(self, name: &str, value: &str) -> Option<Warning> {
        let suffix = match self {
            Host::Placeholder => name.strip_prefix("data-iop-")?,
            Host::Element if is_global(name) => return None,
            Host::Element => name,
        };
        if by_attribute(suffix).is_some() || NOT_OPTIONS.contains(&suffix) {
            return None;
        }
        let suggestion = closest(suffix, OPTIONS.iter().map(|o| o.attribute))
            .map(|s| self.attribute_for_suffix(s));
        Some(Warning {
            name: name.to_string(),
            value: value.to_string(),
            problem: Problem::Unknown { suggestion },
        })
    }

    fn attribute_for_suffix(self, suffix: &str) -> String {
        match self {
            Host::Placeholder => attribute_name(suffix),
            Host::Element => suffix.to_string(),
        }
    }
}

/// HTML's own attributes, and any the page keeps for itself (`data-*`,
/// our `data-iop-*` markers included; `aria-*`; event handlers).
fn is_global(name: &str) -> bool {
    GLOBAL.contains(&name)
        || name.starts_with("data-")
        || name.starts_with("aria-")
        || name.starts_with("on")
}
