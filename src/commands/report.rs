//! `repdash report`: the brief of a month or a period, to standard output or a file.

use std::path::Path;

use super::{CommandError, Done, Outcome};
use crate::cli::PeriodArgs;
use crate::data::load::source::DataSource;
use crate::data::load::store::Store;
use crate::data::model::month::MonthRange;
use crate::data::output::brief::format::ReportFormat;
use crate::data::query::brief::Brief;

/// The period the flags name: `--month`, or `--from/--to` (each defaulting to the data's
/// ends), or without any the last month with data.
pub fn period(store: &Store, args: &PeriodArgs) -> Result<MonthRange, CommandError> {
    let full = store
        .full_range()
        .ok_or_else(|| CommandError::Usage(crate::tr!("er-no-months")))?;
    Ok(match (args.month, args.from, args.to) {
        (Some(m), _, _) => MonthRange::single(m),
        (None, None, None) => MonthRange::single(full.to()),
        (None, from, to) => MonthRange::new(from.unwrap_or(full.from()), to.unwrap_or(full.to())),
    })
}

/// Writes `text` to `output` atomically (refusing to replace a file without `force`), or
/// returns it for standard output.
pub fn deliver(text: String, output: Option<&Path>, force: bool, what: &str) -> Outcome {
    match output {
        None => Ok(Done::ok(text)),
        Some(path) => super::write_or_print(text.into_bytes(), path, force, what),
    }
}

/// The version `--since` names, loaded: a revision of the data directory, or any version
/// `diff` takes (`embedded`, a directory, `DIR@REV`). One that does not load is exit 2.
pub fn since(
    data: Option<&Path>,
    word: Option<&str>,
) -> Result<Option<(String, Store)>, CommandError> {
    let Some(word) = word else { return Ok(None) };
    let source =
        since_source(data, word).ok_or_else(|| CommandError::Usage(crate::tr!("er-since-dir")))?;
    let old = Store::load(&source).map_err(|p| {
        let first = p.0.first().map(ToString::to_string).unwrap_or_default();
        CommandError::Usage(format!(
            "--since {}: {first}",
            crate::data::model::text::shown(word)
        ))
    })?;
    Ok(Some((word.to_string(), old)))
}

/// The version `--since WORD` names: `embedded`, a directory, `DIR@REV`, or a revision of
/// the data directory (`None`: a revision without a directory to read it in).
fn since_source(data: Option<&Path>, word: &str) -> Option<DataSource> {
    let versionish = word == "embedded" || word.contains('@') || Path::new(word).is_dir();
    match (versionish, data) {
        (true, _) => Some(super::diff::version(word)),
        (false, Some(dir)) => Some(DataSource::Git {
            dir: dir.to_path_buf(),
            rev: word.to_string(),
        }),
        (false, None) => None,
    }
}

/// The day of the commit `--since WORD` names, when it names a git revision.
pub fn since_day(data: Option<&Path>, word: &str) -> Option<String> {
    match since_source(data, word)? {
        DataSource::Git { dir, rev } => crate::data::load::git_source::commit_day(&dir, &rev),
        DataSource::Embedded | DataSource::Dir(_) => None,
    }
}

/// `report`: the brief in the chosen format, with "Revised since" against `old` if given.
pub fn report(
    store: &Store,
    args: &PeriodArgs,
    format: ReportFormat,
    (output, force): (Option<&Path>, bool),
    old: Option<&(String, Store)>,
) -> Outcome {
    let range = period(store, args)?;
    let mut brief = Brief::build(store, range);
    if let Some((word, old)) = old {
        let scope = crate::data::query::diff::DiffScope {
            metrics: Vec::new(),
            range: Some(range),
        };
        let d = crate::data::query::diff::diff(old, store, &scope);
        let label = |k: &str| {
            store
                .catalog
                .metric(k)
                .map_or(k.to_string(), |m| m.label.clone())
        };
        let changes = d.shown.into_iter().map(|c| (label(&c.at.1), c)).collect();
        brief.revised = Some((word.clone(), changes));
    }
    let text = match format {
        ReportFormat::Md => crate::data::output::brief::md::render(&brief, &store.origin),
        ReportFormat::Html => crate::data::output::brief::html::render(&brief, &store.origin),
        ReportFormat::Json => crate::data::output::brief::json::render(&brief, &store.origin),
    };
    let what = crate::tr!("wrote-report", range = range.to_string());
    deliver(text, output, force, &what)
}
