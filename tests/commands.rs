//! The commands called in-process, on small fixture data: they return their output and a
//! typed failure with its exit code instead of printing, so both can be checked directly.

mod common;

use common::{DataDir, HEADER_V2};
use repdash::cli::{FilterArgs, GapArgs};
use repdash::commands::{self, CommandError};
use repdash::data::DataSource;
use repdash::data::Format;

fn fixture() -> DataDir {
    let d = DataDir::new();
    d.snapshot(
        "2024-02.csv",
        format!(
            "{HEADER_V2}political_prisoners,,1410,exact,2024-02-29,https://a/2,Review,,\n\
             detentions,,250,at_least,,https://a/2,Review,,\n"
        ),
    );
    d
}

#[test]
fn summary_returns_its_table() {
    let d = fixture();
    let store = commands::load(&DataSource::Dir(d.path().into())).unwrap();
    let args = FilterArgs {
        metrics: vec!["political_prisoners".into()],
        ..Default::default()
    };
    let done = commands::summary(&store, &args, Format::Csv, Default::default()).unwrap();
    assert_eq!(done.code, 0);
    let mut reader = csv::Reader::from_reader(done.stdout.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][0], "2024-01");
    assert_eq!(&rows[0][1], "1429");
    assert_eq!(&rows[1][1], "1410");
}

#[test]
fn an_unknown_metric_is_a_usage_error_with_exit_2() {
    let d = fixture();
    let store = commands::load(&DataSource::Dir(d.path().into())).unwrap();
    let args = FilterArgs {
        metrics: vec!["nope".into()],
        ..Default::default()
    };
    let err = commands::summary(&store, &args, Format::Text, Default::default()).unwrap_err();
    assert!(matches!(err, CommandError::Usage(_)), "{err:?}");
    assert_eq!(err.exit_code(), 2);
    assert!(err.message().contains("unknown metric \"nope\""));
}

#[test]
fn bad_data_is_a_data_error_and_check_reports_it_with_exit_1() {
    let d = fixture();
    d.snapshot(
        "2024-03.csv",
        format!("{HEADER_V2}detentions,,x,exact,,https://a,T,,\n"),
    );
    let source = DataSource::Dir(d.path().into());
    let err = commands::load(&source).unwrap_err();
    assert_eq!(err.exit_code(), 1);
    assert!(
        err.message().contains("2024-03.csv:2: value"),
        "{}",
        err.message()
    );
    let done = commands::check(&source, false, None).unwrap();
    assert_eq!(done.code, 1);
    assert!(done.stdout.contains("problems: 1"), "{}", done.stdout);
}

#[test]
fn export_refuses_to_overwrite_and_says_so() {
    let d = fixture();
    let store = commands::load(&DataSource::Dir(d.path().into())).unwrap();
    let out = d.path().join("out.csv");
    let rows = (repdash::cli::ExportRows::View, false);
    let args = FilterArgs::default();
    let done = commands::export(&store, &args, &out, false, rows).unwrap();
    assert!(done.stdout.starts_with("wrote "), "{}", done.stdout);
    let err = commands::export(&store, &args, &out, false, rows).unwrap_err();
    assert!(matches!(err, CommandError::Failed(_)));
    assert_eq!(err.exit_code(), 1);
}

/// Rule 7: a stated exact total below the months it covers, and a year-to-date count that
/// falls, are consistency warnings: exit 0, or 1 with --strict. (The year-to-date count of
/// March is below both February's and the months' sum: two warnings for it.)
#[test]
fn check_lists_consistency_warnings_and_strict_fails_on_them() {
    let d = DataDir::new();
    d.snapshot(
        "2024-02.csv",
        format!(
            "{HEADER_V2}detentions,,300,exact,,https://a/2,Review,,\n\
             detentions_ytd,,500,exact,,https://a/y,Review,,\n"
        ),
    );
    d.snapshot(
        "2024-03.csv",
        format!(
            "{HEADER_V2}detentions,,200,at_least,,https://a/3,Review,,\n\
             detentions_quarter,,450,exact,,https://a/q,Quarter,,\n\
             detentions_ytd,,480,exact,,https://a/y2,Review,,\n"
        ),
    );
    let source = DataSource::Dir(d.path().into());
    let done = commands::check(&source, false, None).unwrap();
    assert_eq!(done.code, 0, "{}", done.stdout);
    assert!(
        done.stdout.contains("consistency warnings: 3"),
        "{}",
        done.stdout
    );
    assert!(
        done.stdout.contains(
            "detentions_quarter 2024-01..2024-03: the months of detentions add up to at least 500 (2 of 3 months), more than the stated total 450 (https://a/q)"
        ),
        "{}",
        done.stdout
    );
    assert!(
        done.stdout.contains(
            "detentions_ytd 2024-03: a year-to-date count of 480 is below 500 in 2024-02"
        )
    );
    assert_eq!(commands::check(&source, true, None).unwrap().code, 1);
}

