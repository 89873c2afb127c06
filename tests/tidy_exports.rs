//! Tidy exports (issue "from a view to a report", part 5): one row per month per metric by
//! default, range aggregates only on request, so a spreadsheet sum counts each month once.

mod common;

use common::{DataDir, repdash};

fn export(d: &DataDir, extra: &[&str]) -> (String, Vec<csv::StringRecord>) {
    let out_dir = tempfile::tempdir().unwrap();
    let file = out_dir.path().join("x.csv");
    let run = repdash()
        .arg("export")
        .arg("--data")
        .arg(d.path())
        .args([
            "--metric",
            "detentions",
            "--metric",
            "political_prisoners",
            "-o",
        ])
        .arg(&file)
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0), "{extra:?}");
    let said = String::from_utf8(run.stdout).unwrap();
    let mut rdr = csv::Reader::from_path(&file).unwrap();
    (said, rdr.records().map(Result::unwrap).collect())
}

#[test]
fn the_default_export_is_one_row_per_month_per_metric() {
    let d = DataDir::fixture();
    let (said, rows) = export(&d, &[]);
    assert_eq!(rows.len(), 10, "2 metrics x 5 months");
    assert!(rows.iter().all(|r| &r[0] == "month"));
    assert!(said.contains("(10 rows)"), "{said}");
    // A spreadsheet SUM over detentions' value column: the months with data, once each.
    let sum: f64 = rows
        .iter()
        .filter(|r| &r[2] == "detentions")
        .filter_map(|r| r[4].parse::<f64>().ok())
        .sum();
    assert_eq!(sum, 200.0 + 250.0 + 305.0 + 280.0);
}

#[test]
fn totals_come_only_when_asked_with_their_qualifier() {
    let d = DataDir::fixture();
    let (said, rows) = export(&d, &["--totals"]);
    assert_eq!(rows.len(), 12, "10 month rows, then 2 range rows");
    assert!(said.contains("(12 rows)"), "{said}");
    let ranges: Vec<_> = rows.iter().filter(|r| &r[0] == "range").collect();
    assert_eq!(ranges.len(), 2);
    let det = ranges.iter().find(|r| &r[2] == "detentions").unwrap();
    assert_eq!(
        (&det[4], &det[5]),
        ("1035", "about"),
        "a month is missing and December's ~250 is no floor: about, with its coverage beside"
    );
    let (_, only) = export(&d, &["--rows", "totals"]);
    assert_eq!(only.len(), 2);
    assert!(only.iter().all(|r| &r[0] == "range"));
}
