//! Live widget instances, the observer that frees one when a single-page
//! app removes its element, and the page's `hashchange` listener.
//!
//! Yew never frees the event listeners of an app it starts (one closure
//! per event kind, holding the app's whole subtree), so starting an app
//! per mount would leak at every mount/destroy cycle. Each widget renders
//! instead in a `Root` app whose host `div` moves into the element's
//! shadow root; a destroyed widget's root renders nothing and waits in a
//! pool for the next mount. The page holds as many apps as it ever had
//! widgets at once.

use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit, Node};
use yew::prelude::*;
use yew::AppHandle;

use crate::config::Config;
use crate::ui::{App, AppProps};

#[derive(Properties, PartialEq)]
struct RootProps {
    /// The widget shown; none while the root waits in the pool.
    app: Option<AppProps>,
    /// A new number per mount: the next widget starts afresh even when
    /// its props match the last one's.
    mount: u32,
}

#[component]
fn Root(props: &RootProps) -> Html {
    match &props.app {
        Some(app) => html! { <App key={props.mount} ..app.clone() /> },
        None => html! {},
    }
}

/// A Yew app and the element it renders into.
struct Rooted {
    host: Element,
    handle: AppHandle<Root>,
}

struct Instance {
    el: Element,
    root: Rooted,
    mount: u32,
    /// The config from the element's attributes, before any link.
    base: Config,
    /// The props it was last rendered with.
    props: AppProps,
}

impl Instance {
    fn render(&mut self) {
        self.root.handle.update(RootProps {
            app: Some(self.props.clone()),
            mount: self.mount,
        });
    }
}

thread_local! {
    static INSTANCES: RefCell<Vec<Instance>> = const { RefCell::new(Vec::new()) };
    /// Roots of destroyed widgets, rendering nothing, for the next mount.
    static IDLE: RefCell<Vec<Rooted>> = const { RefCell::new(Vec::new()) };
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

/// Render `props` into `parent`, in an idle root if there is one; false
/// when no host element could be made.
pub fn insert(el: Element, parent: &Node, base: Config, props: AppProps) -> bool {
    let idle = IDLE.with(|idle| idle.borrow_mut().pop());
    let root = match idle {
        Some(root) => root,
        None => {
            let Ok(host) = gloo::utils::document().create_element("div") else {
                return false;
            };
            let handle = yew::Renderer::<Root>::with_root_and_props(
                host.clone(),
                RootProps {
                    app: None,
                    mount: 0,
                },
            )
            .render();
            Rooted { host, handle }
        }
    };
    let _ = parent.append_child(&root.host);
    let mut instance = Instance {
        el,
        root,
        mount: next_instance(),
        base,
        props,
    };
    instance.render();
    INSTANCES.with(|list| list.borrow_mut().push(instance));
    true
}

/// Let `change` edit each instance's props; those it reports changed are
/// re-rendered. The list is not borrowed while Yew renders, so a host's
/// event handler may mount or destroy widgets meanwhile.
pub fn update_each(mut change: impl FnMut(&Element, &Config, &mut AppProps) -> bool) {
    let mut list = INSTANCES.with(|l| std::mem::take(&mut *l.borrow_mut()));
    for i in &mut list {
        if change(&i.el, &i.base, &mut i.props) {
            i.render();
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
    instance.render();
    INSTANCES.with(|list| list.borrow_mut().push(instance));
    true
}

/// Unmount, leave a `<slot>` so the partner's fallback shows again, and
/// keep the root for the next mount.
fn free(mut instance: Instance) {
    instance.root.handle.update(RootProps {
        app: None,
        mount: instance.mount,
    });
    if let Some(root) = instance.el.shadow_root() {
        super::show_fallback(&root);
    }
    let _ = instance.el.remove_attribute(super::LOADED);
    IDLE.with(|idle| idle.borrow_mut().push(instance.root));
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
