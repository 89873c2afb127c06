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
