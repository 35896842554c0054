//! The widget's root: language, layout of the views, theme hooks.

use std::rc::Rc;
use yew::prelude::*;

use super::checker::Checker;
use super::faq::Faq;
use super::{Ids, WidgetEvent};
use crate::config::{Config, Scheme, View};
use crate::content::{chrome, FaqId, Lang};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Rc<Config>,
    /// Starting language, already resolved from config and browser.
    pub lang: Lang,
    /// Unique per widget on the page; prefixes every element id.
    pub instance: u32,
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = use_state_eq(|| props.lang);
    let ids = Ids::new(props.instance);
    let c = chrome(*lang);
    let switch = {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| lang.set(lang.other()))
    };
    let config = &props.config;

    // FAQ state lives here so the checker's result can open an item.
    let faq_open = use_state_eq(|| config.faq_open.into_iter().collect::<Vec<FaqId>>());
    let faq_focus = use_state_eq(|| None::<(FaqId, u32)>);
    let toggle_faq = {
        let faq_open = faq_open.clone();
        let on_event = props.on_event.clone();
        Callback::from(move |id: FaqId| {
            let mut next = (*faq_open).clone();
            let now_open = !next.contains(&id);
            if now_open {
                next.push(id);
            } else {
                next.retain(|x| *x != id);
            }
            faq_open.set(next);
            on_event.emit(WidgetEvent::FaqToggle(id, now_open));
        })
    };
    let items = config.faq_items();
    let read_faq = (config.view == View::Both).then(|| {
        let faq_open = faq_open.clone();
        let faq_focus = faq_focus.clone();
        let on_event = props.on_event.clone();
        Callback::from(move |id: FaqId| {
            if !faq_open.contains(&id) {
                let mut next = (*faq_open).clone();
                next.push(id);
                faq_open.set(next);
                on_event.emit(WidgetEvent::FaqToggle(id, true));
            }
            let n = faq_focus.map_or(1, |(_, n)| n + 1);
            faq_focus.set(Some((id, n)));
        })
    });
    let scheme = match config.scheme {
        Scheme::Light => "light",
        Scheme::Dark => "dark",
        Scheme::Auto => "auto",
    };
    let show_checker = config.view != View::Faq;
    let show_faq = config.view != View::Checker;
    html! {
        <div class="iop" lang={lang.code()} data-scheme={scheme}>
            <div class="iop-bar">
                <button type="button" class="iop-link-button iop-lang" lang={lang.other().code()} onclick={switch}>
                    { chrome(lang.other()).language_name }
                </button>
            </div>
            if show_checker {
                <Checker lang={*lang} config={config.clone()} ids={ids.clone()} on_event={props.on_event.clone()} {read_faq} faq_items={items.clone()} />
            }
            if show_faq {
                <Faq lang={*lang} config={config.clone()} {ids} {items} open={(*faq_open).clone()} on_toggle={toggle_faq} focus={*faq_focus} />
            }
            <p class="iop-privacy">{ c.privacy }</p>
        </div>
    }
}
