//! QR codes made on the device (no request to any service), as an SVG path
//! that the widget and the link builder draw.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code: its size in modules and an SVG path of the dark modules,
/// drawn in a `0 0 size+8 size+8` viewBox (4 modules of quiet zone).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    pub size: u32,
    pub path: String,
}

/// Encode text with medium error correction; `None` if it is too long.
pub fn encode(text: &str) -> Option<Qr> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::with_capacity((size * size) as usize * 4);
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if code.get_module(x, y) {
                // One horizontal run per path segment keeps the path short.
                let start = x;
                while x < size && code.get_module(x, y) {
                    x += 1;
                }
                path.push('M');
                crate::content::push_number(&mut path, (start + 4) as usize);
                path.push(' ');
                crate::content::push_number(&mut path, (y + 4) as usize);
                path.push('h');
                crate::content::push_number(&mut path, (x - start) as usize);
                path.push_str("v1h-");
                crate::content::push_number(&mut path, (x - start) as usize);
                path.push('z');
            } else {
                x += 1;
            }
        }
    }
    Some(Qr {
        size: size as u32,
        path,
    })
}

/// A standalone SVG document, for download.
pub fn svg(text: &str) -> Option<String> {
    let qr = encode(text)?;
    let mut view = String::new();
    crate::content::push_number(&mut view, qr.size as usize + 8);
    let mut s = String::from("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
    s.push_str(&view);
    s.push(' ');
    s.push_str(&view);
    s.push_str("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
    s.push_str(&qr.path);
    s.push_str("\"/></svg>");
    Some(s)
}
