//! Partner configuration: every `data-iop-*` attribute (or the same key in
//! the options of `IOPCheck.mount`) parsed and validated here, with no
//! browser APIs, so hostile values are tested natively.
//!
//! - `vocab`: the closed word sets (view, scheme, context, load mode, ...)
//! - `values`: validators for free values (phone, URL, email, name, ...)
//! - `theme`: colours and the heading level
//! - `options`: the option table, one row per option
//! - `given`: a JS option value as text
//! - `warning`: what the console says about a value not used
//! - `page_params`: the host page's parameters carried onto the contact link
//! - `element`: attribute names on `<iop-check>` and on the placeholder
//!
//! An invalid value never reaches the page: it yields a [`Warning`] naming
//! the option as given and the value, and the default is used instead (a
//! list keeps its valid items). Values are trimmed with `str::trim`; one
//! that starts or ends with an invisible character such as a byte order
//! mark is refused, not read as the word it looks like.
pub mod element;
pub mod given;
pub mod options;
pub mod page_params;
pub mod theme;
pub mod values;
pub mod vocab;
pub mod warning;

pub use given::OptionValue;
pub use options::{FirstView, OptionRow, Rejected, OPTIONS};
pub use theme::{parse_color, Color, HeadingLevel};
pub use values::{
    parse_bool, parse_email, parse_font, parse_https_url, parse_name, parse_phone, parse_radius,
    parse_referral, Phone,
};
pub use vocab::{Context, LoadMode, Mode, Program, Scheme, View};
pub use warning::{Problem, Via, Warning};

use crate::content::{FaqId, Lang};

/// Levels of care the partner offers; the result only offers these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Programs {
    pub iop: bool,
    pub php: bool,
    pub outpatient: bool,
}

impl Programs {
    pub const NONE: Programs = Programs {
        iop: false,
        php: false,
        outpatient: false,
    };
}

impl Default for Programs {
    fn default() -> Self {
        Programs {
            iop: true,
            php: true,
            outpatient: true,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Config {
    pub provider_name: Option<String>,
    pub phone: Option<Phone>,
    pub sms: Option<Phone>,
    pub email: Option<String>,
    pub contact_url: Option<String>,
    pub insurance_url: Option<String>,
    pub programs: Programs,
    pub lang: Option<Lang>,
    pub view: View,
    pub faq: Vec<FaqId>,
    pub faq_open: Option<FaqId>,
    pub heading_level: HeadingLevel,
    pub referral: Option<String>,
    pub scheme: Scheme,
    pub brand: Option<Color>,
    pub font: Option<String>,
    pub radius: Option<String>,
    pub share_outcome: bool,
    pub context: Context,
    /// Checked only: the loader acts on it.
    pub load: LoadMode,
    /// Inline or a launcher; the loader paints a launcher's button.
    pub mode: Mode,
    /// The launcher button's text, when the partner gives one.
    pub label: Option<String>,
    /// Pushes the check's start, completion and contact clicks (never an
    /// answer) to `window.dataLayer`; the loader does the pushing.
    pub analytics: bool,
    /// Host page query parameters carried onto the contact page link.
    pub contact_params: Vec<String>,
}

/// `data-iop-` and a suffix.
fn attribute_name(suffix: &str) -> String {
    let mut s = String::from("data-iop-");
    s.push_str(suffix);
    s
}

impl Config {
    /// Read every option from the placeholder's attributes: `get` returns
    /// the raw value of an attribute suffix such as `"phone"`.
    pub fn parse(get: impl Fn(&str) -> Option<String>) -> (Config, Vec<Warning>) {
        Config::parse_given(|row| get(row.attribute).map(|v| (v, Via::Attribute)))
    }

    /// Read every option of the table through `get`, which says for a row
    /// what was given and how (a JS key wins over its attribute).
    pub fn parse_given(
        get: impl Fn(&OptionRow) -> Option<(String, Via)>,
    ) -> (Config, Vec<Warning>) {
        let mut c = Config::default();
        let mut warnings = Vec::new();
        for row in &OPTIONS {
            let Some((value, via)) = get(row) else {
                continue;
            };
            let expected = row.accepts;
            let problem = if values::has_invisible_edge(&value) {
                Some(Problem::Invisible { expected })
            } else {
                match (row.apply)(&mut c, &value) {
                    Ok(()) => None,
                    Err(Rejected::Value) => Some(Problem::Invalid { expected }),
                    Err(Rejected::Items(items)) => Some(Problem::Skipped { items, expected }),
                }
            };
            if let Some(problem) = problem {
                let name = match via {
                    Via::Attribute => attribute_name(row.attribute),
                    Via::Element => row.attribute.to_string(),
                    Via::Key => {
                        let mut s = String::from("option ");
                        s.push_str(row.key);
                        s
                    }
                };
                warnings.push(Warning {
                    name,
                    value,
                    problem,
                });
            }
        }
        (c, warnings)
    }

    /// FAQ items to show, in order: the partner's list or all of them.
    pub fn faq_items(&self) -> Vec<FaqId> {
        if self.faq.is_empty() {
            FaqId::ALL.to_vec()
        } else {
            self.faq.clone()
        }
    }
}

/// A warning for a `data-iop-*` attribute that is no option (a typo such
/// as `data-iop-colour`), naming the nearest option; `None` for options,
/// the widget's own markers and attributes of other names.
pub fn unknown_attribute(name: &str, value: &str) -> Option<Warning> {
    element::Host::Placeholder.unknown_attribute(name, value)
}

/// A warning for a key of `IOPCheck.mount`'s options that is no option
/// (`brandd`), naming the nearest key; `None` for known keys.
pub fn unknown_key(key: &str, value: &str) -> Option<Warning> {
    if options::by_key(key).is_some() {
        return None;
    }
    let suggestion = options::closest(key, OPTIONS.iter().map(|o| o.key)).map(String::from);
    Some(Warning {
        name: key.to_string(),
        value: value.to_string(),
        problem: Problem::Unknown { suggestion },
    })
}
