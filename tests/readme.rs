//! The README is a contract: its attribute table lists exactly the
//! options of the Rust table, with the same JS keys.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use iop_check::config::OPTIONS;

const README: &str = include_str!("../README.md");

/// `(attribute suffix, key)` of every row shaped `| `data-iop-x` | `key` |`.
fn readme_rows() -> Vec<(String, String)> {
    README
        .lines()
        .filter_map(|line| {
            let mut cells = line.split('|').map(str::trim).skip(1);
            let attribute = cells
                .next()?
                .strip_prefix("`data-iop-")?
                .strip_suffix('`')?;
            let key = cells.next()?.strip_prefix('`')?.strip_suffix('`')?;
            Some((attribute.to_string(), key.to_string()))
        })
        .collect()
}

#[test]
fn the_attribute_table_lists_exactly_the_options() {
    let rows = readme_rows();
    let readme: BTreeSet<_> = rows.iter().cloned().collect();
    assert_eq!(readme.len(), rows.len(), "a row appears twice: {rows:?}");
    let rust: BTreeSet<_> = OPTIONS
        .iter()
        .map(|o| (o.attribute.to_string(), o.key.to_string()))
        .collect();
    let missing: Vec<_> = rust.difference(&readme).collect();
    let extra: Vec<_> = readme.difference(&rust).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "README's attribute table lacks {missing:?} and lists {extra:?}, which the option table does not have"
    );
}

/// The parser above reads real rows: it finds the ones every README has
/// had, so an empty table cannot pass by accident.
#[test]
fn the_row_reader_finds_known_rows() {
    let rows = readme_rows();
    assert!(rows.contains(&("phone".into(), "phone".into())));
    assert!(rows.contains(&("contact-url".into(), "contactUrl".into())));
    assert!(rows.len() >= 20, "{rows:?}");
}
