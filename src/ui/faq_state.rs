//! The FAQ's state and the actions that change it: one reducer for every
//! way an item opens or closes (its header, the result's "read more"
//! jump, a link followed after mount), so the rules live in one place and
//! are tested natively.

use std::rc::Rc;
use yew::Reducible;

use crate::content::FaqId;

/// A request to bring an item into view and focus its header. `seq`
/// differs from every earlier request's, so asking twice for the same item
/// focuses it twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FocusRequest {
    pub id: FaqId,
    pub seq: u32,
}

/// An item opened (`open`) or closed, numbered like focus requests so the
/// host page is told once per change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub id: FaqId,
    pub open: bool,
    pub seq: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FaqState {
    /// Open items, in the order they were opened; several may be open.
    open: Vec<FaqId>,
    focus: Option<FocusRequest>,
    change: Option<Change>,
    /// Numbers focus requests and changes.
    seq: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FaqAction {
    /// The item's header was pressed: open it if closed, else close it.
    Toggle(FaqId),
    /// Open the item if closed (never close it) and focus its header: the
    /// result's jump, and a link followed after mount.
    Open(FaqId),
}

impl FaqState {
    /// The state at mount: `open` items open, and `focus` (an item a link
    /// asked for) brought into view.
    pub fn new(open: impl IntoIterator<Item = FaqId>, focus: Option<FaqId>) -> FaqState {
        let mut open_items = Vec::new();
        for id in open {
            if !open_items.contains(&id) {
                open_items.push(id);
            }
        }
        let seq = u32::from(focus.is_some());
        FaqState {
            open: open_items,
            focus: focus.map(|id| FocusRequest { id, seq }),
            change: None,
            seq,
        }
    }

    pub fn is_open(&self, id: FaqId) -> bool {
        self.open.contains(&id)
    }

    /// Open items, first opened first.
    pub fn open_items(&self) -> &[FaqId] {
        &self.open
    }

    /// The item opened most recently among those still open: what a
    /// shared link opens.
    pub fn last_opened(&self) -> Option<FaqId> {
        self.open.last().copied()
    }

    /// The latest focus request, if any was made.
    pub fn focus(&self) -> Option<FocusRequest> {
        self.focus
    }

    /// The latest item opened or closed since mount, if any.
    pub fn change(&self) -> Option<Change> {
        self.change
    }

    fn set_open(&mut self, id: FaqId, open: bool) {
        if open {
            self.open.push(id);
        } else {
            self.open.retain(|x| *x != id);
        }
        self.seq += 1;
        self.change = Some(Change {
            id,
            open,
            seq: self.seq,
        });
    }
}

impl Reducible for FaqState {
    type Action = FaqAction;

    fn reduce(self: Rc<Self>, action: FaqAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            FaqAction::Toggle(id) => next.set_open(id, !self.is_open(id)),
            FaqAction::Open(id) => {
                if !self.is_open(id) {
                    next.set_open(id, true);
                }
                next.seq += 1;
                next.focus = Some(FocusRequest { id, seq: next.seq });
            }
        }
        Rc::new(next)
    }
}
