//! Hostile input, round two: formulas behind invisible characters, identifiers that reach file
//! names and headers, the figures export -> import round trip, special and huge files,
//! brief messages, and control characters in what repdash prints about itself.

mod common;

use std::fs;

use common::{DataDir, HEADER_V2, repdash};

/// Titles and notes that hide a formula behind something a spreadsheet may drop.
const HIDDEN: [&str; 5] = [
    "\u{1}=HYPERLINK(\"http://evil\",\"x\")",
    "\u{202E}=1+1",
    "\n =2+2",
    "\u{200B}\u{FEFF}@SUM(A1)",
    "  -3+3",
];

fn hidden_formulas_dir() -> DataDir {
    let d = DataDir::fixture();
    let mut rows = String::from(HEADER_V2);
    for (i, t) in HIDDEN.iter().enumerate() {
        let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
        rows.push_str(&format!(
            "political_prisoners,,{},exact,2024-02-{:02},https://example.org/h{i},{},,{}\n",
            1400 + i,
            10 + i,
            q(t),
            q(t)
        ));
    }
    // The longest value `check` accepts: 15 significant digits, decimals included.
    rows.push_str("detentions,,123456789012.345,exact,,https://example.org/v,V,,\n");
    d.snapshot("2024-02.csv", rows);
    d
}

/// Every text cell a spreadsheet would see, for each CSV output: none may start (after
/// whitespace and invisible characters) with = + - @ unless it starts with an apostrophe.
fn assert_no_live_formula(csv_text: &str, what: &str) {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv_text.as_bytes());
    for rec in rdr.records() {
        for cell in rec.unwrap().iter() {
            if cell.parse::<f64>().is_ok() {
                continue;
            }
            let visible = cell.trim_start_matches(|c: char| {
                c.is_whitespace()
                    || c.is_control()
                    || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}')
            });
            assert!(
                cell.starts_with('\'') || !visible.starts_with(['=', '+', '-', '@']),
                "{what}: live formula {cell:?}"
            );
        }
    }
}

#[test]
fn formulas_behind_invisible_characters_are_neutralised_in_every_csv() {
    let d = hidden_formulas_dir();
    let out = d.path().join("out");
    fs::create_dir(&out).unwrap();
    for rows in ["view", "figures", "cases"] {
        let file = out.join(format!("{rows}.csv"));
        repdash()
            .args([
                "export",
                "--metric",
                "political_prisoners",
                "--rows",
                rows,
                "-o",
            ])
            .arg(&file)
            .arg("--data")
            .arg(d.path())
            .assert()
            .success();
        assert_no_live_formula(&fs::read_to_string(&file).unwrap(), rows);
    }
    let summary = repdash()
        .args(["summary", "--format", "csv", "--data"])
        .arg(d.path())
        .output()
        .unwrap();
    assert!(summary.status.success());
    assert_no_live_formula(&String::from_utf8(summary.stdout).unwrap(), "summary");
    let view = fs::read_to_string(out.join("view.csv")).unwrap();
    assert!(
        view.contains(",'  -3+3,"),
        "the shown title, guarded: {view}"
    );
    let figures = fs::read_to_string(out.join("figures.csv")).unwrap();
    assert!(
        figures.contains("'\u{1}=HYPERLINK") && figures.contains("'\u{202E}=1+1"),
        "the figures export keeps the text exactly, guarded: {figures}"
    );
}

#[test]
fn figures_export_then_import_gives_back_every_text_exactly() {
    let d = hidden_formulas_dir();
    let file = d.path().join("figures.csv");
    repdash()
        .args([
            "export",
            "--metric",
            "political_prisoners",
            "--rows",
            "figures",
            "-o",
        ])
        .arg(&file)
        .arg("--data")
        .arg(d.path())
        .assert()
        .success();
    let target = DataDir::fixture();
    fs::remove_file(target.path().join("snapshots/2024-02.csv")).ok();
    common::import(&file, target.path()).assert().success();
    let mut rdr = csv::Reader::from_path(target.path().join("snapshots/2024-02.csv")).unwrap();
    let titles: Vec<String> = rdr.records().map(|r| r.unwrap()[6].to_string()).collect();
    for t in HIDDEN {
        assert!(
            titles.iter().any(|x| x == t),
            "{t:?} not given back: {titles:?}"
        );
    }
}

#[test]
fn a_catalog_key_that_is_not_snake_case_is_refused_with_its_line() {
    for (key, why) in [
        ("=cmd|calc", "not snake_case"),
        ("Political Prisoners", "not snake_case"),
        (&"k".repeat(300) as &str, "characters long"),
    ] {
        let d = DataDir::fixture();
        let metrics = fs::read_to_string(d.path().join("metrics.csv")).unwrap();
        let q = if key.contains(['|', ' ', '=']) {
            format!("\"{key}\"")
        } else {
            key.to_string()
        };
        fs::write(
            d.path().join("metrics.csv"),
            format!("{metrics}{q},prisoners,X,people,flow,x,\n"),
        )
        .unwrap();
        let out = repdash()
            .arg("check")
            .arg("--data")
            .arg(d.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("metrics.csv:12: key: metric key"), "{err}");
        assert!(err.contains(why), "{err}");
        assert!(err.len() < 2_000, "quoted briefly: {} bytes", err.len());
    }
}

