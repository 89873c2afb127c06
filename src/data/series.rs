//! A metric over a month range: one point per month, `None` where no figure exists.

use super::catalog::{Kind, MetricInfo};
use super::figure::Figure;
use super::month::{Month, MonthRange};
use super::qualifier::Qualifier;

/// All sources for one metric, article and month; the first is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The figure shown (see `store::rank_sources` for the order).
    pub primary: Figure,
    /// Other sources for the same month, kept and shown on request.
    pub alternates: Vec<Figure>,
}

impl Cell {
    /// Whether the sources disagree on value or qualifier.
    pub fn conflict(&self) -> bool {
        self.alternates
            .iter()
            .any(|f| f.value != self.primary.value || f.qualifier != self.primary.qualifier)
    }

    /// How many sources report this figure.
    pub fn source_count(&self) -> usize {
        1 + self.alternates.len()
    }

    /// Every figure of the cell, primary first.
    pub fn all(&self) -> impl Iterator<Item = &Figure> {
        std::iter::once(&self.primary).chain(self.alternates.iter())
    }
}

/// A difference between two months that both have figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    /// Later value minus earlier value.
    pub delta: f64,
    /// True when either side is not exact, so the difference is only indicative.
    pub approximate: bool,
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
    },
    /// Flows and yearly figures: the sum, and how many of the range's months had data.
    Sum {
        /// The sum of the months with data.
        value: f64,
        /// At least when any part is a lower bound.
        qualifier: Qualifier,
        /// Months with a figure.
        with_data: usize,
        /// Months in the range.
        months: usize,
    },
    /// No figure in the range at all.
    NoData,
}

/// One metric (and article) over a range, with a year of history before it for changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// What the metric is.
    pub metric: MetricInfo,
    /// The article, empty for all-article figures.
    pub article: String,
    /// The months shown.
    pub range: MonthRange,
    /// Cells from 12 months before `range.from()` to `range.to()`.
    cells: Vec<Option<Cell>>,
}

/// How many months before the range are kept for year-on-year changes.
const HISTORY: usize = 12;

impl Series {
    /// Builds a series from the metric's figures for one article, already in rank order.
    pub fn build(
        metric: &MetricInfo,
        article: &str,
        range: MonthRange,
        figures: &[Figure],
    ) -> Series {
        let start = range
            .from()
            .offset(-(HISTORY as i32))
            .unwrap_or(range.from());
        let pad = start.months_until(range.from()) as usize;
        let mut cells: Vec<Option<Cell>> = vec![None; pad + range.len()];
        for f in figures.iter().filter(|f| f.article == article) {
            let idx = start.months_until(f.month);
            if idx < 0 || idx as usize >= cells.len() {
                continue;
            }
            match &mut cells[idx as usize] {
                Some(cell) => cell.alternates.push(f.clone()),
                slot => {
                    *slot = Some(Cell {
                        primary: f.clone(),
                        alternates: Vec::new(),
                    })
                }
            }
        }
        Series {
            metric: metric.clone(),
            article: article.to_string(),
            range,
            cells,
        }
    }

    fn pad(&self) -> usize {
        self.cells.len() - self.range.len()
    }

    /// One entry per month of the range: the cell, or `None` for a gap.
    pub fn points(&self) -> &[Option<Cell>] {
        &self.cells[self.pad()..]
    }

    /// The cell for a month of the range (or of the year before it).
    pub fn at(&self, month: Month) -> Option<&Cell> {
        let idx = self.range.from().months_until(month) + self.pad() as i64;
        self.cells.get(usize::try_from(idx).ok()?)?.as_ref()
    }

    /// Change from `lag` months before `month`; `None` unless both months have figures.
    pub fn change(&self, month: Month, lag: i32) -> Option<Change> {
        let now = &self.at(month)?.primary;
        let before = &self.at(month.offset(-lag)?)?.primary;
        Some(Change {
            delta: now.value - before.value,
            approximate: now.qualifier != Qualifier::Exact || before.qualifier != Qualifier::Exact,
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
        aggregate_cells(self.metric.kind, self.range, self.points())
    }
}

/// Aggregates cells by kind; pure so property tests can split ranges freely.
pub fn aggregate_cells(kind: Kind, range: MonthRange, cells: &[Option<Cell>]) -> Aggregate {
    let mut present = cells
        .iter()
        .zip(range.months())
        .filter_map(|(c, m)| Some((c.as_ref()?, m)));
    if !kind.sums() {
        return match present.next_back() {
            Some((c, month)) => Aggregate::Last {
                value: c.primary.value,
                qualifier: c.primary.qualifier,
                month,
            },
            None => Aggregate::NoData,
        };
    }
    let mut sum = 0.0;
    let mut qualifier = Qualifier::Exact;
    let mut with_data = 0;
    for (c, _) in present {
        sum += c.primary.value;
        qualifier = qualifier.combine(c.primary.qualifier);
        with_data += 1;
    }
    if with_data == 0 {
        return Aggregate::NoData;
    }
    Aggregate::Sum {
        value: sum,
        qualifier,
        with_data,
        months: range.len(),
    }
}
