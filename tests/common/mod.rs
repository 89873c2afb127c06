//! Helpers shared by integration tests: small data directories built on the fly.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

mod fixture;
pub mod versions;

/// Header of a snapshot file in the first layout, without `as_of`: such files still load, so
/// most fixtures keep it (and with it test that they do).
pub const HEADER: &str = "metric,article,value,qualifier,source_url,source_title,published,note\n";

/// Header of a snapshot file in the current layout, with `as_of` after `qualifier`.
pub const HEADER_V2: &str =
    "metric,article,value,qualifier,as_of,source_url,source_title,published,note\n";

/// A data directory with the real catalog and one valid month, in a temp dir.
pub struct DataDir {
    /// Keeps the directory alive.
    pub dir: tempfile::TempDir,
}

impl DataDir {
    /// A directory with metrics.csv and `snapshots/2024-01.csv` holding one valid figure.
    pub fn new() -> DataDir {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("snapshots")).unwrap();
        fs::copy(
            repo().join("data/metrics.csv"),
            dir.path().join("metrics.csv"),
        )
        .unwrap();
        let d = DataDir { dir };
        d.snapshot(
            "2024-01.csv",
            format!("{HEADER}political_prisoners,,1429,exact,https://spring96.org/en/news/114277,Review,2024-02-06,as of Jan 31\n"),
        );
        d
    }

    /// The directory's path.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a snapshot file (any name, any bytes).
    pub fn snapshot(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let p = self.dir.path().join("snapshots").join(name);
        fs::write(&p, content).unwrap();
        p
    }
}

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The real binary, isolated from the user's environment: no REPDASH_DATA, no config file,
/// no colour.
pub fn repdash() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("repdash").unwrap();
    cmd.env_remove("REPDASH_DATA")
        .env("REPDASH_CONFIG", "/nonexistent")
        .env("NO_COLOR", "1");
    cmd
}

/// `repdash import FILE --into DIR`, ready to run (the new import tests share it).
#[allow(dead_code)]
pub fn import(file: &Path, into: &Path) -> assert_cmd::Command {
    let mut cmd = repdash();
    cmd.arg("import").arg(file).arg("--into").arg(into);
    cmd
}

/// `repdash check --data DIR`: its exit code and everything it printed, stdout then stderr.
#[allow(dead_code)]
pub fn check(dir: &Path) -> (Option<i32>, String) {
    let out = repdash()
        .arg("check")
        .arg("--data")
        .arg(dir)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}
