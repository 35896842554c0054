//! Native tests of the FAQ's reducer: every way an item opens or closes
//! (its header, the result's jump, a link followed after mount), what a
//! shared link opens, and what the host page is told.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use iop_check::content::FaqId::{self, *};
use iop_check::ui::faq_state::{Change, FaqAction, FaqAction::*, FaqState, FocusRequest};
use yew::Reducible;

fn apply(state: FaqState, actions: &[FaqAction]) -> Rc<FaqState> {
    actions.iter().fold(Rc::new(state), |s, a| s.reduce(*a))
}

fn closed() -> FaqState {
    FaqState::new([], None)
}

#[test]
fn starts_with_the_configured_item_open_and_nothing_to_tell() {
    let s = FaqState::new([HowLong], None);
    assert_eq!(s.open_items(), &[HowLong]);
    assert!(s.is_open(HowLong) && !s.is_open(WhatIsIop));
    assert_eq!(s.focus(), None);
    assert_eq!(s.change(), None, "opening at start is not a change");
    assert_eq!(s.last_opened(), Some(HowLong));
}

#[test]
fn a_link_at_mount_asks_for_focus_once() {
    let s = FaqState::new([Insurance], Some(Insurance));
    assert_eq!(
        s.focus(),
        Some(FocusRequest {
            id: Insurance,
            seq: 1
        })
    );
    assert_eq!(s.change(), None);
}

#[test]
fn the_same_item_given_twice_at_start_is_open_once() {
    let s = apply(FaqState::new([Crisis, Crisis], None), &[Toggle(Crisis)]);
    assert!(s.open_items().is_empty(), "{:?}", s.open_items());
}

#[test]
fn toggle_opens_then_closes_and_tells_each_change() {
    let s = apply(closed(), &[Toggle(WhatIsIop)]);
    assert!(s.is_open(WhatIsIop));
    let opened = s.change().expect("a change to tell");
    assert_eq!((opened.id, opened.open), (WhatIsIop, true));

    let s = s.reduce(Toggle(WhatIsIop));
    assert!(!s.is_open(WhatIsIop));
    let closed_again = s.change().expect("a change to tell");
    assert_eq!((closed_again.id, closed_again.open), (WhatIsIop, false));
    assert_ne!(opened.seq, closed_again.seq, "each change is told once");
}

#[test]
fn toggle_never_moves_the_focus() {
    let s = apply(
        closed(),
        &[Toggle(WhatIsIop), Toggle(HowLong), Toggle(WhatIsIop)],
    );
    assert_eq!(s.focus(), None, "the header pressed already has the focus");
}

#[test]
fn several_items_may_be_open_at_once() {
    let s = apply(
        closed(),
        &[Toggle(WhatIsIop), Toggle(Compare), Toggle(Crisis)],
    );
    assert_eq!(s.open_items(), &[WhatIsIop, Compare, Crisis]);
    let s = s.reduce(Toggle(Compare));
    assert_eq!(
        s.open_items(),
        &[WhatIsIop, Crisis],
        "closing one keeps the others"
    );
}

#[test]
fn open_opens_a_closed_item_and_asks_for_focus() {
    let s = apply(closed(), &[Open(Insurance)]);
    assert!(s.is_open(Insurance));
    assert_eq!(s.focus().map(|f| f.id), Some(Insurance));
    assert_eq!(
        s.change().map(|c| (c.id, c.open)),
        Some((Insurance, true)),
        "the host page hears of the item opened"
    );
}

#[test]
fn open_never_closes_and_still_asks_for_focus_again() {
    let once = apply(FaqState::new([HowLong], None), &[Open(HowLong)]);
    let twice = once.clone().reduce(Open(HowLong));
    assert!(twice.is_open(HowLong), "a second jump leaves it open");
    assert_eq!(twice.open_items(), &[HowLong], "and open once");
    let (a, b) = (once.focus().unwrap(), twice.focus().unwrap());
    assert_eq!((a.id, b.id), (HowLong, HowLong));
    assert_ne!(a.seq, b.seq, "each jump focuses the header anew");
    assert_eq!(twice.change(), None, "an item already open is no change");
}

#[test]
fn focus_follows_the_latest_open() {
    let s = apply(closed(), &[Open(Compare), Toggle(WhatIsIop), Open(Crisis)]);
    assert_eq!(s.focus().map(|f| f.id), Some(Crisis));
}

#[test]
fn a_shared_link_opens_the_item_opened_last_that_is_still_open() {
    let s = apply(closed(), &[Toggle(WhatIsIop), Open(Insurance)]);
    assert_eq!(s.last_opened(), Some(Insurance));
    let s = s.reduce(Toggle(Insurance));
    assert_eq!(s.last_opened(), Some(WhatIsIop));
    let s = s.reduce(Toggle(WhatIsIop));
    assert_eq!(s.last_opened(), None);
}

#[test]
fn a_toggle_leaves_an_earlier_focus_request_as_it_was() {
    // Focus follows a change of request; an equal one must not pull the
    // focus back from the header just pressed.
    let jumped = apply(closed(), &[Open(Crisis)]);
    let toggled = jumped.clone().reduce(Toggle(HowLong));
    assert_eq!(toggled.focus(), jumped.focus());
}

#[test]
fn a_toggle_after_a_jump_is_a_new_change() {
    let jumped = apply(closed(), &[Open(Crisis)]);
    let toggled = jumped.clone().reduce(Toggle(Crisis));
    let (a, b): (Change, Change) = (jumped.change().unwrap(), toggled.change().unwrap());
    assert_eq!((a.open, b.open), (true, false));
    assert_ne!(a.seq, b.seq);
}

#[test]
fn every_item_toggles_independently() {
    for id in FaqId::ALL {
        let s = apply(closed(), &[Toggle(id)]);
        assert_eq!(s.open_items(), &[id]);
        for other in FaqId::ALL.into_iter().filter(|o| *o != id) {
            assert!(!s.is_open(other));
        }
    }
}
