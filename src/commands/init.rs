//! `repdash init DIR`: the embedded dataset written out as a data directory, so a monitor can
//! add a month with `import` or an editor without the source checkout.

use std::fs;
use std::path::{Path, PathBuf};

use crate::commands::{CommandError, Done, Outcome};
use crate::data::load::source::embedded_contents;
use crate::data::output::csv::transaction::replace_all;

/// Writes every embedded file under `dir`, all together or none (the import's transaction).
/// A directory that holds anything is refused unless `force`, which replaces only the files
/// the dataset has and leaves every other file alone.
pub fn init(dir: &Path, force: bool) -> Outcome {
    let shown = crate::data::model::text::shown(&dir.display().to_string());
    if let Ok(meta) = fs::symlink_metadata(dir) {
        if !meta.is_dir() {
            return Err(CommandError::Failed(crate::tr!(
                "er-init-not-dir",
                dir = shown
            )));
        }
        if !force && !is_empty(dir)? {
            return Err(CommandError::Failed(crate::tr!(
                "er-init-not-empty",
                dir = shown
            )));
        }
    }
    let fail = |e: std::io::Error| {
        CommandError::Failed(crate::tr!(
            "er-init-create",
            dir = shown.as_str(),
            why = e.to_string()
        ))
    };
    fs::create_dir_all(dir.join("snapshots")).map_err(fail)?;
    let files: Vec<(PathBuf, Vec<u8>)> = embedded_contents()
        .map(|(rel, bytes)| (dir.join(rel), bytes.to_vec()))
        .collect();
    replace_all(&files)
        .map_err(|e| CommandError::Failed(crate::tr!("er-init-failed", why = e.to_string())))?;
    let months = files.len() - embedded_contents().filter(|(r, _)| !is_snapshot(r)).count();
    let (n, months) = (files.len().to_string(), months.to_string());
    let done = crate::tr!("init-done", dir = shown.as_str(), n = n, months = months);
    Ok(Done::ok(format!("{done}\n")))
}

fn is_snapshot(rel: &str) -> bool {
    rel.starts_with("snapshots/")
}

fn is_empty(dir: &Path) -> Result<bool, CommandError> {
    let mut entries = fs::read_dir(dir).map_err(|e| {
        let dir = dir.display().to_string();
        CommandError::Failed(crate::tr!(
            "er-cannot-read",
            path = dir,
            why = e.to_string()
        ))
    })?;
    Ok(entries.next().is_none())
}
