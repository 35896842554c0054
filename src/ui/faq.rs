//! The FAQ accordion, to the WAI-ARIA Authoring Practices pattern: each
//! header a button as the only child of a heading, `aria-expanded`,
//! `aria-controls`, panels `hidden` when closed and labelled regions while
//! there are six panels or fewer. Several panels may be open at once.
//!
//! The open items live here, in `Faq`, so a toggle re-renders the FAQ
//! (and of its items only the one that changed), never the rest of the
//! widget. Its siblings reach it through a `FaqChannel`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::faq_state::{FaqAction, FaqState, FocusRequest};
use super::{heading_tag, renders, Ids, WidgetEvent};
use crate::config::Config;
use crate::content::{chrome, faq, Block, FaqId, Lang};

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

/// How the FAQ's siblings reach it without sharing its state: the
/// result's jump opens an item through it, and the share panel reads the
/// item a link should open. Made once per widget; its identity never
/// changes, so handing it down re-renders nothing.
#[derive(Clone, Default)]
pub struct FaqChannel(Rc<Channel>);

#[derive(Default)]
struct Channel {
    /// The FAQ's dispatcher; none before it first shows. Once the FAQ is
    /// gone, dispatching to it does nothing.
    dispatch: RefCell<Option<UseReducerDispatcher<FaqState>>>,
    /// The FAQ's last opened item as of its latest render.
    last_opened: Cell<Option<FaqId>>,
    /// Told when `last_opened` changes: the share panel, while open.
    watcher: RefCell<Option<Callback<()>>>,
}

impl PartialEq for FaqChannel {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl FaqChannel {
    /// Where `open` sends its requests: the FAQ shown now.
    fn attach(&self, dispatch: UseReducerDispatcher<FaqState>) {
        *self.0.dispatch.borrow_mut() = Some(dispatch);
    }

    /// Open `id` and focus its header; nothing before the FAQ shows.
    pub fn open(&self, id: FaqId) {
        let dispatch = self.0.dispatch.borrow().clone();
        if let Some(dispatch) = dispatch {
            dispatch.dispatch(FaqAction::Open(id));
        }
    }

    /// The item a shared link should open.
    pub fn last_opened(&self) -> Option<FaqId> {
        self.0.last_opened.get()
    }

    /// Call `watcher` whenever `last_opened` changes, replacing any
    /// earlier one; `None` stops.
    pub fn watch(&self, watcher: Option<Callback<()>>) {
        *self.0.watcher.borrow_mut() = watcher;
    }

    fn set_last_opened(&self, id: Option<FaqId>) {
        if self.0.last_opened.replace(id) != id {
            let watcher = self.0.watcher.borrow().clone();
            if let Some(watcher) = watcher {
                watcher.emit(());
            }
        }
    }
}

/// Brings a requested item into view and focuses its button; returns the
/// ref the FAQ section must carry.
#[hook]
fn use_faq_focus(ids: &Ids, focus: Option<FocusRequest>) -> NodeRef {
    let section = use_node_ref();
    {
        let section = section.clone();
        let ids = ids.clone();
        use_effect_with(focus, move |focus| {
            let button = focus.and_then(|FocusRequest { id, .. }| {
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

#[derive(Properties, PartialEq)]
pub struct FaqProps {
    pub lang: Lang,
    pub config: Rc<Config>,
    pub ids: Ids,
    pub channel: FaqChannel,
    pub on_event: Callback<WidgetEvent>,
    /// An item a link asked for at mount: brought into view.
    #[prop_or_default]
    pub scroll_to: Option<FaqId>,
    /// Closed items' answers are rendered too; until then only open ones
    /// are, so the takeover's first task stays short.
    #[prop_or_default]
    pub answers: bool,
}

#[component]
pub fn Faq(props: &FaqProps) -> Html {
    renders::note("Faq");
    let state = use_reducer(|| FaqState::new(props.config.faq_open, props.scroll_to));
    // Storing the handle, not acting: siblings dispatch through it later.
    props.channel.attach(state.dispatcher());
    let section = use_faq_focus(&props.ids, state.focus());
    {
        // Each change after mount is told to the host page once; the
        // share panel learns the item its link should open.
        let (channel, on_event, last) = (
            props.channel.clone(),
            props.on_event.clone(),
            state.last_opened(),
        );
        use_effect_with(state.change(), move |change| {
            channel.set_last_opened(last);
            if let Some(c) = change {
                on_event.emit(WidgetEvent::FaqToggle(c.id, c.open));
            }
        });
    }

    let lang = props.lang;
    let level = props.config.heading_level;
    let items = props.config.faq_items();
    let regions = items.len() <= 6;
    let title_id = props.ids.make(&["faq-title"]);
    let dispatch = state.dispatcher();
    html! {
        <section class="iop-faq" aria-labelledby={title_id.clone()} ref={section}>
            <@{heading_tag(level.title())} id={title_id} class="iop-title">{ chrome(lang).faq_title }</@>
            { for items.iter().map(|id| html! {
                <FaqItem
                    key={id.id()}
                    id={*id}
                    {lang}
                    level={level.get()}
                    {regions}
                    expanded={state.is_open(*id)}
                    answer={props.answers || state.is_open(*id)}
                    ids={props.ids.clone()}
                    dispatch={dispatch.clone()}
                />
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FaqItemProps {
    id: FaqId,
    lang: Lang,
    level: u8,
    /// Panels are labelled regions while there are six or fewer.
    regions: bool,
    expanded: bool,
    /// Whether the panel holds its answer: open, or once hidden content
    /// has been added.
    answer: bool,
    ids: Ids,
    dispatch: UseReducerDispatcher<FaqState>,
}

#[component]
fn FaqItem(props: &FaqItemProps) -> Html {
    renders::note("FaqItem");
    let id = props.id;
    let text = faq(props.lang, id);
    let button_id = props.ids.make(&["faq", id.id(), "button"]);
    let panel_id = props.ids.make(&["faq", id.id(), "panel"]);
    let onclick = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(FaqAction::Toggle(id)))
    };
    let regions = props.regions;
    html! {
        <div class="iop-faq-item">
            <@{heading_tag(props.level)} class="iop-faq-heading">
                <button
                    type="button"
                    id={button_id.clone()}
                    class="iop-faq-button"
                    aria-expanded={if props.expanded { "true" } else { "false" }}
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
                hidden={!props.expanded}
            >
                if props.answer {
                    { for text.answer.iter().map(block) }
                }
            </div>
        </div>
    }
}
