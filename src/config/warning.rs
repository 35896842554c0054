//! What the console says about an option it could not use. Every line
//! names the option as the partner gave it and shows the value, escaped
//! and cut short so a huge or hostile value cannot flood the console.

/// Where a value came from, so the warning names what the partner wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// `data-iop-NAME` on the placeholder.
    Attribute,
    /// `NAME` on an `<iop-check>` element.
    Element,
    /// The camelCase key in the options of `IOPCheck.mount`.
    Key,
}

/// What was wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not a value the option takes; the default is used.
    Invalid { expected: &'static str },
    /// Starts or ends with a character that shows nothing (a BOM, a
    /// zero-width space); the default is used.
    Invisible { expected: &'static str },
    /// Some items of a list skipped; the others are kept.
    Skipped {
        items: Vec<String>,
        expected: &'static str,
    },
    /// No such option; the closest one's name when it is near.
    Unknown { suggestion: Option<String> },
}

/// One rejected value, reported once on the console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// As the partner wrote it: `data-iop-phone`, `option phone`, or an
    /// unknown key as given.
    pub name: String,
    pub value: String,
    pub problem: Problem,
}

/// At most this many characters of a value are shown.
const SHOWN: usize = 80;

/// Skipped list items named in one warning, and how much of each.
const SKIPPED_SHOWN: usize = 3;
const ITEM_SHOWN: usize = 40;

/// `value` quoted: control characters as `?`, invisible ones spelled out
/// (`\u{feff}`) so the reader sees why it failed, cut at `limit` shown.
fn push_quoted(out: &mut String, value: &str, limit: usize) {
    out.push('"');
    // Counted as shown, so a run of escaped characters stays short too.
    let start = out.len();
    for c in value.chars() {
        if out[start..].chars().count() >= limit {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.push('?');
        } else if super::values::is_invisible(c) {
            out.push_str("\\u{");
            let code = c as u32;
            for shift in (0..4).rev() {
                let digit = (code >> (shift * 4)) & 15;
                out.push(char::from_digit(digit, 16).unwrap_or('?'));
            }
            out.push('}');
        } else {
            out.push(c);
        }
    }
    out.push('"');
}

impl Warning {
    /// The console line.
    pub fn message(&self) -> String {
        let mut s = String::from("IOP Check: ");
        if let Problem::Skipped { items, expected } = &self.problem {
            s.push_str(&self.name);
            s.push_str(": skipped ");
            // A few items show what went wrong; a flood would hide it.
            for (i, item) in items.iter().take(SKIPPED_SHOWN).enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                push_quoted(&mut s, item, ITEM_SHOWN);
            }
            if items.len() > SKIPPED_SHOWN {
                s.push_str(" and ");
                crate::content::push_number(&mut s, items.len() - SKIPPED_SHOWN);
                s.push_str(" more");
            }
            s.push_str(" (expected ");
            s.push_str(expected);
            s.push_str("); keeping the others.");
            return s;
        }
        s.push_str("ignored ");
        s.push_str(&self.name);
        s.push('=');
        push_quoted(&mut s, &self.value, SHOWN);
        match &self.problem {
            Problem::Invalid { expected } => {
                s.push_str(": expected ");
                s.push_str(expected);
            }
            Problem::Invisible { expected } => {
                s.push_str(": it starts or ends with an invisible character; expected ");
                s.push_str(expected);
            }
            Problem::Unknown { suggestion } => {
                s.push_str(": not an option of IOP Check");
                match suggestion {
                    Some(name) => {
                        s.push_str("; did you mean ");
                        s.push_str(name);
                        s.push('?');
                    }
                    None => s.push('.'),
                }
                return s;
            }
            Problem::Skipped { .. } => {}
        }
        s.push_str(". Using the default.");
        s
    }
}
