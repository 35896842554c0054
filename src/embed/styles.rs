//! Styles through one constructable stylesheet shared by every shadow root,
//! so a strict CSP without 'unsafe-inline' still styles the widget, and
//! theme values as `--iop-*` custom properties on the host element.
//!
//! The stylesheet comes from the loader, which already carries the CSS to
//! paint the first view: the Wasm does not ship a second copy of it.

use std::cell::RefCell;
use wasm_bindgen::{prelude::wasm_bindgen, JsCast, JsValue};
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot};

use crate::config::{Config, Scheme};

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    static HOST_SCHEME: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// The loader's rule for `scheme="auto"` (`hostScheme` in js/loader.js):
/// called with a placeholder, it returns true when the widget should be
/// dark to match the host page, the same answer its painted first view
/// showed. The rule exists there only, so the Wasm cannot disagree.
#[wasm_bindgen(js_name = useHostScheme)]
pub fn use_host_scheme(decide: js_sys::Function) {
    HOST_SCHEME.with(|cell| *cell.borrow_mut() = Some(decide));
}

/// `auto` settled to light or dark for the placeholder `el`; other values
/// as they are. Without the loader's rule (wasm-bindgen tests) it is light.
pub fn settle(el: &Element, scheme: Scheme) -> Scheme {
    if scheme != Scheme::Auto {
        return scheme;
    }
    let answer = HOST_SCHEME.with(|cell| {
        cell.borrow()
            .as_ref()
            .and_then(|decide| decide.call1(&JsValue::NULL, el).ok())
    });
    if answer.and_then(|v| v.as_bool()) == Some(true) {
        Scheme::Dark
    } else {
        Scheme::Light
    }
}

/// The widget's stylesheet (`src/ui/style.css`, built by the loader),
/// adopted by every shadow root mounted from now on.
#[wasm_bindgen(js_name = useStyles)]
pub fn use_styles(sheet: CssStyleSheet) {
    SHEET.with(|cell| *cell.borrow_mut() = Some(sheet));
}

pub fn adopt(root: &ShadowRoot) {
    if let Some(sheet) = SHEET.with(|cell| cell.borrow().clone()) {
        let list = js_sys::Array::of1(&JsValue::from(sheet));
        root.set_adopted_style_sheets(&list);
    }
}

/// Validated theme values become custom properties (CSSOM, allowed under
/// a strict CSP). A partner's own CSS may set the same properties.
pub fn theme(el: &Element, config: &Config) {
    let Some(el) = el.dyn_ref::<HtmlElement>() else {
        return;
    };
    let style = el.style();
    if let Some(brand) = config.brand {
        let _ = style.set_property("--iop-brand", &brand.hex());
        let _ = style.set_property("--iop-on-brand", &brand.readable_text().hex());
    }
    if let Some(font) = &config.font {
        let _ = style.set_property("--iop-font", font);
    }
    if let Some(radius) = &config.radius {
        let _ = style.set_property("--iop-radius", radius);
    }
}
