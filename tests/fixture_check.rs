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
    // One month file with article '' and article x1, each a count as of the month's end.
    let month = |m: &str, plain: u32, x1: u32| {
        let row = |article: &str, value: u32| {
            format!("pp_pardoned_ytd,{article},{value},exact,{m}-28,https://example.org/y,Y,,\n")
        };
        d.snapshot(
            &format!("{m}.csv"),
            format!("{}{}{}", common::HEADER_V2, row("", plain), row("x1", x1)),
        );
    };
    month("2024-03", 10, 50);
    month("2024-05", 20, 40);
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
