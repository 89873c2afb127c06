//! Where the data files come from: the dataset embedded in the binary, or a directory with the
//! same layout (`metrics.csv`, `articles.csv`, `events.csv`, `cases.csv`, `snapshots/*.csv`).

use std::fs;
use std::path::{Path, PathBuf};

use super::problem::Problem;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The origin of the data a store is loaded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataSource {
    /// The real dataset compiled into the binary: the default.
    Embedded,
    /// A user's directory with the same layout.
    Dir(PathBuf),
}

/// One file's name for messages and its bytes, or the problem that stopped it being read.
pub struct RawFile {
    /// Path relative to the data root (`snapshots/2024-01.csv`).
    pub rel: String,
    /// Name shown in messages: the full path, or `embedded:` plus the relative path.
    pub shown: String,
    /// Contents, or why they could not be read.
    pub bytes: Result<Vec<u8>, Problem>,
}

impl DataSource {
    /// A short description for headers and `check` output.
    pub fn describe(&self) -> String {
        match self {
            DataSource::Embedded => "embedded dataset".to_string(),
            DataSource::Dir(d) => d.display().to_string(),
        }
    }

    /// Reads every data file. Missing required parts are reported as problems.
    pub fn read(&self) -> (Vec<RawFile>, Vec<Problem>) {
        match self {
            DataSource::Embedded => (embedded_files(), Vec::new()),
            DataSource::Dir(dir) => read_dir(dir),
        }
    }
}

fn embedded_files() -> Vec<RawFile> {
    embedded::FILES
        .iter()
        .map(|(rel, bytes)| RawFile {
            rel: rel.to_string(),
            shown: format!("embedded:{rel}"),
            bytes: Ok(bytes.to_vec()),
        })
        .collect()
}

const ROOT_FILES: [&str; 4] = ["metrics.csv", "articles.csv", "events.csv", "cases.csv"];

fn read_dir(dir: &Path) -> (Vec<RawFile>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    if !dir.is_dir() {
        let msg = "data directory not found (or not a directory)";
        problems.push(Problem::file(dir.display().to_string(), msg));
        return (files, problems);
    }
    for name in ROOT_FILES {
        let path = dir.join(name);
        if path.exists() || name == "metrics.csv" {
            files.push(read_one(&path, name));
        }
    }
    let snap_dir = dir.join("snapshots");
    match fs::read_dir(&snap_dir) {
        Ok(entries) => {
            let mut names: Vec<String> = entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            for name in names {
                let rel = format!("snapshots/{name}");
                files.push(read_one(&snap_dir.join(&name), &rel));
            }
        }
        Err(e) => problems.push(Problem::file(
            snap_dir.display().to_string(),
            format!("cannot read: {e}"),
        )),
    }
    (files, problems)
}

fn read_one(path: &Path, rel: &str) -> RawFile {
    let shown = path.display().to_string();
    let bytes = if path.is_dir() {
        Err(Problem::file(&shown, "is a directory, expected a CSV file"))
    } else {
        fs::read(path).map_err(|e| Problem::file(&shown, format!("cannot read: {e}")))
    };
    RawFile {
        rel: rel.to_string(),
        shown,
        bytes,
    }
}
