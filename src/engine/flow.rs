//! The path through the questions: which step comes next, which steps apply
//! to this person, going back and starting over. The UI only renders this.

use super::answers::*;
use super::outcome::Verdict;
use super::rules;
use super::step::{Answer, Part, Step};

/// What the person sees now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Ask(Step),
    Result(Verdict),
}

/// Where the person is: "Part 2 of 4", and the count of questions asked
/// so far (for the `iop:step` event). Parts never jump, whatever the
/// branches skip, unlike a total of steps that changes as answers come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub part: Part,
    /// 1-based position on the path; past the end, answered + 1.
    pub number: usize,
}

/// One person's check, in memory only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Session {
    /// Latest answer per step, kept after Back so a choice can be revised.
    answers: [Option<Answer>; Step::ALL.len()],
    /// Steps confirmed in order; always a prefix of the current path.
    history: Vec<Step>,
}

fn index(step: Step) -> usize {
    step as usize
}

impl Session {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn answer_for(&self, step: Step) -> Option<Answer> {
        self.answers[index(step)]
    }

    /// A confirmed answer: on the path and answered, not just remembered
    /// from before a Back.
    fn confirmed(&self, step: Step) -> Option<Answer> {
        self.answer_for(step)
            .filter(|_| self.history.contains(&step))
    }

    /// Whether AUDIT-C item 1 was answered with anything but "never".
    fn drinks(&self) -> bool {
        matches!(
            self.confirmed(Step::AuditFrequency),
            Some(Answer::AuditFrequency(f)) if f != DrinkFrequency::Never
        )
    }

    fn drug_use(&self) -> Option<DrugUseTimes> {
        match self.confirmed(Step::DrugUse) {
            Some(Answer::DrugUse(d)) => Some(d),
            _ => None,
        }
    }

    /// The substances "which do you use on most days?" offers: only those
    /// the person showed any use of (question set v2, item 7).
    pub fn substance_choices(&self) -> Substances {
        SubstanceUse::possible(
            self.drinks(),
            self.drug_use().unwrap_or(DrugUseTimes::Never),
        )
    }

    fn daily(&self) -> Substances {
        match self.confirmed(Step::Substances) {
            Some(Answer::Substances(s)) => s,
            _ => Substances::NONE,
        }
    }

    /// Whether a step is on this person's path, given what is known so far.
    /// Steps that depend on an unanswered question do not count yet.
    pub fn applies(&self, step: Step) -> bool {
        match step {
            Step::TheirAge => matches!(
                self.confirmed(Step::Who),
                Some(Answer::Who(w)) if w.is_other()
            ),
            Step::AuditTypical | Step::AuditHeavy | Step::AuditSex => self.drinks(),
            Step::Substances => self.drug_use().is_some() && !self.substance_choices().is_empty(),
            Step::PastSevereWithdrawal | Step::WithdrawalNow => !self.daily().is_empty(),
            _ => true,
        }
    }

    fn danger_now(&self) -> bool {
        self.history.contains(&Step::DangerNow)
            && self.answer_for(Step::DangerNow) == Some(Answer::DangerNow(YesNo::Yes))
    }

    /// True once a self-harm answer other than "not at all" is given: the
    /// 988 panel stays for the rest of the check (INV-2).
    pub fn shows_crisis_lines(&self) -> bool {
        self.danger_now()
            || (self.history.contains(&Step::SelfHarm)
                && matches!(self.answer_for(Step::SelfHarm), Some(Answer::SelfHarm(s)) if s.is_positive()))
    }

    fn next_step(&self) -> Option<Step> {
        Step::ALL
            .into_iter()
            .find(|s| self.applies(*s) && !self.history.contains(s))
    }

    /// What to show now. "Danger now: yes" ends the check at once (INV-1).
    pub fn screen(&self) -> Screen {
        if self.danger_now() {
            return Screen::Result(rules::emergency());
        }
        match self.next_step() {
            Some(step) => Screen::Ask(step),
            None => match self.profile() {
                Some(p) => Screen::Result(rules::evaluate(&p)),
                // Unreachable by construction; restart rather than panic.
                None => Screen::Ask(Step::Who),
            },
        }
    }

    pub fn current_step(&self) -> Option<Step> {
        match self.screen() {
            Screen::Ask(step) => Some(step),
            Screen::Result(_) => None,
        }
    }

    /// Whether choosing this answer ends the step at once, without Next:
    /// "danger now: yes" shows the emergency panel the moment it is chosen
    /// (INV-1).
    pub fn submits_at_once(answer: Answer) -> bool {
        answer == Answer::DangerNow(YesNo::Yes)
    }

    /// Record an answer for the current step and move on. An answer for any
    /// other step is ignored, so a stale click cannot corrupt the path.
    pub fn answer(&mut self, answer: Answer) {
        let step = answer.step();
        if self.current_step() != Some(step) {
            return;
        }
        // Daily use may name only substances the screens showed any use of.
        let answer = match answer {
            Answer::Substances(set) => Answer::Substances(set.within(self.substance_choices())),
            other => other,
        };
        self.answers[index(step)] = Some(answer);
        self.history.push(step);
    }

    pub fn can_go_back(&self) -> bool {
        !self.history.is_empty()
    }

    /// Return to the last answered step, keeping its answer as the choice.
    pub fn back(&mut self) {
        self.history.pop();
    }

    pub fn start_over(&mut self) {
        *self = Session::new();
    }

    /// Position on the path: the part of the current step (the last part
    /// once the result shows).
    pub fn progress(&self) -> Progress {
        Progress {
            part: self.current_step().map_or(Part::DailyLife, Step::part),
            number: self.history.len() + 1,
        }
    }

    /// Answered steps, for tests and for "steps done" counts; never exported.
    pub fn answered(&self) -> &[Step] {
        &self.history
    }

    /// The typed profile once every step on the path has an answer.
    pub fn profile(&self) -> Option<Profile> {
        if self.next_step().is_some() {
            return None;
        }
        macro_rules! get {
            ($variant:ident) => {
                match self.answer_for(Step::$variant) {
                    Some(Answer::$variant(v)) => v,
                    _ => return None,
                }
            };
        }
        let who = get!(Who);
        let their_age = if who.is_other() {
            Some(get!(TheirAge))
        } else {
            None
        };
        let audit_c = AuditC::new(
            get!(AuditFrequency),
            if self.drinks() {
                Some(Drinking {
                    typical: get!(AuditTypical),
                    heavy: get!(AuditHeavy),
                    sex: get!(AuditSex),
                })
            } else {
                None
            },
        )?;
        let daily = if self.applies(Step::PastSevereWithdrawal) {
            DailyUse::new(
                self.daily(),
                get!(PastSevereWithdrawal),
                get!(WithdrawalNow),
            )
        } else {
            None
        };
        let substance_use = SubstanceUse::new(audit_c, get!(DrugUse), daily)?;
        Some(Profile {
            who,
            their_age,
            danger_now: get!(DangerNow),
            self_harm: get!(SelfHarm),
            substance_use,
            phq2: [get!(Phq2Interest), get!(Phq2Down)],
            gad2: [get!(Gad2Nervous), get!(Gad2Worry)],
            impact: get!(Impact),
            health: get!(Health),
            home: get!(Home),
            situation: get!(Situation),
            time: get!(Time),
        })
    }
}
