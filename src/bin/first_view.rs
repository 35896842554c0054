//! Build and test step: the loader's first-view decision tables, from the
//! Rust rules (`first_view::tables`), as JSON for `__DECIDE__` in
//! js/loader.js; with `cases`, the parity test's cases and Rust's decision
//! for each (`tests/e2e/parity.test.mjs`); with `words`, option words
//! dressed in spaces and invisible chars, and the config's reading of each
//! (`tests/e2e/words.test.mjs`).

// Native only; `cargo test` for wasm still compiles this binary.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use iop_check::first_view::{cases, tables_json, words};
    match std::env::args().nth(1).as_deref() {
        Some("cases") => println!("{}", cases::json()),
        Some("words") => println!("{}", words::json()),
        _ => println!("{}", tables_json()),
    }
}
