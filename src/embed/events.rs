//! CustomEvents on the placeholder, bubbling and composed. They carry a
//! step number, an outcome category (only when the partner opts in), an
//! FAQ id or an error: never an answer (INV-6).

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::ui::WidgetEvent;

pub struct Detail {
    name: &'static str,
    fields: Vec<(&'static str, JsValue)>,
}

#[derive(Clone, Copy)]
pub enum ErrorCode {
    MountFailed,
}

pub fn ready() -> Detail {
    Detail {
        name: "iop:ready",
        fields: vec![("version", JsValue::from_str(env!("CARGO_PKG_VERSION")))],
    }
}

pub fn error(code: ErrorCode, message: &'static str) -> Detail {
    gloo::console::error!(message);
    let code = match code {
        ErrorCode::MountFailed => "mount-failed",
    };
    Detail {
        name: "iop:error",
        fields: vec![("code", code.into()), ("message", message.into())],
    }
}

/// The event for a widget happening, if it may be shared at all.
pub fn widget(e: WidgetEvent, share_outcome: bool) -> Option<Detail> {
    Some(match e {
        WidgetEvent::Part(part) => Detail {
            name: "iop:step",
            fields: vec![("part", JsValue::from(part.number() as u32))],
        },
        WidgetEvent::Result(outcome) if share_outcome => Detail {
            name: "iop:result",
            fields: vec![("outcome", outcome.id().into())],
        },
        WidgetEvent::Result(_) => return None,
        WidgetEvent::FaqToggle(id, open) => Detail {
            name: "iop:faq-toggle",
            fields: vec![("id", id.id().into()), ("open", open.into())],
        },
    })
}

pub fn dispatch(el: &Element, d: Detail) {
    let detail = Object::new();
    for (k, v) in &d.fields {
        let _ = Reflect::set(&detail, &JsValue::from_str(k), v);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(d.name, &init) {
        let _ = el.dispatch_event(&event);
    }
}
