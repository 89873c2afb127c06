//! Every kind of bad input is reported with file, line and field, all at once.

mod common;

use common::{DataDir, HEADER};
use repdash::data::DataSource;
use repdash::data::Problem;
use repdash::data::Store;

fn problems(d: &DataDir) -> Vec<Problem> {
    Store::load_lenient(&DataSource::Dir(d.path().to_path_buf())).1
}

fn row(metric: &str, value: &str, qualifier: &str) -> String {
    format!("{metric},,{value},{qualifier},https://spring96.org/x,T,2024-02-06,n\n")
}

#[test]
fn clean_directory_has_no_problems() {
    assert_eq!(problems(&DataDir::new()), vec![]);
}

#[test]
fn bad_month_in_file_name() {
    let d = DataDir::new();
    d.snapshot(
        "2024-13.csv",
        format!("{HEADER}{}", row("detentions", "5", "exact")),
    );
    d.snapshot(
        "2024-1.csv",
        format!("{HEADER}{}", row("detentions", "5", "exact")),
    );
    d.snapshot(
        "notes.csv",
        format!("{HEADER}{}", row("detentions", "5", "exact")),
    );
    let p = problems(&d);
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(
        p.iter()
            .all(|p| p.message.contains("bad month in file name") && p.line.is_none())
    );
    assert!(
        p[1].file.ends_with("snapshots/2024-13.csv"),
        "{}",
        p[1].file
    );
}

#[test]
fn value_with_thousands_separator_names_line_and_field() {
    let d = DataDir::new();
    d.snapshot(
        "2024-03.csv",
        format!(
            "{HEADER}{}{}",
            row("detentions", "5", "exact"),
            row("political_prisoners", "\"1,429\"", "exact")
        ),
    );
    let p: Vec<Problem> = problems(&d)
        .into_iter()
        .filter(|p| p.file.ends_with("2024-03.csv"))
        .collect();
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!((p[0].line, p[0].field.as_deref()), (Some(3), Some("value")));
    assert_eq!(
        p[0].to_string().rsplit("snapshots/").next().unwrap(),
        "2024-03.csv:3: value: value \"1,429\" is not a number (plain digits, at most 15 significant)"
    );
}

#[test]
fn unknown_metric_and_qualifier() {
    let d = DataDir::new();
    d.snapshot(
        "2024-02.csv",
        format!(
            "{HEADER}{}{}",
            row("prisoners", "5", "exact"),
            row("detentions", "5", "approx")
        ),
    );
    let p = problems(&d);
    let fields: Vec<_> = p
        .iter()
        .map(|p| (p.line, p.field.clone().unwrap_or_default()))
        .collect();
    assert_eq!(
        fields,
        vec![
            (Some(2), "metric".to_string()),
            (Some(3), "qualifier".to_string())
        ]
    );
    assert!(p[0].message.contains("unknown metric \"prisoners\""));
    assert!(p[1].message.contains("unknown qualifier \"approx\""));
}

#[test]
fn wrong_column_count_duplicates_and_empty_files() {
    let d = DataDir::new();
    let good = row("detentions", "5", "exact");
    d.snapshot(
        "2024-02.csv",
        format!("{HEADER}{good}detentions,,5,exact\n{good}"),
    );
    d.snapshot("2024-03.csv", "");
    d.snapshot("2024-04.csv", HEADER);
    let p = problems(&d);
    let shown: Vec<String> = p
        .iter()
        .map(|p| {
            p.to_string()
                .rsplit("snapshots/")
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            "2024-02.csv:3: 4 fields, expected 8",
            "2024-02.csv:4: duplicate of line 2 (identical row)",
            "2024-03.csv: empty file",
            "2024-04.csv: empty file: header but no figures",
        ]
    );
}

#[test]
fn all_problems_are_collected_not_just_the_first() {
    let d = DataDir::new();
    d.snapshot(
        "2024-02.csv",
        format!(
            "{HEADER}{}{}",
            row("nope", "x", "maybe"),
            row("detentions", "-1", "exact")
        ),
    );
    d.snapshot("2024-13.csv", "x");
    assert_eq!(problems(&d).len(), 5);
}

#[test]
fn bom_and_crlf_are_accepted() {
    let d = DataDir::new();
    let text =
        format!("\u{feff}{HEADER}{}", row("detentions", "310", "exact")).replace('\n', "\r\n");
    d.snapshot("2024-02.csv", text);
    assert_eq!(problems(&d), vec![]);
}

#[test]
fn missing_catalog_is_a_problem() {
    let d = DataDir::new();
    std::fs::remove_file(d.path().join("metrics.csv")).unwrap();
    let p = problems(&d);
    assert!(
        p.iter()
            .any(|p| p.file.ends_with("metrics.csv") && p.message.contains("cannot read")),
        "{p:?}"
    );
}
