//! Deep links in the URL fragment, so view state never reaches a server.
//!
//! Format, version 1 (documented in README):
//! `#iop=1&view=faq&faq=insurance&lang=es&ref=er-2&ctx=hospital&el=iop-check`
//!
//! `iop=1` comes first and marks the fragment as ours; any other fragment is
//! the host page's own (an anchor) and is left alone. Every other key is
//! optional. An unknown key is ignored with a warning; a malformed value is
//! dropped with a warning; nothing here can panic. Answers are never part
//! of a link.

use crate::config::{parse_referral, Context, View};
use crate::content::{FaqId, Lang};

pub const VERSION: &str = "1";

/// The view state a link can carry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Link {
    pub view: Option<View>,
    pub faq: Option<FaqId>,
    pub lang: Option<Lang>,
    pub referral: Option<String>,
    pub context: Option<Context>,
    /// The id of the placeholder element this link is for; `None` = all.
    pub target: Option<String>,
}

/// What parsing a fragment found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// `None` when the fragment is not ours (or is empty).
    pub link: Option<Link>,
    /// Console lines for what was ignored.
    pub warnings: Vec<String>,
}

/// An element id we accept as a link target.
pub fn valid_target(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_:.".contains(&b))
}

fn warn(warnings: &mut Vec<String>, what: &str, part: &str) {
    let mut s = String::from("IOP Check: link fragment: ");
    s.push_str(what);
    s.push_str(" \"");
    s.extend(
        part.chars()
            .take(60)
            .map(|c| if c.is_control() { '?' } else { c }),
    );
    s.push_str("\" ignored.");
    warnings.push(s);
}

impl Link {
    /// Parse `location.hash`, with or without its leading `#`.
    pub fn parse(fragment: &str) -> Parsed {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let mut parts = fragment.split('&');
        let mut out = Parsed::default();
        match parts.next() {
            Some("iop=1") => {}
            Some(first) if first.starts_with("iop=") => {
                warn(&mut out.warnings, "unsupported version", first);
                return out;
            }
            _ => return out,
        }
        let mut link = Link::default();
        for part in parts.filter(|p| !p.is_empty()) {
            let Some((key, value)) = part.split_once('=') else {
                warn(&mut out.warnings, "malformed part", part);
                continue;
            };
            let ok = match key {
                "view" => set(
                    &mut link.view,
                    match value {
                        "checker" => Some(View::Checker),
                        "faq" => Some(View::Faq),
                        "both" => Some(View::Both),
                        _ => None,
                    },
                ),
                "faq" => set(&mut link.faq, FaqId::from_id(value)),
                "lang" => set(&mut link.lang, Lang::from_tag(value)),
                "ref" => set(&mut link.referral, parse_referral(value)),
                "ctx" => set(
                    &mut link.context,
                    match value {
                        "hospital" => Some(Context::LeavingHospital),
                        "general" => Some(Context::General),
                        _ => None,
                    },
                ),
                "el" => set(
                    &mut link.target,
                    valid_target(value).then(|| value.to_string()),
                ),
                _ => {
                    warn(&mut out.warnings, "unknown key", key);
                    continue;
                }
            };
            if !ok {
                warn(&mut out.warnings, "invalid value in", part);
            }
        }
        out.link = Some(link);
        out
    }

    /// Whether this link applies to the placeholder with this id.
    pub fn applies_to(&self, element_id: &str) -> bool {
        match &self.target {
            Some(t) => t == element_id,
            None => true,
        }
    }

    /// The fragment, with its `#`, keys in a fixed order.
    pub fn encode(&self) -> String {
        let mut s = String::from("#iop=");
        s.push_str(VERSION);
        let mut push = |k: &str, v: &str| {
            s.push('&');
            s.push_str(k);
            s.push('=');
            s.push_str(v);
        };
        if let Some(view) = self.view {
            push(
                "view",
                match view {
                    View::Checker => "checker",
                    View::Faq => "faq",
                    View::Both => "both",
                },
            );
        }
        if let Some(faq) = self.faq {
            push("faq", faq.id());
        }
        if let Some(lang) = self.lang {
            push("lang", lang.code());
        }
        if let Some(r) = &self.referral {
            push("ref", r);
        }
        if let Some(ctx) = self.context {
            push(
                "ctx",
                match ctx {
                    Context::LeavingHospital => "hospital",
                    Context::General => "general",
                },
            );
        }
        if let Some(t) = &self.target {
            push("el", t);
        }
        s
    }
}

fn set<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
    match value {
        Some(v) => {
            *slot = Some(v);
            true
        }
        None => false,
    }
}

/// A page URL with this link as its fragment (any old fragment replaced).
pub fn share_url(page_url: &str, link: &Link) -> String {
    let base = page_url.split('#').next().unwrap_or(page_url);
    let mut s = String::from(base);
    s.push_str(&link.encode());
    s
}
