//! Hostile input: every case of the bad-input corpus (tests/fixtures/bad), plus generated ones
//! too big or too strange for git. For each: `check` exits 1 naming file, line and field; the
//! dashboard and the other commands refuse to start with the same list; nothing panics.

mod common;

use std::fs;
use std::path::Path;

use common::{DataDir, HEADER, repdash, repo};

fn overlay(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_name() == "expect.txt" {
            continue;
        }
        if entry.file_type().unwrap().is_dir() {
            fs::create_dir_all(&target).unwrap();
            overlay(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Runs check, summary and the dashboard on `dir` and returns check's stdout.
fn refused(dir: &Path, expect: &str) -> String {
    refused_by(dir, expect, &[&["summary"], &[]])
}

/// Runs check, then each command in `others`, on `dir`.
fn refused_by(dir: &Path, expect: &str, others: &[&[&str]]) -> String {
    let out = repdash()
        .arg("check")
        .arg("--data")
        .arg(dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(1),
        "check must exit 1\n{stdout}{stderr}"
    );
    assert!(
        stdout.contains(expect),
        "check output lacks {expect:?}:\n{stdout}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    for args in others {
        let out = repdash()
            .args(*args)
            .arg("--data")
            .arg(dir)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{args:?} must refuse bad data: {err}"
        );
        assert!(
            err.contains(expect) || err.contains("... and"),
            "{args:?} stderr lacks {expect:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    stdout
}

#[test]
fn every_corpus_case_is_refused_with_file_line_and_field() {
    let corpus = repo().join("tests/fixtures/bad");
    let mut cases: Vec<_> = fs::read_dir(&corpus)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    cases.sort_by_key(|e| e.file_name());
    assert!(cases.len() >= 30, "the corpus has {} cases", cases.len());
    for case in cases {
        let d = DataDir::new();
        overlay(&case.path(), d.path());
        let expect = fs::read_to_string(case.path().join("expect.txt")).unwrap();
        refused(d.path(), expect.trim_end());
        exports_check_what_they_read(d.path(), expect.trim_end());
    }
}

/// An export reads the catalog and the files of the rows it writes, validates all of them
/// (kept rows or not) and ignores the rest: a broken register does not stop a figures export.
fn exports_check_what_they_read(dir: &Path, expect: &str) {
    let file = expect.split(':').next().unwrap_or("");
    let (figures_read, cases_read) = match file {
        "metrics.csv" => (true, true),
        "cases.csv" => (false, true),
        "events.csv" | "articles.csv" => (false, false),
        _ => (true, false),
    };
    if !dir.join("cases.csv").exists() {
        fs::copy(repo().join("data/cases.csv"), dir.join("cases.csv")).unwrap();
    }
    // No corpus case uses this metric, so every bad snapshot row is one the export drops.
    let figures: &[&str] = &[
        "export",
        "--rows",
        "figures",
        "--metric",
        "extremist_individuals_added",
    ];
    let cases: &[&str] = &["export", "--rows", "cases", "--article", "411"];
    for (args, read) in [(figures, figures_read), (cases, cases_read)] {
        let out = repdash()
            .args(args)
            .arg("-o")
            .arg(dir.join("out.csv"))
            .arg("--force")
            .arg("--data")
            .arg(dir)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{err}");
        if read {
            assert_eq!(
                out.status.code(),
                Some(1),
                "{args:?} must refuse {expect:?}"
            );
            assert!(
                err.contains(expect),
                "{args:?} stderr lacks {expect:?}: {err}"
            );
        } else {
            assert!(out.status.success(), "{args:?} does not read {file}: {err}");
        }
    }
}

#[test]
fn a_50_mb_single_line_is_refused_briefly() {
    let d = DataDir::new();
    let mut text = HEADER.to_string();
    text.push_str("detentions,,");
    text.push_str(&"9".repeat(50 * 1024 * 1024));
    text.push_str(",exact,https://a,T,,n\n");
    d.snapshot("2024-02.csv", text);
    let out = refused_by(d.path(), "2024-02.csv:2: value: value \"9999", &[&[]]);
    assert!(
        out.len() < 4096,
        "a huge field is quoted briefly, not whole ({} bytes)",
        out.len()
    );
}

#[test]
fn a_million_rows_with_one_bad_row_at_the_end() {
    let d = DataDir::new();
    let mut text = String::with_capacity(60_000_000);
    text.push_str(HEADER);
    for i in 0..1_000_000 {
        text.push_str(&format!(
            "convictions_by_article,{i},1,exact,https://a,T,,n\n"
        ));
    }
    text.push_str("detentions,,x,exact,https://a,T,,n\n");
    d.snapshot("2024-02.csv", text);
    refused_by(
        d.path(),
        "2024-02.csv:1000002: value: value \"x\" is not a number",
        &[&[]],
    );
}

#[test]
fn a_symlink_loop_is_a_problem_not_a_hang() {
    let d = DataDir::new();
    let link = d.path().join("snapshots/2024-03.csv");
    std::os::unix::fs::symlink(&link, &link).unwrap();
    refused(d.path(), "2024-03.csv: cannot read");
}

#[test]
fn an_unreadable_file_is_a_problem() {
    use std::os::unix::fs::PermissionsExt;
    let d = DataDir::new();
    let p = d.snapshot(
        "2024-03.csv",
        format!("{HEADER}detentions,,5,exact,https://a,T,,n\n"),
    );
    fs::set_permissions(&p, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&p).is_ok() {
        // Root reads anything: run the check as the unprivileged user `nobody` instead.
        fs::set_permissions(d.path(), fs::Permissions::from_mode(0o755)).unwrap();
        let out = std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_repdash"))
            .args(["check", "--data"])
            .arg(d.path())
            .env("REPDASH_CONFIG", "/nonexistent")
            .output();
        match out {
            Ok(out) => {
                let stdout = String::from_utf8_lossy(&out.stdout);
                assert_eq!(out.status.code(), Some(1), "{stdout}");
                assert!(
                    stdout.contains("2024-03.csv: cannot read: Permission denied"),
                    "{stdout}"
                );
            }
            Err(e) => {
                assert!(std::env::var_os("CI").is_none(), "setpriv: {e}");
                eprintln!("SKIPPED: root, and setpriv cannot drop to nobody: {e}");
            }
        }
        return;
    }
    refused(d.path(), "2024-03.csv: cannot read");
}

#[test]
fn a_missing_data_directory_is_a_problem() {
    let out = repdash()
        .args(["check", "--data", "/nonexistent/data"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("/nonexistent/data: data directory not found")
    );
}
