//! Partner configuration: every `data-iop-*` attribute (or the same key in
//! the options object of `IOPCheck.mount`) parsed and validated here, with
//! no browser APIs, so hostile values are tested natively.
//!
//! An invalid value never reaches the page: it yields a [`Warning`] naming
//! the attribute and the value, and the default is used instead.

use crate::content::{FaqId, Lang};

/// Which parts of the widget to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    Checker,
    Faq,
    #[default]
    Both,
}

/// Light or dark colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Scheme {
    Light,
    Dark,
    /// Match the host page around the placeholder. The loader's one rule
    /// (`hostScheme` in js/loader.js) settles it to light or dark, for its
    /// painted first view and for the Wasm's mount alike.
    #[default]
    Auto,
    /// Follow the visitor's system setting (`prefers-color-scheme`).
    System,
}

/// How the check opens: "leaving the hospital" words the start for someone
/// stepping down from inpatient or residential care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Context {
    #[default]
    General,
    LeavingHospital,
}

/// Levels of care the partner offers; the result only offers these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Programs {
    pub iop: bool,
    pub php: bool,
    pub outpatient: bool,
}

impl Default for Programs {
    fn default() -> Self {
        Programs {
            iop: true,
            php: true,
            outpatient: true,
        }
    }
}

/// A phone number checked: `tel` is E.164 for `tel:` and `sms:` links;
/// `display` is how people read it (a US number as `404-555-0134`, any
/// other as the partner wrote it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub tel: String,
    pub display: String,
}

/// x^2.4 for x in 0..=1 within about 1%, from square roots alone: enough to
/// choose black or white text, without the code size of `powf`.
fn pow_2_4(x: f64) -> f64 {
    let r2 = x.sqrt();
    let r4 = r2.sqrt();
    let r8 = r4.sqrt();
    let r64 = r8.sqrt().sqrt().sqrt();
    // x^(2 + 1/4 + 1/8 + 1/64) = x^2.390625
    x * x * r4 * r8 * r64
}

/// A colour as `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color(pub [u8; 3]);

