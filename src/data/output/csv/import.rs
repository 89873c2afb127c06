//! `repdash import`: merges a long table (the `figures.csv` columns) into month snapshot files.
//! Everything is validated first; on any problem nothing is written. Existing rows are never
//! dropped or reordered; exact duplicates are skipped; each file is replaced atomically.

use crate::data::load::bounded::{MAX_DATA_FILE, ReadError, read_regular};
use crate::data::model::columns::{
    IMPORT_HEADER, IMPORT_HEADER_V1, SNAPSHOT_HEADER, SNAPSHOT_HEADERS,
};
use crate::data::model::text::unguard;
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use csv::StringRecord;

use crate::data::load::row::Row;

use crate::data::load::csvfile::{self, Record};
use crate::data::load::snapshot::{current_layout, parse_row, parse_snapshot};
use crate::data::model::catalog::Catalog;
use crate::data::model::month::Month;
use crate::data::model::problem::{Problem, Problems};

/// What an import changed in one month file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthChange {
    /// The month file.
    pub month: Month,
    /// Rows appended.
    pub added: usize,
    /// Rows skipped as exact duplicates of rows already there.
    pub duplicates: usize,
    /// Whether the file did not exist before.
    pub new_file: bool,
}

/// Why an import wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Validation problems in the input or the target; nothing was written.
    #[error("{}\n{}", .0, crate::tr!("imp-nothing"))]
    Invalid(Problems),
    /// Writing failed; every file was put back as it was.
    #[error("{}\n{}", .0, crate::tr!("imp-nothing-put-back"))]
    Write(#[from] crate::data::output::csv::atomic::ExportError),
    /// Another import into the same directory is running.
    #[error("{}", crate::tr!("imp-busy", dir = .0.as_str(), lock = .1.as_str()))]
    Busy(String, String),
}

/// The lock an import holds on its data directory, so two imports cannot both read the old
/// files and the second overwrite the first's rows.
pub const LOCK_FILE: &str = ".repdash-import.lock";

type Rows = Vec<Vec<String>>;

/// Imports `file` into the data directory `dir` and reports per-month changes.
pub fn import(file: &Path, dir: &Path) -> Result<Vec<MonthChange>, ImportError> {
    let _lock = lock(dir)?;
    crate::data::output::csv::atomic::remove_stale_temps_in(&dir.join("snapshots"));
    let mut problems = Vec::new();
    let catalog = load_catalog(dir, &mut problems);
    let incoming = read_incoming(file, catalog.as_ref(), &mut problems);
    let mut plan = Vec::new();
    for (month, rows) in incoming {
        if let Some(change) = merge_month(dir, month, rows, catalog.as_ref(), &mut problems) {
            plan.push(change);
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Invalid(Problems(problems)));
    }
    let snap_dir = dir.join("snapshots");
    if !plan.is_empty() {
        fs::create_dir_all(&snap_dir).map_err(|source| {
            crate::data::output::csv::atomic::ExportError::Io {
                path: snap_dir.clone(),
                source,
            }
        })?;
    }
    let writes: Vec<(PathBuf, Vec<u8>)> = plan
        .iter()
        .filter(|(change, _)| change.added > 0)
        .map(|(change, rows)| {
            let path = snapshot_path(dir, change.month);
            let bytes = to_csv(rows, &path)?;
            Ok((path, bytes))
        })
        .collect::<Result<_, ImportError>>()?;
    crate::data::output::csv::transaction::replace_all(&writes)?;
    Ok(plan.into_iter().map(|(change, _)| change).collect())
}

/// Takes the directory's import lock, or says who holds it. The lock goes with the process,
/// so a killed import never leaves the directory locked.
fn lock(dir: &Path) -> Result<fs::File, ImportError> {
    let path = dir.join(LOCK_FILE);
    let io = |source| crate::data::output::csv::atomic::ExportError::Io {
        path: path.clone(),
        source,
    };
    if !dir.is_dir() {
        let e = std::io::Error::other(crate::tr!("imp-no-dir"));
        return Err(ImportError::Write(io(e)));
    }
    let file = open_lock(&path).map_err(io)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => Err(ImportError::Busy(
            dir.display().to_string(),
            path.display().to_string(),
        )),
        Err(fs::TryLockError::Error(e)) => Err(ImportError::Write(io(e))),
    }
}

/// Opens (or creates) the lock file without ever blocking: a FIFO or a device put where the
/// lock goes would make a plain open wait forever. Not following a link and checking the
/// opened file itself, so only a regular file is ever used as the lock.
fn open_lock(path: &Path) -> std::io::Result<fs::File> {
    use rustix::fs::OFlags;
    use std::os::unix::fs::OpenOptionsExt;
    let not_regular = || std::io::Error::other(crate::tr!("imp-lock-not-regular"));
    if fs::symlink_metadata(path).is_ok_and(|m| !m.file_type().is_file()) {
        return Err(not_regular());
    }
    let flags = (OFlags::NONBLOCK | OFlags::NOFOLLOW).bits();
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .custom_flags(i32::try_from(flags).unwrap_or(0))
        .open(path)?;
    if !file.metadata()?.file_type().is_file() {
        return Err(not_regular());
    }
    Ok(file)
}

