//! Where the data files come from: the dataset embedded in the binary, or a directory with the
//! same layout (`metrics.csv`, `articles.csv`, `events.csv`, `cases.csv`, `snapshots/*.csv`).

use std::fs;
use std::path::{Path, PathBuf};

use crate::data::load::bounded::{MAX_DATA_FILE, ReadError, read_regular_into};
use crate::data::model::problem::Problem;

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
    /// A directory as it was at a git revision of the repository it is in.
    Git {
        /// The data directory (in a work tree).
        dir: PathBuf,
        /// Any revision git understands: a hash, `HEAD~1`, a tag, a branch.
        rev: String,
    },
}

/// Where one file's bytes are.
#[derive(Debug, Clone)]
pub enum Content {
    /// Compiled into the binary: read without copying.
    Embedded(&'static [u8]),
    /// On disk: read when the loader reaches it, so only one file is in memory at a time.
    Path(PathBuf),
    /// Already in memory (tests, tools).
    Bytes(Vec<u8>),
}

/// One file's name for messages and where its bytes are.
#[derive(Debug, Clone)]
pub struct RawFile {
    /// Path relative to the data root (`snapshots/2024-01.csv`).
    pub rel: String,
    /// Name shown in messages: the full path, or `embedded:` plus the relative path.
    pub shown: String,
    /// The bytes, or where to read them.
    pub content: Content,
}

impl RawFile {
    /// A file whose bytes are already in memory.
    pub fn in_memory(rel: impl Into<String>, bytes: Vec<u8>) -> RawFile {
        let rel = rel.into();
        RawFile {
            shown: rel.clone(),
            rel,
            content: Content::Bytes(bytes),
        }
    }

    /// The file's bytes, or the problem that stopped them being read.
    pub fn bytes(&self) -> Result<std::borrow::Cow<'_, [u8]>, Problem> {
        match &self.content {
            Content::Embedded(b) => Ok(std::borrow::Cow::Borrowed(b)),
            Content::Bytes(b) => Ok(std::borrow::Cow::Borrowed(b)),
            Content::Path(p) => {
                let mut bytes = Vec::new();
                self.read_from_disk(p, &mut bytes)?;
                Ok(std::borrow::Cow::Owned(bytes))
            }
        }
    }

    /// The file's bytes, read into `buffer` when they are on disk: a thread reading many
    /// files reuses one buffer instead of faulting in fresh memory for each.
    pub fn bytes_into<'s>(&'s self, buffer: &'s mut Vec<u8>) -> Result<&'s [u8], Problem> {
        match &self.content {
            Content::Embedded(b) => Ok(b),
            Content::Bytes(b) => Ok(b),
            Content::Path(p) => {
                self.read_from_disk(p, buffer)?;
                Ok(buffer)
            }
        }
    }

    fn read_from_disk(&self, path: &Path, buffer: &mut Vec<u8>) -> Result<(), Problem> {
        match read_regular_into(path, MAX_DATA_FILE, buffer) {
            Ok(()) => Ok(()),
            // A directory is named as such: the reader refuses it as it refuses any file
            // that is not regular (one look at the path, not two: 670 files at 1000x).
            Err(ReadError::NotRegular("directory")) => {
                Err(Problem::file(&self.shown, crate::tr!("pr-dir-not-csv")))
            }
            Err(e) => Err(Problem::file(&self.shown, e.to_string())),
        }
    }
}

impl DataSource {
    /// A short description for headers and `check` output.
    pub fn describe(&self) -> String {
        match self {
            DataSource::Embedded => crate::data::model::i18n::EMBEDDED_ORIGIN.to_string(),
            DataSource::Dir(d) => d.display().to_string(),
            DataSource::Git { dir, rev } => {
                format!("{}@{}", dir.display(), crate::data::model::text::shown(rev))
            }
        }
    }

    /// Lists every data file (reading happens later, one at a time). Missing required parts are
    /// reported as problems.
    pub fn read(&self) -> (Vec<RawFile>, Vec<Problem>) {
        match self {
            DataSource::Embedded => (embedded_files(), Vec::new()),
            DataSource::Dir(dir) => read_dir(dir),
            DataSource::Git { dir, rev } => match super::git_source::files_at(dir, rev) {
                Ok(files) => (files.into_iter().map(from_git).collect(), Vec::new()),
                Err(p) => (Vec::new(), vec![p]),
            },
        }
    }
}

/// The embedded dataset's files as (relative path, bytes), so `init` can write them out as a
/// data directory a team edits, without the source checkout.
pub fn embedded_contents() -> impl Iterator<Item = (&'static str, &'static [u8])> {
    embedded::FILES.iter().map(|(rel, bytes)| (*rel, *bytes))
}

/// A file read from a revision: in memory, named with its version.
fn from_git((rel, shown, bytes): super::git_source::GitFile) -> RawFile {
    RawFile {
        rel,
        shown,
        content: Content::Bytes(bytes),
    }
}

fn embedded_files() -> Vec<RawFile> {
    embedded::FILES
        .iter()
        .map(|(rel, bytes)| RawFile {
            rel: rel.to_string(),
            shown: format!("embedded:{rel}"),
            content: Content::Embedded(bytes),
        })
        .collect()
}

const ROOT_FILES: [&str; 4] = ["metrics.csv", "articles.csv", "events.csv", "cases.csv"];

fn read_dir(dir: &Path) -> (Vec<RawFile>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    if !dir.is_dir() {
        let msg = crate::tr!("pr-no-data-dir");
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
            // Hidden files are not snapshots: an interrupted write's `.2024-01.csv.PID.tmp`,
            // an editor's swap file. `check` names the leftovers of writes (`leftovers`).
            let mut names: Vec<String> = entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.'))
                .collect();
            names.sort();
            for name in names {
                let rel = format!("snapshots/{name}");
                files.push(read_one(&snap_dir.join(&name), &rel));
            }
        }
        Err(e) => problems.push(Problem::file(
            snap_dir.display().to_string(),
            crate::tr!("pr-cannot-read", why = e.to_string()),
        )),
    }
    (files, problems)
}

fn read_one(path: &Path, rel: &str) -> RawFile {
    RawFile {
        rel: rel.to_string(),
        shown: path.display().to_string(),
        content: Content::Path(path.to_path_buf()),
    }
}

/// Temp and backup files left in `snapshots/` by a write that was killed: ignored by the
/// loader, named by `check` as a warning (the next import removes its own).
pub fn leftovers(source: &DataSource) -> Vec<String> {
    // A revision has no leftovers: only files committed are in it.
    let DataSource::Dir(dir) = source else {
        return Vec::new();
    };
    let Ok(entries) = fs::read_dir(dir.join("snapshots")) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') && (n.ends_with(".tmp") || n.ends_with(".bak")))
        .map(|n| format!("snapshots/{n}"))
        .collect();
    names.sort();
    names
}
