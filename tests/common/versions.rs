//! Versions of the fixture for the tests of what changed: a copy, edited as a monthly update
//! edits the data (a correction, a later reading that outranks the shown one, a new month).

use std::path::Path;

use super::DataDir;

/// A copy of a data directory (its files and its snapshots) in a new temp dir.
pub fn copy(from: &Path) -> tempfile::TempDir {
    let to = tempfile::tempdir().unwrap();
    std::fs::create_dir(to.path().join("snapshots")).unwrap();
    for dir in ["", "snapshots"] {
        for e in std::fs::read_dir(from.join(dir)).unwrap().flatten() {
            if e.path().is_file() {
                std::fs::copy(e.path(), to.path().join(dir).join(e.file_name())).unwrap();
            }
        }
    }
    to
}

/// Replaces the first `from` of a snapshot file with `to`.
pub fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join("snapshots").join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} lacks {from}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Appends rows to a snapshot file, creating it with the current header.
pub fn append(dir: &Path, file: &str, rows: &str) {
    let path = dir.join("snapshots").join(file);
    let mut text = std::fs::read_to_string(&path).unwrap_or_else(|_| super::HEADER_V2.to_string());
    text.push_str(rows);
    std::fs::write(path, text).unwrap();
}

/// The three kinds of monthly update, made on a copy of the fixture.
pub fn updated(d: &DataDir) -> tempfile::TempDir {
    let new = copy(d.path());
    // A correction: November's count was 1400, now 1401.
    edit(
        new.path(),
        "2023-11.csv",
        "political_prisoners,,1400,",
        "political_prisoners,,1401,",
    );
    // A later reading for January, of a later day, outranks the one shown.
    append(
        new.path(),
        "2024-01.csv",
        "political_prisoners,,1435,exact,2024-01-31,https://example.org/fixture/jan-late,Late review,2024-02-20,\n",
    );
    // A new month.
    append(
        new.path(),
        "2024-04.csv",
        "political_prisoners,,1370,exact,2024-04-30,https://example.org/fixture/apr,Fixture review April,2024-05-05,\n",
    );
    new
}
