//! Live widget instances, and the observer that frees one when a
//! single-page app removes its element.

use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit};
use yew::AppHandle;

use crate::ui::App;

struct Instance {
    el: Element,
    handle: AppHandle<App>,
}

thread_local! {
    static INSTANCES: RefCell<Vec<Instance>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

pub fn next_instance() -> u32 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

pub fn contains(el: &Element) -> bool {
    INSTANCES.with(|list| list.borrow().iter().any(|i| &i.el == el))
}

pub fn insert(el: Element, handle: AppHandle<App>) {
    INSTANCES.with(|list| list.borrow_mut().push(Instance { el, handle }));
}

/// Unmount and leave a `<slot>` so the partner's fallback shows again.
fn free(instance: Instance) {
    instance.handle.destroy();
    if let Some(root) = instance.el.shadow_root() {
        super::show_fallback(&root);
    }
    let _ = instance.el.remove_attribute(super::LOADED);
}

pub fn remove(el: &Element) -> bool {
    let found = INSTANCES.with(|list| {
        let mut list = list.borrow_mut();
        let at = list.iter().position(|i| &i.el == el)?;
        Some(list.swap_remove(at))
    });
    match found {
        Some(instance) => {
            free(instance);
            true
        }
        None => false,
    }
}

fn free_disconnected() {
    let gone: Vec<Instance> = INSTANCES.with(|list| {
        let mut list = list.borrow_mut();
        let (kept, gone): (Vec<_>, Vec<_>) = list.drain(..).partition(|i| i.el.is_connected());
        *list = kept;
        gone
    });
    gone.into_iter().for_each(free);
}

pub fn count() -> usize {
    INSTANCES.with(|list| list.borrow().len())
}

/// One observer for the whole page, started on first scan.
pub fn watch_removals() {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    let callback = Closure::<dyn FnMut()>::new(free_disconnected);
    let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    // The observer lives as long as the page.
    callback.forget();
    let init = MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = observer.observe_with_options(&root, &init);
    }
}
