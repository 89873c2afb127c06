//! A data directory as it was at a git revision (`data@HEAD~1`, `data@v2024-06`), read from
//! the repository's objects with gitoxide: no `git` binary, no checkout, nothing written. The
//! files come back as the loader reads any other: one named `DIR@REV:snapshots/2024-01.csv`,
//! so every problem says which version it is in.

use std::path::{Path, PathBuf};

use crate::data::load::bounded::MAX_DATA_FILE;
use crate::data::model::problem::Problem;
use crate::data::model::text::shown;

/// Why a revision cannot be read; the message names the directory and the revision, cleaned.
fn problem(dir: &Path, rev: &str, what: impl std::fmt::Display) -> Problem {
    Problem::file(
        format!("{}@{}", dir.display(), shown(rev)),
        what.to_string(),
    )
}

/// One file of a revision: its path in the data directory, its name for messages, its bytes.
pub type GitFile = (String, String, Vec<u8>);

/// The data files of `dir` at `rev`, or the problem that stopped them being found.
pub fn files_at(dir: &Path, rev: &str) -> Result<Vec<GitFile>, Problem> {
    let fail = |what: String| problem(dir, rev, what);
    let (repo, rel) = open(dir).map_err(fail)?;
    let tree = data_tree(&repo, &rel, rev).map_err(fail)?;
    let prefix = format!("{}@{}:", dir.display(), shown(rev));
    let mut out = blobs(&tree, "", &prefix, &fail)?;
    if let Some(snaps) = subtree(&tree, Path::new("snapshots")) {
        out.extend(blobs(&snaps, "snapshots/", &prefix, &fail)?);
    }
    if !out.iter().any(|f| f.0 == "metrics.csv") {
        return Err(fail(crate::tr!("git-no-catalog")));
    }
    Ok(out)
}

/// The repository a data directory is in, and the directory's path inside its work tree:
/// what `--rev`, `DIR@REV` and `history` all start from.
pub(crate) fn open(dir: &Path) -> Result<(gix::Repository, PathBuf), String> {
    let abs = dir
        .canonicalize()
        .map_err(|e| crate::tr!("git-no-dir", why = e.to_string()))?;
    let repo = gix::discover(&abs).map_err(|_| crate::tr!("git-no-repo"))?;
    let work = repo
        .workdir()
        .and_then(|w| w.canonicalize().ok())
        .ok_or_else(|| crate::tr!("git-no-work-tree"))?;
    let rel = abs
        .strip_prefix(&work)
        .map(Path::to_path_buf)
        .unwrap_or_default();
    Ok((repo, rel))
}

/// The tree of the data directory (`rel` inside the work tree) at `rev`.
fn data_tree<'r>(
    repo: &'r gix::Repository,
    rel: &Path,
    rev: &str,
) -> Result<gix::Tree<'r>, String> {
    let id = resolve(repo, rev)?;
    let root = repo
        .find_object(id)
        .and_then(|o| o.peel_to_tree())
        .map_err(|e| crate::tr!("git-no-tree", why = e.to_string()))?;
    if rel.as_os_str().is_empty() {
        return Ok(root);
    }
    let path = rel.display().to_string();
    subtree(&root, rel).ok_or_else(|| crate::tr!("git-not-in-rev", path = path))
}

/// The commit `rev` names: any revision git understands, or `{YYYY-MM-DD}`, the last
/// first-parent commit from HEAD made on or before that day (UTC), as a team asks "what did
/// we publish on 30 June?". Git's own `@{date}` reads the reflog, which a fresh clone lacks.
pub(crate) fn resolve(repo: &gix::Repository, rev: &str) -> Result<gix::ObjectId, String> {
    let Some(day) = rev.strip_prefix('{').and_then(|r| r.strip_suffix('}')) else {
        return repo
            .rev_parse_single(rev)
            .map(|id| id.detach())
            .map_err(|_| crate::tr!("git-no-rev"));
    };
    let day = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map_err(|_| crate::tr!("git-date-form"))?;
    let end = day
        .succ_opt()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map_or(i64::MAX, |t| t.and_utc().timestamp());
    let head = repo
        .head_id()
        .map_err(|e| crate::tr!("git-no-head", why = e.to_string()))?;
    let walk = repo
        .rev_walk([head.detach()])
        .first_parent_only()
        .all()
        .map_err(|e| crate::tr!("git-no-walk", why = e.to_string()))?;
    for info in walk.filter_map(Result::ok) {
        let made = info.object().ok().and_then(|c| c.time().ok());
        if made.is_some_and(|t| t.seconds < end) {
            return Ok(info.id);
        }
    }
    Err(crate::tr!("git-no-commit-by", day = day.to_string()))
}

/// The day (UTC, `YYYY-MM-DD`) of the commit `rev` of the repository `dir` is in: what
/// "was … until" names in the dashboard.
pub fn commit_day(dir: &Path, rev: &str) -> Option<String> {
    let (repo, _) = open(dir).ok()?;
    let id = resolve(&repo, rev).ok()?;
    let commit = repo.find_object(id).ok()?.try_into_commit().ok()?;
    day_of(&commit)
}

/// A commit's day, UTC.
pub(crate) fn day_of(commit: &gix::Commit) -> Option<String> {
    let t = commit.time().ok()?;
    let d = chrono::DateTime::from_timestamp(t.seconds, 0)?;
    Some(d.format("%Y-%m-%d").to_string())
}

fn subtree<'r>(tree: &gix::Tree<'r>, path: &Path) -> Option<gix::Tree<'r>> {
    let entry = tree.lookup_entry_by_path(path).ok()??;
    entry.object().ok()?.peel_to_tree().ok()
}

/// The CSV files directly in `tree` (hidden ones left out, as in a directory), as in-memory
/// files named with the version.
fn blobs(
    tree: &gix::Tree,
    under: &str,
    prefix: &str,
    fail: &dyn Fn(String) -> Problem,
) -> Result<Vec<GitFile>, Problem> {
    let mut out = Vec::new();
    for entry in tree.iter() {
        let entry = entry.map_err(|e| fail(crate::tr!("git-bad-tree", why = e.to_string())))?;
        let name = entry.filename().to_string();
        if !entry.mode().is_blob() || name.starts_with('.') || !name.ends_with(".csv") {
            continue;
        }
        let object = entry.object().map_err(|e| {
            fail(crate::tr!(
                "git-bad-object",
                path = format!("{under}{name}"),
                why = e.to_string()
            ))
        })?;
        if object.data.len() as u64 > MAX_DATA_FILE {
            return Err(fail(format!(
                "{under}{name} is larger than {MAX_DATA_FILE} bytes"
            )));
        }
        let rel = format!("{under}{name}");
        out.push((rel.clone(), format!("{prefix}{rel}"), object.data.clone()));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}
