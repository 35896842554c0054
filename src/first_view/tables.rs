//! The decision tables the build hands the loader (`__DECIDE__` in
//! js/loader.js). Every entry is produced from the Rust rules themselves:
//! vocabularies from their declarations, and every other set by running
//! the real parser over candidates and keeping what it accepts unchanged.
//! The loader only looks values up in them, adds and compares.

use std::sync::OnceLock;

use super::json;
use crate::config::options::{FirstView as Treatment, OptionRow, OPTIONS};
use crate::config::theme::{linear_light, DARK_BELOW, LUMINANCE_WEIGHTS};
use crate::config::{parse_color, parse_font, parse_radius, Color, Config, Context, Scheme, View};
use crate::content::{FaqId, Lang};
use crate::link::Link;

/// How the loader reads an option that changes the first view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// Only the Wasm can show it: given at all, the loader leaves the paint.
    Wasm,
    /// An exact word of [`Tables::words`] for this first-view field.
    Words(Field),
    /// A language tag ([`LangTable`]).
    Lang,
    /// `#rgb` or `#rrggbb` ([`BrandTable`]).
    Brand,
    /// A font-family list ([`FontTable`]).
    Font,
    /// A whole number of a unit ([`Tables::radius`]).
    Radius,
}

/// The first view's fields read as words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    View,
    Context,
    Scheme,
    Lang,
}

impl Field {
    pub fn name(self) -> &'static str {
        match self {
            Field::View => "view",
            Field::Context => "context",
            Field::Scheme => "scheme",
            Field::Lang => "lang",
        }
    }

    /// This field's word in a configuration (`Lang`: the one it names).
    fn word(self, config: &Config) -> Option<&'static str> {
        match self {
            Field::View => Some(config.view.as_str()),
            Field::Context => Some(config.context.as_str()),
            Field::Scheme => Some(config.scheme.as_str()),
            Field::Lang => config.lang.map(Lang::as_str),
        }
    }

    /// Every spelling the vocabulary declares: the candidates for keys.
    fn spellings(self) -> Vec<&'static str> {
        match self {
            Field::View => View::SPELLINGS.iter().map(|s| s.0).collect(),
            Field::Context => Context::SPELLINGS.iter().map(|s| s.0).collect(),
            Field::Scheme => Scheme::SPELLINGS.iter().map(|s| s.0).collect(),
            Field::Lang => Lang::SPELLINGS.iter().map(|s| s.0).collect(),
        }
    }
}

/// An option the loader reads: its attribute, its JS key and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadOption {
    pub attribute: String,
    pub key: &'static str,
    pub reader: Reader,
}

/// Language tags, read as `Lang::from_tag` reads them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LangTable {
    /// Primary subtag, exactly as written, to the language's code.
    pub primary: Vec<(String, &'static str)>,
    /// Characters that end the primary subtag.
    pub separators: String,
    /// The only characters a tag the loader reads may hold; a tag of them
    /// whose primary subtag is not in `primary` names no language of ours.
    pub chars: String,
}

/// What a link fragment's key does to the first view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKey {
    /// Sets a field to the word its value is in [`Tables::words`].
    Words(Field),
    /// Sets the language, read as a tag ([`LangTable`]).
    Lang,
    /// Changes nothing the first view shows, whatever its value.
    Ignore,
    /// Only the Wasm can show it (an FAQ item to open).
    Wasm,
    /// Names the placeholder the link is for.
    Target,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkTable {
    /// What starts every link fragment of ours (`iop=`).
    pub prefix: String,
    /// The first part of a link the loader reads (`iop=1`).
    pub head: String,
    pub keys: Vec<(String, LinkKey)>,
    /// A target: these characters only, this many of them.
    pub target_chars: String,
    pub target_len: (usize, usize),
}

