//! A new month without the source checkout (monitor's month, round three, item 6): `init`
//! writes the embedded dataset as a data directory, and a count typed with a thousands comma
//! gets a message that says so and names the field.

mod common;

use common::{DataDir, HEADER_V2, check, repdash};
use repdash::data::{DataSource, Store};

#[test]
fn init_writes_the_embedded_dataset_as_a_directory_that_loads_the_same() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("team-data");
    let out = repdash().arg("init").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("month snapshot(s)"), "{said}");
    let embedded = Store::load(&DataSource::Embedded).unwrap();
    let written = Store::load(&DataSource::Dir(dir.clone())).unwrap();
    assert_eq!(written.figure_count(), embedded.figure_count());
    assert_eq!(written.cases.len(), embedded.cases.len());
    assert_eq!(written.full_range(), embedded.full_range());
    let (code, report) = check(&dir);
    assert_eq!(code, Some(0), "{report}");
    // No temp or backup file of the write is left behind.
    let hidden = std::fs::read_dir(dir.join("snapshots"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .count();
    assert_eq!(hidden, 0);
}

#[test]
fn init_refuses_a_directory_that_holds_anything_unless_forced() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("notes.txt"), "mine").unwrap();
    let out = repdash().arg("init").arg(tmp.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is not empty (use --force"), "{err}");
    assert!(!tmp.path().join("metrics.csv").exists());
    let out = repdash()
        .args(["init", "--force"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(tmp.path().join("metrics.csv").is_file());
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("notes.txt")).unwrap(),
        "mine"
    );
}

#[test]
fn a_count_with_a_thousands_comma_names_the_field_and_the_fix() {
    let d = DataDir::new();
    d.snapshot(
        "2024-02.csv",
        format!(
            "{HEADER_V2}political_prisoners,,1,110,exact,2024-02-29,https://spring96.org/x,T,2024-03-01,\n"
        ),
    );
    let (code, report) = check(d.path());
    assert_eq!(code, Some(1));
    let line = report
        .lines()
        .find(|l| l.contains("2024-02.csv:2"))
        .unwrap_or_default();
    assert!(line.contains(": value: 10 fields, expected 9"), "{report}");
    assert!(
        line.contains("must be quoted (\"1,110\") or written 1110"),
        "{line}"
    );
}
