//! The small query module: a filter in, series out. Pure functions over a loaded [`Store`].

use crate::data::model::intern::Text;

use crate::data::load::store::Store;
use crate::data::model::catalog::{Catalog, MetricInfo, Tab};
use crate::data::model::month::MonthRange;
use crate::data::model::pattern::ArticlePattern;
use crate::data::query::series::Series;

/// The metrics the overview and the default summary show.
pub const CORE_METRICS: [&str; 6] = [
    "political_prisoners",
    "pp_recognized",
    "detentions",
    "admin_cases",
    "criminal_convictions",
    "extremist_individuals_added",
];

/// What to show: a month range, an optional article, and which metrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// Inclusive month range.
    pub range: MonthRange,
    /// Narrows article-level figures (and the case register) to matching articles.
    pub article: Option<ArticlePattern>,
    /// Metric keys, in display order.
    pub metrics: Vec<String>,
}

/// Why a filter could not be resolved against the catalog.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FilterError {
    /// A `--metric` key the catalog does not have.
    #[error("{}", crate::tr!("er-unknown-metric", metric = .0.as_str()))]
    UnknownMetric(String),
    /// The data has no months at all.
    #[error("{}", crate::tr!("er-no-months"))]
    NoData,
}

/// Resolves the metrics to show: explicit keys win, then a tab's metrics, then the core ones.
pub fn select_metrics(
    catalog: &Catalog,
    tab: Option<Tab>,
    keys: &[String],
) -> Result<Vec<String>, FilterError> {
    if !keys.is_empty() {
        for k in keys {
            if catalog.metric(k).is_none() {
                return Err(FilterError::UnknownMetric(crate::data::model::text::clean(
                    k,
                )));
            }
        }
        return Ok(keys.to_vec());
    }
    Ok(match tab {
        Some(t) => catalog.on_tab(t).map(|m| m.key.clone()).collect(),
        None => CORE_METRICS.iter().map(|s| s.to_string()).collect(),
    })
}

/// One series per metric and article that the filter lets through.
pub fn series(store: &Store, filter: &Filter) -> Vec<Series> {
    let mut out = Vec::new();
    for key in &filter.metrics {
        let Some(info) = store.catalog.metric(key) else {
            continue;
        };
        for article in articles_of(store, info, filter) {
            out.push(Series::build(
                info,
                &article,
                filter.range,
                store.shared_figures(key),
            ));
        }
    }
    out
}

/// Articles with figures for this metric in the range; `""` stands for all-article figures.
/// Without an article filter, a metric with nothing in the range still gets one all-gap
/// series, so it is seen missing. With one, only the matching articles' series are kept: a
/// metric with no figures by article is left out, never shown as if the filter applied to
/// it (national detentions are not detentions under article 342).
/// The store's run index lists the articles, so each costs two binary searches over its runs.
fn articles_of(store: &Store, info: &MetricInfo, filter: &Filter) -> Vec<Text> {
    let figures = store.shared_figures(&info.key);
    let range = filter.range;
    let mut out: Vec<Text> = Vec::new();
    for entry in &figures.articles {
        let article = &entry.article;
        let in_range = !figures
            .runs_between(entry.span.clone(), range.from(), range.to())
            .is_empty();
        let wanted = match &filter.article {
            Some(p) => !article.is_empty() && p.matches(article),
            None => true,
        };
        if in_range && wanted {
            out.push(Text::clone(article));
        }
    }
    if out.is_empty() && filter.article.is_none() {
        out.push(Text::from(""));
    }
    out
}

/// Whether a metric has any figure by article: only those are narrowed by an article filter.
pub fn has_articles(store: &Store, key: &str) -> bool {
    store
        .shared_figures(key)
        .articles
        .iter()
        .any(|a| !a.article.is_empty())
}
