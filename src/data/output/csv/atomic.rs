//! Writing a file so that it is whole or absent: a temp file in the target directory, synced,
//! then renamed (or hard-linked, when an existing file must not be replaced). A process killed
//! midway leaves the old file (or none) and at most a hidden temp file, which the next write of
//! the same name removes.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Why an export failed; the message names the path.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file exists and `--force` was not given.
    #[error("{}", crate::tr!("wr-exists", path = .0.display().to_string()))]
    Exists(PathBuf),
    /// Creating, writing or renaming failed.
    #[error("{}", crate::tr!("wr-cannot", path = .path.display().to_string(), why = .source.to_string()))]
    Io {
        /// The file being written.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// Writes `bytes` to `path` through a temp file in the same directory and a rename.
/// Refuses to replace an existing file unless `force`, and never replaces anything that is not
/// a regular file (a device such as /dev/full, a directory).
pub fn write_atomic(path: &Path, bytes: &[u8], force: bool) -> Result<(), ExportError> {
    write_atomic_with(path, force, |file| write_chunks(file, bytes))
}

/// [`write_atomic`] for output made as it is written (a large export streamed row by row):
/// `fill` writes into the temp file; if it fails, nothing is renamed and the temp file goes.
pub fn write_atomic_with(
    path: &Path,
    force: bool,
    fill: impl FnOnce(&mut fs::File) -> std::io::Result<()>,
) -> Result<(), ExportError> {
    let io = |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Ok(meta) = fs::symlink_metadata(path) {
        if !force {
            return Err(ExportError::Exists(path.to_path_buf()));
        }
        if !meta.is_file() {
            let e = std::io::Error::other("exists and is not a regular file; not replaced");
            return Err(io(e));
        }
    }
    let (dir, name) = dir_and_name(path);
    let name = temp_stem(&name);
    remove_stale_temps(&dir, name);
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create_new(&tmp)?;
        fill(&mut file)?;
        file.sync_data()?; // the data and the size needed to read it; not the times
        if force {
            fs::rename(&tmp, path)
        } else {
            link_new(&tmp, path)
        }
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => ExportError::Exists(path.to_path_buf()),
        _ => io(e),
    })
}

/// The directory the temp file goes in (the target's, so the rename stays on one file
/// system) and the target's file name.
fn dir_and_name(path: &Path) -> (PathBuf, String) {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (dir, name)
}

/// The part of a target's name its temp file carries: all of it, or its first 200 bytes (cut
/// at a character), so `.NAME.PID.tmp` stays under the 255-byte NAME_MAX when the target's own
/// name is a valid 250 bytes.
fn temp_stem(name: &str) -> &str {
    const MAX: usize = 200;
    if name.len() <= MAX {
        return name;
    }
    let mut end = MAX;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// Writes in 64 KiB chunks. `REPDASH_TEST_WRITE_DELAY_MS` pauses between chunks so a test can
/// kill the process mid-write: a hook of debug builds (what `cargo test` runs), not of release.
pub(crate) fn write_chunks(file: &mut fs::File, bytes: &[u8]) -> std::io::Result<()> {
    #[cfg(debug_assertions)]
    let delay = std::env::var("REPDASH_TEST_WRITE_DELAY_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok());
    #[cfg(not(debug_assertions))]
    let delay: Option<u64> = None;
    for chunk in bytes.chunks(64 * 1024) {
        file.write_all(chunk)?;
        if let Some(ms) = delay {
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
    }
    Ok(())
}

/// Removes `.name.PID.tmp` files left by writers that no longer run (Linux: no /proc/PID).
fn remove_stale_temps(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = file
            .strip_prefix(&prefix)
            .and_then(|r| r.strip_suffix(".tmp"))
        else {
            continue;
        };
        let dead = pid
            .parse::<u32>()
            .is_ok_and(|p| !Path::new(&format!("/proc/{p}")).exists());
        if dead && Path::new("/proc/self").exists() {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Publishes `tmp` as `path` only if `path` does not exist. Hard links make that atomic; where
/// the file system has none (FAT sticks), a checked rename is the fallback.
fn link_new(tmp: &Path, path: &Path) -> std::io::Result<()> {
    match fs::hard_link(tmp, path) {
        Ok(()) => fs::remove_file(tmp),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
        Err(_) if !path.exists() => fs::rename(tmp, path),
        Err(e) => Err(e),
    }
}

/// Removes every hidden `.NAME.PID.tmp` of writers that no longer run from `dir` (an import
/// killed midway): the next import cleans up after the last.
pub fn remove_stale_temps_in(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if let Some(name) = file
            .strip_prefix('.')
            .and_then(|f| f.rsplitn(3, '.').nth(2))
        {
            remove_stale_temps(dir, name);
        }
    }
}
