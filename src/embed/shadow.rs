//! The placeholder's open shadow root: taken over from the loader's painted
//! first view (or from a widget destroyed earlier), or made new; emptied
//! through DOM calls only; given back to the partner's fallback.

use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// Set by the loader on a placeholder whose first view it painted.
pub(super) const PRERENDERED: &str = "data-iop-prerendered";

/// Empty a shadow root through DOM calls, never `innerHTML`: a page that
/// enforces Trusted Types refuses any string there, even "".
fn empty(root: &ShadowRoot) {
    while let Some(child) = root.last_child() {
        let _ = root.remove_child(&child);
    }
}

/// Empty a shadow root and give it a `<slot>`, so the partner's fallback
/// (the host's own children) shows again.
pub fn show_fallback(root: &ShadowRoot) {
    empty(root);
    if let Ok(slot) = gloo::utils::document().create_element("slot") {
        let _ = root.append_child(&slot);
    }
}

/// An empty open shadow root for the widget: a root of ours is reused (the
/// loader's painted first view, or one emptied on destroy that holds only
/// a `<slot>`); `None` when the element has someone else's root or cannot
/// have one.
pub fn take(el: &Element) -> Option<ShadowRoot> {
    let ours = el.shadow_root().filter(|r| {
        el.has_attribute(PRERENDERED)
            || (r.child_element_count() == 1 && r.query_selector("slot").ok().flatten().is_some())
    });
    let _ = el.remove_attribute(PRERENDERED);
    let root = match ours {
        Some(root) => root,
        None => el
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()?,
    };
    empty(&root);
    Some(root)
}
