//! A metric over a month range: one point per month, `None` where no figure exists.

use crate::data::model::intern::Text;
use std::ops::Range;
use std::sync::Arc;

use crate::data::load::metric_figures::{MetricFigures, Run};
use crate::data::model::catalog::MetricInfo;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::qualifier::Qualifier;
pub use crate::data::query::aggregate::{Aggregate, aggregate_cells};
pub use crate::data::query::cell::Cell;
pub use crate::data::query::points::Points;

/// A difference between two months that both have figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    /// Later value minus earlier value.
    pub delta: f64,
    /// True when either side is not exact, so the difference is only indicative (`~`).
    pub approximate: bool,
    /// True when either side is disputed, so the difference depends on the source (`≠`).
    pub disputed: bool,
    /// For a change on the previous month with data that crosses a gap: how many months it
    /// spans, so every output can say so (`None` for the month just before, and a year).
    pub spans: Option<u32>,
}

/// How far back "the previous month with data" is looked for: a change across a gap of up to
/// a year is given, and says how many months it spans.
pub const LOOK_BACK: i32 = 12;

/// One metric (and article) over a range, with a year of history before it for changes.
#[derive(Debug, Clone)]
pub struct Series {
    /// What the metric is (shared with the catalog).
    pub metric: Arc<MetricInfo>,
    /// The article, empty for all-article figures.
    pub article: Text,
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
                Text::clone(&a.article),
                figures.runs_between(a.span.clone(), start, range.to()),
            ),
            None => (Text::from(article), 0..0),
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
    pub fn points(&self) -> Points<'_> {
        let runs = self.run_list();
        let first = runs.partition_point(|r| r.month < self.range.from());
        let of = (&*self.figures, self.metric.kind);
        Points::new(
            of,
            self.range,
            &runs[first..],
            self.runs.start + first as u32,
        )
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
            spans: None,
        })
    }

    /// The last month before `month` with a figure, at most [`LOOK_BACK`] months back.
    pub fn previous_with_data(&self, month: Month) -> Option<Month> {
        (1..=LOOK_BACK).find_map(|lag| month.offset(-lag).filter(|m| self.at(*m).is_some()))
    }

    /// The change on the previous month with data (rule 5), the one rule every output uses:
    /// the month just before, or across a gap of up to a year, which it then says it spans.
    pub fn change_previous(&self, month: Month) -> Option<Change> {
        self.at(month)?;
        let lag = i32::try_from(self.previous_with_data(month)?.months_until(month)).ok()?;
        let change = self.change(month, lag)?;
        let spans = u32::try_from(lag).ok().filter(|n| *n > 1);
        Some(Change { spans, ..change })
    }

    /// A header for tables: the label, plus the article when there is one.
    pub fn label(&self) -> String {
        let label = self.metric.label_here();
        if self.article.is_empty() {
            label.to_string()
        } else {
            format!("{label} · {}", self.article)
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
