//! The FAQ accordion, to the WAI-ARIA Authoring Practices pattern: each
//! header a button as the only child of a heading, `aria-expanded`,
//! `aria-controls`, panels `hidden` when closed and labelled regions while
//! there are six panels or fewer. Several panels may be open at once.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{heading_tag, Ids};
use crate::config::Config;
use crate::content::{chrome, faq, Block, FaqId, Lang};

/// What the accordion shows. It is rendered by a plain function from the
/// app, which owns its state and re-renders exactly when it changes.
pub struct FaqProps<'a> {
    pub lang: Lang,
    pub config: &'a Config,
    pub ids: &'a Ids,
    /// Items to show, in order.
    pub items: &'a [FaqId],
    pub open: &'a [FaqId],
    pub on_toggle: &'a Callback<FaqId>,
    /// The section, for `use_faq_focus`.
    pub section: NodeRef,
}

fn link(text: &'static str, href: &'static str) -> Html {
    if href.starts_with("https:") {
        html! { <a {href} target="_blank" rel="noopener noreferrer">{ text }</a> }
    } else {
        html! { <a {href}>{ text }</a> }
    }
}

/// Where the first phone number in `text` starts and ends: digits and
/// hyphens from a digit to a digit, ten digits or more ("1-800-662-4357").
fn phone_number(text: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let (start, mut end, mut digits) = (i, i, 0);
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'-') {
            if b[i].is_ascii_digit() {
                digits += 1;
                end = i + 1;
            }
            i += 1;
        }
        if digits >= 10 {
            return Some((start, end));
        }
    }
    None
}

/// Running text whose phone numbers never break across lines.
fn text_with_phones(text: &'static str) -> Html {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some((start, end)) = phone_number(rest) {
        parts.push(html! { &rest[..start] });
        parts.push(html! { <span class="iop-nowrap">{ &rest[start..end] }</span> });
        rest = &rest[end..];
    }
    parts.push(html! { rest });
    html! { <>{ parts }</> }
}

fn block(b: &Block) -> Html {
    match *b {
        Block::P(text) => html! { <p>{ text_with_phones(text) }</p> },
        Block::List(items) => {
            html! { <ul>{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul> }
        }
        Block::Link(text, href) => html! { <p class="iop-faq-link">{ link(text, href) }</p> },
        Block::Table(rows) => {
            let (head, body) = rows
                .split_first()
                .map(|(h, b)| (*h, b))
                .unwrap_or((&[], &[]));
            html! {
                <table class="iop-table">
                    <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                    <tbody>
                        { for body.iter().map(|row| html! {
                            <tr>
                                { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                    html! { <th scope="row">{ *cell }</th> }
                                } else {
                                    // Shown as the cell's label when the table stacks.
                                    html! { <td data-label={head.get(i).copied()}>{ *cell }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        }
    }
}

/// Brings a requested item into view and focuses its button. `focus`
/// carries a number that changes with each request; returns the ref the
/// FAQ section must carry.
#[hook]
pub fn use_faq_focus(ids: &Ids, focus: Option<(FaqId, u32)>) -> NodeRef {
    let section = use_node_ref();
    {
        let section = section.clone();
        let ids = ids.clone();
        use_effect_with(focus, move |focus| {
            let button = focus.and_then(|(id, _)| {
                let el = section.cast::<web_sys::Element>()?;
                let selector = {
                    let mut s = String::from("#");
                    s.push_str(&ids.make(&["faq", id.id(), "button"]));
                    s
                };
                el.query_selector(&selector)
                    .ok()
                    .flatten()?
                    .dyn_into::<web_sys::HtmlElement>()
                    .ok()
            });
            if let Some(button) = button {
                button.scroll_into_view();
                let _ = button.focus();
            }
        });
    }
    section
}

pub fn faq_section(props: &FaqProps) -> Html {
    let lang = props.lang;
    let level = props.config.heading_level;
    let items = props.items;
    let regions = items.len() <= 6;
    let title_id = props.ids.make(&["faq-title"]);

    let rendered = items.iter().map(|id| {
        let text = faq(lang, *id);
        let expanded = props.open.contains(id);
        let button_id = props.ids.make(&["faq", id.id(), "button"]);
        let panel_id = props.ids.make(&["faq", id.id(), "panel"]);
        let id_copy = *id;
        let onclick = props.on_toggle.reform(move |_: MouseEvent| id_copy);
        html! {
            <div class="iop-faq-item" key={id.id()}>
                <@{heading_tag(level.get())} class="iop-faq-heading">
                    <button
                        type="button"
                        id={button_id.clone()}
                        class="iop-faq-button"
                        aria-expanded={if expanded { "true" } else { "false" }}
                        aria-controls={panel_id.clone()}
                        {onclick}
                    >
                        <span class="iop-faq-q">{ text.question }</span>
                        <span class="iop-faq-icon" aria-hidden="true"></span>
                    </button>
                </@>
                <div
                    id={panel_id}
                    class="iop-faq-panel"
                    role={regions.then_some("region")}
                    aria-labelledby={regions.then_some(button_id)}
                    hidden={!expanded}
                >
                    { for text.answer.iter().map(block) }
                </div>
            </div>
        }
    });

    html! {
        <section class="iop-faq" aria-labelledby={title_id.clone()} ref={props.section.clone()}>
            <@{heading_tag(level.title())} id={title_id} class="iop-title">{ chrome(lang).faq_title }</@>
            { for rendered }
        </section>
    }
}
