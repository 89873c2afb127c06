//! Nothing lost, nothing injected: terminal and spreadsheet injection, atomic writes under
//! SIGKILL, a full disk, unwritable paths, a data directory that is never written, any size.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command as Std, Stdio};
use std::time::Duration;

use common::{DataDir, HEADER, repdash};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use repdash::dash::{Action, App, DashTab};
use repdash::dash::{Screen, Theme, ThemeName};
use repdash::data::DataSource;
use repdash::data::Store;

const NASTY: &str = "\u{1b}[2J\u{1b}]52;c;cm0gLXJmIC8=\u{7}\u{1b}]8;;https://evil/\u{1b}\\link\u{8}\r\u{202e}\u{2066}\u{9b}31m";

/// A data directory whose titles, notes, names and labels carry escape sequences.
fn nasty_dir() -> DataDir {
    let d = DataDir::new();
    let q = |s: &str| format!("\"{s}\"");
    d.snapshot(
        "2024-02.csv",
        format!(
            "{HEADER}political_prisoners,,1410,exact,https://a/x,{},2024-03-01,{}\n",
            q(&format!("T{NASTY}")),
            q(&format!("n{NASTY}"))
        ),
    );
    fs::write(
        d.path().join("cases.csv"),
        format!("date,month,person,event,articles,sentence_months,court,source_url,note\n,2024-02,{},convicted,411,,{},https://a,{}\n", q(&format!("P{NASTY}")), q(NASTY), q(NASTY)),
    )
    .unwrap();
    fs::write(
        d.path().join("events.csv"),
        format!(
            "date,kind,label,source_url\n2024-02,pardon,{},https://a\n",
            q(NASTY)
        ),
    )
    .unwrap();
    fs::write(
        d.path().join("articles.csv"),
        format!(
            "code,article,short_name,name_source_url\ncriminal,411,{},https://a\n",
            q(NASTY)
        ),
    )
    .unwrap();
    d
}

/// A writer whose bytes the test can read after the backend is done with it.
#[derive(Clone, Default)]
struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The bytes crossterm would send to the terminal for one frame.
fn terminal_bytes(app: &App) -> Vec<u8> {
    let theme = Theme::new(ThemeName::Dark);
    let sink = Shared::default();
    let backend = CrosstermBackend::new(sink.clone());
    let options = ratatui::TerminalOptions {
        viewport: ratatui::Viewport::Fixed(Rect::new(0, 0, 120, 40)),
    };
    let mut term = Terminal::with_options(backend, options).unwrap();
    term.draw(|f| f.render_widget(Screen { app, theme: &theme }, f.area()))
        .unwrap();
    drop(term);
    sink.0.take()
}

/// Every ESC must start a CSI that moves the cursor, styles text or shows/hides the cursor.
fn assert_only_drawing_sequences(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for bad in ['\u{7}', '\u{8}', '\r', '\u{202e}', '\u{2066}', '\u{9b}'] {
        assert!(!text.contains(bad), "{bad:?} reached the terminal");
    }
    let mut rest = text.as_ref();
    while let Some(i) = rest.find('\u{1b}') {
        let seq = &rest[i + 1..];
        assert!(
            seq.starts_with('['),
            "non-CSI escape reached the terminal: {:?}",
            &seq[..seq.len().min(12)]
        );
        let end = seq[1..].find(|c: char| c.is_ascii_alphabetic()).unwrap() + 1;
        let (params, fin) = (&seq[1..end], &seq[end..=end]);
        assert!(
            matches!(fin, "H" | "m" | "h" | "l" | "J" | "K"),
            "unexpected CSI {params}{fin}"
        );
        assert!(
            fin != "J" || params.is_empty(),
            "a screen clear came from data: {params}{fin}"
        );
        rest = &seq[end + 1..];
    }
}

#[test]
fn escape_sequences_in_data_never_reach_the_terminal() {
    let d = nasty_dir();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    for tab in DashTab::ALL {
        let mut app = App::new(store.clone(), tab, None, None);
        assert_only_drawing_sequences(&terminal_bytes(&app));
        for popup in [
            Action::OpenSource,
            Action::OpenSnapshot,
            Action::OpenArticles,
        ] {
            app.update(popup);
            assert_only_drawing_sequences(&terminal_bytes(&app));
            app.update(Action::Close);
        }
    }
}

