//! The synthetic fixture itself is valid data: every behaviour test builds on it.

mod common;

use common::{DataDir, repdash};

#[test]
fn the_fixture_dataset_checks_clean() {
    let d = DataDir::fixture();
    let out = repdash()
        .args(["check", "--data"])
        .arg(d.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("months: 5 files, 2023-11..2024-03 (5 months)"),
        "{stdout}"
    );
    assert!(stdout.contains("problems: none"), "{stdout}");
}

/// A year-to-date count is compared with the count before it of its own article: two
/// articles' counts interleaved by month are two series, not one that falls and rises.
#[test]
fn a_falling_year_to_date_count_is_found_per_article() {
    let d = DataDir::new();
    let row = |article: &str, value: u32, as_of: &str| {
        format!("pp_pardoned_ytd,{article},{value},exact,{as_of},https://example.org/y,Y,,\n")
    };
    d.snapshot(
        "2024-03.csv",
        format!(
            "{}{}{}",
            common::HEADER_V2,
            row("", 10, "2024-03-31"),
            row("x1", 50, "2024-03-31")
        ),
    );
    d.snapshot(
        "2024-05.csv",
        format!(
            "{}{}{}",
            common::HEADER_V2,
            row("", 20, "2024-05-31"),
            row("x1", 40, "2024-05-31")
        ),
    );
    let out = repdash()
        .args(["check", "--data"])
        .arg(d.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("consistency warnings: 1 "), "{stdout}");
    assert!(
        stdout
            .contains("pp_pardoned_ytd 2024-05: a year-to-date count of 40 is below 50 in 2024-03"),
        "{stdout}"
    );
}
