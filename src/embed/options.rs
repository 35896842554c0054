//! Raw option values: the JS options object wins over `data-iop-*`.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::config::{Warning, OPTIONS};

fn camel(name: &str) -> &'static str {
    OPTIONS
        .iter()
        .find(|(attr, _)| *attr == name)
        .map(|(_, key)| *key)
        .unwrap_or("")
}

/// A JS value as option text: strings as they are, booleans and numbers
/// spelled out, arrays joined with commas.
fn as_text(v: &JsValue) -> Option<String> {
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
    None
}

pub fn read(el: &Element, options: &JsValue, name: &str) -> Option<String> {
    if options.is_object() {
        if let Ok(v) = Reflect::get(options, &JsValue::from_str(camel(name))) {
            if !v.is_undefined() && !v.is_null() {
                return as_text(&v).or_else(|| Some("[object]".into()));
            }
        }
    }
    let mut attr = String::from("data-iop-");
    attr.push_str(name);
    el.get_attribute(&attr)
}

/// Option keys we do not know, reported once each.
pub fn unknown_keys(options: &JsValue) -> Vec<Warning> {
    let Some(obj) = options.dyn_ref::<Object>() else {
        return Vec::new();
    };
    Object::keys(obj)
        .iter()
        .filter_map(|k| k.as_string())
        .filter(|k| !OPTIONS.iter().any(|(_, key)| key == k))
        .map(|k| Warning {
            attribute: k,
            value: String::new(),
            expected: "a known option name (see the README's attribute table)",
        })
        .collect()
}
