//! `<iop-check>` after mount, and the launcher's dialog. The loader defines
//! the element and calls [`update`] when one of its attributes changes; a
//! launcher's button and dialog are the loader's painted markup, and the
//! app mounts into the dialog's body ([`launcher_body`]).

use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

use super::fragment::{location_hash, read_link};
use super::{browser_lang, options, registry, styles};
use crate::config::{element::Host, Mode, OPTIONS};
use crate::ui::Arrival;

/// Where the loader's launcher takes the app.
const DIALOG_BODY: &str = ".iop-dialog-body";

/// The body of the launcher dialog the loader painted in `el`, emptied for
/// the app; `None` inline, or when there is no painted launcher (the loader
/// could not paint it), and then the widget shows inline.
pub fn launcher_body(el: &Element, mode: Mode) -> Option<Element> {
    if mode == Mode::Inline {
        return None;
    }
    let body = el.shadow_root()?.query_selector(DIALOG_BODY).ok()??;
    while let Some(child) = body.last_child() {
        let _ = body.remove_child(&child);
    }
    // The painted view in it is gone: the app takes over from here.
    let _ = el.remove_attribute(super::shadow::PRERENDERED);
    Some(body)
}

/// The theme property an attribute sets, cleared when its value goes.
fn theme_property(attribute: &str) -> &'static [&'static str] {
    match attribute {
        "brand" => &["--iop-brand", "--iop-on-brand"],
        "font" => &["--iop-font"],
        "radius" => &["--iop-radius"],
        _ => &[],
    }
}

/// `<iop-check>`'s attribute `name` changed: read its options again and
/// update the app in place, keeping the person's answers (the check's
/// state lives in the app, which is not remounted). `load` and `mode` are
/// the loader's to settle before loading, so they keep their first value.
/// Warns only about the attribute that changed. False when `el` holds no
/// widget.
#[wasm_bindgen]
pub fn update(el: &Element, name: &str) -> bool {
    if !registry::contains(el) {
        return false;
    }
    let host = Host::of_tag(&el.local_name());
    let (mut config, warnings) = options::read(el, &JsValue::UNDEFINED);
    for w in warnings.iter().filter(|w| w.name == name) {
        gloo::console::warn!(w.message());
    }
    config.scheme = styles::settle(el, config.scheme);
    let row = OPTIONS.iter().find(|row| host.attribute(row) == name);
    if let (Some(row), Some(html)) = (row, el.dyn_ref::<HtmlElement>()) {
        for property in theme_property(row.attribute) {
            let _ = html.style().remove_property(property);
        }
    }
    styles::theme(el, &config);
    let link = read_link(&location_hash()).filter(|l| l.applies_to(&el.id()));
    registry::update_one(el, |base, props| {
        config.load = base.load;
        config.mode = base.mode;
        let lang_changed = config.lang != base.lang;
        *base = config.clone();
        if let Some(link) = &link {
            link.apply_to(&mut config);
        }
        if lang_changed {
            props.arrived = Arrival {
                seq: props.arrived.seq + 1,
                lang: Some(config.lang.unwrap_or_else(browser_lang)),
                faq: None,
            };
        }
        props.config = Rc::new(config);
    })
}
