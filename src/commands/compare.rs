//! `repdash compare`: two periods side by side for the metrics the filters name.

use super::{CommandError, Done, Outcome};
use crate::cli::FilterArgs;
use crate::data::load::store::Store;
use crate::data::model::month::MonthRange;
use crate::data::output::summary::text::Format;
use crate::data::query::compare::compare as compare_periods;

/// The two periods: the positional pair, or `--a` and `--b`.
pub fn periods(
    positional: &[MonthRange],
    (a, b): (Option<MonthRange>, Option<MonthRange>),
) -> Result<(MonthRange, MonthRange), CommandError> {
    match (positional, a, b) {
        ([a, b], None, None) => Ok((*a, *b)),
        ([], Some(a), Some(b)) => Ok((a, b)),
        _ => Err(CommandError::Usage(crate::tr!("er-compare-two"))),
    }
}

/// `compare`: the comparison in the chosen format.
pub fn compare(
    store: &Store,
    args: &FilterArgs,
    (a, b): (MonthRange, MonthRange),
    format: Format,
) -> Outcome {
    let filter =
        super::filters::resolve(store, args).map_err(|e| CommandError::Usage(e.to_string()))?;
    let comparison = compare_periods(store, &filter, a, b);
    Ok(Done::ok(crate::data::output::compare::render(
        &comparison,
        format,
    )))
}
