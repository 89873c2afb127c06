//! Turning command-line filters into a query [`Filter`] against the loaded data.

use crate::app::DashTab;
use crate::cli::FilterArgs;
use crate::data::load::store::Store;
use crate::data::model::catalog::Catalog;
use crate::data::model::month::MonthRange;
use crate::data::query::filter::{Filter, FilterError, select_metrics};

/// The month range the flags ask for, defaulting to all months with data.
pub fn resolve_range(store: &Store, args: &FilterArgs) -> Result<MonthRange, FilterError> {
    if let Some(m) = args.month {
        return Ok(MonthRange::single(m));
    }
    let full = store.full_range().ok_or(FilterError::NoData)?;
    let from = args.from.unwrap_or(full.from());
    let to = args.to.unwrap_or(full.to());
    Ok(MonthRange::new(from, to))
}

/// The full query filter: range, article, and the metrics the flags name.
pub fn resolve(store: &Store, args: &FilterArgs) -> Result<Filter, FilterError> {
    Ok(Filter {
        range: resolve_range(store, args)?,
        article: args.article.clone(),
        metrics: metrics(&store.catalog, args)?,
    })
}

/// The metrics of `--metric`, `--tab` or the core; an article filter with no tab or metric
/// shows the articles tab. Needs only the catalog, so an export can know what to keep before
/// it reads the snapshots.
pub fn metrics(catalog: &Catalog, args: &FilterArgs) -> Result<Vec<String>, FilterError> {
    let tab = match (args.tab, &args.article) {
        (None, Some(_)) if args.metrics.is_empty() => Some(DashTab::Articles),
        (t, _) => t,
    };
    match tab {
        Some(t) if args.metrics.is_empty() => Ok(t.metrics(catalog)),
        t => select_metrics(catalog, t.and_then(DashTab::catalog_tab), &args.metrics),
    }
}