#[test]
fn escape_sequences_never_reach_summary_render_or_check_output() {
    let d = nasty_dir();
    for args in [
        &["summary"][..],
        &["summary", "--format", "md"],
        &["render", "--tab", "articles"],
        &["render", "--tab", "prisoners"],
        &["check"],
    ] {
        let out = repdash()
            .args(args)
            .arg("--data")
            .arg(d.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            !text.chars().any(|c| (c.is_control() && c != '\n')
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)),
            "{args:?}: {text:?}"
        );
    }
    // A URL carrying control characters is refused at load time instead.
    let bad = DataDir::new();
    bad.snapshot(
        "2024-02.csv",
        format!("{HEADER}detentions,,5,exact,\"https://a/\u{1b}]52;c;eA==\u{7}\",T,,n\n"),
    );
    let out = repdash()
        .arg("check")
        .arg("--data")
        .arg(bad.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(
            "2024-02.csv:2: source_url: source URL contains spaces or control characters"
        )
    );
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn exported_text_cells_cannot_run_as_formulas_and_numbers_stay_numbers() {
    let d = DataDir::new();
    d.snapshot(
        "2024-02.csv",
        format!("{HEADER}political_prisoners,,1410,exact,https://a/x,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",2024-03-01,\"+cmd|' /C calc'!A0\"\npolitical_prisoners,,1400,about,https://b/y,@SUM(A1),,\"-2+3\"\n"),
    );
    d.snapshot(
        "2024-03.csv",
        format!("{HEADER}political_prisoners,,1300,exact,https://a/z,\"\tTab\",,\"\rCR\"\n"),
    );
    let out = d.path().join("x.csv");
    repdash()
        .args(["export", "--metric", "political_prisoners", "-o"])
        .arg(&out)
        .arg("--data")
        .arg(d.path())
        .assert()
        .success();
    let mut rdr = csv::Reader::from_path(&out).unwrap();
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let feb = rows.iter().find(|r| &r[1] == "2024-02").unwrap();
    let mar = rows.iter().find(|r| &r[1] == "2024-03").unwrap();
    assert_eq!(&feb[12], "'=HYPERLINK(\"http://evil\",\"x\")");
    assert_eq!(&feb[14], "'+cmd|' /C calc'!A0");
    assert!(
        feb[15].contains("https://b/y"),
        "other sources listed: {:?}",
        &feb[15]
    );
    assert_eq!(
        &mar[12], " Tab",
        "cleaned first: the tab becomes a space and nothing is left to run"
    );
    assert_eq!(
        &mar[14], "CR",
        "cleaned first: the CR goes, leaving plain text"
    );
    assert_eq!(
        (&feb[4], &mar[4]),
        ("1410", "1300"),
        "values are plain numbers"
    );
    assert_eq!(&mar[7], "-110", "a negative change stays a number");
    assert!(mar[7].parse::<f64>().is_ok());
}

/// Needs the write delay that only a debug build honours (`atomic::write_chunks`): a release
/// build writes at once, so nothing would be left to kill midway.
#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "the write delay hook exists in debug builds only"
)]
fn an_export_killed_midway_leaves_the_old_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("view.csv");
    fs::write(&out, "old export\n").unwrap();
    let bin = assert_cmd::cargo::cargo_bin("repdash");
    let mut child = Std::new(&bin)
        .args(["export", "--tab", "coverage", "--force", "-o"])
        .arg(&out)
        .env("REPDASH_TEST_WRITE_DELAY_MS", "400")
        .env("REPDASH_CONFIG", "/nonexistent")
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        "old export\n",
        "killed mid-write: old file intact"
    );
    let temps: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert_eq!(
        temps.len(),
        1,
        "the partial data sits only in a hidden temp file"
    );
    repdash()
        .args(["export", "--tab", "coverage", "--force", "-o"])
        .arg(&out)
        .assert()
        .success();
    let text = fs::read_to_string(&out).unwrap();
    assert!(
        text.starts_with("row,month,metric") && text.lines().last().unwrap().starts_with("month,")
    );
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "the stale temp file was removed"
    );
}

#[test]
fn an_import_killed_midway_leaves_every_snapshot_whole() {
    let d = DataDir::new();
    let before = fs::read(d.path().join("snapshots/2024-01.csv")).unwrap();
    let table = d.path().join("big.csv");
    let mut text = String::from(
        "month,metric,article,value,qualifier,source_url,source_title,published,note\n",
    );
    for m in 1..=12 {
        for i in 0..3000 {
            text.push_str(&format!(
                "2024-{m:02},convictions_by_article,{i},1,exact,https://a/{i},T,,n\n"
            ));
        }
    }
    fs::write(&table, text).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("repdash");
    let mut child = Std::new(&bin)
        .arg("import")
        .arg(&table)
        .arg("--into")
        .arg(d.path())
        .env("REPDASH_TEST_WRITE_DELAY_MS", "150")
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    child.kill().unwrap();
    child.wait().unwrap();
    let jan = fs::read(d.path().join("snapshots/2024-01.csv")).unwrap();
    assert!(
        jan == before || jan.len() > before.len() * 100,
        "January is old or new, never partial"
    );
    for entry in fs::read_dir(d.path().join("snapshots")).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".csv") {
            let text = fs::read_to_string(entry.path()).unwrap();
            let rows = text.lines().count() - 1;
            assert!(
                rows == 1 || rows == 3000 || rows == 3001,
                "{name} has {rows} rows: a partial file"
            );
        }
    }
}

