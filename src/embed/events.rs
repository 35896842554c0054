//! CustomEvents on the placeholder, bubbling and composed. They carry a
//! part number, an outcome category (only when the partner opts in), an
//! FAQ id or an error: never an answer (INV-6). Each `detail` is a flat
//! list of named fields, serialised by serde-wasm-bindgen as a map into a
//! plain object.
//!
//! One `Serialize` impl for every detail, written by hand: derived structs
//! are serialised field by field through serde-wasm-bindgen's interned key
//! cache (a hash map), which cost 1.1 KB gzip more for five structs.

use serde::ser::{Serialize, SerializeMap, Serializer};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::ui::WidgetEvent;

/// An event to dispatch: its name and its detail object.
pub struct Detail {
    name: &'static str,
    detail: JsValue,
}

/// One field's value: the only kinds a detail carries.
enum Field {
    Text(&'static str),
    Number(u8),
    Flag(bool),
}

impl Serialize for Field {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Field::Text(t) => s.serialize_str(t),
            Field::Number(n) => s.serialize_u8(n),
            Field::Flag(b) => s.serialize_bool(b),
        }
    }
}

/// A detail's fields by name, serialised as a map.
struct Fields<'a>(&'a [(&'static str, Field)]);

impl Serialize for Fields<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (key, value) in self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

fn detail(name: &'static str, fields: &[(&'static str, Field)]) -> Detail {
    // JSON-compatible: maps become plain objects, not JS `Map`s.
    let to_object = serde_wasm_bindgen::Serializer::json_compatible();
    Detail {
        name,
        detail: Fields(fields)
            .serialize(&to_object)
            .unwrap_or(JsValue::NULL),
    }
}

#[derive(Clone, Copy)]
pub enum ErrorCode {
    MountFailed,
}

impl ErrorCode {
    fn as_str(self) -> &'static str {
        match self {
            ErrorCode::MountFailed => "mount-failed",
        }
    }
}

pub fn ready() -> Detail {
    detail(
        "iop:ready",
        &[("version", Field::Text(env!("CARGO_PKG_VERSION")))],
    )
}

pub fn error(code: ErrorCode, message: &'static str) -> Detail {
    gloo::console::error!(message);
    detail(
        "iop:error",
        &[
            ("code", Field::Text(code.as_str())),
            ("message", Field::Text(message)),
        ],
    )
}

/// The event for a widget happening, if it may be shared at all.
pub fn widget(e: WidgetEvent, share_outcome: bool) -> Option<Detail> {
    Some(match e {
        WidgetEvent::Part(part) => {
            detail("iop:step", &[("part", Field::Number(part.number() as u8))])
        }
        WidgetEvent::Result(outcome) if share_outcome => {
            detail("iop:result", &[("outcome", Field::Text(outcome.id()))])
        }
        WidgetEvent::Result(_) => return None,
        WidgetEvent::FaqToggle(id, open) => detail(
            "iop:faq-toggle",
            &[("id", Field::Text(id.id())), ("open", Field::Flag(open))],
        ),
    })
}

pub fn dispatch(el: &Element, d: Detail) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&d.detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(d.name, &init) {
        let _ = el.dispatch_event(&event);
    }
}
