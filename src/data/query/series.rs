//! A metric over a month range: one point per month, `None` where no figure exists.

use std::ops::Range;
use std::sync::Arc;

use crate::data::load::metric_figures::{MetricFigures, Run};
use crate::data::model::catalog::{Adds, Kind, MetricInfo};
use crate::data::model::covers::Covers;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::qualifier::Qualifier;
pub use crate::data::query::cell::Cell;

/// A difference between two months that both have figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    /// Later value minus earlier value.
    pub delta: f64,
    /// True when either side is not exact, so the difference is only indicative (`~`).
    pub approximate: bool,
    /// True when either side is disputed, so the difference depends on the source (`≠`).
    pub disputed: bool,
}

/// How a range of a series adds up, by the metric's kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Aggregate {
    /// Levels and running totals: the last figure in the range and its month.
    Last {
        /// The last value.
        value: f64,
        /// Its qualifier.
        qualifier: Qualifier,
        /// The month it is about.
        month: Month,
        /// The day of the reading where its source gives one (`YYYY-MM-DD`), else empty.
        as_of: Arc<str>,
    },
    /// Flows, yearly figures and stated period totals: the sum, and how many of the range's
    /// months (or whole periods) had data.
    Sum {
        /// The sum of the months or periods with data.
        value: f64,
        /// At least when any part is a lower bound or missing; about when a part is about.
        qualifier: Qualifier,
        /// Months (periods) with a figure.
        with_data: usize,
        /// Months (whole periods) in the range.
        periods: usize,
        /// What is counted, plural: `months`, `quarters`, `years` ...
        unit: &'static str,
    },
    /// No figure in the range at all.
    NoData,
}

/// One metric (and article) over a range, with a year of history before it for changes.
#[derive(Debug, Clone)]
pub struct Series {
    /// What the metric is (shared with the catalog).
    pub metric: Arc<MetricInfo>,
    /// The article, empty for all-article figures.
    pub article: Arc<str>,
    /// The months shown.
    pub range: MonthRange,
    /// The metric's figures and their run index, shared with the store.
    figures: Arc<MetricFigures>,
    /// 12 months before `range.from()`: the first month kept, for year-on-year changes.
    start: Month,
    /// This article's runs (one per month with figures) from `start` to `range.to()`: a
    /// range of the shared index, so building a series allocates nothing per month.
    runs: Range<u32>,
}

impl PartialEq for Series {
    fn eq(&self, other: &Series) -> bool {
        self.metric == other.metric
            && self.article == other.article
            && self.range == other.range
            && self.points().eq(other.points())
    }
}

/// How many months before the range are kept for year-on-year changes.
const HISTORY: usize = 12;

impl Series {
    /// Builds a series over the metric's figures (sorted by article, month, rank) for one
    /// article. Finds the article's run by binary search, so cost follows the series, not the data.
    pub fn build(
        metric: &Arc<MetricInfo>,
        article: &str,
        range: MonthRange,
        figures: Arc<MetricFigures>,
    ) -> Series {
        let start = range
            .from()
            .offset(-(HISTORY as i32))
            .unwrap_or(range.from());
        let (article, runs) = match figures.article(article) {
            Some(a) => (
                Arc::clone(&a.article),
                figures.runs_between(a.span.clone(), start, range.to()),
            ),
            None => (Arc::from(article), 0..0),
        };
        Series {
            metric: Arc::clone(metric),
            article,
            range,
            figures,
            start,
            runs,
        }
    }

    /// This series' runs in the shared index.
    fn run_list(&self) -> &[Run] {
        &self.figures.runs[self.runs.start as usize..self.runs.end as usize]
    }

