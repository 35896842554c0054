//! The thin layer that meets the host page: finds placeholders, gives each
//! an open shadow root with our styles, mounts a Yew app, reads its
//! `data-iop-*` configuration, dispatches events, and frees an instance
//! when its element leaves the page. Exported to the loader script as
//! `mount`, `destroy`, `scan` and `useStyles`.

mod events;
mod options;
mod registry;
mod styles;

pub use styles::use_styles;

use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::Callback;

use crate::config::{Config, View};
use crate::content::Lang;
use crate::link::Link;
use crate::ui::{App, AppProps, WidgetEvent};
use events::{dispatch, ErrorCode};

/// Marks an element as taken, so a second scan or a second copy of the
/// script never mounts it twice.
const LOADED: &str = "data-iop-loaded";

/// Set by the loader on a placeholder whose first view it painted.
const PRERENDERED: &str = "data-iop-prerendered";

/// Empty a shadow root through DOM calls, never `innerHTML`: a page that
/// enforces Trusted Types refuses any string there, even "".
fn empty(root: &ShadowRoot) {
    while let Some(child) = root.last_child() {
        let _ = root.remove_child(&child);
    }
}

/// Empty a shadow root and give it a `<slot>`, so the partner's fallback
/// (the host's own children) shows again.
fn show_fallback(root: &ShadowRoot) {
    empty(root);
    if let Ok(slot) = gloo::utils::document().create_element("slot") {
        let _ = root.append_child(&slot);
    }
}

/// The browser's preferred language among those we speak, else English.
fn browser_lang() -> Lang {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::En;
    };
    nav.languages()
        .iter()
        .filter_map(|v| v.as_string())
        .chain(nav.language())
        .find_map(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// Apply a deep link from the URL fragment to this placeholder's config;
/// returns the FAQ item to bring into view. The host's own anchors are not
/// ours and change nothing.
fn apply_link(hash: &str, element_id: &str, config: &mut Config) -> Option<crate::content::FaqId> {
    let parsed = Link::parse(hash);
    for w in &parsed.warnings {
        gloo::console::warn!(w.as_str());
    }
    let link = parsed.link.filter(|l| l.applies_to(element_id))?;
    if let Some(view) = link.view {
        config.view = view;
    }
    if let Some(lang) = link.lang {
        config.lang = Some(lang);
    }
    if let Some(referral) = link.referral {
        config.referral = Some(referral);
    }
    if let Some(context) = link.context {
        config.context = context;
    }
    let faq = link.faq?;
    if config.view == View::Checker {
        config.view = View::Both;
    }
    if !config.faq_items().contains(&faq) {
        let mut items = config.faq_items();
        items.push(faq);
        config.faq = items;
    }
    config.faq_open = Some(faq);
    Some(faq)
}

/// Mount the widget into `el` with optional options (a plain object using
/// the camelCase names of the `data-iop-*` attributes). Returns false and
/// leaves the fallback in place when it cannot.
#[wasm_bindgen]
pub fn mount(el: &Element, options: JsValue) -> bool {
    if el.has_attribute(LOADED) || registry::contains(el) {
        return false;
    }
    let (mut config, warnings) = Config::parse(|name| options::read(el, &options, name));
    for w in warnings
        .iter()
        .chain(options::unknown_keys(&options).iter())
    {
        gloo::console::warn!(w.message());
    }
    let location = web_sys::window().map(|w| w.location());
    let page_url = location
        .as_ref()
        .and_then(|l| l.href().ok())
        .unwrap_or_default();
    let hash = location
        .as_ref()
        .and_then(|l| l.hash().ok())
        .unwrap_or_default();
    let scroll_to_faq = apply_link(&hash, &el.id(), &mut config);
    // Reuse a root of ours: the loader's painted first view, or one we
    // emptied on destroy (it holds only a <slot>).
    let ours = el.shadow_root().filter(|r| {
        el.has_attribute(PRERENDERED)
            || (r.child_element_count() == 1 && r.query_selector("slot").ok().flatten().is_some())
    });
    let _ = el.remove_attribute(PRERENDERED);
    let root = match ours
        .map(Ok)
        .unwrap_or_else(|| el.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)))
    {
        Ok(root) => {
            empty(&root);
            root
        }
        Err(_) => {
            dispatch(
                el,
                events::error(
                    ErrorCode::MountFailed,
                    "IOP Check: this element cannot hold the widget (it may already have a shadow root). Use an empty <div data-iop-widget>.",
                ),
            );
            return false;
        }
    };
    styles::adopt(&root);
    styles::theme(el, &config);
    let Some(host) = gloo::utils::document().create_element("div").ok() else {
        return false;
    };
    let _ = root.append_child(&host);
    let _ = el.set_attribute(LOADED, "");

    let target = el.clone();
    let share_outcome = config.share_outcome;
    let on_event = Callback::from(move |e: WidgetEvent| {
        if let Some(detail) = events::widget(e, share_outcome) {
            dispatch(&target, detail);
        }
    });
    let id = el.id();
    let props = AppProps {
        lang: config.lang.unwrap_or_else(browser_lang),
        config: Rc::new(config),
        instance: registry::next_instance(),
        on_event,
        page_url: page_url.into(),
        element_id: (!id.is_empty()).then(|| id.into()),
        scroll_to_faq,
    };
    let handle = yew::Renderer::<App>::with_root_and_props(host, props).render();
    registry::insert(el.clone(), handle);
    dispatch(el, events::ready());
    true
}

/// Remove the widget from `el` and free its instance; the shadow root is
/// emptied. Returns false when `el` holds no widget.
#[wasm_bindgen]
pub fn destroy(el: &Element) -> bool {
    registry::remove(el)
}

/// How many widgets are mounted now (for tests and diagnostics).
#[wasm_bindgen]
pub fn instances() -> u32 {
    registry::count() as u32
}

/// A QR code of `text` as a standalone SVG document, or undefined when
/// the text is too long for one. For the link builder page.
#[wasm_bindgen(js_name = qrSvg)]
pub fn qr_svg(text: &str) -> Option<String> {
    crate::qr::svg(text)
}

/// `page_url` with a deep link: `fragment` is parsed as links are, bad
/// parts are dropped with a console warning, and the canonical form is
/// returned (undefined when the fragment is not a version-1 link).
#[wasm_bindgen(js_name = shareUrl)]
pub fn share_url(page_url: &str, fragment: &str) -> Option<String> {
    let parsed = Link::parse(fragment);
    for w in &parsed.warnings {
        gloo::console::warn!(w.as_str());
    }
    parsed.link.map(|l| crate::link::share_url(page_url, &l))
}

/// Bytes of linear memory the Wasm holds now (for `make bench`).
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> u32 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| {
            m.buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map_or(0, |b| b.byte_length())
        })
        .unwrap_or(0)
}

/// Mount every `[data-iop-widget]` not yet mounted; returns how many.
#[wasm_bindgen]
pub fn scan() -> u32 {
    registry::watch_removals();
    let Ok(list) = gloo::utils::document().query_selector_all("[data-iop-widget]") else {
        return 0;
    };
    let mut mounted = 0;
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            if mount(&el, JsValue::UNDEFINED) {
                mounted += 1;
            }
        }
    }
    mounted
}
