//! The widget's root: language, layout of the views, theme hooks.

use std::rc::Rc;
use yew::prelude::*;

use super::checker::Checker;
use super::faq::Faq;
use super::{Ids, WidgetEvent};
use crate::config::{Config, Scheme, View};
use crate::content::{chrome, Lang};

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
                <Checker lang={*lang} config={config.clone()} ids={ids.clone()} on_event={props.on_event.clone()} />
            }
            if show_faq {
                <Faq lang={*lang} config={config.clone()} ids={ids} on_event={props.on_event.clone()} />
            }
            <p class="iop-privacy">{ c.privacy }</p>
        </div>
    }
}
