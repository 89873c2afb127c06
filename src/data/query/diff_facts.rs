//! The facts of a series that changed because its shown figures did (issue 22: "the facts of
//! a series that changed because of them"): for each year in which a month's figure changed,
//! the year's aggregate (a sum and how many months had data, or the last level), the totals
//! sources state for it, and a level's derived change, each compared between the versions.
//! Decided here from [`Facts`], so the diff says what every other output says of that year.

use std::collections::BTreeSet;

use crate::data::load::store::Store;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::qualifier::Qualifier;
use crate::data::query::facts::Facts;
use crate::data::query::series::Series;
use crate::data::query::stated::stated_words;

/// One fact of a series over a year that reads differently in the two versions.
#[derive(Debug, Clone, PartialEq)]
pub struct FactChange {
    /// The metric and article of the series.
    pub at: (String, String),
    /// The calendar year the fact is about.
    pub period: MonthRange,
    /// Which fact: `aggregate`, `stated` (the totals stated beside a sum) or `derived`.
    pub field: &'static str,
    /// The fact in words before (ASCII marks, as exports write them; empty: none).
    pub old: String,
    /// The fact in words after.
    pub new: String,
}

/// The year facts that changed, for every (metric, article, year) that a shown change at
/// (month, metric, article) touches.
pub fn fact_changes(
    old: &Store,
    new: &Store,
    shown: &[&(Month, String, String)],
) -> Vec<FactChange> {
    let years: BTreeSet<(&str, &str, u32)> = shown
        .iter()
        .map(|(m, k, a)| (k.as_str(), a.as_str(), m.year()))
        .collect();
    let mut out = Vec::new();
    for (metric, article, year) in years {
        let (Some(from), Some(to)) = (Month::new(year, 1), Month::new(year, 12)) else {
            continue;
        };
        let period = MonthRange::new(from, to);
        let (a, b) = (
            facts(old, metric, article, period),
            facts(new, metric, article, period),
        );
        for (field, x, y) in [
            ("aggregate", words(&a, aggregate), words(&b, aggregate)),
            ("stated", words(&a, stated), words(&b, stated)),
            ("derived", words(&a, derived), words(&b, derived)),
        ] {
            if x != y {
                let at = (metric.to_string(), article.to_string());
                out.push(FactChange {
                    at,
                    period,
                    field,
                    old: x,
                    new: y,
                });
            }
        }
    }
    out
}

/// The facts of one series over `period` in `store` (none without the metric).
fn facts(store: &Store, metric: &str, article: &str, period: MonthRange) -> Option<Facts> {
    let info = store.catalog.metric(metric)?;
    let series = Series::build(info, article, period, store.shared_figures(metric));
    Facts::of(store, &[series], 0)
}

fn words(f: &Option<Facts>, part: fn(&Facts) -> String) -> String {
    f.as_ref().map(part).unwrap_or_default()
}

fn aggregate(f: &Facts) -> String {
    f.aggregate.words(Qualifier::ascii_mark)
}

fn stated(f: &Facts) -> String {
    let text = stated_words(&f.stated, Qualifier::ascii_mark);
    text.trim_start_matches(" · ").to_string()
}

fn derived(f: &Facts) -> String {
    f.derived
        .as_ref()
        .map(|d| d.words(" *"))
        .unwrap_or_default()
}
