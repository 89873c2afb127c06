//! Cross-checks of stated period totals against the months they cover (docs/data-format.md,
//! rule 7): months whose exact or lower-bound figures add up to more than a stated exact total,
//! and year-to-date counts that fall within a year. Warnings, not file problems: the data may
//! be right and a definition differ, so a monitor is told and decides.

use std::collections::HashMap;

use crate::data::load::store::Store;
use crate::data::model::catalog::{Kind, MetricInfo};
use crate::data::model::covers::Covers;
use crate::data::model::figure::Figure;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::format_number;
use crate::data::query::reading::month_figure;

/// One inconsistency between a stated total and the months it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// The period total's metric key.
    pub metric: String,
    /// The month the total is filed under.
    pub month: Month,
    /// What does not add up, with both values, the months and the source, in the language
    /// of the thread that checked (the check runs where the report is written).
    pub message: String,
}

/// The months a stated total filed under `month` covers, as the catalog's `covers` says.
pub fn covered(info: &MetricInfo, month: Month) -> Option<MonthRange> {
    info.covers?.range(month)
}

/// A metric's runs (one article, one month, ranked): the store keeps its figures sorted by
/// article, month and rank, so each run is a slice and nothing is copied.
fn runs(figures: &[Figure]) -> impl Iterator<Item = &[Figure]> {
    figures.chunk_by(|a, b| a.article == b.article && a.month == b.month)
}

/// A flow's month figures that count as a floor (exact or lower bounds), by article and month,
/// built once per flow so that each stated total costs a lookup per month it covers.
type Floors<'a> = HashMap<(&'a str, Month), f64>;

fn floor_index(figures: &[Figure]) -> Floors<'_> {
    runs(figures)
        .filter_map(|run| {
            let mf = month_figure(Kind::Flow, run)?;
            let f = &run[0];
            (mf.qualifier != Qualifier::About).then_some(((&*f.article, f.month), mf.value))
        })
        .collect()
}

/// The floors of one article over a range: their sum and how many months have one.
fn floors(index: &Floors, article: &str, range: MonthRange) -> (f64, usize) {
    range
        .months()
        .filter_map(|m| index.get(&(article, m)))
        .fold((0.0, 0), |(sum, n), v| (sum + v, n + 1))
}

fn over_total(store: &Store, info: &MetricInfo, flow: &str, out: &mut Vec<Warning>) {
    let index = floor_index(store.figures_of(flow));
    for p in store.figures_of(&info.key) {
        if p.qualifier != Qualifier::Exact {
            continue;
        }
        let Some(range) = covered(info, p.month) else {
            continue;
        };
        let (sum, months) = floors(&index, &p.article, range);
        if sum > p.value {
            out.push(Warning {
                metric: info.key.clone(),
                month: p.month,
                message: crate::tr!(
                    "chk-over-total",
                    key = info.key.as_str(),
                    range = range.to_string(),
                    flow = flow.to_string(),
                    sum = format_number(sum),
                    with = format_number(months as f64),
                    months = format_number(range.len() as f64),
                    total = format_number(p.value),
                    source = p.source_url.to_string()
                ),
            });
        }
    }
}

fn falling_ytd(store: &Store, info: &MetricInfo, out: &mut Vec<Warning>) {
    let mut previous: Option<(&str, Month, f64)> = None;
    // One pass over the runs, in (article, month) order: a count is compared with the one
    // before it of the same article.
    for run in runs(store.figures_of(&info.key)) {
        let Some(mf) = month_figure(Kind::Total, run) else {
            continue;
        };
        let (article, month) = (&*run[0].article, run[0].month);
        if let Some((a, m, v)) = previous
            && a == article
            && m.year() == month.year()
            && mf.value < v
            && mf.qualifier != Qualifier::About
        {
            out.push(Warning {
                metric: info.key.clone(),
                month,
                message: crate::tr!(
                    "chk-falling-ytd",
                    key = info.key.as_str(),
                    month = month.to_string(),
                    value = format_number(mf.value),
                    before = format_number(v),
                    then = m.to_string()
                ),
            });
        }
        previous = Some((article, month, mf.value));
    }
}

/// Every consistency warning of the data, in catalog order.
pub fn check(store: &Store) -> Vec<Warning> {
    let mut out = Vec::new();
    for info in store.catalog.metrics() {
        // A year-to-date count never falls within a year, whatever flow it counts.
        if info.covers == Some(Covers::Ytd) {
            falling_ytd(store, info, &mut out);
        }
        if let Some(flow) = &info.total_of {
            over_total(store, info, flow, &mut out);
        }
    }
    out
}
