//! `contact-params`: the partner's own page parameters (`utm_campaign`,
//! ...) carried from the host page's query onto the contact page link.
//! Only the names the partner lists, only from the page's URL query (never
//! anything the person answered), each value decoded and percent-encoded
//! again, and a value longer than [`MAX_VALUE`] bytes left out.

/// How many names a partner may list.
pub const MAX_NAMES: usize = 10;
/// The longest parameter name taken.
pub const MAX_NAME: usize = 40;
/// The longest value carried, in bytes once decoded.
pub const MAX_VALUE: usize = 100;

/// A parameter name as a partner lists it: letters, digits, `_`, `-`, `.`.
pub fn parse_name(raw: &str) -> Option<String> {
    let ok = (1..=MAX_NAME).contains(&raw.len())
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-.".contains(&b));
    ok.then(|| raw.to_string())
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// A query value decoded as forms write it (`+` is a space); `None` when
/// it is not UTF-8 once decoded.
fn decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let pair = bytes
            .get(i + 1..i + 3)
            .and_then(|p| Some(hex(p[0])? * 16 + hex(p[1])?));
        match (b, pair) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
                continue;
            }
            (b'+', _) => out.push(b' '),
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Every byte but RFC 3986's unreserved ones as `%XX`.
fn encode(value: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
}

/// `url` with each parameter of `names` that the page's `query` (with or
/// without its `?`) carries, in the order listed, the first of repeats.
/// A fragment of `url` stays last.
pub fn carry(url: &str, query: &str, names: &[String]) -> String {
    let pairs: Vec<(&str, &str)> = query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect();
    let (base, fragment) = match url.find('#') {
        Some(at) => url.split_at(at),
        None => (url, ""),
    };
    let mut out = String::from(base);
    let mut joiner = if base.contains('?') { '&' } else { '?' };
    for name in names {
        let value = pairs
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| decode(v))
            .filter(|v| !v.is_empty() && v.len() <= MAX_VALUE);
        if let Some(value) = value {
            out.push(joiner);
            out.push_str(name);
            out.push('=');
            encode(&value, &mut out);
            joiner = '&';
        }
    }
    out.push_str(fragment);
    out
}
