//! The thin layer that meets the host page: finds placeholders, gives each
//! an open shadow root with our styles, mounts a Yew app, reads its
//! `data-iop-*` configuration, dispatches events, and frees an instance
//! when its element leaves the page. Exported to the loader script as
//! `mount`, `destroy`, `scan`, `useStyles`, `useHostScheme` and
//! `useMountReport`.

mod element;
mod events;
mod fragment;
mod options;
mod registry;
mod report;
mod shadow;
mod styles;

pub use styles::use_styles;

use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::Callback;

use crate::content::Lang;
use crate::link::Link;
use crate::ui::{AppProps, Arrival, WidgetEvent};
use events::{dispatch, ErrorCode};
use fragment::{location_hash, read_link};
use shadow::show_fallback;

/// Marks an element as taken, so a second scan or a second copy of the
/// script never mounts it twice.
const LOADED: &str = "data-iop-loaded";

/// Set by the loader on a placeholder whose load mode has not fired yet:
/// the loader mounts it when it does, so a scan leaves it alone.
const HELD: &str = "data-iop-held";

/// The browser's preferred language among those we speak, else English.
pub(crate) fn browser_lang() -> Lang {
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

/// A link followed while the page is open (a shared link opened in the
/// same tab, or the host's own `#iop=1...` anchor) changes each widget it
/// addresses as it would at load, keeping answers when the checker stays.
fn follow_link() {
    let Some(link) = read_link(&location_hash()) else {
        return;
    };
    registry::update_each(|el, base, props| {
        if !link.applies_to(&el.id()) {
            return false;
        }
        let mut config = base.clone();
        let faq = link.apply_to(&mut config);
        props.config = Rc::new(config);
        props.arrived = Arrival {
            seq: props.arrived.seq + 1,
            lang: link.lang,
            faq,
        };
        true
    });
}

/// Mount the widget into `el` with optional options (a plain object using
/// the camelCase names of the `data-iop-*` attributes). Returns false and
/// leaves the fallback in place when it cannot.
#[wasm_bindgen]
pub fn mount(el: &Element, options: JsValue) -> bool {
    if el.has_attribute(LOADED) || registry::contains(el) {
        return false;
    }
    let (mut config, warnings) = options::read(el, &options);
    let warnings: Vec<String> = warnings.iter().map(|w| w.message()).collect();
    for w in &warnings {
        gloo::console::warn!(w);
    }
    // Before the painted view's marker goes: the loader reuses the scheme
    // it painted, so nothing changes at takeover.
    config.scheme = styles::settle(el, config.scheme);
    let page_url = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    if !config.contact_params.is_empty() {
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        config.contact_url = (config.contact_url.take())
            .map(|url| crate::config::page_params::carry(&url, &query, &config.contact_params));
    }
    // Links are applied over the attributes; later links start from them too.
    let base = config.clone();
    let scroll_to_faq = read_link(&location_hash())
        .filter(|l| l.applies_to(&el.id()))
        .and_then(|l| l.apply_to(&mut config));
    // A launcher's app goes into the dialog the loader painted.
    let parent: web_sys::Node = match element::launcher_body(el, config.mode) {
        Some(body) => body.into(),
        None => {
            let Some(root) = shadow::take(el) else {
                dispatch(
                    el,
                    events::error(
                        ErrorCode::MountFailed,
                        "IOP Check: this element cannot hold the widget (it may already have a shadow root). Use an empty <div data-iop-widget>.",
                    ),
                );
                return false;
            };
            styles::adopt(&root);
            root.into()
        }
    };
    styles::theme(el, &config);
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
        arrived: Arrival::default(),
    };
    report::mounted(el, &warnings, &props.config);
    if !registry::insert(el.clone(), &parent, base, props) {
        let _ = el.remove_attribute(LOADED);
        return false;
    }
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

/// Mount every `[data-iop-widget]` and `<iop-check>` not yet mounted
/// nor held by the loader; returns how many.
#[wasm_bindgen]
pub fn scan() -> u32 {
    registry::watch_page(follow_link);
    let Ok(list) = gloo::utils::document().query_selector_all("[data-iop-widget], iop-check")
    else {
        return 0;
    };
    let mut mounted = 0;
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            if !el.has_attribute(HELD) && mount(&el, JsValue::UNDEFINED) {
                mounted += 1;
            }
        }
    }
    mounted
}
