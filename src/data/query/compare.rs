//! Period comparison (`repdash compare 2023 2024`): each metric's aggregate by kind in period A
//! and in period B, the change, and whether the two are like for like. A sum over 6 months
//! of data against one over 10 is not a fall: the comparison says so and names the gaps.

use crate::data::load::store::Store;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::qualifier::Qualifier;
use crate::data::query::filter::Filter;
use crate::data::query::series::{Aggregate, Series};
use crate::data::query::view::View;

/// One side of a comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// The aggregate by kind (last level, or sum of a flow).
    pub aggregate: Aggregate,
    /// Months of the period with a figure.
    pub with_data: usize,
    /// Months of the period.
    pub months: usize,
    /// The months without a figure.
    pub missing: Vec<Month>,
    /// Sources disagree on the figure compared (the last level's month, or any summed month).
    pub disputed: bool,
}

impl Side {
    fn of(s: &Series) -> Side {
        let missing: Vec<Month> = s
            .range
            .months()
            .zip(s.points())
            .filter(|(_, p)| p.is_none())
            .map(|(m, _)| m)
            .collect();
        let disputed = if s.metric.kind.sums() {
            s.points().flatten().any(|c| c.conflict())
        } else {
            s.points()
                .rev()
                .flatten()
                .next()
                .is_some_and(|c| c.conflict())
        };
        Side {
            aggregate: s.aggregate(),
            with_data: s.range.len() - missing.len(),
            months: s.range.len(),
            missing,
            disputed,
        }
    }

    fn empty(range: MonthRange) -> Side {
        Side {
            aggregate: Aggregate::NoData,
            with_data: 0,
            months: range.len(),
            missing: range.months().collect(),
            disputed: false,
        }
    }

    /// The aggregate's value and qualifier, `None` without data.
    pub fn value(&self) -> Option<(f64, Qualifier)> {
        match &self.aggregate {
            Aggregate::Last {
                value, qualifier, ..
            }
            | Aggregate::Sum {
                value, qualifier, ..
            } => Some((*value, *qualifier)),
            Aggregate::NoData => None,
        }
    }
}

/// One metric compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The metric's label (and article).
    pub label: String,
    /// The metric key (and `@article`).
    pub key: String,
    /// Whether the aggregate is a sum (flows) or the last level.
    pub sums: bool,
    /// Period A.
    pub a: Side,
    /// Period B.
    pub b: Side,
}

impl Row {
    /// B minus A, `None` unless both have data.
    pub fn change(&self) -> Option<f64> {
        Some(self.b.value()?.0 - self.a.value()?.0)
    }

    /// The change relative to A, `None` when A is zero or missing.
    pub fn relative(&self) -> Option<f64> {
        let a = self.a.value()?.0;
        (a != 0.0).then(|| self.change().map(|d| d / a))?
    }

    /// The change is indicative (`~`) when either side is not exact.
    pub fn approximate(&self) -> bool {
        [&self.a, &self.b]
            .iter()
            .any(|s| s.value().is_some_and(|(_, q)| q != Qualifier::Exact))
    }

    /// The change depends on the source (`≠`) when either side is disputed.
    pub fn disputed(&self) -> bool {
        self.a.disputed || self.b.disputed
    }

    /// Whether both periods cover the same share of their months (always true for levels,
    /// which compare one reading with another).
    pub fn like_for_like(&self) -> bool {
        !self.sums || self.a.with_data * self.b.months == self.b.with_data * self.a.months
    }
}

/// A whole comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Period A.
    pub a: MonthRange,
    /// Period B.
    pub b: MonthRange,
    /// One row per metric (and article).
    pub rows: Vec<Row>,
}

/// Compares the metrics of `metrics` (with the article filter) between two periods.
pub fn compare(store: &Store, filter: &Filter, a: MonthRange, b: MonthRange) -> Comparison {
    let view = |range| {
        let mut f = filter.clone();
        f.range = range;
        View::build(store, f)
    };
    let (va, vb) = (view(a), view(b));
    let side = |v: &View, key: &str, range: MonthRange| {
        v.series
            .iter()
            .find(|s| s.key() == key)
            .map_or_else(|| Side::empty(range), Side::of)
    };
    // Every series of either period: an article seen only in B still gets its row.
    let mut rows: Vec<Row> = Vec::new();
    for s in va.series.iter().chain(&vb.series) {
        let key = s.key();
        if rows.iter().all(|r| r.key != key) {
            rows.push(Row {
                label: s.label(),
                a: side(&va, &key, a),
                b: side(&vb, &key, b),
                key,
                sums: s.metric.kind.sums(),
            });
        }
    }
    Comparison { a, b, rows }
}
