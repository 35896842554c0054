//! Cases for the loader's reading of option words (`wordOf` in
//! js/loader.js; `tests/e2e/words.test.mjs`): each load mode, launcher
//! mode and a label, as written and with every char `str::trim` removes
//! and every invisible one the config refuses at either end, with what
//! [`Config::parse`] makes of it. The chars are drawn from the same
//! predicates the build emits the loader's sets from.

use super::json;
use crate::config::{values, Config, LoadMode, Mode};

/// A label of ours to dress; any text `parse_name` takes.
const LABEL: &str = "Talk to us";

/// Every char `keep` holds.
fn chars(keep: fn(char) -> bool) -> Vec<char> {
    (0..=char::MAX as u32)
        .filter_map(char::from_u32)
        .filter(|c| keep(*c))
        .collect()
}

/// `word` as written, then with each edge char before it and after it.
fn dressed(word: &str, edges: &[char]) -> Vec<String> {
    let mut out = vec![word.to_string()];
    for c in edges {
        out.push(format!("{c}{word}"));
        out.push(format!("{word}{c}"));
    }
    out
}

/// Each case: the placeholder's `data-iop-*` attributes and the config's
/// `load`, `mode` and `label`.
pub fn json() -> String {
    let mut edges = chars(values::is_trimmed);
    edges.extend(chars(values::is_invisible));
    let mut placeholders: Vec<Vec<(&str, String)>> = Vec::new();
    let loads = LoadMode::ALL.iter().map(|m| m.as_str()).chain(["nope"]);
    for word in loads {
        placeholders.extend(dressed(word, &edges).into_iter().map(|v| vec![("load", v)]));
    }
    let modes = Mode::ALL.iter().map(|m| m.as_str()).chain(["nope"]);
    for word in modes {
        placeholders.extend(dressed(word, &edges).into_iter().map(|v| vec![("mode", v)]));
    }
    for label in dressed(LABEL, &edges) {
        placeholders.push(vec![("mode", "button".into()), ("label", label)]);
    }
    let cases = placeholders.into_iter().map(|attributes| {
        let (config, _) = Config::parse(|name| {
            attributes
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
        });
        json::object([
            (
                "attributes",
                json::array(attributes.iter().map(|(n, v)| {
                    json::array([json::string(&format!("data-iop-{n}")), json::string(v)])
                })),
            ),
            ("load", json::string(config.load.as_str())),
            ("mode", json::string(config.mode.as_str())),
            ("label", json::optional(config.label.as_deref())),
        ])
    });
    json::array(cases)
}
