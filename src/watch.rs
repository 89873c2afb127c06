//! Live reload: the data directory watched through notify, debounced, so a monitor who edits a
//! snapshot in another pane sees it without restarting. The dashboard asks between keys; there
//! is no polling loop of our own, only the OS's file events.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;
use std::time::SystemTime;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

/// How long the files must be quiet before a change counts: an editor's save (write, rename,
/// touch) becomes one reload, not three.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// A watch on one data directory; dropping it stops the watch.
pub struct DataWatch {
    /// Kept alive for as long as the watch runs (it owns the watcher thread).
    _debouncer: Debouncer<RecommendedWatcher>,
    events: Receiver<DebounceEventResult>,
    /// Each data file's size and modification time when last seen. inotify reports a file
    /// being opened too, so the reload's own reading would count every file as changed (and
    /// start the next reload): only a file whose stamp moved has changed.
    stamps: RefCell<HashMap<PathBuf, Option<Stamp>>>,
}

/// What tells a changed file from one that was only read.
type Stamp = (u64, SystemTime);

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

/// The stamps of the data files there now (the root and `snapshots/`).
fn stamps_under(dir: &Path) -> HashMap<PathBuf, Option<Stamp>> {
    [dir.to_path_buf(), dir.join("snapshots")]
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flat_map(|entries| entries.flatten().map(|e| e.path()))
        .filter(|p| is_data_file(p))
        .map(|p| {
            let s = stamp(&p);
            (p, s)
        })
        .collect()
}

impl DataWatch {
    /// Starts watching `dir` and everything under it (`snapshots/` included).
    pub fn start(dir: &Path) -> Result<DataWatch, String> {
        let (tx, events) = channel();
        // Said in the reader's language; the watcher's own words follow as it gives them.
        let failed = |e: notify_debouncer_mini::notify::Error| {
            let (dir, why) = (dir.display().to_string(), e.to_string());
            crate::tr!("er-watch", dir = dir, why = why)
        };
        let mut debouncer = new_debouncer(DEBOUNCE, tx).map_err(failed)?;
        debouncer
            .watcher()
            .watch(dir, RecursiveMode::Recursive)
            .map_err(failed)?;
        Ok(DataWatch {
            _debouncer: debouncer,
            events,
            stamps: RefCell::new(stamps_under(dir)),
        })
    }

    /// The data files that changed since the last call (none: nothing to reload). Never blocks.
    pub fn changed(&self) -> BTreeSet<PathBuf> {
        let mut files = BTreeSet::new();
        while let Ok(result) = self.events.try_recv() {
            for event in result.into_iter().flatten() {
                if is_data_file(&event.path) {
                    files.insert(event.path);
                }
            }
        }
        let mut stamps = self.stamps.borrow_mut();
        files.retain(|path| {
            let now = stamp(path);
            stamps.insert(path.clone(), now) != Some(now)
        });
        files
    }
}

/// A CSV the loader reads: not a hidden file (import's temp files, editors' swap files) and
/// not a backup (`name.csv~`).
pub fn is_data_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !name.starts_with('.') && name.ends_with(".csv")
}

#[cfg(test)]
mod tests {
    use super::{DEBOUNCE, DataWatch, is_data_file};
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Reading every file (as a reload does) is not a change; one edit is one file changed.
    #[test]
    fn files_only_read_are_not_changed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("snapshots")).unwrap();
        let names = [
            "metrics.csv",
            "snapshots/2024-01.csv",
            "snapshots/2024-02.csv",
        ];
        for n in names {
            std::fs::write(dir.path().join(n), "a,b\n").unwrap();
        }
        let watch = DataWatch::start(dir.path()).unwrap();
        for n in names {
            std::fs::read(dir.path().join(n)).unwrap();
        }
        std::fs::write(dir.path().join(names[1]), "a,b\n1,2\n").unwrap();
        let mut seen = BTreeSet::new();
        // Up to 10 s for the edit to arrive, then a second for any late event of the reads.
        let mut after = 0;
        for _ in 0..40 {
            std::thread::sleep(DEBOUNCE);
            seen.extend(watch.changed());
            after += usize::from(!seen.is_empty());
            if after > 4 {
                break;
            }
        }
        let edited = dir.path().join(names[1]).canonicalize().unwrap();
        let seen: BTreeSet<_> = seen.iter().map(|p| p.canonicalize().unwrap()).collect();
        assert_eq!(seen, BTreeSet::from([edited]));
    }

    #[test]
    fn only_visible_csv_files_count() {
        assert!(is_data_file(Path::new("/d/snapshots/2024-01.csv")));
        assert!(is_data_file(Path::new("/d/metrics.csv")));
        assert!(!is_data_file(Path::new(
            "/d/snapshots/.2024-01.csv.123.tmp"
        )));
        assert!(!is_data_file(Path::new("/d/snapshots/.2024-01.csv.swp")));
        assert!(!is_data_file(Path::new("/d/snapshots/2024-01.csv~")));
        assert!(!is_data_file(Path::new("/d/snapshots")));
    }
}
