//! The commands as a script would use them: exit codes, stdout, files written.

mod common;

use std::fs;

use common::{DataDir, HEADER, HEADER_V2, repdash};
use predicates::prelude::*;

/// The binary on the synthetic fixture (tests/common/fixture.rs): the directory lives as long
/// as the returned guard.
fn on_fixture() -> (DataDir, assert_cmd::Command) {
    let d = DataDir::fixture();
    let mut cmd = repdash();
    cmd.env("REPDASH_DATA", d.path());
    (d, cmd)
}

#[test]
fn check_on_a_clean_directory_passes_and_reports_coverage() {
    let d = DataDir::new();
    d.snapshot(
        "2024-03.csv",
        format!("{HEADER_V2}political_prisoners,,1420,exact,2024-03-29,https://a,T,,n\n"),
    );
    repdash()
        .args(["check", "--data"])
        .arg(d.path())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "months: 2 files, 2024-01..2024-03 (3 months)",
        ))
        .stdout(predicate::str::contains("months without a file: 2024-02"))
        .stdout(predicate::str::contains("political_prisoners"))
        .stdout(predicate::str::contains("problems: none"));
}

#[test]
fn check_lists_every_problem_and_exits_1() {
    let d = DataDir::new();
    d.snapshot("2024-13.csv", HEADER);
    d.snapshot(
        "2024-02.csv",
        format!("{HEADER}detentions,,\"1,429\",exact,https://a,T,,n\n"),
    );
    repdash()
        .args(["check", "--data"])
        .arg(d.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "2024-13.csv: bad month in file name",
        ))
        .stdout(predicate::str::contains(
            "2024-02.csv:2: value: value \"1,429\" is not a number",
        ))
        .stdout(predicate::str::contains("problems: 2"));
}

#[test]
fn data_errors_stop_other_commands_with_exit_1() {
    let d = DataDir::new();
    d.snapshot("2024-02.csv", "garbage");
    repdash()
        .arg("summary")
        .env("REPDASH_DATA", d.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("2024-02.csv"));
}

