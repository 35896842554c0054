//! The checker's state and the actions that change it: one reducer, so
//! every transition is in one place and testable.

use std::rc::Rc;
use yew::Reducible;

use crate::engine::{Answer, Session, Substance, Substances};

/// The choice being made on the current step, before Next confirms it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Choice {
    #[default]
    Empty,
    One(Answer),
    /// The multi-choice step: chosen substances, or "none of these".
    Many {
        set: Substances,
        none: bool,
    },
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct CheckState {
    pub session: Session,
    pub choice: Choice,
    /// Next was pressed with nothing chosen.
    pub nudge: bool,
    /// Counts moves between steps; focus follows only after the first.
    pub moves: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Choose(Answer),
    Toggle(Substance),
    ToggleNone,
    Next,
    Back,
    StartOver,
}

impl CheckState {
    /// The stored answer for the current step, shown as the choice after
    /// Back so a person can see and change what they said.
    fn restore_choice(&mut self) {
        self.choice = match self.session.current_step() {
            Some(step) => match self.session.answer_for(step) {
                Some(Answer::Substances(set)) => Choice::Many {
                    set,
                    none: set.is_empty(),
                },
                Some(a) => Choice::One(a),
                None => Choice::Empty,
            },
            None => Choice::Empty,
        };
        self.nudge = false;
    }

    fn confirmed(&self) -> Option<Answer> {
        match self.choice {
            Choice::One(a) => Some(a),
            Choice::Many { set, none } if none || !set.is_empty() => Some(Answer::Substances(set)),
            _ => None,
        }
    }
}

impl Reducible for CheckState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let (set, none) = match s.choice {
            Choice::Many { set, none } => (set, none),
            _ => (Substances::NONE, false),
        };
        match action {
            Action::Choose(answer) => {
                if s.session.current_step() != Some(answer.step()) {
                    return self;
                }
                s.choice = Choice::One(answer);
                s.nudge = false;
                if Session::submits_at_once(answer) {
                    s.session.answer(answer);
                    s.moves += 1;
                    s.restore_choice();
                }
            }
            Action::Toggle(substance) => {
                s.choice = Choice::Many {
                    set: set.toggled(substance),
                    none: false,
                };
                s.nudge = false;
            }
            Action::ToggleNone => {
                s.choice = Choice::Many {
                    set: Substances::NONE,
                    none: !none,
                };
                s.nudge = false;
            }
            Action::Next => match s.confirmed() {
                Some(answer) => {
                    s.session.answer(answer);
                    s.moves += 1;
                    s.restore_choice();
                }
                None => s.nudge = true,
            },
            Action::Back => {
                if !s.session.can_go_back() {
                    return self;
                }
                s.session.back();
                s.moves += 1;
                s.restore_choice();
            }
            Action::StartOver => {
                s = CheckState {
                    moves: s.moves + 1,
                    ..CheckState::default()
                };
            }
        }
        Rc::new(s)
    }
}
