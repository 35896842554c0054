//! IOP Check: an embeddable "Is IOP right for me?" self-check and FAQ.
//!
//! `engine` and `content` are pure and tested natively; `ui` renders them
//! with Yew; `embed` connects the widget to a partner's page.

pub mod config;
pub mod content;
pub mod engine;
// The loader's first-view decisions, for the build and the parity test.
#[cfg(not(target_arch = "wasm32"))]
pub mod first_view;
pub mod link;
pub mod qr;
// The clinical review sheet, written at build time: native only, so it
// costs the Wasm bundle nothing.
#[cfg(not(target_arch = "wasm32"))]
pub mod review;
pub mod ui;

#[cfg(target_arch = "wasm32")]
mod embed;

#[cfg(target_arch = "wasm32")]
pub use embed::{destroy, instances, memory_bytes, mount, qr_svg, scan, share_url, use_styles};

// Talc instead of the default dlmalloc: a fraction of its code in the
// bundle, and faster for the many small allocations of a render.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