#[test]
fn usage_errors_exit_2() {
    repdash()
        .args(["summary", "--month", "2024-13"])
        .assert()
        .code(2);
    repdash()
        .args(["summary", "--article", "3 4"])
        .assert()
        .code(2);
    repdash()
        .args(["summary", "--metric", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown metric"));
    // An export resolves its metrics before loading; an unknown one is still a usage error
    // and writes nothing.
    let dir = tempfile::tempdir().unwrap();
    for rows in ["view", "figures"] {
        repdash()
            .args(["export", "--rows", rows, "--metric", "nope", "-o"])
            .arg(dir.path().join("x.csv"))
            .assert()
            .code(2)
            .stderr(predicate::str::contains("unknown metric \"nope\""));
    }
    assert!(!dir.path().join("x.csv").exists());
    repdash().args(["frobnicate"]).assert().code(2);
}

#[test]
fn summary_shows_marks_gaps_conflicts_and_aggregates() {
    let (_d, mut cmd) = on_fixture();
    cmd.args(["summary", "--from", "2023-12", "--to", "2024-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains("1,450 *"))
        .stdout(predicate::str::contains("1,420"))
        .stdout(predicate::str::contains(">=26"))
        .stdout(predicate::str::contains(
            "political_prisoners: last 1,420 (2024-01, as of 2024-01-31)",
        ))
        .stdout(predicate::str::contains(
            "criminal_convictions: no figure in range",
        ));
    let (_d, mut cmd) = on_fixture();
    cmd.args(["summary", "--metric", "political_prisoners", "--from", "2024-01", "--to", "2024-03", "--format", "csv"])
        .assert()
        .success()
        .stdout("month,political_prisoners,political_prisoners_qualifier,political_prisoners_disputed\n2024-01,1420,exact,no\n2024-02,,,\n2024-03,1380,exact,no\n");
}

#[test]
fn summary_markdown_is_a_table() {
    let (_d, mut cmd) = on_fixture();
    let out = cmd
        .args(["summary", "--month", "2024-01", "--format", "md"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("| Month | Political prisoners |"),
        "labels, not keys: {text}"
    );
    assert!(text.contains("| 2024-01 | 1,420 |"), "{text}");
}

#[test]
fn export_read_back_equals_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("view.csv");
    let args = ["--from", "2023-11", "--to", "2024-03", "--tab", "prisoners"];
    let (_d, mut cmd) = on_fixture();
    cmd.arg("export")
        .args(args)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let (_d, mut cmd) = on_fixture();
    let summary = cmd
        .arg("summary")
        .args(args)
        .args(["--format", "csv"])
        .output()
        .unwrap();
    let mut summary = csv::Reader::from_reader(summary.stdout.as_slice());
    let header = summary.headers().unwrap().clone();
    let mut expected = Vec::new();
    for rec in summary.records() {
        let rec = rec.unwrap();
        for i in (1..header.len()).step_by(3) {
            expected.push((
                rec[0].to_string(),
                header[i].to_string(),
                rec[i].to_string(),
                rec[i + 1].to_string(),
            ));
        }
    }
    let mut export = csv::Reader::from_path(&out).unwrap();
    let mut got = Vec::new();
    for rec in export.records() {
        let rec = rec.unwrap();
        if &rec[0] == "month" {
            let key = if rec[3].is_empty() {
                rec[2].to_string()
            } else {
                format!("{}@{}", &rec[2], &rec[3])
            };
            got.push((
                rec[1].to_string(),
                key,
                rec[4].to_string(),
                rec[5].to_string(),
            ));
        }
    }
    expected.sort();
    got.sort();
    assert_eq!(expected.len(), 3 * 5, "three metrics, five months");
    assert_eq!(got, expected);
}

#[test]
fn export_keeps_sources_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pp.csv");
    let args = [
        "export",
        "--metric",
        "political_prisoners",
        "--month",
        "2023-12",
        "-o",
    ];
    let d = DataDir::fixture();
    let repdash = || {
        let mut cmd = repdash();
        cmd.env("REPDASH_DATA", d.path());
        cmd
    };
    repdash()
        .args(args)
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("wrote"));
    let text = fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("month,2023-12,political_prisoners,,1450,exact,"),
        "{text}"
    );
    assert!(
        text.contains(",2,yes,https://example.org/fixture/dec-a,"),
        "{text}"
    );
    assert!(
        text.contains("1470 exact https://example.org/fixture/dec-b (2024-01-04)"),
        "{text}"
    );
    fs::write(&out, "mine").unwrap();
    repdash()
        .args(args)
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(fs::read_to_string(&out).unwrap(), "mine");
    repdash()
        .args(args)
        .arg(&out)
        .arg("--force")
        .assert()
        .success();
    assert!(
        fs::read_to_string(&out)
            .unwrap()
            .starts_with("row,month,metric")
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn export_to_missing_directory_fails_cleanly() {
    let (_d, mut cmd) = on_fixture();
    cmd.args([
        "export",
        "--month",
        "2024-01",
        "-o",
        "/nonexistent-dir/x.csv",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains(
        "cannot write /nonexistent-dir/x.csv",
    ));
}

#[test]
fn import_merges_appends_and_skips_duplicates() {
    let d = DataDir::new();
    let before = fs::read_to_string(d.path().join("snapshots/2024-01.csv")).unwrap();
    let table = d.path().join("new.csv");
    fs::write(
        &table,
        "month,metric,article,value,qualifier,source_url,source_title,published,note\n\
         2024-01,political_prisoners,,1429,exact,https://spring96.org/en/news/114277,Review,2024-02-06,as of Jan 31\n\
         2024-01,detentions,,310,exact,https://spring96.org/en/news/114277,Review,2024-02-06,\n\
         2024-02,political_prisoners,,1410,exact,https://spring96.org/x,Review,,\n",
    )
    .unwrap();
    repdash()
        .args(["import"])
        .arg(&table)
        .arg("--into")
        .arg(d.path())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "2024-01.csv: 1 added, 1 duplicate(s) skipped (updated)",
        ))
        .stdout(predicate::str::contains(
            "2024-02.csv: 1 added, 0 duplicate(s) skipped (new file)",
        ));
    let after = fs::read_to_string(d.path().join("snapshots/2024-01.csv")).unwrap();
    // The file had the layout without as_of: its rows stay first, in the current layout.
    let upgraded =
        before
            .replacen(HEADER, HEADER_V2, 1)
            .replacen("1429,exact,https", "1429,exact,,https", 1);
    assert!(
        after.starts_with(&upgraded),
        "existing rows stay first and unchanged: {after}"
    );
    assert!(after.ends_with(
        "detentions,,310,exact,,https://spring96.org/en/news/114277,Review,2024-02-06,\n"
    ));
    repdash()
        .arg("check")
        .arg("--data")
        .arg(d.path())
        .assert()
        .success();
}

#[test]
fn import_writes_nothing_when_any_row_is_bad() {
    let d = DataDir::new();
    let before = fs::read(d.path().join("snapshots/2024-01.csv")).unwrap();
    let table = d.path().join("new.csv");
    fs::write(
        &table,
        "month,metric,article,value,qualifier,source_url,source_title,published,note\n\
         2024-01,detentions,,310,exact,https://a,T,,\n\
         2024-02,detentions,,310,exact,https://a,T,,\n\
         2024-03,detentions,,1e309,exact,https://a,T,,\n",
    )
    .unwrap();
    repdash()
        .arg("import")
        .arg(&table)
        .arg("--into")
        .arg(d.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("new.csv:4: value"))
        .stderr(predicate::str::contains("nothing was written"));
    assert_eq!(
        fs::read(d.path().join("snapshots/2024-01.csv")).unwrap(),
        before
    );
    assert!(!d.path().join("snapshots/2024-02.csv").exists());
}

#[test]
fn clap_definition_is_consistent() {
    use clap::CommandFactory;
    repdash::cli::Cli::command().debug_assert();
}

#[test]
fn config_shows_path_settings_and_their_origin() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    fs::write(
        &cfg,
        "theme = \"light\"\nrange = \"last-12\"\nmouse = true\n",
    )
    .unwrap();
    repdash()
        .arg("config")
        .env("REPDASH_CONFIG", &cfg)
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "config file: {}",
            cfg.display()
        )))
        .stdout(predicate::str::contains(
            "theme      = no-colour  [NO_COLOR]",
        ))
        .stdout(predicate::str::contains(
            "range      = last-12  [config file]",
        ))
        .stdout(predicate::str::contains("mouse      = true  [config file]"))
        .stdout(predicate::str::contains(
            "data_dir   = embedded dataset  [default]",
        ));
    repdash()
        .args(["config", "--theme", "colour-blind"])
        .env("REPDASH_CONFIG", &cfg)
        .assert()
        .stdout(predicate::str::contains(
            "theme      = colour-blind  [command line]",
        ));
    let missing = dir.path().join("none.toml");
    repdash()
        .arg("config")
        .env("REPDASH_CONFIG", &missing)
        .assert()
        .success()
        .stdout(predicate::str::contains("(not present: defaults apply)"));
}

