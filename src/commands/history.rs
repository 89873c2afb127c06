//! `repdash history METRIC MONTH`: every commit of a git data directory in which the month's
//! readings or shown figure changed. The month is read at each commit that touched its file
//! and compared with the one before it by `query::diff`, against today's catalog.

use std::path::Path;

use super::{CommandError, Done, Outcome};
use crate::data::load::git_history::file_history;
use crate::data::load::selection::Selection;
use crate::data::load::source::{DataSource, RawFile};
use crate::data::load::store::Store;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::text::shown;
use crate::data::output::history;
use crate::data::output::summary::text::Format;
use crate::data::query::diff::{DiffScope, diff};

/// The history of `metric` in `month` of the data directory `dir`, as text or JSON.
pub fn run(dir: Option<&Path>, metric: &str, month: Month, format: Format) -> Outcome {
    let dir = dir.ok_or_else(|| CommandError::Usage(crate::tr!("er-history-dir")))?;
    let catalog = catalog_file(dir)?;
    let empty = store_of(&catalog, None)?;
    if empty.catalog.metric(metric).is_none() {
        return Err(CommandError::Usage(crate::tr!(
            "er-unknown-metric",
            metric = shown(metric)
        )));
    }
    let rel = format!("snapshots/{month}.csv");
    let versions = file_history(dir, &rel).map_err(|p| CommandError::Usage(p.to_string()))?;
    let scope = DiffScope {
        metrics: vec![metric.to_string()],
        range: Some(MonthRange::single(month)),
    };
    let mut before = empty;
    let mut changes = Vec::new();
    for v in versions {
        let now = store_of(&catalog, v.bytes.as_deref().map(|b| (rel.as_str(), b)))
            .map_err(|e| at_commit(&v.short, &v.subject, &e))?;
        let d = diff(&before, &now, &scope);
        if !d.is_empty() {
            changes.push((v, d));
        }
        before = now;
    }
    let what = what_text(metric, month, dir);
    Ok(Done::ok(match format {
        Format::Json => history::json(&what, &changes),
        _ => history::text(&what, &changes),
    }))
}

/// Why a revision's month could not be read, naming its commit and subject.
fn at_commit(short: &str, subject: &str, e: &CommandError) -> CommandError {
    let (commit, subject, why) = (short.to_string(), subject.to_string(), e.to_string());
    CommandError::Failed(crate::tr!(
        "er-at-commit",
        commit = commit,
        subject = subject,
        why = why
    ))
}

/// "political_prisoners 2023-11 in data": what the history is of, in the reader's words.
fn what_text(metric: &str, month: Month, dir: &Path) -> String {
    crate::tr!(
        "hist-what",
        metric = metric.to_string(),
        month = month.to_string(),
        dir = dir.display().to_string()
    )
}

/// Today's metrics.csv of the directory: what each metric is, at every revision.
fn catalog_file(dir: &Path) -> Result<RawFile, CommandError> {
    let (files, _) = DataSource::Dir(dir.to_path_buf()).read();
    let found = files.into_iter().find(|f| f.rel == "metrics.csv");
    let dir = dir.display().to_string();
    found.ok_or_else(|| CommandError::Usage(crate::tr!("er-no-catalog", dir = dir)))
}

/// The store of today's catalog and one month file as a commit had it (none: no file).
fn store_of(catalog: &RawFile, month: Option<(&str, &[u8])>) -> Result<Store, CommandError> {
    let mut files = vec![catalog.clone()];
    if let Some((rel, bytes)) = month {
        files.push(RawFile::in_memory(rel, bytes.to_vec()));
    }
    let mut problems = Vec::new();
    let store = Store::from_files(&files, &Selection::everything(), &mut problems);
    match problems.first() {
        None => Ok(store),
        Some(p) => Err(CommandError::Failed(crate::tr!(
            "er-rev-unreadable",
            problem = p.to_string()
        ))),
    }
}
