//! The partner's look: brand colour (and the text that reads on it) and
//! the FAQ's heading level.

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

    /// Black or white, whichever reads better on this colour: white when
    /// its luminance is below [`DARK_BELOW`], summed in integers so the
    /// loader's painted first view makes the same choice from a table.
    pub fn readable_text(self) -> Color {
        let sum: u32 = (0..3)
            .map(|i| LUMINANCE_WEIGHTS[i] * linear_light(self.0[i]))
            .sum();
        if sum < DARK_BELOW {
            Color([255, 255, 255])
        } else {
            Color([0, 0, 0])
        }
    }
}

/// A channel byte's linear light (sRGB decoded, as WCAG does), in parts of
/// 10 000, rounded. The build hands the loader these as a table.
pub fn linear_light(byte: u8) -> u32 {
    let c = f64::from(byte) / 255.0;
    let linear = if c <= 0.03928 {
        c / 12.92
    } else {
        pow_2_4((c + 0.055) / 1.055)
    };
    (linear * 10_000.0 + 0.5) as u32
}

/// WCAG's luminance weights of red, green and blue, in parts of 10 000.
pub const LUMINANCE_WEIGHTS: [u32; 3] = [2126, 7152, 722];

/// Luminance, in parts of 10^8, below which white text reads better than
/// black: where the two contrast ratios are equal, at
/// sqrt(1.05 * 0.05) - 0.05 = 0.179128785.
pub const DARK_BELOW: u32 = 17_912_879;

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
