//! `repdash report`: the brief of a month or a period, to standard output or a file.

use std::path::Path;

use super::{CommandError, Done, Outcome};
use crate::cli::PeriodArgs;
use crate::data::load::store::Store;
use crate::data::model::month::MonthRange;
use crate::data::output::brief::format::ReportFormat;
use crate::data::query::brief::Brief;

/// The period the flags name: `--month`, or `--from/--to` (each defaulting to the data's
/// ends), or without any the last month with data.
pub fn period(store: &Store, args: &PeriodArgs) -> Result<MonthRange, CommandError> {
    let full = store
        .full_range()
        .ok_or_else(|| CommandError::Usage("the data has no months".to_string()))?;
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

/// `report`: the brief in the chosen format.
pub fn report(
    store: &Store,
    args: &PeriodArgs,
    format: ReportFormat,
    (output, force): (Option<&Path>, bool),
) -> Outcome {
    let range = period(store, args)?;
    let brief = Brief::build(store, range);
    let text = match format {
        ReportFormat::Md => crate::data::output::brief::md::render(&brief, &store.origin),
        ReportFormat::Html => crate::data::output::brief::html::render(&brief, &store.origin),
        ReportFormat::Json => crate::data::output::brief::json::render(&brief, &store.origin),
    };
    deliver(text, output, force, &format!("report, {range}"))
}
