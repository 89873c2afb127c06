//! `repdash cases`: the person search of the Articles tab on the command line, with the same
//! folding ("kulsha" finds Kulša) and the same "n in all years" when the period hides some.

use super::{CommandError, Done, Outcome};
use crate::cli::{FilterArgs, PeriodArgs};
use crate::data::load::store::Store;
use crate::data::model::pattern::ArticlePattern;
use crate::data::output::cases::CaseListing;
use crate::data::output::summary::text::Format;
use crate::data::query::case_query::{CaseFilter, cases_in_all_years, query_cases};

/// Lists the documented cases of a person and/or an article in the period (default: all
/// months). Finding none is not an error: the heading says 0, and where else they are.
pub fn cases(
    store: &Store,
    (person, article): (&Option<String>, &Option<ArticlePattern>),
    period: &PeriodArgs,
    format: Format,
) -> Outcome {
    let args = FilterArgs {
        from: period.from,
        to: period.to,
        month: period.month,
        ..FilterArgs::default()
    };
    let range = super::filters::resolve_range(store, &args)
        .map_err(|e| CommandError::Usage(e.to_string()))?;
    let name = person.as_deref().map(str::trim).filter(|n| !n.is_empty());
    let filter = CaseFilter {
        range,
        article: article.clone(),
        event: None,
        name: name.map(str::to_string),
    };
    let found = query_cases(store, &filter);
    let listing = CaseListing {
        filter: &filter,
        cases: &found,
        all_years: cases_in_all_years(store, &filter),
    };
    Ok(Done::ok(match format {
        Format::Text => listing.text(),
        Format::Md => listing.md(),
        Format::Json => listing.json(),
        Format::Csv => {
            let bytes = crate::data::output::csv::export::cases_to_csv(found.iter());
            String::from_utf8_lossy(&bytes).into_owned()
        }
    }))
}
