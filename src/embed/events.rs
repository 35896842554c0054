//! CustomEvents on the placeholder, bubbling and composed. They carry a
//! part number, an outcome category (only when the partner opts in), an
//! FAQ id or an error: never an answer (INV-6). Each `detail` is a
//! serialisable type, turned into a plain object by serde-wasm-bindgen.

use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::ui::WidgetEvent;

/// An event to dispatch: its name and its detail object.
pub struct Detail {
    name: &'static str,
    detail: JsValue,
}

#[derive(Serialize)]
struct Ready {
    version: &'static str,
}

#[derive(Serialize)]
struct Step {
    part: u8,
}

#[derive(Serialize)]
struct Result {
    outcome: &'static str,
}

#[derive(Serialize)]
struct FaqToggle {
    id: &'static str,
    open: bool,
}

#[derive(Serialize)]
struct Error {
    code: &'static str,
    message: &'static str,
}

fn detail(name: &'static str, fields: &impl Serialize) -> Detail {
    Detail {
        name,
        detail: serde_wasm_bindgen::to_value(fields).unwrap_or(JsValue::NULL),
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
        &Ready {
            version: env!("CARGO_PKG_VERSION"),
        },
    )
}

pub fn error(code: ErrorCode, message: &'static str) -> Detail {
    gloo::console::error!(message);
    detail(
        "iop:error",
        &Error {
            code: code.as_str(),
            message,
        },
    )
}

/// The event for a widget happening, if it may be shared at all.
pub fn widget(e: WidgetEvent, share_outcome: bool) -> Option<Detail> {
    Some(match e {
        WidgetEvent::Part(part) => detail(
            "iop:step",
            &Step {
                part: part.number() as u8,
            },
        ),
        WidgetEvent::Result(outcome) if share_outcome => detail(
            "iop:result",
            &Result {
                outcome: outcome.id(),
            },
        ),
        WidgetEvent::Result(_) => return None,
        WidgetEvent::FaqToggle(id, open) => {
            detail("iop:faq-toggle", &FaqToggle { id: id.id(), open })
        }
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
