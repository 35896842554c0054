//! Build step: render the widget's first view (the checker's first
//! question and the FAQ headings) for each language with the same Yew
//! components, so the loader can paint it before the Wasm has loaded.
//! Prints JSON: `{"en": "...", "es": "...", "hospital_intro": {...},
//! "loading": {...}, "load": {"modes": [...], "default": "...",
//! "warning": {"attribute": [before, after], "key": [before, after]}}}`.
//! The loader swaps in the hospital intro itself when a placeholder or
//! link asks for that context, shows "loading" where the painted view waits
//! for the Wasm, and schedules each placeholder by its load mode, warning
//! about a bad one in exactly the Wasm's words.

// The server renderer exists in native builds only; `cargo test` for wasm
// still compiles this binary, so it is empty there.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use std::rc::Rc;

#[cfg(not(target_arch = "wasm32"))]
use iop_check::{
    config::{element::ELEMENT_NAME, values, Config, LoadMode, Mode, Via, OPTIONS},
    content::{chrome, Lang},
    ui::{
        launcher::{Launcher, LauncherProps},
        App, AppProps,
    },
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

/// `{"en": ..., "es": ...}` of one text per language.
#[cfg(not(target_arch = "wasm32"))]
fn per_lang(text: impl Fn(Lang) -> &'static str) -> String {
    let parts: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| format!("{}:{}", json_string(lang.code()), json_string(text(*lang))))
        .collect();
    format!("{{{}}}", parts.join(","))
}

/// What a painted view shows while it waits for the Wasm: in an opened FAQ
/// panel (whose answer the first view does not carry) and in the polite
/// announcement after a press on Next, language or share.
#[cfg(not(target_arch = "wasm32"))]
fn loading(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Loading…",
        Lang::Es => "Cargando…",
    }
}

/// The Wasm's console line for a bad `data-iop-load` (or `load` option),
/// split around the value, so the loader warns in the same words.
#[cfg(not(target_arch = "wasm32"))]
fn load_warning(via: Via) -> String {
    const VALUE: &str = "IOPVALUE";
    let (_, warnings) =
        Config::parse_given(|row| (row.attribute == "load").then(|| (VALUE.to_string(), via)));
    let message = warnings
        .first()
        .map(|w| w.message())
        .expect("a bad load mode warns");
    let (before, after) = message.split_once(VALUE).expect("the value is shown");
    format!("[{},{}]", json_string(before), json_string(after))
}

/// The launcher (`mode` `button` or `dialog`): its markup per language,
/// the modes, and what a partner's `label` may be, read off the Rust
/// parser: the longest accepted and the characters that refuse it
/// anywhere (controls; invisible ones at its edges are in `word`), as a
/// RegExp class. `{"en": ..., "es": ..., "modes": [...], "labelMax": n,
/// "controls": "..."}`.
#[cfg(not(target_arch = "wasm32"))]
fn launcher() -> String {
    let mut parts: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| {
            let html = futures::executor::block_on(
                yew::LocalServerRenderer::<Launcher>::with_props(LauncherProps { lang: *lang })
                    .render(),
            );
            format!("{}:{}", json_string(lang.code()), json_string(&html))
        })
        .collect();
    let modes: Vec<String> = Mode::ALL.iter().map(|m| json_string(m.as_str())).collect();
    parts.push(format!("\"modes\":[{}]", modes.join(",")));
    let max = (1..1000)
        .take_while(|n| values::parse_name(&"a".repeat(*n)).is_some())
        .last()
        .expect("a one-letter label is accepted");
    parts.push(format!("\"labelMax\":{max}"));
    parts.push(format!("\"controls\":\"{}\"", class(|c| c.is_control())));
    format!("{{{}}}", parts.join(","))
}

/// Every char `keep` holds, as the body of a RegExp character class
/// (`\\u0009-\\u000d\\u0020...`, runs as ranges), escaped for a JSON string.
/// The loader's RegExps read UTF-16 units, so every char must be in the BMP.
#[cfg(not(target_arch = "wasm32"))]
fn class(keep: fn(char) -> bool) -> String {
    let codes: Vec<u32> = (0..=char::MAX as u32)
        .filter(|n| char::from_u32(*n).is_some_and(keep))
        .collect();
    assert!(codes.iter().all(|n| *n <= 0xffff), "a char beyond the BMP");
    let mut out = String::new();
    let mut i = 0;
    while i < codes.len() {
        let mut end = i;
        while end + 1 < codes.len() && codes[end + 1] == codes[end] + 1 {
            end += 1;
        }
        out.push_str(&format!("\\\\u{:04x}", codes[i]));
        if end > i {
            out.push_str(&format!("-\\\\u{:04x}", codes[end]));
        }
        i = end + 1;
    }
    out
}

/// How a raw option value becomes a word, as src/config reads it: the chars
/// `str::trim` removes from its ends (`values::is_trimmed`), and the
/// invisible ones it refuses at them (`values::is_invisible`), as RegExp
/// classes. `{"space": "...", "invisible": "..."}`.
#[cfg(not(target_arch = "wasm32"))]
fn word() -> String {
    format!(
        "{{\"space\":\"{}\",\"invisible\":\"{}\"}}",
        class(values::is_trimmed),
        class(values::is_invisible)
    )
}

/// `<iop-check>`: its tag and the attributes it observes (every option's,
/// without the `data-iop-` prefix).
#[cfg(not(target_arch = "wasm32"))]
fn element() -> String {
    let attributes: Vec<String> = OPTIONS.iter().map(|o| json_string(o.attribute)).collect();
    format!(
        "{{\"name\":{},\"attributes\":[{}]}}",
        json_string(ELEMENT_NAME),
        attributes.join(",")
    )
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
    parts.push(format!(
        "\"hospital_intro\":{}",
        per_lang(|lang| chrome(lang).leaving_hospital_intro)
    ));
    parts.push(format!("\"loading\":{}", per_lang(loading)));
    let modes: Vec<String> = LoadMode::ALL
        .iter()
        .map(|m| json_string(m.as_str()))
        .collect();
    parts.push(format!(
        "\"load\":{{\"modes\":[{}],\"default\":{},\"warning\":{{\"attribute\":{},\"key\":{},\"element\":{}}}}}",
        modes.join(","),
        json_string(LoadMode::default().as_str()),
        load_warning(Via::Attribute),
        load_warning(Via::Key),
        load_warning(Via::Element)
    ));
    parts.push(format!("\"launcher\":{}", launcher()));
    parts.push(format!("\"word\":{}", word()));
    parts.push(format!("\"element\":{}", element()));
    println!("{{{}}}", parts.join(","));
}
