//! Raw option values: the JS options object wins over `data-iop-*`.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::config::{unknown_attribute, unknown_key, Config, OptionRow, Via, Warning};

/// A JS value as option text: strings as they are, booleans and numbers
/// spelled out, arrays joined with commas.
fn as_text(v: &JsValue) -> Option<String> {
    if v.is_undefined() || v.is_null() {
        return None;
    }
    if let Some(s) = v.as_string() {
        return Some(s);
    }
    if let Some(b) = v.as_bool() {
        return Some(if b { "true" } else { "false" }.into());
    }
    if let Some(n) = v.as_f64() {
        return Some(if n.fract() == 0.0 && n.abs() < 1e9 {
            let mut s = String::new();
            if n < 0.0 {
                s.push('-');
            }
            crate::content::push_number(&mut s, n.abs() as usize);
            s
        } else {
            "NaN".into()
        });
    }
    if let Some(a) = v.dyn_ref::<Array>() {
        let items: Vec<String> = a.iter().filter_map(|x| x.as_string()).collect();
        return Some(items.join(","));
    }
    Some("[object]".into())
}

fn given(el: &Element, options: &JsValue, row: &OptionRow) -> Option<(String, Via)> {
    if options.is_object() {
        if let Some(v) = Reflect::get(options, &JsValue::from_str(row.key))
            .ok()
            .and_then(|v| as_text(&v))
        {
            return Some((v, Via::Key));
        }
    }
    let mut attr = String::from("data-iop-");
    attr.push_str(row.attribute);
    el.get_attribute(&attr).map(|v| (v, Via::Attribute))
}

/// The placeholder's configuration, with a warning for each value not
/// used, each unknown option key and each misspelt `data-iop-*` attribute.
pub fn read(el: &Element, options: &JsValue) -> (Config, Vec<Warning>) {
    let (config, mut warnings) = Config::parse_given(|row| given(el, options, row));
    if let Some(obj) = options.dyn_ref::<Object>() {
        for key in Object::keys(obj).iter().filter_map(|k| k.as_string()) {
            let value = Reflect::get(options, &JsValue::from_str(&key))
                .ok()
                .and_then(|v| as_text(&v))
                .unwrap_or_default();
            warnings.extend(unknown_key(&key, &value));
        }
    }
    for name in el
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
    {
        let value = el.get_attribute(&name).unwrap_or_default();
        warnings.extend(unknown_attribute(&name, &value));
    }
    (config, warnings)
}
