//! The widget's root: language, layout of the views, theme hooks.

use std::rc::Rc;
use yew::prelude::*;

use super::checker::Checker;
use super::faq::{Faq, FaqChannel};
use super::share::{print_footer, Share};
use super::stage::{use_stage, Stage};
use super::{renders, Arrival, Ids, WidgetEvent};
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
    renders::note("App");
    let lang = use_state_eq(|| props.lang);
    let stage = use_stage();
    let ids = Ids::new(props.instance);
    let c = chrome(*lang);
    let switch = {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| lang.set(lang.other()))
    };
    let config = &props.config;

    // The FAQ keeps its own state; the result's jump and the share panel
    // reach it through this channel, which never changes.
    let faq_channel = (*use_memo((), |_| FaqChannel::default())).clone();
    {
        // Runs after the children's first render, so an FAQ the link
        // just brought into view has attached to the channel.
        let (lang, faq_channel) = (lang.clone(), faq_channel.clone());
        use_effect_with(props.arrived, move |arrived| {
            if arrived.seq == 0 {
                return;
            }
            if let Some(l) = arrived.lang {
                lang.set(l);
            }
            if let Some(id) = arrived.faq {
                faq_channel.open(id);
            }
        });
    }
    let items = config.faq_items();
    let read_faq = (config.view == View::Both).then(|| {
        let channel = faq_channel.clone();
        Callback::from(move |id| channel.open(id))
    });
    let scheme = match config.scheme {
        Scheme::Light => "light",
        Scheme::Dark => "dark",
        // Settled to light or dark at mount; "auto" only in the build's
        // prerender, which the loader settles as it paints.
        Scheme::Auto => "auto",
        Scheme::System => "system",
    };
    // What a shared link carries: view state only, never answers. The
    // share panel adds the FAQ item open when it shows the link; the
    // printed summary's link leads back to the check without one.
    let link = Link {
        view: (config.view != View::Both).then_some(config.view),
        faq: None,
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
                <Share lang={*lang} page_url={props.page_url.clone()} link={link} faq={faq_channel.clone()} panel_id={ids.make(&["share"])} />
                <button type="button" class="iop-link-button iop-lang" lang={lang.other().code()} onclick={switch}>
                    { chrome(lang.other()).language_name }
                </button>
            </div>
            if show_checker {
                <Checker lang={*lang} config={config.clone()} ids={ids.clone()} on_event={props.on_event.clone()} {read_faq} faq_items={items} />
            }
            if show_faq {
                <Faq lang={*lang} config={config.clone()} ids={ids.clone()} channel={faq_channel} on_event={props.on_event.clone()} scroll_to={props.scroll_to_faq} answers={stage >= Stage::Answers} />
            }
            <p class="iop-privacy">{ c.privacy }</p>
            if stage == Stage::Whole {
                { print_footer(*lang, &url, config) }
            }
        </div>
    }
}
