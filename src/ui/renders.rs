//! Render counts per component, so a browser test can check that a change
//! re-renders only what depends on it. Debug builds only: in release
//! `note` is empty and the names never reach the bundle.

#[cfg(debug_assertions)]
thread_local! {
    static COUNTS: std::cell::RefCell<Vec<(&'static str, u32)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Count one render of the component `name`.
#[inline(always)]
pub fn note(name: &'static str) {
    #[cfg(debug_assertions)]
    COUNTS.with(|counts| {
        let mut counts = counts.borrow_mut();
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, n)) => *n += 1,
            None => counts.push((name, 1)),
        }
    });
    #[cfg(not(debug_assertions))]
    let _ = name;
}

/// How many times `name` has rendered, in every widget on the page, since
/// the module loaded. Always 0 in release builds.
pub fn count(name: &str) -> u32 {
    #[cfg(debug_assertions)]
    return COUNTS.with(|counts| {
        counts
            .borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(0, |(_, n)| *n)
    });
    #[cfg(not(debug_assertions))]
    {
        let _ = name;
        0
    }
}