#[test]
fn malformed_config_is_an_error_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    fs::write(&cfg, "theme = \"dark\"\n\nmouse = sometimes\n").unwrap();
    repdash()
        .args(["summary", "--month", "2024-01"])
        .env("REPDASH_CONFIG", &cfg)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("config.toml"))
        .stderr(predicate::str::contains("line 3"));
}

#[test]
fn config_range_and_data_dir_apply_to_render() {
    let dir = DataDir::fixture();
    let cfg = dir.path().join("config.toml");
    fs::write(
        &cfg,
        format!(
            "range = \"last-3\"\ndata_dir = \"{}\"\n",
            dir.path().display()
        ),
    )
    .unwrap();
    repdash()
        .args(["render", "--size", "100x30"])
        .env("REPDASH_CONFIG", &cfg)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "range 2024-01..2024-03 (3 months)",
        ))
        .stdout(predicate::str::contains(format!(
            "data: {}",
            dir.path().display()
        )));
    // A flag beats the config file.
    repdash()
        .args([
            "render",
            "--size",
            "100x30",
            "--from",
            "2023-12",
            "--to",
            "2024-01",
            "--tab",
            "extremism",
        ])
        .env("REPDASH_CONFIG", &cfg)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "range 2023-12..2024-01 (2 months)",
        ))
        .stdout(predicate::str::contains(
            "Added to extremist individuals list",
        ));
}