fn listing(dir: &Path) -> Vec<(String, u64, std::time::SystemTime)> {
    let mut out = Vec::new();
    for e in walk(dir) {
        let m = fs::metadata(&e).unwrap();
        out.push((e.display().to_string(), m.len(), m.modified().unwrap()));
    }
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    for e in fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            out.extend(walk(&e.path()))
        } else {
            out.push(e.path())
        }
    }
    out
}

#[test]
fn the_data_directory_is_never_written_except_by_import() {
    let d = DataDir::new();
    let elsewhere = tempfile::tempdir().unwrap();
    let before = listing(d.path());
    for args in [
        vec!["check"],
        vec!["summary"],
        vec!["render"],
        vec!["config"],
    ] {
        repdash()
            .args(&args)
            .arg("--data")
            .arg(d.path())
            .current_dir(elsewhere.path())
            .assert()
            .success();
    }
    repdash()
        .args(["export", "-o"])
        .arg(elsewhere.path().join("x.csv"))
        .arg("--data")
        .arg(d.path())
        .assert()
        .success();
    assert_eq!(listing(d.path()), before);
}

#[test]
fn unwritable_paths_give_a_message_and_exit_1() {
    for path in [
        "/proc/repdash-export.csv",
        "/nonexistent-dir/x.csv",
        "/etc/hostname/x.csv",
    ] {
        repdash()
            .args(["export", "--month", "2024-01", "-o", path])
            .assert()
            .code(1)
            .stderr(predicates::str::contains(format!("cannot write {path}")));
    }
    // A device is never replaced, even with --force.
    repdash()
        .args(["export", "--month", "2024-01", "--force", "-o", "/dev/full"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("not a regular file"));
    assert!(Path::new("/dev/full").exists());
}

#[test]
fn a_full_disk_gives_a_message_and_leaves_nothing_behind() {
    let mnt = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("repdash");
    let script = format!(
        "mount -t tmpfs -o size=16k tmpfs '{m}' || exit 77; '{b}' export --tab coverage -o '{m}/x.csv'; rc=$?; ls -A '{m}'; umount '{m}'; exit $rc",
        m = mnt.path().display(),
        b = bin.display()
    );
    let direct = Std::new("sh")
        .args(["-c", &script])
        .env("REPDASH_CONFIG", "/nonexistent")
        .output()
        .unwrap();
    let out = if direct.status.code() == Some(77) {
        Std::new("unshare")
            .args(["-rm", "sh", "-c", &script])
            .env("REPDASH_CONFIG", "/nonexistent")
            .output()
            .unwrap()
    } else {
        direct
    };
    if out.status.code() == Some(77) || out.status.code().is_none() {
        // CI runs as root, where the mount works: there a skip would hide the test.
        assert!(
            std::env::var_os("CI").is_none(),
            "cannot mount a tiny tmpfs, and CI is set"
        );
        eprintln!("SKIPPED: cannot mount a tiny tmpfs here (needs root or user namespaces)");
        return;
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "",
        "no partial or temp file left"
    );
}

#[test]
fn every_size_from_0x0_to_400x200_renders() {
    let store = Store::load(&DataSource::Embedded).unwrap();
    let theme = Theme::new(ThemeName::Dark);
    let mut sizes: Vec<(u16, u16)> = Vec::new();
    for w in (0..=400)
        .step_by(13)
        .chain([1, 2, 39, 40, 41, 79, 80, 81, 119, 120, 121, 400])
    {
        for h in (0..=200)
            .step_by(11)
            .chain([1, 2, 11, 12, 13, 23, 24, 25, 39, 40, 200])
        {
            sizes.push((w, h));
        }
    }
    for tab in DashTab::ALL {
        let mut app = App::new(store.clone(), tab, None, None);
        for (i, (w, h)) in sizes.iter().enumerate() {
            if i % 97 == 0 {
                app.update(Action::OpenSource);
            } else if i % 97 == 50 {
                app.update(Action::Close);
            }
            let _ = repdash::dash::render_buffer(&app, &theme, *w, *h);
        }
    }
}
