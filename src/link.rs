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
//!
//! Both directions live here: [`Link::apply_to`] changes a placeholder's
//! configuration as a followed link does, and [`Link::of_view`] is the
//! link that shares what a widget shows. Values are the config's own
//! vocabularies, written in their shortest spelling (`ctx=hospital`), and
//! any spelling is read (`ctx=leaving-hospital` too).

use crate::config::{parse_referral, Config, Context, View};
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
                "view" => set(&mut link.view, View::parse(value)),
                "faq" => set(&mut link.faq, FaqId::parse(value)),
                "lang" => set(&mut link.lang, Lang::from_tag(value)),
                "ref" => set(&mut link.referral, parse_referral(value)),
                "ctx" => set(&mut link.context, Context::parse(value)),
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

    /// The link that shares what a widget shows: its view unless both
    /// parts show, the FAQ item opened last, the language on screen, the
    /// referral code, the hospital context, and the placeholder's id when
    /// it has one. View state only: never an answer.
    pub fn of_view(
        config: &Config,
        lang: Lang,
        last_open_faq: Option<FaqId>,
        element_id: Option<&str>,
    ) -> Link {
        Link {
            view: (config.view != View::Both).then_some(config.view),
            faq: last_open_faq,
            lang: Some(lang),
            referral: config.referral.clone(),
            context: (config.context == Context::LeavingHospital)
                .then_some(Context::LeavingHospital),
            target: element_id.filter(|id| !id.is_empty()).map(String::from),
        }
    }

    /// Apply this link over a placeholder's configuration, as following it
    /// does; returns the FAQ item to bring into view. An FAQ item opens in
    /// the FAQ, so a checker-only view shows both parts, and an item the
    /// partner's list leaves out is added at its end.
    pub fn apply_to(&self, config: &mut Config) -> Option<FaqId> {
        if let Some(view) = self.view {
            config.view = view;
        }
        if let Some(lang) = self.lang {
            config.lang = Some(lang);
        }
        if let Some(referral) = &self.referral {
            config.referral = Some(referral.clone());
        }
        if let Some(context) = self.context {
            config.context = context;
        }
        let faq = self.faq?;
        if config.view == View::Checker {
            config.view = View::Both;
        }
        let mut items = config.faq_items();
        if !items.contains(&faq) {
            items.push(faq);
            config.faq = items;
        }
        config.faq_open = Some(faq);
        Some(faq)
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
            push("view", view.short());
        }
        if let Some(faq) = self.faq {
            push("faq", faq.short());
        }
        if let Some(lang) = self.lang {
            push("lang", lang.short());
        }
        if let Some(r) = &self.referral {
            push("ref", r);
        }
        if let Some(ctx) = self.context {
            push("ctx", ctx.short());
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