    /// The cell of run `k` of the shared index.
    fn cell(&self, k: u32) -> Option<Cell<'_>> {
        Cell::of(self.figures.run_figures(k), self.metric.kind)
    }

    /// One entry per month of the range: the cell, or `None` for a gap.
    pub fn points(&self) -> impl DoubleEndedIterator<Item = Option<Cell<'_>>> + ExactSizeIterator {
        self.range.months().map(|m| self.at(m))
    }

    /// How many months of the range have a figure.
    pub fn months_with_data(&self) -> usize {
        let runs = self.run_list();
        runs.len() - runs.partition_point(|r| r.month < self.range.from())
    }

    /// The cell for a month of the range (or of the year before it).
    pub fn at(&self, month: Month) -> Option<Cell<'_>> {
        if month < self.start || month > self.range.to() {
            return None;
        }
        let i = self
            .run_list()
            .binary_search_by_key(&month, |r| r.month)
            .ok()?;
        self.cell(self.runs.start + i as u32)
    }

    /// Change from `lag` months before `month`; `None` unless both months have figures.
    pub fn change(&self, month: Month, lag: i32) -> Option<Change> {
        let now = self.at(month)?;
        let before = self.at(month.offset(-lag)?)?;
        Some(Change {
            delta: now.value() - before.value(),
            approximate: now.qualifier() != Qualifier::Exact
                || before.qualifier() != Qualifier::Exact,
            disputed: now.conflict() || before.conflict(),
        })
    }

    /// A header for tables: the label, plus the article when there is one.
    pub fn label(&self) -> String {
        if self.article.is_empty() {
            self.metric.label.clone()
        } else {
            format!("{} · {}", self.metric.label, self.article)
        }
    }

    /// A column key for CSV: the metric key, plus `@article` when there is one.
    pub fn key(&self) -> String {
        if self.article.is_empty() {
            self.metric.key.clone()
        } else {
            format!("{}@{}", self.metric.key, self.article)
        }
    }

    /// The range aggregate by the metric's kind.
    pub fn aggregate(&self) -> Aggregate {
        let m = &self.metric;
        aggregate_cells(m.kind, m.covers, self.range, self.points())
    }
}

/// Aggregates cells by kind (and, for stated totals, the period each covers); pure so
/// property tests can split ranges freely.
pub fn aggregate_cells<'a>(
    kind: Kind,
    covers: Option<Covers>,
    range: MonthRange,
    cells: impl DoubleEndedIterator<Item = Option<Cell<'a>>> + ExactSizeIterator,
) -> Aggregate {
    let present = cells.zip(range.months()).filter_map(|(c, m)| Some((c?, m)));
    match kind.adds() {
        Adds::Last => last(present),
        Adds::Months => sum(present, range.len(), "months"),
        Adds::Periods => {
            // Only whole periods inside the range add up; a range that holds none (one month,
            // a year-to-date count) shows the last stated total, as a level would.
            let whole = covers.and_then(|c| Some((c, c.periods_in(range)?)));
            match whole {
                Some((c, n)) if n > 0 => {
                    let inside = |m: Month| c.range(m).is_some_and(|p| range.contains(p.from()));
                    sum(present.filter(|(_, m)| inside(*m)), n, c.unit())
                }
                _ => last(present),
            }
        }
    }
}

/// The last figure of the range.
fn last<'a>(mut present: impl DoubleEndedIterator<Item = (Cell<'a>, Month)>) -> Aggregate {
    match present.next_back() {
        Some((c, month)) => Aggregate::Last {
            value: c.value(),
            qualifier: c.qualifier(),
            month,
            as_of: Arc::clone(&c.primary.as_of),
        },
        None => Aggregate::NoData,
    }
}

/// The sum of the figures of `periods` periods, "at least" when any is missing or a floor.
fn sum<'a>(
    present: impl Iterator<Item = (Cell<'a>, Month)>,
    periods: usize,
    unit: &'static str,
) -> Aggregate {
    let mut value = 0.0;
    let mut qualifier = Qualifier::Exact;
    let mut with_data = 0;
    for (c, _) in present {
        value += c.value();
        qualifier = qualifier.combine(c.qualifier());
        with_data += 1;
    }
    if with_data == 0 {
        return Aggregate::NoData;
    }
    // A period without a figure is not a zero: the sum is then only a lower bound.
    if with_data < periods {
        qualifier = Qualifier::AtLeast;
    }
    Aggregate::Sum {
        value,
        qualifier,
        with_data,
        periods,
        unit,
    }
}
