//! Native tests of the checker's reducer: every transition the UI can ask
//! for, without a browser. The engine decides; the reducer only holds the
//! choice being made and counts moves (focus follows them).
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use iop_check::engine::answers::*;
use iop_check::engine::{Answer, Outcome, Screen, Step, Substance, Substances};
use iop_check::ui::state::{Action, CheckState, Choice};
use yew::Reducible;

fn apply(state: Rc<CheckState>, actions: &[Action]) -> Rc<CheckState> {
    actions.iter().fold(state, |s, a| s.reduce(*a))
}

fn start() -> Rc<CheckState> {
    Rc::new(CheckState::default())
}

/// Choose and confirm each answer in turn.
fn answered(answers: &[Answer]) -> Rc<CheckState> {
    answers.iter().fold(start(), |s, a| {
        s.reduce(Action::Choose(*a)).reduce(Action::Next)
    })
}

fn step(s: &CheckState) -> Option<Step> {
    s.session.current_step()
}

#[test]
fn choosing_does_not_move_until_next() {
    let s = start().reduce(Action::Choose(Answer::Who(Who::Me)));
    assert_eq!(step(&s), Some(Step::Who));
    assert_eq!(s.choice, Choice::One(Answer::Who(Who::Me)));
    assert_eq!(s.moves, 0);
    let s = s.reduce(Action::Next);
    assert_eq!(step(&s), Some(Step::DangerNow));
    assert_eq!(s.moves, 1);
    // The new step starts with nothing chosen.
    assert_eq!(s.choice, Choice::Empty);
}

/// INV-1: "danger now: yes" shows the emergency at once, without Next.
#[test]
fn danger_now_yes_submits_at_once() {
    let s = answered(&[
        Answer::Who(Who::SomeoneICareAbout),
        Answer::TheirAge(TheirAge::Adult),
    ]);
    let s = s.reduce(Action::Choose(Answer::DangerNow(YesNo::Yes)));
    match s.session.screen() {
        Screen::Result(v) => assert_eq!(v.outcome, Outcome::EmergencyNow),
        other => panic!("expected the emergency at once, got {other:?}"),
    }
    assert_eq!(s.moves, 3);
    // "No" waits for Next like any other answer.
    let s = s
        .reduce(Action::Back)
        .reduce(Action::Choose(Answer::DangerNow(YesNo::No)));
    assert_eq!(step(&s), Some(Step::DangerNow));
}

#[test]
fn a_stale_choice_for_another_step_is_ignored() {
    let s = answered(&[Answer::Who(Who::Me)]);
    let before = s.clone();
    let s = s.reduce(Action::Choose(Answer::Who(Who::Professional)));
    assert_eq!(*s, *before);
}

#[test]
fn next_without_a_choice_nudges_and_a_choice_clears_it() {
    let s = start().reduce(Action::Next);
    assert!(s.nudge);
    assert_eq!(s.moves, 0);
    let s = s.reduce(Action::Choose(Answer::Who(Who::Me)));
    assert!(!s.nudge);
}

/// The answers that reach "which do you use on most days?" with both
/// drinking and a drug in the past year.
fn to_substances() -> Rc<CheckState> {
    let calm = Answer::Phq2Interest(Frequency::NotAtAll);
    let s = answered(&[
        Answer::Who(Who::Me),
        Answer::DangerNow(YesNo::No),
        Answer::SelfHarm(SelfHarm::NotAtAll),
        calm,
        Answer::Phq2Down(Frequency::NotAtAll),
        Answer::Gad2Nervous(Frequency::NotAtAll),
        Answer::Gad2Worry(Frequency::NotAtAll),
        Answer::AuditFrequency(DrinkFrequency::MonthlyOrLess),
        Answer::AuditTypical(TypicalDrinks::OneOrTwo),
        Answer::AuditHeavy(HeavyDrinking::Never),
        Answer::AuditSex(AuditSex::Female),
        Answer::DrugUse(DrugUseTimes::OnceOrMore),
    ]);
    assert_eq!(step(&s), Some(Step::Substances));
    s
}

#[test]
fn substances_toggle_and_none_of_these_exclude_each_other() {
    let s = apply(
        to_substances(),
        &[
            Action::Toggle(Substance::Alcohol),
            Action::Toggle(Substance::Opioids),
        ],
    );
    let both = Substances::of(&[Substance::Alcohol, Substance::Opioids]);
    assert_eq!(
        s.choice,
        Choice::Many {
            set: both,
            none: false
        }
    );
    let s = s.reduce(Action::ToggleNone);
    assert_eq!(
        s.choice,
        Choice::Many {
            set: Substances::NONE,
            none: true
        }
    );
    let s = s.reduce(Action::Toggle(Substance::Benzos));
    assert_eq!(
        s.choice,
        Choice::Many {
            set: Substances::of(&[Substance::Benzos]),
            none: false
        }
    );
    // Neither chosen: Next nudges instead of recording an empty set.
    let s = s
        .reduce(Action::Toggle(Substance::Benzos))
        .reduce(Action::Next);
    assert!(s.nudge);
    assert_eq!(step(&s), Some(Step::Substances));
}

#[test]
fn none_of_these_skips_the_withdrawal_questions() {
    let s = apply(to_substances(), &[Action::ToggleNone, Action::Next]);
    assert_eq!(step(&s), Some(Step::Impact));
}

#[test]
fn back_restores_the_choice_made_and_start_over_clears_all() {
    let s = apply(
        to_substances(),
        &[Action::Toggle(Substance::Alcohol), Action::Next],
    );
    assert_eq!(step(&s), Some(Step::PastSevereWithdrawal));
    let s = s.reduce(Action::Back);
    assert_eq!(step(&s), Some(Step::Substances));
    assert_eq!(
        s.choice,
        Choice::Many {
            set: Substances::of(&[Substance::Alcohol]),
            none: false
        }
    );
    let moves = s.moves;
    let s = s.reduce(Action::StartOver);
    assert_eq!(step(&s), Some(Step::Who));
    assert_eq!(s.choice, Choice::Empty);
    assert!(s.session.answered().is_empty());
    // Start over is a move, so focus goes back to the first question.
    assert_eq!(s.moves, moves + 1);
}

#[test]
fn back_at_the_start_does_nothing() {
    let s = start();
    let after = s.clone().reduce(Action::Back);
    assert!(Rc::ptr_eq(&s, &after));
}
