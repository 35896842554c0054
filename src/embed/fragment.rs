//! The deep link in the page's URL fragment, as the widget reads it: what
//! was ignored in it goes to the console once per fragment, not once per
//! widget, and an `el` naming no widget says so.

use std::cell::RefCell;

use crate::link::Link;

thread_local! {
    /// The fragment whose warnings were last given.
    static WARNED_FOR: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The page's fragment, with its `#`.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Whether `hash` is read for the first time (then its warnings are due).
fn first_reading(hash: &str) -> bool {
    WARNED_FOR.with(|w| {
        let mut w = w.borrow_mut();
        let first = *w != hash;
        if first {
            *w = hash.to_string();
        }
        first
    })
}

/// The deep link in a URL fragment, if it is ours (the host's own anchors
/// are not).
pub fn read_link(hash: &str) -> Option<Link> {
    let parsed = Link::parse(hash);
    if first_reading(hash) {
        for w in &parsed.warnings {
            gloo::console::warn!(w.as_str());
        }
        if let Some(id) = parsed.link.as_ref().and_then(|l| l.target.as_deref()) {
            warn_if_no_widget(id);
        }
    }
    parsed.link
}

/// A mistyped `el=` would otherwise change nothing, silently.
fn warn_if_no_widget(id: &str) {
    let found = gloo::utils::document()
        .get_element_by_id(id)
        .is_some_and(|el| el.has_attribute("data-iop-widget"));
    if !found {
        let mut s = String::from("IOP Check: link fragment: no widget with id \"");
        s.push_str(id);
        s.push_str("\" on this page; the link changes nothing.");
        gloo::console::warn!(s);
    }
}
