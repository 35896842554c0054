//! "Print or save this summary": while printing, a print-only sheet on the
//! host document hides everything but this widget, and the widget's own
//! print rules hide everything but the summary.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element, ShadowRoot};

const MARK: &str = "data-iop-printing";
// Every rule waits for the mark, so the sheet, which stays adopted, changes
// nothing when the page is printed any other way later.
const HOST_PRINT_CSS: &str = "@media print{body:has([data-iop-printing]) *{visibility:hidden!important}\
[data-iop-printing],[data-iop-printing] *{visibility:visible!important}\
[data-iop-printing]{position:absolute!important;left:0!important;top:0!important;width:100%!important;min-height:0!important;margin:0!important}}";

fn host_of(node: &Element) -> Option<Element> {
    node.get_root_node()
        .dyn_into::<ShadowRoot>()
        .ok()
        .map(|r| r.host())
}

/// Adds the print-only sheet once, after the page's own sheets.
fn ensure_sheet(doc: &Document) {
    let sheets = doc.adopted_style_sheets();
    let ours = sheets.iter().any(|s| {
        s.dyn_ref::<CssStyleSheet>()
            .and_then(|s| s.css_rules().ok())
            .and_then(|rules| rules.item(0))
            .is_some_and(|r| r.css_text().contains(MARK))
    });
    if ours {
        return;
    }
    if let Ok(sheet) = CssStyleSheet::new() {
        if sheet.replace_sync(HOST_PRINT_CSS).is_ok() {
            sheets.push(&JsValue::from(sheet));
            doc.set_adopted_style_sheets(&sheets);
        }
    }
}

/// Print only the widget that holds `node`.
pub fn print_summary(node: &Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let host = host_of(node);
    if let (Some(host), Some(doc)) = (&host, window.document()) {
        ensure_sheet(&doc);
        let _ = host.set_attribute(MARK, "");
    }
    let _ = window.print();
    // print() returns once the dialog closes.
    if let Some(host) = host {
        let _ = host.remove_attribute(MARK);
    }
}
