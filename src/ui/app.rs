//! The widget's root: language, layout of the views, theme hooks.

use std::rc::Rc;
use yew::prelude::*;

use super::checker::Checker;
use super::faq::{faq_section, use_faq_focus, FaqProps};
use super::share::{print_footer, Share};
use super::{Arrival, Ids, WidgetEvent};
use crate::config::{Config, Context, Scheme, View};
use crate::content::{chrome, FaqId, Lang};
use crate::link::{share_url, Link};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Rc<Config>,
    /// Starting language, already resolved from config and browser.
    pub lang: Lang,
    /// Unique per widget on the page; prefixes every element id.
    pub instance: u32,
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
    /// The host page's URL, for share links.
    #[prop_or_default]
    pub page_url: AttrValue,
    /// The placeholder's id, if it has one: share links then address it.
    #[prop_or_default]
    pub element_id: Option<AttrValue>,
    /// An FAQ item a deep link asked to bring into view.
    #[prop_or_default]
    pub scroll_to_faq: Option<FaqId>,
    /// A deep link followed after mount.
    #[prop_or_default]
    pub arrived: Arrival,
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
    let faq_focus = use_state_eq(|| props.scroll_to_faq.map(|id| (id, 1)));
    let faq_ref = use_faq_focus(&ids, *faq_focus);
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
    {
        let (lang, faq_open, faq_focus) = (lang.clone(), faq_open.clone(), faq_focus.clone());
        use_effect_with(props.arrived, move |arrived| {
            if arrived.seq == 0 {
                return;
            }
            if let Some(l) = arrived.lang {
                lang.set(l);
            }
            if let Some(id) = arrived.faq {
                if !faq_open.contains(&id) {
                    let mut next = (*faq_open).clone();
                    next.push(id);
                    faq_open.set(next);
                }
                faq_focus.set(Some((id, faq_focus.map_or(1, |(_, n)| n + 1))));
            }
        });
    }
    let items = config.faq_items();
    let read_faq = (config.view == View::Both).then(|| {
        let faq_open = faq_open.clone();
        let faq_focus = faq_focus.clone();
        let toggle_faq = toggle_faq.clone();
        Callback::from(move |id: FaqId| {
            if !faq_open.contains(&id) {
                toggle_faq.emit(id);
            }
            let n = faq_focus.map_or(1, |(_, n)| n + 1);
            faq_focus.set(Some((id, n)));
        })
    });
    let scheme = match config.scheme {
        Scheme::Light => "light",
        Scheme::Dark => "dark",
        // Settled to light or dark at mount; "auto" only in the build's
        // prerender, which the loader settles as it paints.
        Scheme::Auto => "auto",
        Scheme::System => "system",
    };
    // What a shared link carries: view state only, never answers.
    let link = Link {
        view: (config.view != View::Both).then_some(config.view),
        faq: faq_open.last().copied(),
        lang: Some(*lang),
        referral: config.referral.clone(),
        context: (config.context == Context::LeavingHospital).then_some(Context::LeavingHospital),
        target: props.element_id.as_ref().map(|id| id.to_string()),
    };
    let url = AttrValue::from(share_url(&props.page_url, &link));
    let show_checker = config.view != View::Faq;
    let show_faq = config.view != View::Checker;
    html! {
        <div class="iop" lang={lang.code()} data-scheme={scheme}>
            <div class="iop-bar">
                <Share lang={*lang} url={url.clone()} panel_id={ids.make(&["share"])} />
                <button type="button" class="iop-link-button iop-lang" lang={lang.other().code()} onclick={switch}>
                    { chrome(lang.other()).language_name }
                </button>
            </div>
            if show_checker {
                <Checker lang={*lang} config={config.clone()} ids={ids.clone()} on_event={props.on_event.clone()} {read_faq} faq_items={items.clone()} />
            }
            if show_faq {
                { faq_section(&FaqProps {
                    lang: *lang,
                    config,
                    ids: &ids,
                    items: &items,
                    open: &faq_open,
                    on_toggle: &toggle_faq,
                    section: faq_ref,
                }) }
            }
            <p class="iop-privacy">{ c.privacy }</p>
            { print_footer(*lang, &url, config) }
        </div>
    }
}