#[test]
fn render_draws_a_frame_as_plain_text() {
    let (_d, mut cmd) = on_fixture();
    let out = cmd
        .args(["render", "--tab", "coverage", "--size", "80x24"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 24);
    assert!(text.lines().all(|l| l.chars().count() <= 80));
    assert!(!text.contains('\u{1b}'), "plain text, no escape sequences");
    repdash().args(["render", "--size", "80"]).assert().code(2);
}

#[test]
fn dashboard_without_a_terminal_fails_cleanly() {
    repdash()
        .write_stdin("")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot run the dashboard here"));
}

#[test]
fn export_figures_round_trips_through_import() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("figures.csv");
    let (d, mut cmd) = on_fixture();
    cmd.args([
        "export",
        "--rows",
        "figures",
        "--metric",
        "political_prisoners",
        "--from",
        "2023-12",
        "--to",
        "2024-01",
        "-o",
    ])
    .arg(&out)
    .assert()
    .success()
    .stdout(predicate::str::contains("(3 figures)"));
    let text = fs::read_to_string(&out).unwrap();
    assert!(text.starts_with(
        "month,metric,article,value,qualifier,as_of,source_url,source_title,published,note\n"
    ));
    assert!(text.contains(
        "2023-12,political_prisoners,,1470,exact,2023-12-31,https://example.org/fixture/dec-b,"
    ));
    let target = tempfile::tempdir().unwrap();
    fs::copy(
        d.path().join("metrics.csv"),
        target.path().join("metrics.csv"),
    )
    .unwrap();
    repdash()
        .arg("import")
        .arg(&out)
        .arg("--into")
        .arg(target.path())
        .assert()
        .success();
    for m in ["2023-12", "2024-01"] {
        let a: Vec<String> = fs::read_to_string(target.path().join(format!("snapshots/{m}.csv")))
            .unwrap()
            .lines()
            .skip(1)
            .map(String::from)
            .collect();
        let b: Vec<String> = fs::read_to_string(d.path().join(format!("snapshots/{m}.csv")))
            .unwrap()
            .lines()
            .filter(|l| l.starts_with("political_prisoners,"))
            .map(String::from)
            .collect();
        let (mut a, mut b) = (a, b);
        a.sort();
        b.sort();
        assert_eq!(a, b, "{m}");
    }
}

#[test]
fn export_cases_narrows_by_article_and_range() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cases.csv");
    let (_d, mut cmd) = on_fixture();
    cmd.args([
        "export",
        "--rows",
        "cases",
        "--article",
        "342",
        "--from",
        "2024-01",
        "--to",
        "2024-03",
        "-o",
    ])
    .arg(&out)
    .assert()
    .success()
    .stdout(predicate::str::contains("(1 case)"));
    let mut rdr = csv::Reader::from_path(&out).unwrap();
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(
        rows.len(),
        1,
        "the 2023-12 case under 342 is outside the range"
    );
    assert_eq!(&rows[0][2], "Fixture Person C");
    assert!(
        rows.iter()
            .all(|r| r[4].split(';').any(|a| a == "342") && r[1].starts_with("2024-"))
    );
}

#[test]
fn export_of_cases_reads_only_the_register() {
    let d = DataDir::fixture();
    d.snapshot("2024-13.csv", "broken");
    let out = d.path().join("c.csv");
    repdash()
        .args(["export", "--rows", "cases", "--article", "411", "-o"])
        .arg(&out)
        .arg("--data")
        .arg(d.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("(1 case)"));
    // Everything else still refuses the broken snapshot.
    repdash()
        .args(["export", "-o"])
        .arg(d.path().join("v.csv"))
        .arg("--data")
        .arg(d.path())
        .assert()
        .code(1);
}

