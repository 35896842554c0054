//! The options of `IOPCheck.mount` and the placeholder's `data-iop-*`
//! attributes, read into a configuration: a JS key wins over its
//! attribute. Options cross the boundary through serde-wasm-bindgen.

use std::collections::BTreeMap;

use serde::Deserialize;
use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::config::{unknown_attribute, unknown_key, Config, OptionRow, OptionValue, Via, Warning};

/// The options object as given: every key, known or not, with its value
/// as text (`None` for `undefined` and `null`). The option table, not a
/// struct here, names the known keys, so they have one home.
#[derive(Deserialize, Default)]
#[serde(transparent)]
struct MountOptions(BTreeMap<String, OptionValue>);

impl MountOptions {
    /// Anything but a plain object (undefined, a string) gives no options;
    /// an object that cannot be read is reported once.
    fn from_js(options: &JsValue) -> MountOptions {
        if !options.is_object() {
            return MountOptions::default();
        }
        serde_wasm_bindgen::from_value(options.clone()).unwrap_or_else(|_| {
            gloo::console::warn!(
                "IOP Check: mount options must be an object of strings, numbers, booleans or arrays; ignored them."
            );
            MountOptions::default()
        })
    }
}

fn given(el: &Element, options: &MountOptions, row: &OptionRow) -> Option<(String, Via)> {
    if let Some(text) = options.0.get(row.key).and_then(OptionValue::text) {
        return Some((text, Via::Key));
    }
    let mut attr = String::from("data-iop-");
    attr.push_str(row.attribute);
    el.get_attribute(&attr).map(|v| (v, Via::Attribute))
}

/// The placeholder's configuration, with a warning for each value not
/// used, each unknown option key and each misspelt `data-iop-*` attribute.
pub fn read(el: &Element, options: &JsValue) -> (Config, Vec<Warning>) {
    let options = MountOptions::from_js(options);
    let (config, mut warnings) = Config::parse_given(|row| given(el, &options, row));
    for (key, value) in &options.0 {
        warnings.extend(unknown_key(key, &value.text().unwrap_or_default()));
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
