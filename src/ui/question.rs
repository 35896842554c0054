//! One question: a labelled group of large answer targets, progress, Next,
//! Back and Start over.

use yew::prelude::*;

use super::state::{Action, Choice};
use super::Ids;
use crate::content::{answer, chrome, part_of, question, Lang, Voice};
use crate::engine::{Answer, Progress, Step, Substances};

/// Everything one question needs; rendered by a plain function, since it
/// holds no state of its own and changes with every answer anyway.
pub struct QuestionProps {
    pub lang: Lang,
    pub step: Step,
    /// Speak of "they" when the check is for someone else.
    pub voice: Voice,
    /// The substances the most-days question offers (only those used).
    pub substance_choices: Substances,
    pub choice: Choice,
    pub nudge: bool,
    pub progress: Progress,
    pub can_go_back: bool,
    pub heading_level: u8,
    pub ids: Ids,
    pub heading_ref: NodeRef,
    pub dispatch: Callback<Action>,
}

/// One large answer target: the whole label is the target.
fn option(
    kind: &'static str,
    name: &AttrValue,
    checked: bool,
    onchange: Callback<Event>,
    label: &'static str,
) -> Html {
    html! {
        <label class="iop-option">
            <input type={kind} name={name.clone()} {checked} {onchange} />
            <span>{ label }</span>
        </label>
    }
}

pub fn question_step(props: &QuestionProps) -> Html {
    let lang = props.lang;
    let c = chrome(lang);
    let voice = props.voice;
    let q = question(lang, props.step, voice);
    let name: AttrValue = props.ids.make(&[props.step.id()]).into();
    let heading_id = props.ids.make(&[props.step.id(), "q"]);
    let hint_id = props.ids.make(&[props.step.id(), "hint"]);
    let nudge_id = props.ids.make(&[props.step.id(), "nudge"]);

    let options: Html = if props.step.is_multi() {
        let (set, none) = match props.choice {
            Choice::Many { set, none } => (set, none),
            _ => (Substances::NONE, false),
        };
        let boxes = props.substance_choices.iter().map(|s| {
            let onchange = props.dispatch.reform(move |_: Event| Action::Toggle(s));
            let label = answer(lang, Answer::Substances(Substances::of(&[s])), voice);
            option("checkbox", &name, set.contains(s), onchange, label)
        });
        let none_change = props.dispatch.reform(|_: Event| Action::ToggleNone);
        html! {
            <>
                { for boxes }
                { option("checkbox", &name, none, none_change, c.none_of_these) }
            </>
        }
    } else {
        let chosen = match props.choice {
            Choice::One(a) => Some(a),
            _ => None,
        };
        props
            .step
            .options()
            .into_iter()
            .map(|a| {
                let onchange = props.dispatch.reform(move |_: Event| Action::Choose(a));
                option(
                    "radio",
                    &name,
                    chosen == Some(a),
                    onchange,
                    answer(lang, a, voice),
                )
            })
            .collect()
    };

    let onsubmit = props.dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });
    let back = props.dispatch.reform(|_: MouseEvent| Action::Back);
    let restart = props.dispatch.reform(|_: MouseEvent| Action::StartOver);
    let described = {
        let mut ids = Vec::new();
        if q.hint.is_some() {
            ids.push(hint_id.clone());
        }
        if props.nudge {
            ids.push(nudge_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };

    html! {
        <form class="iop-step" {onsubmit} novalidate=true>
            <p class="iop-progress">{ part_of(lang, props.progress.part) }</p>
            <fieldset aria-describedby={described}>
                <legend>
                    // A screener's stem comes before its item; hints follow.
                    if let Some(stem) = q.stem {
                        <span class="iop-stem">{ stem }</span>
                    }
                    <@{super::heading_tag(props.heading_level)} id={heading_id} class="iop-question" tabindex="-1" ref={props.heading_ref.clone()}>
                        { q.text }
                    </@>
                    if let Some(hint) = q.hint {
                        <span class="iop-hint" id={hint_id}>{ hint }</span>
                    }
                    if props.step.is_multi() {
                        <span class="iop-hint">{ c.choose_all }</span>
                    }
                </legend>
                <div class="iop-options">{ options }</div>
            </fieldset>
            if props.nudge {
                <p class="iop-nudge" id={nudge_id} role="alert">{ c.pick_one_first }</p>
            }
            <div class="iop-nav">
                <button type="submit" class="iop-primary">{ c.next }</button>
                if props.can_go_back {
                    <button type="button" class="iop-secondary" onclick={back}>{ c.back }</button>
                    <button type="button" class="iop-link-button" onclick={restart}>{ c.start_over }</button>
                }
            </div>
        </form>
    }
}