/// Runs `check` (or with `config`, the dashboard's settings) with a time limit: a hang is a
/// failure, not a stuck test.
fn check_output(d: &DataDir, config: Option<&std::path::Path>) -> (Option<i32>, String) {
    let mut cmd = repdash();
    cmd.timeout(std::time::Duration::from_secs(20));
    if let Some(c) = config {
        cmd.env("REPDASH_CONFIG", c).arg("config");
    } else {
        cmd.arg("check").arg("--data").arg(d.path());
    }
    let out = cmd.output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}

fn mkfifo(path: &std::path::Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(ok.success());
}

#[test]
fn a_fifo_as_snapshot_cases_or_config_is_refused_not_waited_on() {
    let d = DataDir::fixture();
    mkfifo(&d.path().join("snapshots/2024-04.csv"));
    let (code, text) = check_output(&d, None);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("2024-04.csv: is a FIFO (named pipe), not a regular file"),
        "{text}"
    );
    let d = DataDir::fixture();
    fs::remove_file(d.path().join("cases.csv")).unwrap();
    mkfifo(&d.path().join("cases.csv"));
    let (code, text) = check_output(&d, None);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("cases.csv: is a FIFO"), "{text}");
    let config = d.path().join("config.toml");
    mkfifo(&config);
    let (code, text) = check_output(&d, Some(&config));
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("config.toml: is a FIFO"), "{text}");
}

#[test]
fn a_symlink_to_dev_zero_is_refused_at_once() {
    let d = DataDir::fixture();
    std::os::unix::fs::symlink("/dev/zero", d.path().join("snapshots/2024-04.csv")).unwrap();
    let (code, text) = check_output(&d, None);
    assert_eq!(code, Some(1));
    assert!(
        text.contains("2024-04.csv: is a device, not a regular file"),
        "{text}"
    );
    let config = d.path().join("config.toml");
    std::os::unix::fs::symlink("/dev/zero", &config).unwrap();
    let (code, text) = check_output(&d, Some(&config));
    assert_eq!(code, Some(1));
    assert!(text.contains("is a device"), "{text}");
}

#[test]
fn a_huge_sparse_file_is_refused_by_its_size_before_reading() {
    let d = DataDir::fixture();
    let f = fs::File::create(d.path().join("snapshots/2024-04.csv")).unwrap();
    f.set_len(1_200 * 1024 * 1024).unwrap();
    let (code, text) = check_output(&d, None);
    assert_eq!(code, Some(1));
    assert!(
        text.contains("2024-04.csv: is 1.2 GiB; files over 256 MiB are refused"),
        "{text}"
    );
    let config = d.path().join("config.toml");
    fs::File::create(&config)
        .unwrap()
        .set_len(2 * 1024 * 1024)
        .unwrap();
    let (code, text) = check_output(&d, Some(&config));
    assert_eq!(code, Some(1));
    assert!(
        text.contains("config.toml: is 2 MiB; files over 1 MiB are refused"),
        "{text}"
    );
}

