//! The loader's reading of a placeholder, step for step as js/loader.js
//! does it (`firstViewOf`): table lookups, sums and comparisons only.
//! `None` wherever the loader cannot be sure, and leaves the paint to the
//! Wasm. The parity test holds the JavaScript to this.

use super::tables::{tenths, Field, LinkKey, Reader, Tables};
use super::{Brand, Given, Painted, Placeholder};
use crate::config::{Context, Scheme, View};
use crate::content::Lang;

fn lookup(pairs: &[(String, &'static str)], key: &str) -> Option<&'static str> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
}

/// A language tag: `Some(Some(code))` for a language of ours, `Some(None)`
/// for one that is not, `None` when the loader cannot tell.
pub fn lang(t: &Tables, tag: &str) -> Option<Option<&'static str>> {
    if !tag.chars().all(|c| t.lang.chars.contains(c)) {
        return None;
    }
    let primary = tag
        .split(|c| t.lang.separators.contains(c))
        .next()
        .unwrap_or("");
    Some(lookup(&t.lang.primary, primary))
}

/// `#` and three or six digits: the colour and the text on it.
pub fn brand(t: &Tables, raw: &str) -> Option<Brand> {
    let b = &t.brand;
    let digits: Vec<u8> = raw
        .strip_prefix(b.mark)?
        .chars()
        .map(|c| b.digits.iter().find(|d| d.0 == c).map(|d| d.1))
        .collect::<Option<_>>()?;
    let width = match digits.len() {
        3 => 1,
        6 => 2,
        _ => return None,
    };
    let mut rgb = [0u8; 3];
    for (i, byte) in rgb.iter_mut().enumerate() {
        let part = &digits[i * width..(i + 1) * width];
        *byte = if width == 1 {
            part[0] * 17
        } else {
            part[0] * 16 + part[1]
        };
    }
    let sum: u32 = (0..3)
        .map(|i| b.weights[i] * b.linear[usize::from(rgb[i])])
        .sum();
    let hex = format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
    let on = if sum < b.dark_below {
        &b.on_dark
    } else {
        &b.on_light
    };
    Some(Brand {
        hex,
        on_brand: on.clone(),
    })
}

pub fn font(t: &Tables, raw: &str) -> Option<String> {
    let f = &t.font;
    let edge = |c: Option<char>| c.is_some_and(|c| f.edge.contains(c));
    let ok = raw.len() <= f.max_len
        && raw.chars().all(|c| f.chars.contains(c))
        && edge(raw.chars().next())
        && edge(raw.chars().last());
    ok.then(|| raw.to_string())
}

pub fn radius(t: &Tables, raw: &str) -> Option<String> {
    let ok = t.radius.iter().any(|(unit, max)| {
        let whole = (0..=*max).map(|n| n.to_string());
        let tenths = t.radius_tenths.then(|| tenths(*max)).into_iter().flatten();
        whole.chain(tenths).any(|n| format!("{n}{unit}") == raw)
    });
    ok.then(|| raw.to_string())
}

/// What a link fragment asks of the first view.
#[derive(Default)]
pub struct LinkReading {
    pub set: Vec<(Field, &'static str)>,
    pub wasm: bool,
    pub target: Option<String>,
}

/// `Some(None)`: no link of ours; `None`: one the loader cannot read.
pub fn link(t: &Tables, fragment: &str) -> Option<Option<LinkReading>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut parts = fragment.split('&');
    let first = parts.next().unwrap_or("");
    if first != t.link.head {
        return (!first.starts_with(&t.link.prefix)).then_some(None);
    }
    let mut reading = LinkReading::default();
    for part in parts.filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=')?;
        let kind = t.link.keys.iter().find(|k| k.0 == key)?;
        match kind.1 {
            LinkKey::Words(field) => {
                let word = lookup(t.words(field), value)?;
                reading.set.retain(|(f, _)| *f != field);
                reading.set.push((field, word));
            }
            LinkKey::Lang => {
                if let Some(code) = lang(t, value)? {
                    reading.set.retain(|(f, _)| *f != Field::Lang);
                    reading.set.push((Field::Lang, code));
                }
            }
            LinkKey::Ignore => {}
            LinkKey::Wasm => reading.wasm = true,
            LinkKey::Target => {
                let (min, max) = t.link.target_len;
                let ok = (min..=max).contains(&value.len())
                    && value.chars().all(|c| t.link.target_chars.contains(c));
                if !ok {
                    return None;
                }
                reading.target = Some(value.to_string());
            }
        }
    }
    Some(Some(reading))
}

/// The raw value the loader reads for an option: the queued mount's key
/// when it is given, else the attribute.
fn given<'a>(p: &'a Placeholder, attribute: &str, key: &str) -> Option<&'a str> {
    match p.options.iter().flatten().find(|(k, _)| k == key) {
        Some((_, Given::Text(s))) => Some(s),
        _ => p.attribute(attribute),
    }
}

/// What the loader paints for `p`, or `None` when it leaves it to the Wasm.
pub fn read(t: &Tables, p: &Placeholder, fragment: &str, languages: &[String]) -> Option<Painted> {
    // Options of anything but text are the Wasm's to spell out (and a
    // mount queued twice, the scheduling's to settle).
    let other = |(_, g): &(String, Given)| matches!(g, Given::Other(_));
    if p.queued_again || p.options.iter().flatten().any(other) {
        return None;
    }
    let link = link(t, fragment)?;
    let default = |f: Field| t.defaults.iter().find(|d| d.0 == f).map(|d| d.1);
    let mut words: Vec<(Field, &'static str)> = Vec::new();
    let mut lang_word = None;
    let (mut brand_set, mut font_set, mut radius_set) = (None, None, None);
    for o in &t.options {
        let Some(raw) = given(p, &o.attribute, o.key) else {
            continue;
        };
        match o.reader {
            Reader::Wasm => return None,
            Reader::Words(field) => words.push((field, lookup(t.words(field), raw)?)),
            Reader::Lang => lang_word = lang(t, raw)?,
            Reader::Brand => brand_set = Some(brand(t, raw)?),
            Reader::Font => font_set = Some(font(t, raw)?),
            Reader::Radius => radius_set = Some(radius(t, raw)?),
        }
    }
    if let Some(l) = link.filter(|l| {
        l.target
            .as_deref()
            .is_none_or(|id| Some(id) == p.attribute("id"))
    }) {
        if l.wasm {
            return None;
        }
        for (field, word) in l.set {
            if field == Field::Lang {
                lang_word = Some(word);
            } else {
                words.push((field, word));
            }
        }
    }
    if lang_word.is_none() {
        for tag in languages {
            if let Some(code) = lang(t, tag)? {
                lang_word = Some(code);
                break;
            }
        }
    }
    let word = |f: Field| {
        words
            .iter()
            .rev()
            .find(|w| w.0 == f)
            .map(|w| w.1)
            .or_else(|| default(f))
    };
    Some(Painted {
        lang: Lang::parse(lang_word.or_else(|| default(Field::Lang))?)?,
        view: View::parse(word(Field::View)?)?,
        context: Context::parse(word(Field::Context)?)?,
        scheme: Scheme::parse(word(Field::Scheme)?)?,
        brand: brand_set,
        font: font_set,
        radius: radius_set,
    })
}
