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

use crate::data::load::csvfile::{self, Record};
use crate::data::load::snapshot::{current_layout, parse_row, parse_snapshot};
use crate::data::model::catalog::Catalog;
use crate::data::model::month::Month;
use crate::data::model::problem::{Problem, Problems};
use crate::data::output::atomic::write_atomic;

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
    #[error("{0}\nnothing was written")]
    Invalid(Problems),
    /// Writing a file failed; files already replaced are whole, the rest untouched.
    #[error("{0}")]
    Write(#[from] crate::data::output::atomic::ExportError),
}

type Rows = Vec<Vec<String>>;

/// Imports `file` into the data directory `dir` and reports per-month changes.
pub fn import(file: &Path, dir: &Path) -> Result<Vec<MonthChange>, ImportError> {
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
            crate::data::output::atomic::ExportError::Io {
                path: snap_dir.clone(),
                source,
            }
        })?;
    }
    let mut report = Vec::new();
    for (change, rows) in plan {
        if change.added > 0 {
            write_atomic(&snapshot_path(dir, change.month), &to_csv(&rows), true)?;
        }
        report.push(change);
    }
    Ok(report)
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
                format!("cannot read catalog: {e}"),
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
            fields: current_layout(&fields).into_owned(),
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

fn to_csv(rows: &Rows) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(SNAPSHOT_HEADER);
    for row in rows {
        let _ = w.write_record(row);
    }
    w.into_inner().unwrap_or_default()
}