impl Color {
    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut s = String::from("#");
        for b in self.0 {
            s.push(DIGITS[(b >> 4) as usize] as char);
            s.push(DIGITS[(b & 15) as usize] as char);
        }
        s
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(self.0[0]) + 0.7152 * channel(self.0[1]) + 0.0722 * channel(self.0[2])
    }

    /// Black or white, whichever reads better on this colour.
    pub fn readable_text(self) -> Color {
        let l = self.luminance();
        if (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) {
            Color([0, 0, 0])
        } else {
            Color([255, 255, 255])
        }
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Config {
    pub provider_name: Option<String>,
    pub phone: Option<Phone>,
    pub sms: Option<Phone>,
    pub email: Option<String>,
    pub contact_url: Option<String>,
    pub insurance_url: Option<String>,
    pub programs: Programs,
    pub lang: Option<Lang>,
    pub view: View,
    pub faq: Vec<FaqId>,
    pub faq_open: Option<FaqId>,
    pub heading_level: HeadingLevel,
    pub referral: Option<String>,
    pub scheme: Scheme,
    pub brand: Option<Color>,
    pub font: Option<String>,
    pub radius: Option<String>,
    pub share_outcome: bool,
    pub context: Context,
}

/// Heading level 2 to 6 for FAQ headers; the widget's titles sit one above.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadingLevel(u8);

impl Default for HeadingLevel {
    fn default() -> Self {
        HeadingLevel(3)
    }
}

impl HeadingLevel {
    pub fn new(level: u8) -> Option<Self> {
        (2..=6).contains(&level).then_some(HeadingLevel(level))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// The level for titles above the FAQ items (never below h2).
    pub fn title(self) -> u8 {
        (self.0 - 1).max(2)
    }
}

/// One rejected value, reported once on the console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub attribute: String,
    pub value: String,
    pub expected: &'static str,
}

impl Warning {
    /// The console line: names the attribute and shows the value, escaped
    /// and cut short so a huge value cannot flood the console.
    pub fn message(&self) -> String {
        // Control characters shown as '?', and at most 80 characters.
        let shown_chars = || {
            self.value
                .chars()
                .map(|c| if c.is_control() { '?' } else { c })
        };
        let mut shown: String = shown_chars().take(80).collect();
        if shown_chars().nth(80).is_some() {
            shown.push('…');
        }
        let mut s = String::from("IOP Check: ignored ");
        s.push_str(&self.attribute);
        s.push_str("=\"");
        s.push_str(&shown);
        s.push_str("\": expected ");
        s.push_str(self.expected);
        s.push_str(". Using the default.");
        s
    }
}

/// Every option: attribute suffix (after `data-iop-`) and the camelCase key
/// of the JS options object.
pub const OPTIONS: [(&str, &str); 19] = [
    ("provider", "provider"),
    ("phone", "phone"),
    ("sms", "sms"),
    ("email", "email"),
    ("contact-url", "contactUrl"),
    ("insurance-url", "insuranceUrl"),
    ("programs", "programs"),
    ("lang", "lang"),
    ("view", "view"),
    ("faq", "faq"),
    ("faq-open", "faqOpen"),
    ("heading-level", "headingLevel"),
    ("referral", "referral"),
    ("scheme", "scheme"),
    ("brand", "brand"),
    ("font", "font"),
    ("radius", "radius"),
    ("share-outcome", "shareOutcome"),
    ("context", "context"),
];

const MAX_LEN: usize = 2048;

const PHONE_EXPECTED: &str =
    "a US number, or + and a country code, in digits, spaces and - . ( ) only";

fn has_control(s: &str) -> bool {
    s.chars().any(|c| c.is_control())
}

/// The longest number accepted, as written with single spaces.
const MAX_PHONE_LEN: usize = 32;

/// A North American number in any usual format, or `+`, a country code and
/// 8 to 15 digits in all; `None` if invalid. Only digits, spaces, `+` (first
/// only), `-`, `.` and parentheses (not nested, not empty) are allowed;
/// whitespace is trimmed and runs of it become one space.
pub fn parse_phone(raw: &str) -> Option<Phone> {
    let raw = raw.trim();
    let plus = raw.starts_with('+');
    // As written, with single spaces; and the digits to dial.
    let mut written = String::new();
    let mut digits = String::new();
    // Where the digits of an open parenthesis start.
    let mut group = None;
    let mut space = false;
    for (i, c) in raw.char_indices() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            written.push(' ');
            space = false;
        }
        match c {
            '+' if i == 0 => {}
            '0'..='9' => digits.push(c),
            '(' if group.is_none() => group = Some(digits.len()),
            ')' => {
                let start = group.take()?;
                // "()" is refused; "(0)" after a country code (the trunk
                // prefix in "+44 (0)20 ...") is shown but not dialled.
                match &digits[start..] {
                    "" => return None,
                    "0" if plus => digits.truncate(start),
                    _ => {}
                }
            }
            '-' | '.' => {}
            _ => return None,
        }
        written.push(c);
        if written.len() > MAX_PHONE_LEN {
            return None;
        }
    }
    // A digit first (after the +, or a parenthesis without one) and last.
    let mut after_plus = written[usize::from(plus)..].chars();
    let starts_well = after_plus
        .next()
        .is_some_and(|c| c.is_ascii_digit() || (c == '(' && !plus));
    if !starts_well || !written.ends_with(|c: char| c.is_ascii_digit()) || group.is_some() {
        return None;
    }
    let nanp = match (plus, digits.len()) {
        (false, 10) => Some(digits.as_str()),
        (_, 11) if digits.starts_with('1') => Some(&digits[1..]),
        _ => None,
    };
    if let Some(n) = nanp {
        // Area code and exchange cannot start with 0 or 1.
        let b = n.as_bytes();
        if b[0] < b'2' || b[3] < b'2' {
            return None;
        }
        let mut display = String::with_capacity(12);
        display.push_str(&n[0..3]);
        display.push('-');
        display.push_str(&n[3..6]);
        display.push('-');
        display.push_str(&n[6..]);
        let mut tel = String::from("+1");
        tel.push_str(n);
        return Some(Phone { tel, display });
    }
    if plus && (8..=15).contains(&digits.len()) && !digits.starts_with('0') {
        let mut tel = String::from("+");
        tel.push_str(&digits);
        return Some(Phone {
            tel,
            display: written,
        });
    }
    None
}

