//! The "Is IOP right for me?" check: renders the engine's current screen
//! and moves focus to each new question or result.

use std::rc::Rc;
use yew::prelude::*;

use super::crisis::{crisis_line, emergency_panel};
use super::question::{question_step, QuestionProps};
use super::result::{result_view, ResultProps};
use super::state::{Action, CheckState};
use super::{heading_tag, Ids, WidgetEvent};
use crate::config::{Config, Context};
use crate::content::{chrome, outcome, FaqId, Lang};
use crate::engine::{Answer, Outcome, Screen, Step};

#[derive(Properties, PartialEq)]
pub struct CheckerProps {
    pub lang: Lang,
    pub config: Rc<Config>,
    pub ids: Ids,
    pub on_event: Callback<WidgetEvent>,
    /// Opens an FAQ item, when the FAQ is shown beside the checker.
    #[prop_or_default]
    pub read_faq: Option<Callback<FaqId>>,
    #[prop_or_default]
    pub faq_items: Vec<FaqId>,
}

fn is_other(state: &CheckState) -> bool {
    matches!(state.session.answer_for(Step::Who), Some(Answer::Who(w)) if w.is_other())
}

#[component]
pub fn Checker(props: &CheckerProps) -> Html {
    let state = use_reducer(CheckState::default);
    let focus_ref = use_node_ref();
    let lang = props.lang;
    let c = chrome(lang);
    let level = props.config.heading_level;
    let screen = state.session.screen();

    // After each move (never on first render, so the host page keeps its
    // focus), focus the new heading and tell the host page where we are.
    {
        let focus_ref = focus_ref.clone();
        let on_event = props.on_event.clone();
        let outcome_now = match &screen {
            Screen::Result(v) => Some(v.outcome),
            Screen::Ask(_) => None,
        };
        let number = state.session.progress().number;
        use_effect_with(state.moves, move |moves| {
            if *moves > 0 {
                if let Some(el) = focus_ref.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
                on_event.emit(match outcome_now {
                    Some(o) => WidgetEvent::Result(o),
                    None => WidgetEvent::Step(number),
                });
            }
        });
    }

    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let title_id = props.ids.make(&["checker-title"]);
    let intro = match props.config.context {
        Context::General => c.checker_intro,
        Context::LeavingHospital => c.leaving_hospital_intro,
    };
    let show_line = state.session.shows_crisis_lines();

    let body = match &screen {
        Screen::Ask(step) => html! {
            <>
                if show_line { { crisis_line(lang) } }
                { question_step(&QuestionProps {
                    lang,
                    step: *step,
                    other: is_other(&state),
                    choice: state.choice,
                    nudge: state.nudge,
                    progress: state.session.progress(),
                    can_go_back: state.session.can_go_back(),
                    heading_level: level.get(),
                    ids: props.ids.clone(),
                    heading_ref: focus_ref.clone(),
                    dispatch: dispatch.clone(),
                }) }
            </>
        },
        Screen::Result(verdict) if verdict.outcome == Outcome::EmergencyNow => {
            let back = dispatch.reform(|_: MouseEvent| Action::Back);
            html! {
                <div class="iop-result">
                    <p class="iop-result-title" tabindex="-1" ref={focus_ref.clone()}>
                        { outcome(lang, Outcome::EmergencyNow, false).title }
                    </p>
                    { emergency_panel(lang, level.get()) }
                    <div class="iop-nav">
                        <button type="button" class="iop-secondary" onclick={back}>{ c.back_to_check }</button>
                    </div>
                </div>
            }
        }
        Screen::Result(verdict) => html! {
            { result_view(&ResultProps {
                lang,
                verdict: verdict.clone(),
                config: props.config.clone(),
                other: is_other(&state),
                under_18: state.session.profile().is_some_and(|p| p.is_under_18()),
                heading_level: level.get(),
                focus_ref: focus_ref.clone(),
                dispatch: dispatch.clone(),
                read_faq: props.read_faq.clone(),
                faq_items: props.faq_items.clone(),
            }) }
        },
    };

    // The live region exists from the start so the result is announced.
    let announcement = match &screen {
        Screen::Result(v) => outcome(lang, v.outcome, false).title,
        Screen::Ask(_) => "",
    };

    html! {
        <section class="iop-checker" aria-labelledby={title_id.clone()}>
            <@{heading_tag(level.title())} id={title_id} class="iop-title">{ c.checker_title }</@>
            if state.session.answered().is_empty() {
                <p class="iop-intro">{ intro }</p>
            }
            <div class="iop-live" role="status" aria-live="polite">{ announcement }</div>
            { body }
        </section>
    }
}