/// A stated quarter total inside the range is shown beside the sum, with its source's host.
#[test]
fn summary_puts_a_stated_total_beside_the_monthly_sum() {
    let d = DataDir::new();
    d.snapshot(
        "2024-03.csv",
        format!(
            "{HEADER_V2}detentions,,200,exact,,https://a.org/3,Review,,\n\
             detentions_quarter,,650,exact,,https://b.org/q,Quarter,,\n"
        ),
    );
    let store = commands::load(&DataSource::Dir(d.path().into())).unwrap();
    let args = FilterArgs {
        metrics: vec!["detentions".into()],
        ..Default::default()
    };
    let done = commands::summary(&store, &args, Format::Text, Default::default()).unwrap();
    assert!(
        done.stdout.contains(
            "detentions: sum >=200 (1 of 3 months had data) · stated for 2024-01..2024-03: 650 [b.org]"
        ),
        "{}",
        done.stdout
    );
}

/// A level's change over the range is labelled derived, with both days; a flow has none.
#[test]
fn summary_labels_a_levels_change_over_the_range_derived() {
    let d = fixture();
    let store = commands::load(&DataSource::Dir(d.path().into())).unwrap();
    let args = FilterArgs {
        metrics: vec!["political_prisoners".into(), "detentions".into()],
        ..Default::default()
    };
    let done = commands::summary(&store, &args, Format::Text, Default::default()).unwrap();
    assert!(
        done.stdout.contains(
            "political_prisoners: last 1,410 (2024-02, as of 2024-02-29) · derived change -19 from 1,429 (2024-01, spring96.org) to 1,410 (2024-02-29, a)"
        ),
        "{}",
        done.stdout
    );
    let detentions = done
        .stdout
        .lines()
        .find(|l| l.starts_with("detentions:"))
        .unwrap();
    assert!(!detentions.contains("derived"), "{detentions}");
}

