//! Hostile input, round two, class 11: CR-only files, long output names, cases without a
//! source, and (as unit tests in `data::load::duplicates`) hash collisions between kept rows.

mod common;

use std::fs;

use common::{DataDir, HEADER_V2, repdash};

fn all_output(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn a_cr_only_file_reports_each_problem_at_its_own_line() {
    let d = DataDir::fixture();
    let rows = [
        HEADER_V2.trim_end(),
        "political_prisoners,,1400,exact,,https://example.org/a,A,,",
        "political_prisoners,,lots,exact,,https://example.org/b,B,,",
        "detentions,,300,maybe,,https://example.org/c,C,,",
    ];
    d.snapshot("2024-04.csv", rows.join("\r") + "\r");
    let (code, text) = common::check(d.path());
    assert_eq!(code, Some(1));
    assert!(text.contains("2024-04.csv:3: value"), "{text}");
    assert!(text.contains("2024-04.csv:4: qualifier"), "{text}");
}

#[test]
fn a_valid_250_byte_output_name_can_be_written() {
    let d = DataDir::fixture();
    let out_dir = tempfile::tempdir().unwrap();
    let name = format!("{}.csv", "r".repeat(246));
    assert_eq!(name.len(), 250);
    let target = out_dir.path().join(&name);
    let out = repdash()
        .arg("export")
        .arg("--data")
        .arg(d.path())
        .arg("-o")
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", all_output(&out));
    let written = fs::read_to_string(&target).unwrap();
    assert!(written.starts_with("row,month,"), "{written}");
    let left: Vec<_> = fs::read_dir(out_dir.path()).unwrap().flatten().collect();
    assert_eq!(left.len(), 1, "no temp file left beside it");
}

#[test]
fn a_case_without_a_usable_source_url_is_refused_with_its_line() {
    for (url, why) in [
        ("", "missing source URL"),
        ("\"http://a b\"", "spaces or control"),
    ] {
        let d = DataDir::fixture();
        let cases = fs::read_to_string(d.path().join("cases.csv")).unwrap();
        fs::write(
            d.path().join("cases.csv"),
            format!("{cases}2024-01-11,2024-01,Someone,convicted,342,12,Court,{url},\n"),
        )
        .unwrap();
        let (code, text) = common::check(d.path());
        assert_eq!(code, Some(1), "url {url:?}");
        assert!(text.contains("cases.csv:6: source_url"), "{text}");
        assert!(text.contains(why), "{text}");
    }
}
