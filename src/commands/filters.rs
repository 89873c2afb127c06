//! Turning command-line filters into a query [`Filter`] against the loaded data.

use crate::cli::{FilterArgs, TabArg};
use crate::data::catalog::Tab;
use crate::data::month::MonthRange;
use crate::data::query::{CORE_METRICS, Filter, FilterError, select_metrics};
use crate::data::store::Store;

/// The catalog tab a dashboard tab shows, if it is one of the catalog's.
pub fn catalog_tab(tab: TabArg) -> Option<Tab> {
    match tab {
        TabArg::Prisoners => Some(Tab::Prisoners),
        TabArg::Detentions => Some(Tab::Detentions),
        TabArg::Administrative => Some(Tab::Administrative),
        TabArg::Extremism => Some(Tab::Extremism),
        TabArg::Articles => Some(Tab::Articles),
        TabArg::Overview | TabArg::Coverage => None,
    }
}

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

/// The full query filter: range, article, and the metrics of `--metric`, `--tab` or the core.
/// An article filter with no tab or metric shows the articles tab.
pub fn resolve(store: &Store, args: &FilterArgs) -> Result<Filter, FilterError> {
    let range = resolve_range(store, args)?;
    let tab = match (args.tab, &args.article) {
        (None, Some(_)) if args.metrics.is_empty() => Some(TabArg::Articles),
        (t, _) => t,
    };
    let metrics = match tab {
        Some(TabArg::Coverage) if args.metrics.is_empty() => store
            .catalog
            .metrics()
            .iter()
            .map(|m| m.key.clone())
            .collect(),
        Some(TabArg::Overview) if args.metrics.is_empty() => {
            CORE_METRICS.iter().map(|s| s.to_string()).collect()
        }
        t => select_metrics(store, t.and_then(catalog_tab), &args.metrics)?,
    };
    Ok(Filter {
        range,
        article: args.article.clone(),
        metrics,
    })
}
