//! Build step: render the widget's first view (the checker's first
//! question and the FAQ headings) for each language with the same Yew
//! components, so the loader can paint it before the Wasm has loaded.
//! Prints JSON: `{"en": "...", "es": "...", "hospital_intro": {"en": "...",
//! "es": "..."}}`; the loader swaps in the hospital intro itself when a
//! placeholder or link asks for that context.

// The server renderer exists in native builds only; `cargo test` for wasm
// still compiles this binary, so it is empty there.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use std::rc::Rc;

#[cfg(not(target_arch = "wasm32"))]
use iop_check::{
    config::Config,
    content::{chrome, Lang},
    ui::{App, AppProps},
};

#[cfg(not(target_arch = "wasm32"))]
fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let mut parts = Vec::new();
    for lang in Lang::ALL {
        let props = AppProps {
            config: Rc::new(Config::default()),
            lang,
            instance: 0,
            on_event: Default::default(),
            page_url: Default::default(),
            element_id: None,
            scroll_to_faq: None,
            arrived: Default::default(),
        };
        let html = futures::executor::block_on(
            yew::LocalServerRenderer::<App>::with_props(props).render(),
        );
        parts.push(format!(
            "{}:{}",
            json_string(lang.code()),
            json_string(&html)
        ));
    }
    let intros: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| {
            format!(
                "{}:{}",
                json_string(lang.code()),
                json_string(chrome(*lang).leaving_hospital_intro)
            )
        })
        .collect();
    parts.push(format!("\"hospital_intro\":{{{}}}", intros.join(",")));
    println!("{{{}}}", parts.join(","));
}
