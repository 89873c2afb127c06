//! Live reload: the data directory watched through notify, debounced, so a monitor who edits a
//! snapshot in another pane sees it without restarting. The dashboard asks between keys; there
//! is no polling loop of our own, only the OS's file events.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

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
}

impl DataWatch {
    /// Starts watching `dir` and everything under it (`snapshots/` included).
    pub fn start(dir: &Path) -> Result<DataWatch, String> {
        let (tx, events) = channel();
        let mut debouncer = new_debouncer(DEBOUNCE, tx)
            .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        debouncer
            .watcher()
            .watch(dir, RecursiveMode::Recursive)
            .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        Ok(DataWatch {
            _debouncer: debouncer,
            events,
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
    use super::is_data_file;
    use std::path::Path;

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
