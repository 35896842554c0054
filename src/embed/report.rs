//! What a mount tells the loader (`useMountReport` in js/loader.js): the
//! warnings its options gave, for `IOPCheck.debug()`, and whether the
//! partner turned analytics on, with the referral code, so the loader can
//! push the check's milestones to `window.dataLayer`. The loader does the
//! pushing: this side only hands over values the option table validated.

use std::cell::RefCell;

use serde::Serialize;
use wasm_bindgen::{prelude::wasm_bindgen, JsValue};
use web_sys::Element;

use crate::config::Config;

thread_local! {
    static HOOK: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

#[derive(Serialize)]
struct Mounted<'a> {
    warnings: &'a [String],
    analytics: bool,
    referral: Option<&'a str>,
}

/// The loader's function, called with a placeholder and its report each
/// time one mounts.
#[wasm_bindgen(js_name = useMountReport)]
pub fn use_mount_report(hook: js_sys::Function) {
    HOOK.with(|cell| *cell.borrow_mut() = Some(hook));
}

pub fn mounted(el: &Element, warnings: &[String], config: &Config) {
    HOOK.with(|cell| {
        let Some(hook) = &*cell.borrow() else {
            return;
        };
        let report = Mounted {
            warnings,
            analytics: config.analytics,
            referral: config.referral.as_deref(),
        };
        if let Ok(report) = serde_wasm_bindgen::to_value(&report) {
            let _ = hook.call2(&JsValue::NULL, el, &report);
        }
    });
}
