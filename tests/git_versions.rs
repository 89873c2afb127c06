//! Versions of the data in git (what changed, part 2): a team's data directory in a
//! repository, three monthly commits (a correction, a new reading that outranks, a new
//! month), read back at each revision with `--rev` and compared with `diff DIR@REV`. The
//! repository is built with the git binary; repdash reads its objects with gitoxide.

mod common;

use std::path::Path;
use std::process::Command;

use common::{DataDir, repdash};

/// Runs git in `dir`; `None` when there is no git here (a skip, which fails under CI=true).
fn git(dir: &Path, args: &[&str]) -> Option<()> {
    git_on(dir, args, "2024-01-05T12:00:00Z")
}

/// Runs git with `day` as the author and committer date, so date revisions can be tested.
fn git_on(dir: &Path, args: &[&str], day: &str) -> Option<()> {
    let out = Command::new("git")
        .env("GIT_AUTHOR_DATE", day)
        .env("GIT_COMMITTER_DATE", day)
        .args([
            "-c",
            "user.name=Fixture",
            "-c",
            "user.email=fixture@example.org",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(())
}

/// A repository whose `data/` is the fixture, then three commits; `None` without git.
fn repository() -> Option<(DataDir, tempfile::TempDir)> {
    let fixture = DataDir::fixture();
    let repo = tempfile::tempdir().unwrap();
    if git(repo.path(), &["init", "-q"]).is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "git is needed under CI=true"
        );
        eprintln!("skipped: no git binary here");
        return None;
    }
    let data = repo.path().join("data");
    std::fs::create_dir_all(data.join("snapshots")).unwrap();
    for dir in ["", "snapshots"] {
        for e in std::fs::read_dir(fixture.path().join(dir))
            .unwrap()
            .flatten()
        {
            if e.path().is_file() {
                std::fs::copy(e.path(), data.join(dir).join(e.file_name())).unwrap();
            }
        }
    }
    // One commit a month: fixture in January, then February, March and May.
    let days = std::cell::Cell::new(0);
    let commit = |msg: &str| {
        let day = ["2024-01-05", "2024-02-05", "2024-03-05", "2024-05-10"][days.get()];
        days.set(days.get() + 1);
        let at = format!("{day}T12:00:00Z");
        git_on(repo.path(), &["add", "-A"], &at);
        git_on(repo.path(), &["commit", "-q", "-m", msg], &at);
    };
    commit("fixture");
    let edit = |file: &str, from: &str, to: &str| {
        let path = data.join("snapshots").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    };
    edit(
        "2023-11.csv",
        "political_prisoners,,1400,",
        "political_prisoners,,1401,",
    );
    commit("correct November");
    let mut nov = std::fs::read_to_string(data.join("snapshots/2023-11.csv")).unwrap();
    nov.push_str(
        "admin_cases,,310,exact,,https://example.org/fixture/nov-exact,Exact count,2023-12-20,\n",
    );
    std::fs::write(data.join("snapshots/2023-11.csv"), nov).unwrap();
    commit("an exact count for November");
    let april = format!(
        "{}political_prisoners,,1370,exact,2024-04-30,https://example.org/fixture/apr,Fixture review April,2024-05-05,\n",
        common::HEADER_V2
    );
    std::fs::write(data.join("snapshots/2024-04.csv"), april).unwrap();
    commit("April");
    Some((fixture, repo))
}

fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = repdash().args(args).current_dir(dir).output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn each_commit_is_a_version_that_diff_compares() {
    let Some((_f, repo)) = repository() else {
        return;
    };
    let dir = repo.path();
    let (code, out, err) = run(
        dir,
        &["diff", "data@HEAD~3", "data@HEAD~2", "--format", "csv"],
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(
        out.contains("2023-11,political_prisoners,,shown,figure,1400,1401,"),
        "{out}"
    );
    assert!(out.contains("the reading shown was corrected"), "{out}");
    let (_, out, _) = run(
        dir,
        &["diff", "data@HEAD~2", "data@HEAD~1", "--format", "csv"],
    );
    assert!(
        out.contains("2023-11,admin_cases,,shown,figure,≥300,310,"),
        "{out}"
    );
    assert!(out.contains("a new reading outranks the old"), "{out}");
    let (_, out, _) = run(dir, &["diff", "data@HEAD~1", "data"]);
    assert!(
        out.contains("2024-04 shown figure · -> 1370 (a figure where there was none"),
        "{out}"
    );
    // The work tree and HEAD hold the same data.
    let (code, out, _) = run(dir, &["diff", "data@HEAD", "data"]);
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn rev_reads_the_data_as_it_was() {
    let Some((_f, repo)) = repository() else {
        return;
    };
    let dir = repo.path();
    let args = |rev: &str| {
        vec![
            "--data",
            "data",
            "--rev",
            rev,
            "summary",
            "--metric",
            "political_prisoners",
            "--format",
            "csv",
        ]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>()
    };
    let csv_of = |rev: &str| {
        let a = args(rev);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let (code, out, err) = run(dir, &a);
        assert_eq!(code, Some(0), "{err}");
        out
    };
    assert!(
        csv_of("HEAD~3").contains("2023-11,1400,"),
        "{}",
        csv_of("HEAD~3")
    );
    assert!(csv_of("HEAD").contains("2023-11,1401,"));
    assert!(!csv_of("HEAD~1").contains("2024-04"));
    assert!(csv_of("HEAD").contains("2024-04,1370,"));
}

#[test]
fn a_revision_that_cannot_be_read_is_a_usage_error() {
    let Some((_f, repo)) = repository() else {
        return;
    };
    let dir = repo.path();
    let (code, _, err) = run(dir, &["--data", "data", "--rev", "no-such-tag", "summary"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("data@no-such-tag: no such revision"), "{err}");
    // Escape characters in a revision are cleaned before they are printed.
    let (code, _, err) = run(dir, &["--data", "data", "--rev", "x\u{1b}[31m", "summary"]);
    assert_eq!(code, Some(2));
    assert!(!err.contains('\u{1b}'), "{err:?}");
    let (code, _, err) = run(
        dir,
        &["--data", "data/snapshots", "--rev", "HEAD", "summary"],
    );
    assert_eq!(code, Some(2));
    assert!(err.contains("metrics.csv is not in this revision"), "{err}");
    let outside = tempfile::tempdir().unwrap();
    let (code, _, err) = run(
        dir,
        &[
            "diff",
            "data@HEAD",
            &format!("{}@HEAD", outside.path().display()),
        ],
    );
    assert_eq!(code, Some(2));
    assert!(err.contains("not in a git repository"), "{err}");
}

/// The example hook: a clean commit passes and shows the diff; a broken snapshot is refused.
#[test]
fn the_example_pre_commit_hook_checks_and_shows_the_change() {
    let Some((_f, repo)) = repository() else {
        return;
    };
    let dir = repo.path();
    let bin = Path::new(env!("CARGO_BIN_EXE_repdash")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let hook = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/pre-commit");
    let run_hook = || {
        Command::new("sh")
            .arg(&hook)
            .current_dir(dir)
            .env("PATH", &path)
            .env("REPDASH_CONFIG", "/nonexistent")
            .output()
            .unwrap()
    };
    let april = dir.join("data/snapshots/2024-04.csv");
    let text = std::fs::read_to_string(&april).unwrap();
    std::fs::write(&april, text.replace("1370", "1371")).unwrap();
    let out = run_hook();
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("2024-04 shown figure 1370 -> 1371"), "{said}");
    std::fs::write(&april, text.replace("1370", "x")).unwrap();
    let out = run_hook();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("found problems"));
}

/// `history`: each commit that changed a month's figure, oldest first, with its cause.
#[test]
fn history_lists_the_commits_that_changed_a_month() {
    let Some((_f, repo)) = repository() else {
        return;
    };
    let dir = repo.path();
    let (code, out, err) = run(
        dir,
        &[
            "--data",
            "data",
            "history",
            "political_prisoners",
            "2023-11",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    let lines: Vec<&str> = out.lines().filter(|l| !l.starts_with("  ")).collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].ends_with("2 revisions changed it"), "{out}");
    assert!(
        lines[1].contains(" fixture: · -> 1400 (a figure where there was none;"),
        "{out}"
    );
    assert!(
        lines[2].contains(" correct November: 1400 -> 1401 (the reading shown was corrected;"),
        "{out}"
    );
    let (_, out, _) = run(
        dir,
        &[
            "--data",
            "data",
            "history",
            "admin_cases",
            "2023-11",
            "--format",
            "json",
        ],
    );
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let revs = doc["revisions"].as_array().unwrap();
    assert_eq!(revs.len(), 2, "{out}");
    assert_eq!(revs[1]["subject"], "an exact count for November");
    assert_eq!(
        (&revs[1]["old"], &revs[1]["new"]),
        (&"≥300".into(), &"310".into())
    );
    assert_eq!(revs[1]["cause"], "a new reading outranks the old");
    assert_eq!(revs[1]["commit"].as_str().map(str::len), Some(7));
    let (code, _, err) = run(
        dir,
        &["--data", "data", "history", "no_such_metric", "2023-11"],
    );
    assert_eq!(code, Some(2));
    assert!(err.contains("unknown metric"), "{err}");
}

/// `report --since REV`: a section of the figures revised since that version, in every format.
#[test]
fn a_report_since_a_revision_lists_the_revised_figures() {
    let Some((_f, repo)) = repository() else {
        return;
    };
    let dir = repo.path();
    let base = [
        "--data", "data", "report", "--from", "2023-11", "--to", "2024-04", "--since", "HEAD~3",
    ];
    let (code, md, err) = run(dir, &base);
    assert_eq!(code, Some(0), "{err}");
    assert!(md.contains("## Revised since HEAD~3\n"), "{md}");
    assert!(
        md.contains(
            "| Political prisoners | 2023-11 | 1400 | 1401 | the reading shown was corrected |"
        ),
        "{md}"
    );
    assert!(
        md.contains("| Political prisoners | 2024-04 | · | 1370 | a figure where there was none |"),
        "{md}"
    );
    let mut json_args = base.to_vec();
    json_args.extend(["--format", "json"]);
    let (_, json, _) = run(dir, &json_args);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let figures = doc["revised"]["figures"].as_array().unwrap();
    assert!(
        figures
            .iter()
            .any(|f| f["cause"] == "a new reading outranks the old" && f["now"] == "310"),
        "{json}"
    );
    let mut html_args = base.to_vec();
    html_args.extend(["--format", "html"]);
    let (_, html, _) = run(dir, &html_args);
    assert!(html.contains("<h2>Revised since HEAD~3</h2>"), "{html}");
    // Without --since there is no such section, and JSON says null.
    let (_, json, _) = run(dir, &["--data", "data", "report", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(doc["revised"].is_null());
    let (code, _, err) = run(dir, &["--data", "data", "report", "--since", "no-such-rev"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--since no-such-rev"), "{err}");
}

/// `DIR@{YYYY-MM-DD}` (and `--rev {YYYY-MM-DD}`): the last commit on or before that day, as
/// "what did we publish on 30 June?" asks; a day before the first commit is exit 2.
#[test]
fn a_date_names_the_last_commit_on_or_before_it() {
    let Some((_f, repo)) = repository() else {
        return;
    };
    let dir = repo.path();
    // 2024-02-29: after "correct November" (02-05), before the exact count (03-05).
    let (code, out, err) = run(dir, &["diff", "data@{2024-02-29}", "data@HEAD~2"]);
    assert_eq!(code, Some(0), "{out}{err}");
    let (code, _, _) = run(dir, &["diff", "data@{2024-02-05}", "data@HEAD~2"]);
    assert_eq!(code, Some(0), "a commit on the day itself counts");
    let (code, out, _) = run(dir, &["diff", "data@{2024-02-04}", "data@HEAD~2"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("1400 -> 1401"), "{out}");
    let summary = |rev: &str| {
        let a = [
            "--data", "data", "--rev", rev, "export", "--rows", "figures",
        ];
        run(dir, &a)
    };
    assert_eq!(summary("{2024-03-31}").1, summary("HEAD~1").1);
    let (code, _, err) = run(dir, &["diff", "data@{2023-12-31}", "data"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no commit on or before 2023-12-31"), "{err}");
    let (code, _, err) = run(dir, &["diff", "data@{June}", "data"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("{YYYY-MM-DD}"), "{err}");
}

/// `--since REV` in the dashboard: the figures revised since then carry `†`, the status says
/// how many, `s` says what the figure was until that version's day, and `D` lists the range's
/// changes as `repdash diff` does; without `--since`, no mark and `D` says how to get one.
#[test]
fn the_dashboard_marks_what_changed_since_a_revision() {
    use repdash::dash::render_text;
    use repdash::dash::{Action, App, DashTab};
    use repdash::dash::{Theme, ThemeName};
    use repdash::data::{DataSource, Store};
    let Some((_f, repo)) = repository() else {
        return;
    };
    let dir = repo.path();
    let args = [
        "--data",
        "data",
        "--since",
        "HEAD~3",
        "render",
        "--tab",
        "prisoners",
    ];
    let (code, out, err) = run(dir, &args);
    assert_eq!(code, Some(0), "{err}");
    let row = |m: &str| {
        out.lines()
            .find(|l| l.starts_with(m))
            .unwrap_or_default()
            .to_string()
    };
    assert!(row("2023-11").contains("1,401†"), "{out}");
    assert!(row("2024-04").contains("1,370†"), "{out}");
    assert!(
        row("2024-01").contains("1,420") && !row("2024-01").contains('†'),
        "{out}"
    );
    assert!(out.contains("since HEAD~3: 3 figures revised"), "{out}");
    assert!(out.contains("† revised since HEAD~3"), "the legend: {out}");
    let (_, plain, _) = run(dir, &["--data", "data", "render", "--tab", "prisoners"]);
    assert!(!plain.contains('†'), "{plain}");
    // The config's `since` does the same, and `config` says where it came from.
    let config = dir.join("config.toml");
    std::fs::write(&config, "since = \"HEAD~3\"\n").unwrap();
    let with_config = |args: &[&str]| {
        let out = repdash()
            .args(args)
            .current_dir(dir)
            .env("REPDASH_CONFIG", &config)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let screen = with_config(&["--data", "data", "render", "--tab", "prisoners"]);
    assert!(screen.contains("1,401†"), "{screen}");
    assert!(with_config(&["config"]).contains("since      = HEAD~3  [config file]"));

    let data = dir.join("data");
    let git = |rev: &str| DataSource::Git {
        dir: data.clone(),
        rev: rev.into(),
    };
    let (old, new) = (
        Store::load(&git("HEAD~3")).unwrap(),
        Store::load(&git("HEAD")).unwrap(),
    );
    let day = repdash::data::commit_day(&data, "HEAD~3");
    assert_eq!(day.as_deref(), Some("2024-01-05"));
    let mut app =
        App::new(new.clone(), DashTab::Prisoners, None, None).with_since("HEAD~3".into(), day, old);
    let theme = Theme::new(ThemeName::NoColour);
    // The last month (2024-04) is selected: a figure where there was none.
    app.update(Action::OpenSource);
    let screen = render_text(&app, &theme, 120, 40);
    assert!(
        screen.contains("† revised: no figure until 2024-01-05 (HEAD~3); now 1,370"),
        "{screen}"
    );
    app.update(Action::Close);
    app.update(Action::Up(5));
    app.update(Action::OpenSource);
    let screen = render_text(&app, &theme, 120, 40);
    assert!(
        screen.contains("† revised: was 1,400 until 2024-01-05 (HEAD~3: example.org, as of 2023-11-30); now 1,401"),
        "{screen}"
    );
    app.update(Action::Close);
    app.update(Action::OpenRevisions);
    let screen = render_text(&app, &theme, 120, 40);
    assert!(screen.contains("shown figures: 3 changed"), "{screen}");
    assert!(
        screen.contains("2023-11 shown figure 1400 -> 1401"),
        "{screen}"
    );
    let mut plain = App::new(new, DashTab::Prisoners, None, None);
    plain.update(Action::OpenRevisions);
    assert!(plain.status().unwrap_or_default().contains("--since REV"));
}

/// Bad input at a revision: a snapshot that was invalid then is named with the revision, file,
/// line and field; a shallow clone without the revision asked for is exit 2 that says so.
#[test]
fn an_invalid_revision_or_a_shallow_clone_is_named() {
    let Some((_f, repo)) = repository() else {
        return;
    };
    let dir = repo.path();
    let bad = format!(
        "{}political_prisoners,,12x,exact,2024-05-31,https://example.org/fixture/may,May,2024-06-05,\n",
        common::HEADER_V2
    );
    std::fs::write(dir.join("data/snapshots/2024-05.csv"), bad).unwrap();
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", "a broken May"]);
    std::fs::remove_file(dir.join("data/snapshots/2024-05.csv")).unwrap();
    let (code, _, err) = run(dir, &["--data", "data", "--rev", "HEAD", "summary"]);
    assert_ne!(code, Some(0), "{err}");
    assert!(err.contains("data@HEAD:snapshots/2024-05.csv"), "{err}");
    assert!(
        err.contains("2024-05.csv:2: value:"),
        "line and field: {err}"
    );
    assert!(err.contains("12x"), "the data is quoted: {err}");
    let (code, _, err) = run(dir, &["diff", "data@HEAD", "data@HEAD~1"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("data@HEAD:snapshots/2024-05.csv"), "{err}");

    let url = format!("file://{}", dir.display());
    let shallow = tempfile::tempdir().unwrap();
    git(shallow.path(), &["clone", "-q", "--depth", "1", &url, "c"]);
    let clone = shallow.path().join("c");
    let (code, _, err) = run(&clone, &["diff", "data@HEAD~1", "data@HEAD"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("a shallow clone may lack it"), "{err}");
}

/// `history` and the report's "Revised since" in Belarusian and Russian (issue 23): words,
/// plural forms and causes in the reader's language; the JSON the same in every language.
#[test]
fn history_and_revised_since_speak_the_readers_language() {
    let Some((_f, repo)) = repository() else {
        return;
    };
    let dir = repo.path();
    let history = [
        "--data",
        "data",
        "history",
        "political_prisoners",
        "2023-11",
    ];
    let (code, ru, err) = run(dir, &[&["--lang", "ru"], &history[..]].concat());
    assert_eq!(code, Some(0), "{err}");
    // Two revisions: the Russian "few" form; the causes in Russian.
    assert!(
        ru.starts_with("political_prisoners 2023-11 в data: 2 ревизии с изменениями\n"),
        "{ru}"
    );
    assert!(
        ru.contains(" correct November: 1400 -> 1401 (показанная запись исправлена;"),
        "{ru}"
    );
    assert!(
        ru.contains("  записи: добавлено — 0, удалено — 0, изменено — 1,"),
        "{ru}"
    );
    let json = |lang: &str| {
        let args = [&["--lang", lang], &history[..], &["--format", "json"]].concat();
        run(dir, &args).1
    };
    assert_eq!(json("ru"), json("en"));
    assert!(json("be").contains("\"cause\": \"the reading shown was corrected\""));
    let report = [
        "--lang", "be", "--data", "data", "report", "--from", "2023-11", "--to", "2024-04",
        "--since", "HEAD~3",
    ];
    let (code, md, err) = run(dir, &report);
    assert_eq!(code, Some(0), "{err}");
    assert!(md.contains("## Перагледжана з HEAD~3\n"), "{md}");
    assert!(
        md.contains("| Лічба | Месяц | Было | Стала | Прычына |"),
        "{md}"
    );
    assert!(
        md.contains("| 2023-11 | 1400 | 1401 | паказаны запіс выпраўлены |"),
        "{md}"
    );
}
