//! "Share this": a link to the current view, FAQ item and language (never
//! answers), copied to the clipboard and shown as a QR code made on the
//! device. The same QR and the partner's phone print with the page.

use yew::prelude::*;

use super::faq::FaqChannel;
use super::renders;
use crate::config::Config;
use crate::content::{chrome, Lang};
use crate::link::{share_url, Link};
use crate::qr;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub lang: Lang,
    /// The host page's URL.
    pub page_url: AttrValue,
    /// The link to the current view, but for the FAQ item, which the panel
    /// reads from `faq` as it shows: an FAQ toggle re-renders the panel
    /// only while it is open.
    pub link: Link,
    pub faq: FaqChannel,
    pub panel_id: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copy {
    Idle,
    Done,
    Failed,
}

/// The QR code of `text` as inline SVG.
fn qr_code(text: &str, label: &'static str) -> Html {
    let Some(code) = qr::encode(text) else {
        return html! {};
    };
    let mut view = String::from("0 0 ");
    crate::content::push_number(&mut view, code.size as usize + 8);
    view.push(' ');
    crate::content::push_number(&mut view, code.size as usize + 8);
    html! {
        <svg class="iop-qr" role="img" aria-label={label} viewBox={view} shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#fff" />
            <path fill="#000" d={code.path} />
        </svg>
    }
}

#[component]
pub fn Share(props: &ShareProps) -> Html {
    renders::note("Share");
    let open = use_state_eq(|| false);
    let copy = use_state_eq(|| Copy::Idle);
    let refresh = use_force_update();
    {
        let faq = props.faq.clone();
        use_effect_with(*open, move |open| {
            faq.watch(open.then(|| Callback::from(move |_| refresh.force_update())));
            move || faq.watch(None)
        });
    }
    let c = chrome(props.lang);
    let url = &AttrValue::from(if *open {
        let link = Link {
            faq: props.faq.last_opened(),
            ..props.link.clone()
        };
        share_url(&props.page_url, &link)
    } else {
        String::new()
    });
    let toggle = {
        let open = open.clone();
        let copy = copy.clone();
        Callback::from(move |_: MouseEvent| {
            open.set(!*open);
            copy.set(Copy::Idle);
        })
    };
    let do_copy = {
        let copy = copy.clone();
        let url = url.clone();
        Callback::from(move |_: MouseEvent| {
            let copy = copy.clone();
            let Some(window) = web_sys::window() else {
                return;
            };
            let promise = window.navigator().clipboard().write_text(&url);
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copy.set(if ok { Copy::Done } else { Copy::Failed });
            });
        })
    };
    let select = Callback::from(|e: FocusEvent| {
        if let Some(field) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
            field.select();
        }
    });
    let status = match *copy {
        Copy::Idle => "",
        Copy::Done => c.copied,
        Copy::Failed => c.copy_failed,
    };
    html! {
        <div class="iop-share iop-no-print">
            <button type="button" class="iop-link-button" aria-expanded={if *open { "true" } else { "false" }} aria-controls={props.panel_id.clone()} onclick={toggle}>
                { c.share }
            </button>
            <div id={props.panel_id.clone()} class="iop-share-panel" hidden={!*open}>
                if *open {
                    // A read-only field that wraps: the whole link shows, at any width.
                    <label class="iop-share-label">
                        <span>{ c.share_link_label }</span>
                        <textarea class="iop-share-url" readonly=true rows="3" spellcheck="false" value={url.clone()} onfocus={select} />
                    </label>
                    <div class="iop-nav">
                        <button type="button" class="iop-secondary" onclick={do_copy}>{ c.copy_link }</button>
                        <span role="status" class="iop-copy-status">{ status }</span>
                    </div>
                    { qr_code(url, c.qr_label) }
                }
            </div>
        </div>
    }
}

/// Shown only on paper: the partner's phone, the referral code and a QR
/// code back to this page (`url`).
pub fn print_footer(lang: Lang, url: &AttrValue, config: &Config) -> Html {
    renders::note("print_footer");
    let c = chrome(lang);
    html! {
        <div class="iop-print-only" aria-hidden="true">
            if let Some(phone) = &config.phone {
                <p class="iop-strong">{ c.print_call }{ " " }<span class="iop-nowrap">{ phone.display.clone() }</span></p>
            }
            if let Some(code) = &config.referral {
                <p>{ c.referral_code }{ ": " }{ code.clone() }</p>
            }
            { qr_code(url, c.qr_label) }
            <p class="iop-print-url">{ url.clone() }</p>
        </div>
    }
}
