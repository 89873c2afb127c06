//! The monitor's month, round three: a new month without the source checkout (`init`, the
//! thousands-comma message) and `check --gaps` over a window (items 6 and 7).

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

fn gaps(d: &DataDir, args: &[&str]) -> (Option<i32>, String, String) {
    let out = repdash()
        .args(["check", "--gaps"])
        .args(args)
        .arg("--data")
        .arg(d.path())
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

fn line_of<'a>(text: &'a str, key: &str) -> &'a str {
    let key = format!("{key} ");
    text.lines().find(|l| l.starts_with(&key)).unwrap_or("")
}

/// `check --gaps` narrows to a period in the filter line's words or to --from/--to, and
/// starts each series at its first figure unless --all-months asks for the whole window.
#[test]
fn check_gaps_takes_a_window_and_a_start() {
    let d = DataDir::fixture();
    let (code, text, _) = gaps(&d, &["--period", "2024-Q1"]);
    assert_eq!(code, Some(0));
    let pp = line_of(&text, "political_prisoners");
    assert!(
        pp.ends_with("2 of 3 since 2024-01; missing: 2024-02"),
        "{text}"
    );
    let (_, text, _) = gaps(&d, &["--from", "2024-02"]);
    let pp = line_of(&text, "political_prisoners");
    assert!(
        pp.ends_with("1 of 2 since 2024-02; missing: 2024-02"),
        "{text}"
    );
    // The list additions begin in 2023-12: 2023-11 is a gap only when asked for.
    let key = "extremist_individuals_added";
    let (_, text, _) = gaps(&d, &[]);
    assert!(line_of(&text, key).contains("since 2023-12"), "{text}");
    let (_, text, _) = gaps(&d, &["--all-months", "--format", "csv"]);
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let months: Vec<String> = rows
        .records()
        .map(|r| r.unwrap())
        .filter(|r| &r[0] == key)
        .map(|r| r[1].to_string())
        .collect();
    assert_eq!(
        months.first().map(String::as_str),
        Some("2023-11"),
        "{text}"
    );
}

#[test]
fn check_gaps_refuses_a_window_that_ends_before_it_starts() {
    let d = DataDir::fixture();
    let (code, _, err) = gaps(&d, &["--from", "2024-03", "--to", "2024-01"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("--from 2024-03 is after --to 2024-01"),
        "{err}"
    );
    let (code, _, err) = gaps(&d, &["--period", "2024-Q5"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("is not a period"), "{err}");
}

/// Gaps of data that did not load would be months that are only unreadable: the problems
/// are said instead (before, `--gaps` on a broken directory printed nothing and exited 1).
#[test]
fn check_gaps_on_broken_data_names_the_problems() {
    let d = DataDir::new();
    d.snapshot(
        "2024-02.csv",
        format!("{HEADER_V2}political_prisoners,,x\n"),
    );
    let (code, out, err) = gaps(&d, &[]);
    assert_eq!(code, Some(1));
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("2024-02.csv:2"), "{err}");
}
