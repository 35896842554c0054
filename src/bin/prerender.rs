//! Build step: render the widget's first view (the checker's first
//! question and the FAQ headings) for each language with the same Yew
//! components, so the loader can paint it before the Wasm has loaded.
//! Prints JSON: `{"css": "...", "en": "...", "es": "..."}`.

use std::rc::Rc;

use iop_check::config::Config;
use iop_check::content::Lang;
use iop_check::ui::{App, AppProps};

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

fn main() {
    let mut parts = vec![format!("\"css\":{}", json_string(iop_check::ui::STYLES))];
    for lang in Lang::ALL {
        let props = AppProps {
            config: Rc::new(Config::default()),
            lang,
            instance: 0,
            on_event: Default::default(),
            page_url: Default::default(),
            element_id: None,
            scroll_to_faq: None,
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
    println!("{{{}}}", parts.join(","));
}
