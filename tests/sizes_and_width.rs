//! Hostile input, round two, classes 9 and 10: sizes that cost too much are refused as usage
//! errors, and one display-width rule (unicode-width) lays out wide, combining and zero-width
//! text in the plain-text renderer and in tables (the rule's own cases, with text reports'
//! padding, are unit tests in `data::model::width`).

mod common;

use std::fs;

use common::{DataDir, repdash};
use unicode_width::UnicodeWidthStr;

#[test]
fn render_refuses_a_size_past_the_cap_as_a_usage_error() {
    for size in [
        "65535x65535",
        "4000x4000",
        "1001x40",
        "120x501",
        "0x40",
        "120x0",
    ] {
        let out = repdash().args(["render", "--size", size]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "--size {size}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("from 1x1 to 1000x500"), "--size {size}: {err}");
        assert!(
            !err.contains("panicked") && !err.contains("memory allocation"),
            "{err}"
        );
    }
}

#[test]
fn render_draws_the_smallest_and_the_largest_allowed_size() {
    for (size, lines) in [("1x1", 1), ("3x2", 2), ("1000x500", 500)] {
        let out = repdash()
            .args(["render", "--tab", "articles", "--size", size])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "--size {size}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert_eq!(text.lines().count(), lines, "--size {size}");
    }
}

/// A fixture whose case register names people in wide, combining and zero-width text.
fn wide_names() -> DataDir {
    let d = DataDir::fixture();
    let cases = "date,month,person,event,articles,sentence_months,court,source_url,note
2024-01-10,2024-01,Plain Name,convicted,411,12,Court,https://example.org/c1,
2024-01-11,2024-01,😀 Emoji Name,convicted,411,12,Court,https://example.org/c2,
2024-01-12,2024-01,\u{20000}\u{20001} Ext B,convicted,411,12,Court,https://example.org/c3,
2024-01-13,2024-01,Kulše\u{301} Combining,convicted,411,12,Court,https://example.org/c4,
2024-01-14,2024-01,Zero\u{200B}Width,convicted,411,12,Court,https://example.org/c5,
2024-01-15,2024-01,日本語の名前がとても長い人物の名前です本当に長い,convicted,411,12,Court,https://example.org/c6,
";
    fs::write(d.path().join("cases.csv"), cases).unwrap();
    d
}

/// The display column where `needle` starts in `line`.
fn column_of(line: &str, needle: &str) -> Option<usize> {
    line.find(needle)
        .map(|at| UnicodeWidthStr::width(&line[..at]))
}

#[test]
fn the_case_table_keeps_its_columns_with_wide_and_invisible_text() {
    let out = repdash()
        .arg("render")
        .arg("--data")
        .arg(wide_names().path())
        .args([
            "--tab", "articles", "--size", "140x40", "--from", "2024-01", "--to", "2024-01",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = text.lines().filter(|l| l.contains("convicted")).collect();
    assert_eq!(rows.len(), 6, "{text}");
    let columns: Vec<Option<usize>> = rows.iter().map(|l| column_of(l, "convicted")).collect();
    assert!(
        columns.iter().all(|c| *c == columns[0]),
        "the Event column moves: {columns:?}\n{}",
        rows.join("\n")
    );
    for row in &rows {
        assert!(UnicodeWidthStr::width(*row) <= 140, "too wide: {row}");
    }
    // The long CJK name is cut to its column with an ellipsis, not mid-character.
    let long = rows.iter().find(|l| l.contains("日本語")).unwrap();
    assert!(long.contains('…'), "{long}");
}