fn all_output(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn two_hundred_thousand_bad_rows_make_a_short_list_and_a_count() {
    let d = DataDir::fixture();
    let mut table = String::from(
        "month,metric,article,value,qualifier,as_of,source_url,source_title,published,note\n",
    );
    for _ in 0..200_000 {
        table.push_str("2024-05,political_prisoners,,x,exact,,https://a,T,,\n");
    }
    let file = d.path().join("long.csv");
    fs::write(&file, table).unwrap();
    let out = common::import(&file, d.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = all_output(&out);
    assert!(
        text.contains("and 199950 more"),
        "{}",
        &text[..text.len().min(3000)]
    );
    assert!(text.lines().count() < 60, "{} lines", text.lines().count());
    assert!(
        text.lines().all(|l| l.len() < 400),
        "one problem a line, each brief"
    );
    // check lists at most the same number.
    d.snapshot(
        "2024-05.csv",
        format!(
            "{HEADER_V2}{}",
            "political_prisoners,,x,exact,,https://a,T,,\n".repeat(5_000)
        ),
    );
    let (code, text) = check_output(&d, None);
    assert_eq!(code, Some(1));
    assert!(
        text.contains("and 4,950 more"),
        "{}",
        &text[..text.len().min(3000)]
    );
}

#[test]
fn a_megabyte_header_or_config_line_is_quoted_briefly() {
    let d = DataDir::fixture();
    d.snapshot("2024-05.csv", format!("{}\n", "h".repeat(1_000_000)));
    let (code, text) = check_output(&d, None);
    assert_eq!(code, Some(1));
    assert!(
        text.contains("2024-05.csv:1: header: header is \"hhh"),
        "{}",
        &text[..text.len().min(500)]
    );
    assert!(text.len() < 4_000, "{} bytes", text.len());
    let config = d.path().join("config.toml");
    fs::write(&config, format!("theme = \"{}\n", "x".repeat(100_000))).unwrap();
    let (code, text) = check_output(&d, Some(&config));
    assert_eq!(code, Some(1));
    assert!(text.len() < 4_000, "config error of {} bytes", text.len());
}

#[test]
fn what_repdash_prints_about_itself_is_cleaned_too() {
    let d = DataDir::fixture();
    let nasty = "x\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}]0;title\u{7}\u{9b}2J\u{202e}y";
    let config = d.path().join("config.toml");
    fs::write(
        &config,
        format!("export_dir = \"/tmp/{nasty}\"\ndata_dir = \"/tmp/{nasty}\"\n"),
    )
    .unwrap();
    let out = repdash()
        .env("REPDASH_CONFIG", &config)
        .arg("config")
        .output()
        .unwrap();
    let text = all_output(&out);
    assert!(text.contains("x]52;c;ZXZpbA==]0;title2Jy"), "{text}");
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(!text.contains(bad), "{bad:?} in {text:?}");
    }
    // A file name with those characters is refused (exit 2), named cleaned, nothing written.
    let target = d.path().join(format!("out{nasty}.csv"));
    let out = repdash()
        .args(["export", "--metric", "political_prisoners", "-o"])
        .arg(&target)
        .arg("--data")
        .arg(d.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", all_output(&out));
    let text = all_output(&out);
    assert!(
        text.contains("out") && !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
    assert!(!target.exists());
}

/// An output name with a control character is a usage error (exit 2) in every command that
/// writes, named cleaned on one line, and nothing is written.
#[test]
fn output_names_with_control_characters_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("a\nb\x1b[31m.csv");
    for args in [
        vec!["export", "--output"],
        vec!["report", "--output"],
        vec!["chart", "--metric", "political_prisoners", "--output"],
        vec!["--export-dir"],
    ] {
        let out = common::repdash().args(&args).arg(&bad).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("has a control character"), "{args:?}: {err}");
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "{args:?}: one line: {err:?}"
        );
        assert!(
            !err.contains('\x1b'),
            "{args:?}: no escape reaches the terminal"
        );
    }
    let out = common::repdash()
        .args(["import", "x.csv", "--into"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

/// Output that cannot arrive is a failure: a closed standard output (`>&-`) and a full device
/// exit 1 with one line on stderr; a pipe closed by its reader (`| head -1`) ends quietly.
#[test]
fn a_closed_or_full_standard_output_is_an_error_and_a_closed_pipe_is_quiet() {
    let bin = env!("CARGO_BIN_EXE_repdash");
    let sh = |script: &str| {
        std::process::Command::new("sh")
            .arg("-c")
            .arg(script)
            .arg(bin)
            .env("REPDASH_CONFIG", "/nonexistent")
            .env_remove("REPDASH_DATA")
            .output()
            .unwrap()
    };
    for script in [r#""$0" summary >&-"#, r#""$0" summary >/dev/full"#] {
        let out = sh(script);
        assert_eq!(out.status.code(), Some(1), "{script}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with("repdash: cannot write output"),
            "{script}: {err}"
        );
    }
    let out = sh(r#""$0" summary >/dev/null; echo "rc=$?""#);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "rc=0",
        "/dev/null is fine"
    );
    let out = sh(r#""$0" summary | head -c 10 >/dev/null; echo "rc=$?""#);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Unicode forms and punctuation in the person search (hostile input, round three): a name
/// stored decomposed (s + combining caron) is found by "Kulša" and "kulsha"; a backslash or
/// a dot in a name is matched literally.
#[test]
fn a_decomposed_name_and_literal_punctuation_are_found() {
    use repdash::data::{CaseFilter, DataSource, Store, query_cases};
    let d = common::DataDir::fixture();
    let cases = "date,month,person,event,articles,sentence_months,court,source_url,note\n\
        2024-01-10,2024-01,Viktoryja Kuls\u{30C}a,detained,,,,https://spring96.org/a,decomposed\n\
        2024-01-11,2024-01,A\\\\B O.Neil,detained,,,,https://spring96.org/b,punctuation\n";
    fs::write(d.path().join("cases.csv"), cases).unwrap();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    let find = |name: &str| {
        let filter = CaseFilter {
            range: "2024-01..2024-01".parse().unwrap(),
            article: None,
            event: None,
            name: Some(name.into()),
        };
        query_cases(&store, &filter).len()
    };
    assert_eq!(find("Kulša"), 1, "composed query, decomposed name");
    assert_eq!(find("kulsha"), 1);
    assert_eq!(find("Kuls\u{30C}a"), 1, "decomposed query");
    assert_eq!(find("a\\\\b"), 1, "a backslash is literal");
    assert_eq!(find("o.neil"), 1, "a dot is literal");
    assert_eq!(find("o*neil"), 0, "no pattern characters");
}
