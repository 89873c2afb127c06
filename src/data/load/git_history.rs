//! The versions of one month's snapshot through a repository's history (`repdash history`):
//! the first-parent commits from HEAD, oldest first, keeping those where the file's blob
//! changed (or appeared, or went), so 500 commits cost 500 tree lookups and one parse per
//! change, not 500 loads of the data.

use std::path::Path;

use crate::data::model::problem::Problem;
use crate::data::model::text::shown;

/// One commit that changed the file: its short hash, day, subject and the file then
/// (`None`: the file was not in that commit).
#[derive(Debug, Clone, PartialEq)]
pub struct FileVersion {
    /// Seven hex digits, as `git log --oneline` shows them.
    pub short: String,
    /// The commit's day (UTC), `YYYY-MM-DD`.
    pub date: String,
    /// The first line of its message, cleaned.
    pub subject: String,
    /// The file's bytes at that commit.
    pub bytes: Option<Vec<u8>>,
}

/// Every first-parent commit reachable from HEAD that changed `rel` under the data
/// directory `dir`, oldest first.
pub fn file_history(dir: &Path, rel: &str) -> Result<Vec<FileVersion>, Problem> {
    let fail = |what: String| Problem::file(dir.display().to_string(), what);
    let (repo, under) = super::git_source::open(dir).map_err(fail)?;
    let path = under.join(rel);
    let head = repo
        .head_id()
        .map_err(|e| fail(crate::tr!("git-no-head", why = e.to_string())))?;
    let walk = repo
        .rev_walk([head.detach()])
        .first_parent_only()
        .all()
        .map_err(|e| fail(crate::tr!("git-no-walk", why = e.to_string())))?;
    let mut out: Vec<FileVersion> = Vec::new();
    let mut last: Option<Option<gix::ObjectId>> = None;
    let commits: Vec<_> = walk.filter_map(Result::ok).collect();
    for info in commits.into_iter().rev() {
        let Ok(commit) = info.object() else { continue };
        let blob = commit
            .tree()
            .ok()
            .and_then(|t| t.lookup_entry_by_path(&path).ok().flatten())
            .map(|e| e.object_id());
        if last == Some(blob) {
            continue;
        }
        last = Some(blob);
        out.push(version(&repo, &commit, blob));
    }
    Ok(out)
}

fn version(
    repo: &gix::Repository,
    commit: &gix::Commit,
    blob: Option<gix::ObjectId>,
) -> FileVersion {
    let short = commit.id().to_hex_with_len(7).to_string();
    let date = super::git_source::day_of(commit).unwrap_or_default();
    let subject = commit
        .message()
        .map(|m| shown(&m.summary().to_string()))
        .unwrap_or_default();
    let bytes = blob
        .and_then(|id| repo.find_object(id).ok())
        .map(|o| o.data.clone());
    FileVersion {
        short,
        date,
        subject,
        bytes,
    }
}
