//! The options of `IOPCheck.mount` and the placeholder's `data-iop-*`
//! attributes, read into a configuration: a JS key wins over its
//! attribute. Options cross the boundary through serde, read by the
//! deserializer below rather than serde-wasm-bindgen's: its type errors
//! describe the value they met, numbers included, and that alone linked
//! core's float formatting and serde's messages, 12.8 KB gzip.

use std::collections::BTreeMap;

use js_sys::{Array, Object};
use serde::de::value::{MapDeserializer, SeqDeserializer};
use serde::de::{Deserializer, Error, IntoDeserializer, Visitor};
use serde::Deserialize;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::config::element::Host;
use crate::config::{unknown_key, Config, OptionRow, OptionValue, Via, Warning};

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
        MountOptions::deserialize(FromJs(options.clone())).unwrap_or_else(|_| {
            gloo::console::warn!(
                "IOP Check: mount options must be an object of strings, numbers, booleans or arrays; ignored them."
            );
            MountOptions::default()
        })
    }
}

fn given(
    el: &Element,
    host: Host,
    options: &MountOptions,
    row: &OptionRow,
) -> Option<(String, Via)> {
    if let Some(text) = options.0.get(row.key).and_then(OptionValue::text) {
        return Some((text, Via::Key));
    }
    el.get_attribute(&host.attribute(row))
        .map(|v| (v, host.via()))
}

/// The placeholder's (or `<iop-check>`'s) configuration, with a warning
/// for each value not used, each unknown option key and each misspelt
/// attribute.
pub fn read(el: &Element, options: &JsValue) -> (Config, Vec<Warning>) {
    let options = MountOptions::from_js(options);
    let host = Host::of_tag(&el.local_name());
    let (config, mut warnings) = Config::parse_given(|row| given(el, host, &options, row));
    for (key, value) in &options.0 {
        warnings.extend(unknown_key(key, &value.text().unwrap_or_default()));
    }
    for name in el
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
    {
        let value = el.get_attribute(&name).unwrap_or_default();
        warnings.extend(host.unknown_attribute(&name, &value));
    }
    (config, warnings)
}

/// A JS value as serde reads it: only `deserialize_any`, which hands the
/// visitor the value's own kind (JS has no other type to go by). Numbers
/// arrive as `f64`; a function, symbol, bigint or other non-plain value
/// as an empty map, which the option values read as "[object]".
struct FromJs(JsValue);

/// Why a value could not be read. It carries no message: building serde's
/// ("invalid type: floating point `1.5`, expected ...") is what cost the
/// bytes, and the one warning a failed read gives needs none.
#[derive(Debug)]
struct Unreadable;

impl core::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        f.write_str("unreadable value")
    }
}

impl std::error::Error for Unreadable {}

impl Error for Unreadable {
    fn custom<T: core::fmt::Display>(_: T) -> Self {
        Unreadable
    }
}

impl IntoDeserializer<'_, Unreadable> for FromJs {
    type Deserializer = FromJs;

    fn into_deserializer(self) -> FromJs {
        self
    }
}

impl<'de> Deserializer<'de> for FromJs {
    type Error = Unreadable;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Unreadable> {
        let value = self.0;
        if value.is_undefined() || value.is_null() {
            visitor.visit_unit()
        } else if let Some(b) = value.as_bool() {
            visitor.visit_bool(b)
        } else if let Some(n) = value.as_f64() {
            visitor.visit_f64(n)
        } else if let Some(s) = value.as_string() {
            visitor.visit_string(s)
        } else if Array::is_array(&value) {
            let items = value.unchecked_into::<Array>();
            visitor.visit_seq(SeqDeserializer::new(items.iter().map(FromJs)))
        } else {
            // Not `dyn_ref`: an object from another frame, or one made by
            // `Object.create(null)`, is no `instanceof Object`.
            let entries = if value.is_object() {
                Object::entries(value.unchecked_ref())
            } else {
                Array::new()
            };
            visitor.visit_map(MapDeserializer::new(entries.iter().map(|pair| {
                let pair = pair.unchecked_into::<Array>();
                (FromJs(pair.get(0)), FromJs(pair.get(1)))
            })))
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}