fn snapshot_path(dir: &Path, month: Month) -> PathBuf {
    dir.join("snapshots").join(format!("{month}.csv"))
}

fn load_catalog(dir: &Path, problems: &mut Vec<Problem>) -> Option<Catalog> {
    let path = dir.join("metrics.csv");
    match read_regular(&path, MAX_DATA_FILE) {
        Ok(bytes) => Some(Catalog::parse(
            &path.display().to_string(),
            &bytes,
            problems,
        )),
        Err(e) => {
            problems.push(Problem::file(
                path.display().to_string(),
                crate::tr!("pr-cannot-read-catalog", why = e.to_string()),
            ));
            None
        }
    }
}

/// Reads and validates the long table, grouping raw rows by month in file order.
fn read_incoming(
    file: &Path,
    catalog: Option<&Catalog>,
    problems: &mut Vec<Problem>,
) -> BTreeMap<Month, Rows> {
    let name = file.display().to_string();
    let mut out: BTreeMap<Month, Rows> = BTreeMap::new();
    let Some(bytes) = read_regular(file, MAX_DATA_FILE)
        .map_err(|e| problems.push(Problem::file(&name, e.to_string())))
        .ok()
    else {
        return out;
    };
    let headers: [&[&str]; 2] = [&IMPORT_HEADER, &IMPORT_HEADER_V1];
    let (records, _) = csvfile::read_file_of(&name, &bytes, &headers, problems);
    for rec in records {
        let month = match rec.fields[0].parse::<Month>() {
            Ok(m) => m,
            Err(e) => {
                problems.push(Problem::at(&name, rec.line, Some("month"), e.to_string()));
                continue;
            }
        };
        // A figures export guards formulas with an apostrophe; it goes here, so the round trip
        // gives back the text exactly.
        let fields: StringRecord = rec.fields.iter().skip(1).map(unguard).collect();
        let sub = Record {
            line: rec.line,
            fields: current_layout(&Row::from_record(&fields)).to_record(),
        };
        if parse_row(&name, month, &sub, catalog, problems).is_some() {
            out.entry(month)
                .or_default()
                .push(sub.fields.iter().map(str::to_string).collect());
        }
    }
    out
}

/// Plans one month: existing rows kept in order, new ones appended unless already present.
fn merge_month(
    dir: &Path,
    month: Month,
    incoming: Rows,
    catalog: Option<&Catalog>,
    problems: &mut Vec<Problem>,
) -> Option<(MonthChange, Rows)> {
    let path = snapshot_path(dir, month);
    let (mut rows, new_file) = match read_regular(&path, MAX_DATA_FILE) {
        Ok(bytes) => (
            existing_rows(&path, month, &bytes, catalog, problems)?,
            false,
        ),
        Err(ReadError::NotFound) => (Vec::new(), true),
        Err(e) => {
            problems.push(Problem::file(path.display().to_string(), e.to_string()));
            return None;
        }
    };
    let (added, duplicates) = append_new(&mut rows, incoming);
    Some((
        MonthChange {
            month,
            added,
            duplicates,
            new_file,
        },
        rows,
    ))
}

/// Appends the rows not already present; returns (added, duplicates skipped).
fn append_new(rows: &mut Rows, incoming: Rows) -> (usize, usize) {
    let mut seen: HashSet<Vec<String>> = rows.iter().cloned().collect();
    let (mut added, mut duplicates) = (0, 0);
    for row in incoming {
        if seen.insert(row.clone()) {
            rows.push(row);
            added += 1;
        } else {
            duplicates += 1;
        }
    }
    (added, duplicates)
}

fn existing_rows(
    path: &Path,
    month: Month,
    bytes: &[u8],
    catalog: Option<&Catalog>,
    problems: &mut Vec<Problem>,
) -> Option<Rows> {
    let name = path.display().to_string();
    let before = problems.len();
    parse_snapshot(&name, month, bytes, catalog, problems);
    if problems.len() > before {
        return None;
    }
    // Rows of an older layout are rewritten in the current one (an empty as-of day).
    let text = csvfile::decode(&name, bytes).ok()?;
    let mut rows = Vec::new();
    csvfile::for_each_record_of(
        &name,
        text,
        &SNAPSHOT_HEADERS,
        &mut Vec::new(),
        |_, f, _| {
            rows.push(current_layout(f).iter().map(str::to_string).collect());
        },
    )?;
    Some(rows)
}

/// The bytes of a month file; an error of the csv writer is returned, never dropped (the bytes
/// replace a snapshot).
fn to_csv(rows: &Rows, path: &Path) -> Result<Vec<u8>, ImportError> {
    let io = |source| crate::data::output::csv::atomic::ExportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(SNAPSHOT_HEADER).map_err(|e| io(e.into()))?;
    for row in rows {
        w.write_record(row).map_err(|e| io(e.into()))?;
    }
    Ok(w.into_inner().map_err(|e| io(e.into_error()))?)
}
