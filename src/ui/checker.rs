//! The "Is IOP right for me?" check: renders the engine's current screen
//! and moves focus to each new question or result.

use std::rc::Rc;
use yew::prelude::*;

use super::crisis::{crisis_line, emergency_panel};
use super::question::{question_step, QuestionProps};
use super::result::{result_view, ResultProps};
use super::state::{Action, CheckState};
use super::{heading_tag, renders, Ids, WidgetEvent};
use crate::config::{Config, Context};
use crate::content::{chrome, crisis, outcome, FaqId, Lang, Voice};
use crate::engine::{Answer, Outcome, Part, Screen, Step};

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

/// Who the words speak to, from the answer to "who is this check for?".
fn voice(state: &CheckState) -> Voice {
    Voice::of(match state.session.answer_for(Step::Who) {
        Some(Answer::Who(w)) => Some(w),
        _ => None,
    })
}

#[component]
pub fn Checker(props: &CheckerProps) -> Html {
    renders::note("Checker");
    let state = use_reducer(CheckState::default);
    let focus_ref = use_node_ref();
    let lang = props.lang;
    let c = chrome(lang);
    let level = props.config.heading_level;
    let screen = state.session.screen();

    // After each move (never on first render, so the host page keeps its
    // focus), focus the new heading and tell the host page where we are:
    // the result, or a part entered (not each question, INV-6).
    let part_told = use_mut_ref(|| Part::GettingStarted);
    {
        let focus_ref = focus_ref.clone();
        let on_event = props.on_event.clone();
        let now = match &screen {
            Screen::Result(v) => Err(v.outcome),
            Screen::Ask(step) => Ok(step.part()),
        };
        use_effect_with(state.moves, move |moves| {
            if *moves > 0 {
                if let Some(el) = focus_ref.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
                match now {
                    Err(outcome) => on_event.emit(WidgetEvent::Result(outcome)),
                    Ok(part) if part != *part_told.borrow() => {
                        *part_told.borrow_mut() = part;
                        on_event.emit(WidgetEvent::Part(part));
                    }
                    Ok(_) => {}
                }
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
    let voice = voice(&state);
    // The profile exists only once every question is answered.
    let under_18 = matches!(screen, Screen::Result(_))
        && state.session.profile().is_some_and(|p| p.is_under_18());

    let body = match &screen {
        Screen::Ask(step) => html! {
            <>
                if show_line { { crisis_line(lang, voice) } }
                { question_step(&QuestionProps {
                    lang,
                    step: *step,
                    voice,
                    substance_choices: state.session.substance_choices(),
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
            // One heading: the panel's, which takes the focus (INV-1).
            let title = html! {
                <@{heading_tag(level.get())} class="iop-result-title iop-emergency-title" tabindex="-1" ref={focus_ref.clone()}>
                    { outcome(lang, Outcome::EmergencyNow, false, voice).title }
                </@>
            };
            html! {
                <div class="iop-result">
                    { emergency_panel(lang, voice, title) }
                    <div class="iop-nav iop-no-print">
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
                voice,
                under_18,
                heading_level: level.get(),
                focus_ref: focus_ref.clone(),
                dispatch: dispatch.clone(),
                read_faq: props.read_faq.clone(),
                faq_items: props.faq_items.clone(),
            }) }
        },
    };

    // The live region exists from the start so the result is announced,
    // the same-day message first when the result opens with it.
    let announcement = match &screen {
        Screen::Result(v) => {
            let title = outcome(lang, v.outcome, under_18, voice).title;
            if v.opens_with_same_day_message() {
                let mut s = String::from(crisis(lang).same_day_title.get(voice));
                s.push_str(". ");
                s.push_str(title);
                s
            } else {
                title.to_string()
            }
        }
        Screen::Ask(_) => String::new(),
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
