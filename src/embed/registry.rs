//! Live widget instances, the observer that frees one when a single-page
//! app removes its element, and the page's `hashchange` listener.

use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit};
use yew::AppHandle;

use crate::config::Config;
use crate::ui::{App, AppProps};

struct Instance {
    el: Element,
    handle: AppHandle<App>,
    /// The config from the element's attributes, before any link.
    base: Config,
    /// The props it was last rendered with.
    props: AppProps,
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

pub fn insert(el: Element, handle: AppHandle<App>, base: Config, props: AppProps) {
    INSTANCES.with(|list| {
        list.borrow_mut().push(Instance {
            el,
            handle,
            base,
            props,
        })
    });
}

/// Let `change` edit each instance's props; those it reports changed are
/// re-rendered. The list is not borrowed while Yew renders, so a host's
/// event handler may mount or destroy widgets meanwhile.
pub fn update_each(mut change: impl FnMut(&Element, &Config, &mut AppProps) -> bool) {
    let mut list = INSTANCES.with(|l| std::mem::take(&mut *l.borrow_mut()));
    for i in &mut list {
        if change(&i.el, &i.base, &mut i.props) {
            i.handle.update(i.props.clone());
        }
    }
    INSTANCES.with(|l| {
        let mut l = l.borrow_mut();
        let added = std::mem::replace(&mut *l, list);
        l.extend(added);
    });
}

/// Let `change` edit one instance's base config and props, and re-render
/// it; false when `el` holds no widget. Nothing is borrowed while Yew
/// renders, as in [`update_each`].
pub fn update_one(el: &Element, change: impl FnOnce(&mut Config, &mut AppProps)) -> bool {
    let taken = INSTANCES.with(|list| {
        let mut list = list.borrow_mut();
        let at = list.iter().position(|i| &i.el == el)?;
        Some(list.swap_remove(at))
    });
    let Some(mut instance) = taken else {
        return false;
    };
    change(&mut instance.base, &mut instance.props);
    instance.handle.update(instance.props.clone());
    INSTANCES.with(|list| list.borrow_mut().push(instance));
    true
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

/// One observer and one `hashchange` listener for the whole page, started
/// on first scan; `on_hash` runs when the fragment changes.
pub fn watch_page(on_hash: fn()) {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    if let Some(window) = web_sys::window() {
        let listener = Closure::<dyn FnMut()>::new(on_hash);
        let _ = window
            .add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
        // Lives as long as the page.
        listener.forget();
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
