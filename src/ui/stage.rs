//! The takeover in stages: the first render draws what the person can
//! see (the bar, the checker's screen, the FAQ headers), and what is
//! hidden follows a task at a time, so no one task of the widget's holds
//! the page's main thread for long. Closed FAQ answers come next; the
//! print footer and its QR code last, or at once when the page is about
//! to print.

use wasm_bindgen::prelude::*;
use web_sys::EventTarget;
use yew::prelude::*;

/// How much of the widget is rendered, in the order it is added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// What shows on screen: the bar, the checker, the FAQ headers and
    /// any open answer.
    Visible,
    /// Closed FAQ answers too (they print, and find-in-page needs none).
    Answers,
    /// Everything: the print footer with its QR code.
    Whole,
}

impl Stage {
    fn next(self) -> Option<Stage> {
        match self {
            Stage::Visible => Some(Stage::Answers),
            Stage::Answers => Some(Stage::Whole),
            Stage::Whole => None,
        }
    }
}

/// A `setTimeout` that is cleared when dropped, so a widget destroyed
/// before it fires is never touched.
struct Timeout {
    id: i32,
    _run: Closure<dyn FnMut()>,
}

impl Timeout {
    fn new(run: impl FnMut() + 'static) -> Option<Timeout> {
        let run = Closure::<dyn FnMut()>::new(run);
        let id = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(run.as_ref().unchecked_ref(), 0)
            .ok()?;
        Some(Timeout { id, _run: run })
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.id);
        }
    }
}

/// An event listener removed when dropped: one per mount, none left
/// behind by a destroyed widget.
struct Listener {
    target: EventTarget,
    kind: &'static str,
    run: Closure<dyn FnMut()>,
}

impl Listener {
    fn new(target: EventTarget, kind: &'static str, run: impl FnMut() + 'static) -> Listener {
        let run = Closure::<dyn FnMut()>::new(run);
        let _ = target.add_event_listener_with_callback(kind, run.as_ref().unchecked_ref());
        Listener { target, kind, run }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.run.as_ref().unchecked_ref());
    }
}

/// `window.matchMedia("print")`, whose `change` fires as printing starts,
/// including a print emulated by DevTools (which sends no `beforeprint`).
fn print_query(window: &web_sys::Window) -> Option<EventTarget> {
    let match_media = js_sys::Reflect::get(window, &JsValue::from_str("matchMedia"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    match_media
        .call1(window, &JsValue::from_str("print"))
        .ok()?
        .dyn_into::<EventTarget>()
        .ok()
}

/// The widget's stage: `Visible` at the first render, then one stage per
/// task; `Whole` at once when printing starts.
#[hook]
pub fn use_stage() -> Stage {
    let stage = use_state_eq(|| Stage::Visible);
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |now| {
            let timer = now
                .next()
                .and_then(|next| Timeout::new(move || stage.set(next)));
            move || drop(timer)
        });
    }
    {
        let stage = stage.clone();
        use_effect_with((), move |_| {
            let mut listeners = Vec::new();
            if let Some(window) = web_sys::window() {
                let whole = move || stage.set(Stage::Whole);
                if let Some(query) = print_query(&window) {
                    listeners.push(Listener::new(query, "change", whole.clone()));
                }
                listeners.push(Listener::new(window.into(), "beforeprint", whole));
            }
            move || drop(listeners)
        });
    }
    *stage
}
