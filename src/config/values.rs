//! Validators for free values (phone numbers, URLs, email, names, codes,
//! fonts, radii): each trims with `str::trim`, refuses anything that could
//! become markup, a script URL or CSS beyond the value, and returns the
//! value as it will be used.

/// A phone number checked: `tel` is E.164 for `tel:` and `sms:` links;
/// `display` is how people read it (a US number as `404-555-0134`, any
/// other as the partner wrote it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub tel: String,
    pub display: String,
}

const MAX_LEN: usize = 2048;

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

/// A corner radius from 0 to 48 in px, or 0 to 3 in rem or em; a bare
/// number only as `0`. Digits and one dot only (`.5rem` too), so nothing
/// but a length can reach the stylesheet.
pub fn parse_radius(raw: &str) -> Option<String> {
    let r = raw.trim();
    let (number, max) = if let Some(n) = r.strip_suffix("px") {
        (n, 48)
    } else if let Some(n) = r.strip_suffix("rem").or_else(|| r.strip_suffix("em")) {
        (n, 3)
    } else {
        (r, 0)
    };
    // An optional whole part of up to two digits, and an optional fraction
    // of up to three after a dot; at least one digit in all.
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits =
        |s: &str, max_len: usize| s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole, 2)
        || !digits(fraction, 3)
        || (whole.is_empty() && fraction.is_empty())
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

pub fn parse_bool(raw: &str) -> Option<bool> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "yes" | "1" => Some(true),
        "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

/// Characters that show nothing and are not whitespace: byte order mark,
/// zero-width spaces and joiners, direction marks and overrides, soft
/// hyphen. `str::trim` keeps them (JavaScript's `trim` drops U+FEFF), so
/// a value starting or ending with one is refused rather than read as
/// something it does not look like.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

/// Whether `str::trim`, which reads every option's value, removes `c` from
/// its ends. Defined by that function itself, so the set the loader is
/// given (`WORD.space` in js/loader.js) is the one the config trims.
pub fn is_trimmed(c: char) -> bool {
    let mut buf = [0; 4];
    c.encode_utf8(&mut buf).trim().is_empty()
}

/// Whether a trimmed value starts or ends with an invisible character.
pub fn has_invisible_edge(value: &str) -> bool {
    let v = value.trim();
    v.starts_with(is_invisible) || v.ends_with(is_invisible)
}