#[test]
fn as_of_days_survive_import_and_export() {
    let d = DataDir::new();
    let table = d.path().join("dated.csv");
    fs::write(
        &table,
        "month,metric,article,value,qualifier,as_of,source_url,source_title,published,note\n\
         2024-05,political_prisoners,,1374,exact,2024-05-21,https://a/1,Mid-month,,\n\
         2024-05,political_prisoners,,1390,exact,2024-06-02,https://a/2,Month end,,\n",
    )
    .unwrap();
    repdash()
        .arg("import")
        .arg(&table)
        .arg("--into")
        .arg(d.path())
        .assert()
        .success();
    let written = fs::read_to_string(d.path().join("snapshots/2024-05.csv")).unwrap();
    assert!(written.starts_with(HEADER_V2), "{written}");
    assert!(written.contains("1374,exact,2024-05-21,https://a/1"));
    let out = d.path().join("out.csv");
    repdash()
        .args([
            "export",
            "--rows",
            "figures",
            "--metric",
            "political_prisoners",
        ])
        .args(["--from", "2024-05", "--to", "2024-05", "-o"])
        .arg(&out)
        .arg("--data")
        .arg(d.path())
        .assert()
        .success();
    let mut reader = csv::Reader::from_path(&out).unwrap();
    let headers = reader.headers().unwrap().clone();
    let col = headers.iter().position(|h| h == "as_of").unwrap();
    let days: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[col].to_string())
        .collect();
    // The reading closest to month end comes first: it is the month's figure.
    assert_eq!(days, ["2024-06-02", "2024-05-21"]);
}

/// Regression: `range = "bogus"` was kept as text, printed by `repdash config`, exit 0.
#[test]
fn a_bad_config_range_is_an_error_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    fs::write(&cfg, "theme = \"dark\"\nrange = \"bogus\"\n").unwrap();
    repdash()
        .arg("config")
        .env("REPDASH_CONFIG", &cfg)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("line 2"))
        .stderr(predicate::str::contains("range \"bogus\""));
}

/// A config range with no month of data is said on screen, not silently replaced.
#[test]
fn a_config_range_outside_the_data_is_a_message() {
    let d = DataDir::new();
    let cfg = d.path().join("config.toml");
    fs::write(&cfg, "range = \"2030-01..2030-12\"\n").unwrap();
    repdash()
        .args(["render", "--size", "120x30", "--data"])
        .arg(d.path())
        .env("REPDASH_CONFIG", &cfg)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "config range 2030-01..2030-12 has no data (the data covers 2024-01): showing all months",
        ));
}

/// `export --rows figures` to a file writes, chunk by chunk, the bytes the same export gives
/// on standard output; an existing file is not replaced without `--force`; a directory that
/// does not exist is an error naming the path; no temp file is left behind either way.
#[test]
fn a_figures_export_to_a_file_is_whole_or_absent() {
    let (d, mut cmd) = on_fixture();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("figures.csv");
    let said = cmd
        .args(["export", "--rows", "figures", "-o"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(said.status.success());
    let printed = repdash()
        .env("REPDASH_DATA", d.path())
        .args(["export", "--rows", "figures", "-o", "-"])
        .output()
        .unwrap();
    assert!(printed.status.success());
    let written = fs::read(&file).unwrap();
    assert_eq!(written, printed.stdout);
    let rows = csv::Reader::from_reader(written.as_slice())
        .records()
        .count();
    let said = String::from_utf8(said.stdout).unwrap();
    assert!(
        rows > 0 && said.contains(&format!("({rows} figures)")),
        "{said}"
    );
    repdash()
        .env("REPDASH_DATA", d.path())
        .args(["export", "--rows", "figures", "-o"])
        .arg(&file)
        .assert()
        .code(1);
    assert_eq!(
        fs::read(&file).unwrap(),
        written,
        "not replaced without --force"
    );
    let missing = out.path().join("no/such/dir/figures.csv");
    repdash()
        .env("REPDASH_DATA", d.path())
        .args(["export", "--rows", "figures", "-o"])
        .arg(&missing)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no/such/dir/figures.csv"));
    let names: Vec<String> = fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["figures.csv"], "no temp file left");
}