/// The brand colour and the text on it (`Color::readable_text`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrandTable {
    /// What precedes the digits.
    pub mark: char,
    /// A hex digit to its value.
    pub digits: Vec<(char, u8)>,
    /// Each byte's linear light, and each channel's weight.
    pub linear: Vec<u32>,
    pub weights: [u32; 3],
    /// Below this weighted sum, the text is `on_dark`.
    pub dark_below: u32,
    pub on_light: String,
    pub on_dark: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FontTable {
    /// Characters a font list the loader reads may hold, and those it may
    /// start and end with.
    pub chars: String,
    pub edge: String,
    pub max_len: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tables {
    pub options: Vec<ReadOption>,
    /// For each word field, every exact spelling to its canonical word.
    pub words: Vec<(Field, Vec<(String, &'static str)>)>,
    /// The first view with no option given.
    pub defaults: Vec<(Field, &'static str)>,
    pub lang: LangTable,
    pub link: LinkTable,
    pub brand: BrandTable,
    pub font: FontTable,
    /// A unit and the largest whole number of it accepted (from 0).
    pub radius: Vec<(String, u32)>,
    /// Whether every radius in tenths below each unit's largest
    /// (`0.5rem`), and the largest with `.0`, is accepted as written.
    pub radius_tenths: bool,
}

/// Radii in tenths: `N.D` below `max`, and `max.0`.
pub fn tenths(max: u32) -> impl Iterator<Item = String> {
    (0..=max).flat_map(move |n| {
        let digits = if n < max { 0..10 } else { 0..1 };
        digits.map(move |d| format!("{n}.{d}"))
    })
}

/// Units a radius might be written in; those `parse_radius` accepts whole
/// numbers of (from 0 up) go in the table, with their largest.
const RADIUS_UNITS: [&str; 12] = [
    "px", "rem", "em", "", "%", "pt", "vh", "vw", "ch", "ex", "cm", "in",
];

/// Printable ASCII: the alphabet candidates are drawn from.
fn ascii() -> impl Iterator<Item = char> {
    (0x20u8..0x7f).map(char::from)
}

/// How the first view treats a row, and so how the loader reads it.
fn reader(row: &OptionRow) -> Option<Reader> {
    match row.first_view {
        Treatment::NoEffect | Treatment::LoaderOnly => None,
        Treatment::WasmOnly => Some(Reader::Wasm),
        Treatment::Structure | Treatment::Theme => Some(match row.attribute {
            "lang" => Reader::Lang,
            "view" => Reader::Words(Field::View),
            "context" => Reader::Words(Field::Context),
            "scheme" => Reader::Words(Field::Scheme),
            "brand" => Reader::Brand,
            "font" => Reader::Font,
            "radius" => Reader::Radius,
            // A painted option this module does not know yet.
            _ => Reader::Wasm,
        }),
    }
}

/// The configuration `row` makes of `raw` alone, if it takes it whole.
fn applied(row: &OptionRow, raw: &str) -> Option<Config> {
    let (config, warnings) = Config::parse(|name| (name == row.attribute).then(|| raw.into()));
    warnings.is_empty().then_some(config)
}

/// Each spelling of the field's vocabulary that `row` takes, to the word
/// the real parse makes of it.
fn words_for(row: &OptionRow, field: Field) -> Vec<(String, &'static str)> {
    field
        .spellings()
        .into_iter()
        .filter_map(|s| Some((s.to_string(), field.word(&applied(row, s)?)?)))
        .collect()
}

/// Every upper/lower-case spelling of an ASCII word.
fn case_variants(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (0..1u32 << chars.len())
        .map(|mask| {
            chars
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    if mask & (1 << i) != 0 {
                        c.to_ascii_uppercase()
                    } else {
                        *c
                    }
                })
                .collect()
        })
        .collect()
}

fn lang_table() -> LangTable {
    let mut primary = Vec::new();
    for (spelling, _) in Lang::SPELLINGS {
        for v in case_variants(spelling) {
            if let Some(lang) = Lang::from_tag(&v) {
                if !primary.iter().any(|(p, _)| *p == v) {
                    primary.push((v, lang.as_str()));
                }
            }
        }
    }
    let word = Lang::ALL[0].as_str();
    let separators: String = ascii()
        .filter(|c| Lang::from_tag(&format!("{word}{c}zz")) == Some(Lang::ALL[0]))
        .filter(|c| Lang::from_tag(&format!("zz{c}{word}")).is_none())
        .collect();
    let chars = ascii()
        .filter(|c| c.is_ascii_alphanumeric() || separators.contains(*c))
        .collect();
    LangTable {
        primary,
        separators,
        chars,
    }
}

fn link_table(words: &[(Field, Vec<(String, &'static str)>)], lang: &LangTable) -> LinkTable {
    let head = Link::default().encode();
    let head = head.trim_start_matches('#').to_string();
    let prefix = head
        .strip_suffix(crate::link::VERSION)
        .unwrap_or(&head)
        .to_string();
    let parse = |part: &str| {
        Link::parse(&format!("#{head}&{part}"))
            .link
            .unwrap_or_default()
    };
    // A link with every field set names every key once.
    let full = Link {
        view: Some(View::Checker),
        faq: Some(FaqId::ALL[0]),
        lang: Some(Lang::ALL[0]),
        referral: Some("r".into()),
        context: Some(Context::ALL[0]),
        target: Some("t".into()),
    }
    .encode();
    // The key reads exactly the option's words: each to the same word, and
    // nothing else the tables' alphabets could spell.
    let same_words = |key: &str, field: Field, read: &dyn Fn(&Link) -> Option<&'static str>| {
        let table = words.iter().find(|w| w.0 == field).map(|w| w.1.as_slice());
        let ok = table.is_some_and(|table| {
            table
                .iter()
                .all(|(k, v)| read(&parse(&format!("{key}={k}"))) == Some(*v))
        });
        if ok {
            LinkKey::Words(field)
        } else {
            LinkKey::Wasm
        }
    };
    let mut keys = Vec::new();
    for part in full.split('&').skip(1) {
        let Some((key, value)) = part.split_once('=') else {
            continue;
        };
        let link = parse(part);
        let kind = if link.view.is_some() {
            same_words(key, Field::View, &|l| l.view.map(View::as_str))
        } else if link.context.is_some() {
            same_words(key, Field::Context, &|l| l.context.map(Context::as_str))
        } else if link.lang.is_some() {
            // Read as a tag, as attributes are.
            let ok = lang.primary.iter().all(|(tag, code)| {
                parse(&format!("{key}={tag}")).lang.map(Lang::as_str) == Some(*code)
            });
            if ok {
                LinkKey::Lang
            } else {
                LinkKey::Wasm
            }
        } else if link.faq.is_some() {
            LinkKey::Wasm
        } else if link.target.as_deref() == Some(value) {
            LinkKey::Target
        } else {
            // A referral code is printed on the summary, not in the first view.
            LinkKey::Ignore
        };
        keys.push((key.to_string(), kind));
    }
    let target = |v: &str| parse(&format!("el={v}")).target.as_deref() == Some(v);
    let target_chars = ascii().filter(|c| target(&format!("a{c}a"))).collect();
    let lengths: Vec<usize> = (0..=256).filter(|n| target(&"a".repeat(*n))).collect();
    LinkTable {
        prefix,
        head,
        keys,
        target_chars,
        target_len: (
            lengths.first().copied().unwrap_or(1),
            lengths.last().copied().unwrap_or(0),
        ),
    }
}

fn brand_table() -> BrandTable {
    let digits = ascii()
        .filter_map(|c| {
            let color = parse_color(&format!("#{c}{c}{c}"))?;
            Some((c, color.0[0] / 17))
        })
        .collect();
    BrandTable {
        mark: '#',
        digits,
        linear: (0..=255u8).map(linear_light).collect(),
        weights: LUMINANCE_WEIGHTS,
        dark_below: DARK_BELOW,
        on_light: Color([255; 3]).readable_text().hex(),
        on_dark: Color([0; 3]).readable_text().hex(),
    }
}

/// Each byte's linear light as the change of its step from the byte
/// before's: `'0' + change + 1` per byte. The loader sums it back twice.
fn linear_curve(linear: &[u32]) -> String {
    let (mut last, mut last_step) = (0i64, 0i64);
    linear
        .iter()
        .map(|&v| {
            let step = i64::from(v) - last;
            let change = step - last_step;
            (last, last_step) = (i64::from(v), step);
            u32::try_from(change + 1)
                .ok()
                .and_then(|d| char::from_digit(d, 10))
                .expect("the linear light curve changes its step by -1 to +8")
        })
        .collect()
}

fn font_table() -> FontTable {
    let same = |s: &str| parse_font(s).as_deref() == Some(s);
    let max_len = (1..=1024)
        .take_while(|n| same(&"a".repeat(*n)))
        .last()
        .unwrap_or(0);
    FontTable {
        chars: ascii().filter(|c| same(&format!("a{c}a"))).collect(),
        edge: ascii().filter(|c| same(&c.to_string())).collect(),
        max_len,
    }
}

fn radius_table() -> Vec<(String, u32)> {
    RADIUS_UNITS
        .iter()
        .filter_map(|unit| {
            let same = |n: u32| {
                let s = format!("{n}{unit}");
                parse_radius(&s).as_deref() == Some(s.as_str())
            };
            let max = (0..1000).take_while(|n| same(*n)).last()?;
            Some((unit.to_string(), max))
        })
        .collect()
}

fn radius_tenths(radius: &[(String, u32)]) -> bool {
    radius.iter().all(|(unit, max)| {
        tenths(*max).all(|n| {
            let s = format!("{n}{unit}");
            parse_radius(&s).as_deref() == Some(s.as_str())
        })
    })
}

impl Tables {
    fn build() -> Tables {
        let options: Vec<ReadOption> = OPTIONS
            .iter()
            .filter_map(|row| {
                Some(ReadOption {
                    attribute: format!("data-iop-{}", row.attribute),
                    key: row.key,
                    reader: reader(row)?,
                })
            })
            .collect();
        let words: Vec<_> = OPTIONS
            .iter()
            .filter_map(|row| match reader(row) {
                Some(Reader::Words(field)) => Some((field, words_for(row, field))),
                _ => None,
            })
            .collect();
        let config = Config::default();
        let defaults = [Field::View, Field::Context, Field::Scheme]
            .into_iter()
            .filter_map(|f| Some((f, f.word(&config)?)))
            .chain([(Field::Lang, Lang::default().as_str())])
            .collect();
        let lang = lang_table();
        let radius = radius_table();
        Tables {
            options,
            link: link_table(&words, &lang),
            words,
            defaults,
            lang,
            brand: brand_table(),
            font: font_table(),
            radius_tenths: radius_tenths(&radius),
            radius,
        }
    }

    /// Built once: the same tables for every decision and for the build.
    pub fn get() -> &'static Tables {
        static TABLES: OnceLock<Tables> = OnceLock::new();
        TABLES.get_or_init(Tables::build)
    }

    /// The words of a field.
    pub fn words(&self, field: Field) -> &[(String, &'static str)] {
        self.words
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(&[], |(_, w)| w.as_slice())
    }

    /// The tables as the loader reads them.
    pub fn json(&self) -> String {
        let map = |pairs: &[(String, &'static str)]| {
            json::object(pairs.iter().map(|(k, v)| (k, json::string(v))))
        };
        let reader = |r: Reader| match r {
            Reader::Wasm => json::string("wasm"),
            Reader::Words(f) => json::string(f.name()),
            Reader::Lang => json::string("lang"),
            Reader::Brand => json::string("brand"),
            Reader::Font => json::string("font"),
            Reader::Radius => json::string("radius"),
        };
        let options = json::array(self.options.iter().map(|o| {
            json::array([
                json::string(&o.attribute),
                json::string(o.key),
                reader(o.reader),
            ])
        }));
        let words = json::object(self.words.iter().map(|(f, w)| (f.name(), map(w))));
        let defaults = json::object(
            self.defaults
                .iter()
                .map(|(f, w)| (f.name(), json::string(w))),
        );
        let lang = json::object([
            ("primary", map(&self.lang.primary)),
            ("separators", json::string(&self.lang.separators)),
            ("chars", json::string(&self.lang.chars)),
        ]);
        let keys = json::object(self.link.keys.iter().map(|(k, kind)| {
            let v = match kind {
                LinkKey::Words(field) => field.name(),
                LinkKey::Lang => "lang",
                LinkKey::Ignore => "ignore",
                LinkKey::Wasm => "wasm",
                LinkKey::Target => "target",
            };
            (k, json::string(v))
        }));
        let link = json::object([
            ("prefix", json::string(&self.link.prefix)),
            ("head", json::string(&self.link.head)),
            ("keys", keys),
            ("targetChars", json::string(&self.link.target_chars)),
            ("targetMin", self.link.target_len.0.to_string()),
            ("targetMax", self.link.target_len.1.to_string()),
        ]);
        let b = &self.brand;
        let brand = json::object([
            ("mark", json::string(&b.mark.to_string())),
            (
                "digits",
                json::object(b.digits.iter().map(|(c, v)| (c.to_string(), v.to_string()))),
            ),
            // The curve is smooth, so each byte's step up from the byte
            // before changes by -1 to +3 from the last step: one digit each
            // ('0' is -1), a fifth of the numbers' bytes gzipped.
            ("linearCurve", json::string(&linear_curve(&b.linear))),
            (
                "weights",
                json::array(b.weights.iter().map(|v| v.to_string())),
            ),
            ("darkBelow", b.dark_below.to_string()),
            ("onLight", json::string(&b.on_light)),
            ("onDark", json::string(&b.on_dark)),
        ]);
        let font = json::object([
            ("chars", json::string(&self.font.chars)),
            ("edge", json::string(&self.font.edge)),
            ("max", self.font.max_len.to_string()),
        ]);
        let radius = json::object([
            (
                "max",
                json::object(self.radius.iter().map(|(u, m)| (u, m.to_string()))),
            ),
            ("tenths", self.radius_tenths.to_string()),
        ]);
        json::object([
            ("options", options),
            ("words", words),
            ("defaults", defaults),
            ("lang", lang),
            ("link", link),
            ("brand", brand),
            ("font", font),
            ("radius", radius),
        ])
    }
}
