//! The loader's first view follows Rust: `first_view::decide` says what it
//! paints, every reading its tables allow is the Wasm's own decision, and
//! the drift cases of issue 14 are left to the Wasm or painted right.

use iop_check::config::{parse_color, Color, Context, Scheme, View};
use iop_check::content::Lang;
use iop_check::first_view::tables::Tables;
use iop_check::first_view::{
    cases, decide, reading, rendered, tables_json, FirstView, Given, Placeholder,
};

fn placeholder(attributes: &[(&str, &str)]) -> Placeholder {
    Placeholder {
        attributes: attributes
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
        options: None,
        queued_again: false,
    }
}

fn english() -> Vec<String> {
    vec!["en-US".into()]
}

fn painted(d: FirstView) -> iop_check::first_view::Painted {
    match d {
        FirstView::Paint(p) => p,
        FirstView::LeaveToWasm => panic!("expected a paint"),
    }
}

#[test]
fn a_language_with_a_trailing_space_is_left_to_the_wasm_which_shows_spanish() {
    let p = placeholder(&[("data-iop-lang", "es ")]);
    assert_eq!(decide(&p, "", &english()), FirstView::LeaveToWasm);
    assert_eq!(rendered(&p, "", &english()).lang, Lang::Es);
    let exact = placeholder(&[("data-iop-lang", "es")]);
    assert_eq!(painted(decide(&exact, "", &english())).lang, Lang::Es);
}

#[test]
fn a_view_behind_a_byte_order_mark_is_left_to_the_wasm() {
    let p = placeholder(&[("data-iop-view", "\u{feff}faq")]);
    assert_eq!(decide(&p, "", &english()), FirstView::LeaveToWasm);
    // The Wasm refuses it and shows both parts; the loader paints neither.
    assert_eq!(rendered(&p, "", &english()).view, View::Both);
}

#[test]
fn a_queued_mounts_options_win_over_the_attributes_in_the_paint() {
    let mut p = placeholder(&[("data-iop-view", "both"), ("data-iop-lang", "en")]);
    p.options = Some(vec![
        ("view".into(), Given::Text("faq".into())),
        ("lang".into(), Given::Missing),
    ]);
    let view = painted(decide(&p, "", &english()));
    assert_eq!((view.view, view.lang), (View::Faq, Lang::En));
    // A value that is not text: the Wasm spells it out, the loader leaves it.
    p.options = Some(vec![("view".into(), Given::Other("3".into()))]);
    assert_eq!(decide(&p, "", &english()), FirstView::LeaveToWasm);
}

#[test]
fn links_apply_to_their_placeholder_and_an_faq_item_is_left_to_the_wasm() {
    let p = placeholder(&[("id", "w-1")]);
    let both = |fragment: &str| decide(&p, fragment, &english());
    assert_eq!(painted(both("#iop=1&view=faq&el=w-1")).view, View::Faq);
    assert_eq!(painted(both("#iop=1&view=faq&el=w-2")).view, View::Both);
    let hospital = painted(both("#iop=1&ctx=hospital&lang=es"));
    assert_eq!(
        (hospital.context, hospital.lang),
        (Context::LeavingHospital, Lang::Es)
    );
    assert_eq!(both("#iop=1&faq=insurance"), FirstView::LeaveToWasm);
    assert_eq!(both("#iop=2&view=faq"), FirstView::LeaveToWasm);
    assert_eq!(painted(both("#top")).view, View::Both);
}

#[test]
fn every_reading_the_tables_allow_is_the_wasms_own_decision() {
    let t = Tables::get();
    let all = cases::all();
    let mut painted = 0;
    for c in &all {
        let p = &c.placeholder;
        if let Some(read) = reading::read(t, p, &c.fragment, &c.languages) {
            painted += 1;
            assert_eq!(read, rendered(p, &c.fragment, &c.languages), "{c:?}");
        }
    }
    // The cases exercise both ways.
    assert!(
        painted > 4096 && painted < all.len(),
        "{painted} of {}",
        all.len()
    );
}

#[test]
fn language_tags_read_from_the_tables_as_from_tag_reads_them() {
    let t = Tables::get();
    let chars: Vec<char> = t.lang.chars.chars().chain([' ', '\u{feff}', 'é']).collect();
    let mut tags = vec![String::new()];
    for _ in 0..3 {
        let longer: Vec<String> = tags
            .iter()
            .flat_map(|s| chars.iter().map(move |c| format!("{s}{c}")))
            .collect();
        tags.extend(longer);
    }
    for tag in tags.iter().chain(&["es-MX".to_string(), "EN_gb".into()]) {
        if let Some(read) = reading::lang(t, tag) {
            assert_eq!(read, Lang::from_tag(tag).map(Lang::as_str), "{tag:?}");
        }
    }
    assert_eq!(
        reading::lang(t, "es "),
        None,
        "a space is no character of a tag"
    );
}

#[test]
fn brand_colours_read_from_the_tables_as_the_wasm_sets_them() {
    let t = Tables::get();
    let mut x: u32 = 7;
    let mut colours: Vec<String> = (0..4096).map(|n| format!("#{n:03x}")).collect();
    for _ in 0..200_000 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        colours.push(format!("#{:06X}", x & 0xff_ffff));
    }
    for raw in &colours {
        let read = reading::brand(t, raw).expect(raw);
        let c = parse_color(raw).unwrap();
        assert_eq!(
            (read.hex, read.on_brand),
            (c.hex(), c.readable_text().hex()),
            "{raw}"
        );
    }
}

#[test]
fn the_text_on_a_brand_colour_follows_the_readmes_threshold() {
    // Relative luminance under 0.18: #777 is light, #737373 dark.
    assert_eq!(Color([0x77; 3]).readable_text(), Color([0, 0, 0]));
    assert_eq!(Color([0x73; 3]).readable_text(), Color([255, 255, 255]));
    assert_eq!(Color([255; 3]).readable_text(), Color([0, 0, 0]));
    assert_eq!(Color([0; 3]).readable_text(), Color([255, 255, 255]));
}

#[test]
fn fonts_and_radii_the_tables_allow_are_taken_unchanged() {
    let t = Tables::get();
    for c in t.font.chars.chars() {
        let font = format!("a{c}a");
        assert_eq!(
            iop_check::config::parse_font(&font),
            reading::font(t, &font)
        );
    }
    for (unit, max) in &t.radius {
        for n in 0..=*max {
            let r = format!("{n}{unit}");
            assert_eq!(iop_check::config::parse_radius(&r), reading::radius(t, &r));
        }
    }
    assert!(
        t.radius.iter().any(|(u, m)| u == "px" && *m == 48),
        "{:?}",
        t.radius
    );
    assert!(t.radius_tenths);
    assert_eq!(reading::radius(t, "0.5rem").as_deref(), Some("0.5rem"));
    assert_eq!(reading::radius(t, "48.5px"), None);
}

#[test]
fn the_tables_name_every_option_that_changes_the_first_view() {
    let json = tables_json();
    for word in [
        "data-iop-view",
        "data-iop-lang",
        "data-iop-faq-open",
        "data-iop-brand",
    ] {
        assert!(json.contains(&format!("\"{word}\"")), "{word}");
    }
    // Contact details change nothing the first view shows: not read at all.
    assert!(!json.contains("data-iop-phone"));
    assert_eq!(Scheme::default().as_str(), "auto");
}
