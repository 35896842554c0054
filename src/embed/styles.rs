//! Styles through one constructable stylesheet shared by every shadow root,
//! so a strict CSP without 'unsafe-inline' still styles the widget, and
//! theme values as `--iop-*` custom properties on the host element.

use std::cell::OnceCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot};

use crate::config::Config;

use crate::ui::STYLES as CSS;

thread_local! {
    static SHEET: OnceCell<Option<CssStyleSheet>> = const { OnceCell::new() };
}

pub fn adopt(root: &ShadowRoot) {
    let sheet = SHEET.with(|cell| {
        cell.get_or_init(|| {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(CSS).ok()?;
            Some(sheet)
        })
        .clone()
    });
    if let Some(sheet) = sheet {
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