/// An absolute https URL with a host, and nothing that could break out of
/// an attribute or run script.
pub fn parse_https_url(raw: &str) -> Option<String> {
    let url = raw.trim();
    let rest = url
        .get(..8)
        .filter(|scheme| scheme.eq_ignore_ascii_case("https://"))
        .map(|_| &url[8..])?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let valid = url.len() <= MAX_LEN
        && !host.is_empty()
        && !host.contains('@')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\`".contains(c));
    valid.then(|| {
        let mut s = String::from("https://");
        s.push_str(rest);
        s
    })
}

pub fn parse_email(raw: &str) -> Option<String> {
    let email = raw.trim();
    let (local, domain) = email.split_once('@')?;
    let ok_local = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".!#$%&*+-/=?^_{|}~".contains(c));
    let ok_domain = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-".contains(c));
    (email.len() <= 254 && ok_local && ok_domain).then(|| email.to_string())
}

/// `#rgb` or `#rrggbb`.
pub fn parse_color(raw: &str) -> Option<Color> {
    let hex = raw.trim().strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let nibble = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
    match hex.len() {
        3 => Some(Color([nibble(0)? * 17, nibble(1)? * 17, nibble(2)? * 17])),
        6 => Some(Color([
            u8::from_str_radix(&hex[0..2], 16).ok()?,
            u8::from_str_radix(&hex[2..4], 16).ok()?,
            u8::from_str_radix(&hex[4..6], 16).ok()?,
        ])),
        _ => None,
    }
}

/// A CSS font-family list: names, quotes, commas, spaces and hyphens only.
pub fn parse_font(raw: &str) -> Option<String> {
    let font = raw.trim();
    let ok = !font.is_empty()
        && font.len() <= 200
        && font
            .chars()
            .all(|c| c.is_alphanumeric() || " ,-_'\"".contains(c));
    ok.then(|| font.to_string())
}

/// A corner radius from 0 to 48 in px, or 0 to 3 in rem or em.
pub fn parse_radius(raw: &str) -> Option<String> {
    let r = raw.trim();
    let (number, max) = if let Some(n) = r.strip_suffix("px") {
        (n, 48)
    } else if let Some(n) = r.strip_suffix("rem").or_else(|| r.strip_suffix("em")) {
        (n, 3)
    } else {
        return None;
    };
    // Whole part and an optional fraction of up to three digits.
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits =
        |s: &str, max_len: usize| s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || !digits(whole, 2)
        || !digits(fraction, 3)
        || (number.contains('.') && fraction.is_empty())
    {
        return None;
    }
    let whole: u32 = whole.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0'));
    let within = whole < max || (whole == max && fraction.bytes().all(|b| b == b'0'));
    within.then(|| r.to_string())
}

/// Printable text up to 80 characters, shown as text only.
pub fn parse_name(raw: &str) -> Option<String> {
    let name = raw.trim();
    (!name.is_empty() && name.chars().count() <= 80 && !has_control(name)).then(|| name.to_string())
}

pub fn parse_referral(raw: &str) -> Option<String> {
    let code = raw.trim();
    let ok = (1..=32).contains(&code.len())
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then(|| code.to_string())
}

fn parse_bool(raw: &str) -> Option<bool> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "yes" | "1" => Some(true),
        "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

impl Config {
    /// Read every option through `get`, which returns the raw value of an
    /// attribute suffix such as `"phone"` when it is present.
    pub fn parse(get: impl Fn(&str) -> Option<String>) -> (Config, Vec<Warning>) {
        let mut c = Config::default();
        let mut warnings = Vec::new();
        for (name, _) in OPTIONS {
            let Some(raw) = get(name) else { continue };
            if let Err(expected) = c.apply(name, &raw) {
                let mut attribute = String::from("data-iop-");
                attribute.push_str(name);
                warnings.push(Warning {
                    attribute,
                    value: raw,
                    expected,
                });
            }
        }
        (c, warnings)
    }

    /// Apply one option. A list option keeps its valid items and reports
    /// the first invalid one.
    fn apply(&mut self, name: &str, raw: &str) -> Result<(), &'static str> {
        fn set<T>(
            slot: &mut Option<T>,
            value: Option<T>,
            expected: &'static str,
        ) -> Result<(), &'static str> {
            match value {
                Some(v) => {
                    *slot = Some(v);
                    Ok(())
                }
                None => Err(expected),
            }
        }
        match name {
            "provider" => set(
                &mut self.provider_name,
                parse_name(raw),
                "a name of 1 to 80 characters",
            ),
            "phone" => set(&mut self.phone, parse_phone(raw), PHONE_EXPECTED),
            "sms" => set(&mut self.sms, parse_phone(raw), PHONE_EXPECTED),
            "email" => set(&mut self.email, parse_email(raw), "an email address"),
            "contact-url" => set(
                &mut self.contact_url,
                parse_https_url(raw),
                "an https:// URL",
            ),
            "insurance-url" => set(
                &mut self.insurance_url,
                parse_https_url(raw),
                "an https:// URL",
            ),
            "lang" => set(&mut self.lang, Lang::from_tag(raw), "en or es"),
            "referral" => set(
                &mut self.referral,
                parse_referral(raw),
                "1 to 32 letters, digits, - or _",
            ),
            "brand" => set(
                &mut self.brand,
                parse_color(raw),
                "a colour such as #0b5fff",
            ),
            "font" => set(
                &mut self.font,
                parse_font(raw),
                "a font-family list such as \"Inter, sans-serif\"",
            ),
            "radius" => set(
                &mut self.radius,
                parse_radius(raw),
                "a length such as 8px or 0.5rem",
            ),
            "faq-open" => set(
                &mut self.faq_open,
                FaqId::from_id(raw.trim()),
                "an FAQ id such as what-is-iop",
            ),
            "view" => {
                self.view = match raw.trim() {
                    "checker" => View::Checker,
                    "faq" => View::Faq,
                    "both" => View::Both,
                    _ => return Err("checker, faq or both"),
                };
                Ok(())
            }
            "scheme" => {
                self.scheme = match raw.trim() {
                    "light" => Scheme::Light,
                    "dark" => Scheme::Dark,
                    "auto" => Scheme::Auto,
                    "system" => Scheme::System,
                    _ => return Err("auto, system, light or dark"),
                };
                Ok(())
            }
            "context" => {
                self.context = match raw.trim() {
                    "leaving-hospital" => Context::LeavingHospital,
                    "general" => Context::General,
                    _ => return Err("leaving-hospital or general"),
                };
                Ok(())
            }
            "heading-level" => {
                let level = raw.trim().parse().ok().and_then(HeadingLevel::new);
                self.heading_level = level.ok_or("a heading level from 2 to 6")?;
                Ok(())
            }
            "share-outcome" => {
                self.share_outcome = parse_bool(raw).ok_or("true or false")?;
                Ok(())
            }
            "programs" => {
                let mut p = Programs {
                    iop: false,
                    php: false,
                    outpatient: false,
                };
                let mut bad = false;
                for item in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match item {
                        "iop" => p.iop = true,
                        "php" => p.php = true,
                        "outpatient" => p.outpatient = true,
                        _ => bad = true,
                    }
                }
                if p.iop || p.php || p.outpatient {
                    self.programs = p;
                }
                if bad || !(p.iop || p.php || p.outpatient) {
                    Err("a list of iop, php, outpatient")
                } else {
                    Ok(())
                }
            }
            "faq" => {
                let mut bad = false;
                let mut items = Vec::new();
                for item in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match FaqId::from_id(item) {
                        Some(id) if !items.contains(&id) => items.push(id),
                        Some(_) => {}
                        None => bad = true,
                    }
                }
                self.faq = items;
                if bad {
                    Err("a list of FAQ ids (unknown ids are skipped)")
                } else {
                    Ok(())
                }
            }
            _ => Ok(()),
        }
    }

    /// FAQ items to show, in order: the partner's list or all of them.
    pub fn faq_items(&self) -> Vec<FaqId> {
        if self.faq.is_empty() {
            FaqId::ALL.to_vec()
        } else {
            self.faq.clone()
        }
    }
}
