//! A value as a partner passes it in the options of `IOPCheck.mount`:
//! text, a boolean, a number or a list, read through serde (the widget
//! reads them with serde-wasm-bindgen) and turned into the text the
//! option table parses, as an attribute would give it.

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

#[derive(Clone, Debug, PartialEq)]
pub enum OptionValue {
    /// `undefined` or `null`: as if the key were not there.
    Absent,
    Text(String),
    Flag(bool),
    Number(f64),
    /// An array; its strings are kept.
    List(Vec<OptionValue>),
    /// An object or anything else no option takes.
    Other,
}

impl OptionValue {
    /// The text an attribute would carry, `None` when absent. Whole
    /// numbers are written out; other numbers cannot be any option's value.
    pub fn text(&self) -> Option<String> {
        Some(match self {
            OptionValue::Absent => return None,
            OptionValue::Text(s) => s.clone(),
            OptionValue::Flag(b) => String::from(if *b { "true" } else { "false" }),
            OptionValue::Number(n) if n.fract() == 0.0 && n.abs() < 1e9 => {
                let mut s = String::new();
                if *n < 0.0 {
                    s.push('-');
                }
                crate::content::push_number(&mut s, n.abs() as usize);
                s
            }
            OptionValue::Number(_) => String::from("[a fractional number]"),
            OptionValue::List(items) => {
                let mut s = String::new();
                for item in items {
                    if let OptionValue::Text(t) = item {
                        if !s.is_empty() {
                            s.push(',');
                        }
                        s.push_str(t);
                    }
                }
                s
            }
            OptionValue::Other => String::from("[object]"),
        })
    }
}

/// Accepts whatever the deserializer holds, so one odd value never fails
/// the whole options object.
struct AnyValue;

impl<'de> Visitor<'de> for AnyValue {
    type Value = OptionValue;

    fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        f.write_str("an option value")
    }
    fn visit_unit<E>(self) -> Result<OptionValue, E> {
        Ok(OptionValue::Absent)
    }
    fn visit_none<E>(self) -> Result<OptionValue, E> {
        Ok(OptionValue::Absent)
    }
    fn visit_bool<E>(self, v: bool) -> Result<OptionValue, E> {
        Ok(OptionValue::Flag(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<OptionValue, E> {
        Ok(OptionValue::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<OptionValue, E> {
        Ok(OptionValue::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<OptionValue, E> {
        Ok(OptionValue::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<OptionValue, E> {
        Ok(OptionValue::Text(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<OptionValue, E> {
        Ok(OptionValue::Text(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OptionValue, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(OptionValue::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OptionValue, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(OptionValue::Other)
    }
    fn visit_bytes<E>(self, _: &[u8]) -> Result<OptionValue, E> {
        Ok(OptionValue::Other)
    }
}

impl<'de> Deserialize<'de> for OptionValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(AnyValue)
    }
}
