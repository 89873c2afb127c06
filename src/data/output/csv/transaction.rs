//! Replacing several files all together or not at all (`import`): every target checked, every
//! new file written and synced beside its target, then each existing target kept as a hard
//! link and the new files renamed in; a failure at any step puts back what was there and
//! removes what was written.

use std::fs;
use std::path::{Path, PathBuf};

use crate::data::output::csv::atomic::{ExportError, write_chunks};

/// One file to replace: the new bytes staged next to the target, and the old file kept.
struct Staged {
    target: PathBuf,
    tmp: PathBuf,
    backup: Option<PathBuf>,
}

/// Writes every `(path, bytes)` or none: on error every target is as it was before, and no
/// temp or backup file is left.
pub fn replace_all(files: &[(PathBuf, Vec<u8>)]) -> Result<(), ExportError> {
    for (path, _) in files {
        check_target(path)?;
    }
    let mut staged = Vec::with_capacity(files.len());
    let result = stage_all(files, &mut staged).and_then(|()| commit(&staged));
    if result.is_err() {
        for s in &staged {
            let _ = fs::remove_file(&s.tmp);
        }
    }
    for s in &staged {
        if let Some(b) = &s.backup {
            let _ = fs::remove_file(b);
        }
    }
    result
}

/// A target is absent or a regular file: a symlink could send the write anywhere, and a
/// device or directory is not a snapshot.
fn check_target(path: &Path) -> Result<(), ExportError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if !meta.is_file() => Err(ExportError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::other(
                "is a symlink or not a regular file; import replaces only regular files",
            ),
        }),
        _ => Ok(()),
    }
}

fn hidden(path: &Path, suffix: &str) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let dir = path.parent().unwrap_or(Path::new("."));
    dir.join(format!(
        ".{}.{}.{suffix}",
        name.unwrap_or_default(),
        std::process::id()
    ))
}

/// Writes and syncs every new file beside its target, and keeps each existing target as a
/// hard link, before anything is replaced.
fn stage_all(files: &[(PathBuf, Vec<u8>)], staged: &mut Vec<Staged>) -> Result<(), ExportError> {
    for (path, bytes) in files {
        let io = |source| ExportError::Io {
            path: path.clone(),
            source,
        };
        let tmp = hidden(path, "tmp");
        let _ = fs::remove_file(&tmp);
        let mut file = fs::File::create_new(&tmp).map_err(io)?;
        staged.push(Staged {
            target: path.clone(),
            tmp: tmp.clone(),
            backup: None,
        });
        write_chunks(&mut file, bytes)
            .and_then(|()| file.sync_all())
            .map_err(io)?;
        if path.exists() {
            let backup = hidden(path, "bak");
            let _ = fs::remove_file(&backup);
            fs::hard_link(path, &backup).map_err(io)?;
            if let Some(last) = staged.last_mut() {
                last.backup = Some(backup);
            }
        }
    }
    Ok(())
}

/// Renames the new files in; on a failure the ones already renamed are put back.
fn commit(staged: &[Staged]) -> Result<(), ExportError> {
    for (k, s) in staged.iter().enumerate() {
        if let Err(source) = fs::rename(&s.tmp, &s.target) {
            for done in &staged[..k] {
                let _ = match &done.backup {
                    Some(b) => fs::rename(b, &done.target),
                    None => fs::remove_file(&done.target),
                };
            }
            return Err(ExportError::Io {
                path: s.target.clone(),
                source,
            });
        }
    }
    Ok(())
}
