//! Build step: print the clinical review sheet, a self-contained HTML page
//! generated from the engine and the content (`iop_check::review`).
//! `scripts/build.mjs` writes it to `pkg/clinical-review.html`.

// The review module exists in native builds only; `cargo test` for wasm
// still compiles this binary, so it is empty there.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!("{}", iop_check::review::clinical_review_html());
}