/// Rule 5: a change on a disputed month carries `≠` in its marks column and is given under
/// each source; an inexact side gives `~`.
#[test]
fn export_gives_change_marks_and_the_change_under_each_source() {
    let d = DataDir::new();
    d.snapshot(
        "2024-02.csv",
        format!(
            "{HEADER_V2}political_prisoners,,1410,exact,,https://a/2,Review,,\n\
             political_prisoners,,1400,exact,,https://b/2,Annual,,\n"
        ),
    );
    d.snapshot(
        "2024-03.csv",
        format!("{HEADER_V2}political_prisoners,,1390,about,,https://a/3,Review,,\n"),
    );
    let store = commands::load(&DataSource::Dir(d.path().into())).unwrap();
    let out = d.path().join("out.csv");
    let args = FilterArgs {
        metrics: vec!["political_prisoners".into()],
        ..Default::default()
    };
    commands::export(
        &store,
        &args,
        &out,
        false,
        (repdash::cli::ExportRows::View, false),
    )
    .unwrap();
    let mut reader = csv::Reader::from_path(&out).unwrap();
    let h = reader.headers().unwrap().clone();
    let col = |name: &str| h.iter().position(|x| x == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let feb = &rows[1];
    assert_eq!(&feb[col("conflict")], "yes");
    assert_eq!(&feb[col("change_prev_marks")], "≠");
    assert_eq!(
        &feb[col("change_prev_by_source")],
        "1,410 https://a/2 vs 1,429 https://spring96.org/en/news/114277: -19 | 1,400 https://b/2 vs 1,429 https://spring96.org/en/news/114277: -29"
    );
    let mar = &rows[2];
    assert_eq!(&mar[col("change_prev_marks")], "~≠");
    assert_eq!(&mar[col("change_prev")], "-20");
}

/// Rule 6: a list's reported additions are read beside the list's derived growth, and the
/// list's size beside the additions, in the summary as on screen.
#[test]
fn additions_stand_beside_the_derived_growth_of_their_list() {
    let d = DataDir::fixture();
    let store = commands::load(&DataSource::Dir(d.path().into())).unwrap();
    let args = FilterArgs {
        tab: Some(repdash::dash::DashTab::Extremism),
        from: Some("2023-11".parse().unwrap()),
        to: Some("2023-12".parse().unwrap()),
        ..Default::default()
    };
    let out = commands::summary(&store, &args, Format::Text, Default::default())
        .unwrap()
        .stdout;
    let line = |key: &str| {
        out.lines()
            .find(|l| l.starts_with(key))
            .unwrap_or_else(|| panic!("{key} missing: {out}"))
            .to_string()
    };
    assert_eq!(
        line("extremist_individuals_added:"),
        "extremist_individuals_added: sum >=26 (1 of 2 months had data) · beside it, Extremist individuals list size: derived change +40 from 1,000 (2023-11-24, example.org) to 1,040 (2023-12-29, example.org)"
    );
    assert!(
        line("extremist_individuals_total:").ends_with(
            "· beside it, Added to extremist individuals list: sum >=26 (1 of 2 months had data)"
        ),
        "{out}"
    );
}

/// `check --gaps` names the missing months of each monthly metric; the CSV reads back.
#[test]
fn check_gaps_lists_the_missing_months_of_each_metric() {
    let d = DataDir::fixture();
    let source = DataSource::Dir(d.path().into());
    let done = commands::check(&source, false, Some((Format::Csv, &GapArgs::default()))).unwrap();
    assert_eq!(done.code, 0);
    let mut rdr = csv::Reader::from_reader(done.stdout.as_bytes());
    assert_eq!(rdr.headers().unwrap(), vec!["metric", "missing_month"]);
    let rows: Vec<(String, String)> = rdr
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string())
        })
        .collect();
    let of = |k: &str| -> Vec<&str> {
        rows.iter()
            .filter(|r| r.0 == k)
            .map(|r| r.1.as_str())
            .collect()
    };
    assert_eq!(of("political_prisoners"), ["2024-02"]);
    assert_eq!(of("detentions"), ["2024-03"]);
    assert!(
        of("detentions_quarter").is_empty(),
        "period totals are not monthly"
    );
    assert!(
        of("criminal_convictions").is_empty(),
        "a metric with no figure at all is not listed"
    );
    let text = commands::check(&source, false, Some((Format::Text, &GapArgs::default())))
        .unwrap()
        .stdout;
    assert!(
        text.lines().any(|l| l.starts_with("political_prisoners ")
            && l.ends_with("4 of 5 since 2023-11; missing: 2024-02")),
        "{text}"
    );
    // Runs compress, and a series starts at its first figure (the list additions begin in
    // 2023-12, so 2023-11 is not a gap of theirs).
    assert!(
        text.contains(
            "admin_cases                      1 of 5 since 2023-11; missing: 2023-12..2024-03 (4)"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "extremist_individuals_added      1 of 4 since 2023-12; missing: 2024-01..2024-03 (3)"
        ),
        "{text}"
    );
}

/// `-o -` is standard output in every command with `-o`, never a file named `-`.
#[test]
fn a_dash_as_output_is_standard_output_in_every_command() {
    let d = common::DataDir::fixture();
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = common::repdash()
            .current_dir(dir.path())
            .args(args)
            .arg("--data")
            .arg(d.path())
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, md) = run(&["report", "--month", "2024-01", "-o", "-"]);
    assert_eq!(code, Some(0));
    assert!(
        md.starts_with("# Political repression in Belarus: January 2024"),
        "{md}"
    );
    let (code, csv) = run(&["export", "--metric", "detentions", "--output", "-"]);
    assert_eq!(code, Some(0));
    let mut rdr = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(&rdr.headers().unwrap()[0], "row");
    assert!(rdr.records().count() > 0);
    let (code, svg) = run(&["chart", "--metric", "detentions", "--output", "-"]);
    assert_eq!(code, Some(0));
    assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(80)]);
    assert!(!dir.path().join("-").exists(), "no file named -");
}
