//! `import` is all-or-nothing: every target checked and every file staged before any is
//! replaced; a failure leaves every file as it was and no temp file; leftovers of a killed
//! import do not block the data; a second import at the same time is refused.

mod common;

use std::fs;
use std::path::Path;

use common::{DataDir, repdash};

const LONG_HEADER: &str =
    "month,metric,article,value,qualifier,as_of,source_url,source_title,published,note\n";

fn table(d: &DataDir, rows: &str) -> std::path::PathBuf {
    let file = d.path().join("incoming.csv");
    fs::write(&file, format!("{LONG_HEADER}{rows}")).unwrap();
    file
}

fn snapshots(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = fs::read_dir(dir.join("snapshots"))
        .unwrap()
        .flatten()
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let bytes = fs::symlink_metadata(e.path())
                .ok()
                .filter(|m| m.is_file())
                .map(|_| fs::read(e.path()).unwrap())
                .unwrap_or_default();
            (name, bytes)
        })
        .collect();
    out.sort();
    out
}

const TWO_MONTHS: &str = "2023-12,detentions,,111,exact,,https://example.org/i,I,,\n2024-01,detentions,,222,exact,,https://example.org/i,I,,\n";

#[test]
fn a_symlinked_later_target_changes_nothing() {
    let d = DataDir::fixture();
    let other = tempfile::tempdir().unwrap();
    let jan = d.path().join("snapshots/2024-01.csv");
    fs::rename(&jan, other.path().join("jan.csv")).unwrap();
    std::os::unix::fs::symlink(other.path().join("jan.csv"), &jan).unwrap();
    let before = snapshots(d.path());
    let outside = fs::read(other.path().join("jan.csv")).unwrap();
    let file = table(&d, TWO_MONTHS);
    let out = common::import(&file, d.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("2024-01.csv: is a symlink or not a regular file"),
        "{err}"
    );
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(
        snapshots(d.path()),
        before,
        "2023-12 untouched, no temp file"
    );
    assert_eq!(fs::read(other.path().join("jan.csv")).unwrap(), outside);
}

#[test]
fn a_full_disk_on_the_second_file_puts_the_first_back() {
    if unsafe_mount_unavailable() {
        // Without mount there is no small disk to fill: say so, and fail where CI has one.
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have mount (util-linux) to fill a tmpfs"
        );
        eprintln!("SKIPPED: no mount command here");
        return;
    }
    let mnt = tempfile::tempdir().unwrap();
    let m = mnt.path().display().to_string();
    let ok = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=96k", "tmpfs", &m])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        ok || std::env::var_os("CI").is_none(),
        "CI runs as root and can mount tmpfs"
    );
    if !ok {
        eprintln!("SKIPPED: cannot mount a tmpfs here (not root)");
        return;
    }
    let fixture = DataDir::fixture();
    let data = mnt.path().join("data");
    copy_dir(fixture.path(), &data);
    let before = snapshots(&data);
    // A small change to 2023-12, then 2024-01 with more rows than the disk has room for.
    let mut rows = String::from("2023-12,detentions,,111,exact,,https://example.org/i,I,,\n");
    for i in 0..1500 {
        rows.push_str(&format!(
            "2024-01,detentions,,{i},exact,,https://example.org/{i},{},,\n",
            "t".repeat(60)
        ));
    }
    let file = fixture.path().join("incoming.csv");
    fs::write(&file, format!("{LONG_HEADER}{rows}")).unwrap();
    let out = common::import(&file, &data).output().unwrap();
    let after = snapshots(&data);
    let _ = std::process::Command::new("umount").arg(&m).status();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing was written"));
    assert_eq!(after, before, "every file as it was, no temp file left");
}

fn unsafe_mount_unavailable() -> bool {
    std::process::Command::new("mount")
        .arg("--version")
        .output()
        .is_err()
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to.join("snapshots")).unwrap();
    for rel in ["metrics.csv", "articles.csv", "events.csv", "cases.csv"] {
        fs::copy(from.join(rel), to.join(rel)).unwrap();
    }
    for e in fs::read_dir(from.join("snapshots")).unwrap().flatten() {
        fs::copy(e.path(), to.join("snapshots").join(e.file_name())).unwrap();
    }
}

#[test]
fn a_killed_imports_temp_file_is_ignored_reported_and_removed_next_time() {
    let d = DataDir::fixture();
    // What a SIGKILL mid-import leaves: a hidden temp file of a process that is gone.
    let tmp = d.path().join("snapshots/.2024-01.csv.4000000.tmp");
    fs::write(&tmp, "half a fi").unwrap();
    let out = repdash()
        .arg("check")
        .arg("--data")
        .arg(d.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("leftover files: 1 (warning"), "{text}");
    assert!(
        text.contains("snapshots/.2024-01.csv.4000000.tmp"),
        "{text}"
    );
    repdash()
        .arg("summary")
        .arg("--data")
        .arg(d.path())
        .assert()
        .success();
    repdash()
        .args(["render", "--size", "80x24", "--data"])
        .arg(d.path())
        .assert()
        .success();
    let file = table(&d, TWO_MONTHS);
    common::import(&file, d.path()).assert().success();
    assert!(!tmp.exists(), "the next import removed it");
}

#[test]
fn a_second_import_while_one_runs_is_refused_and_writes_nothing() {
    let d = DataDir::fixture();
    let lock = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(d.path().join(".repdash-import.lock"))
        .unwrap();
    lock.lock().unwrap();
    let before = snapshots(d.path());
    let file = table(&d, TWO_MONTHS);
    let out = common::import(&file, d.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("another import into"));
    assert_eq!(snapshots(d.path()), before);
    lock.unlock().unwrap();
    common::import(&file, d.path()).assert().success();
    let jan = fs::read_to_string(d.path().join("snapshots/2024-01.csv")).unwrap();
    assert!(jan.contains(",222,"), "{jan}");
}

/// A FIFO, a directory or a link where the import lock goes: the import refuses at once,
/// naming the file, instead of blocking forever on the FIFO; nothing is written.
#[test]
fn a_special_file_where_the_lock_goes_is_refused_without_blocking() {
    use std::os::unix::fs::symlink;
    let d = DataDir::fixture();
    let lock = d.path().join(".repdash-import.lock");
    let file = table(
        &d,
        "2024-01,detentions,,111,exact,,https://example.org/i,I,,\n",
    );
    let before = snapshots(d.path());
    let kinds: [(&str, &dyn Fn()); 3] = [
        ("fifo", &|| {
            let ok = std::process::Command::new("mkfifo").arg(&lock).status();
            assert!(ok.is_ok_and(|s| s.success()), "mkfifo");
        }),
        ("directory", &|| fs::create_dir(&lock).unwrap()),
        ("link", &|| {
            symlink(d.path().join("metrics.csv"), &lock).unwrap()
        }),
    ];
    for (what, make) in kinds {
        make();
        let out = common::import(&file, d.path())
            .timeout(std::time::Duration::from_secs(10))
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{what}: {err}");
        assert!(
            err.contains(".repdash-import.lock") && err.contains("not a regular file"),
            "{what}: {err}"
        );
        assert_eq!(snapshots(d.path()), before, "{what}: nothing written");
        if lock.is_dir() && !lock.is_symlink() {
            fs::remove_dir(&lock).unwrap();
        } else {
            fs::remove_file(&lock).unwrap();
        }
    }
}
