//! Period comparison (`repdash compare 2023 2024`): each metric's aggregate by kind in period A
//! and in period B, the change, and whether the two are like for like. A sum over 6 months
//! of data against one over 10 is not a fall: the comparison says so and names the gaps.

use crate::data::load::store::Store;
use crate::data::model::catalog::Adds;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::qualifier::Qualifier;
use crate::data::query::filter::Filter;
use crate::data::query::series::{Aggregate, Series};
use crate::data::query::stated::StatedTotal;
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
    /// The stated totals of periods inside this side's range (a flow's year total).
    pub stated: Vec<StatedTotal>,
}

impl Side {
    fn of(s: &Series, stated: &[StatedTotal]) -> Side {
        let missing: Vec<Month> = s
            .range
            .months()
            .zip(s.points())
            .filter(|(_, p)| p.is_none())
            .map(|(m, _)| m)
            .collect();
        let disputed = if s.metric.kind.adds() != Adds::Last {
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
            stated: stated.to_vec(),
        }
    }

    /// The total a source states for exactly this side's period, if any: compared with the
    /// other side's, it is the change a sum over different coverage cannot give.
    pub fn whole_total(&self, range: MonthRange) -> Option<&StatedTotal> {
        self.stated.iter().find(|t| t.period == range)
    }

    fn empty(range: MonthRange) -> Side {
        Side {
            aggregate: Aggregate::NoData,
            with_data: 0,
            months: range.len(),
            missing: range.months().collect(),
            disputed: false,
            stated: Vec::new(),
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

    /// The change relative to A, `None` when A is zero or missing, or when the two sides are
    /// not like for like (a percentage of sums over different coverage means nothing).
    pub fn relative(&self) -> Option<f64> {
        let a = self.a.value()?.0;
        let comparable = a != 0.0 && self.like_for_like();
        comparable.then(|| self.change().map(|d| d / a))?
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

    /// Whether both sums cover the same share of their months or periods (always true for
    /// levels, which compare one reading with another).
    pub fn like_for_like(&self) -> bool {
        let share = |s: &Side| match s.aggregate {
            Aggregate::Sum {
                with_data, periods, ..
            } => (with_data, periods),
            _ => (s.with_data, s.months),
        };
        let ((a, an), (b, bn)) = (share(&self.a), share(&self.b));
        !self.sums || a * bn == b * an
    }
}

/// The change between the totals sources state for the two whole periods.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StatedChange {
    /// A's stated total.
    pub a: f64,
    /// B's stated total.
    pub b: f64,
    /// B minus A.
    pub delta: f64,
    /// The change relative to A, `None` when A is zero.
    pub relative: Option<f64>,
    /// Either total is not exact, so the change is indicative (`~`).
    pub approximate: bool,
}

impl Comparison {
    /// For a sum: the change of the totals stated for exactly A and exactly B, when both
    /// periods have one. Where coverage differs this is the headline, not the sums' change.
    pub fn stated_change(&self, r: &Row) -> Option<StatedChange> {
        let (a, b) = (r.a.whole_total(self.a)?, r.b.whole_total(self.b)?);
        let delta = b.value - a.value;
        Some(StatedChange {
            a: a.value,
            b: b.value,
            delta,
            relative: (a.value != 0.0).then(|| delta / a.value),
            approximate: a.qualifier != Qualifier::Exact || b.qualifier != Qualifier::Exact,
        })
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
        let found = v.series.iter().position(|s| s.key() == key);
        found.map_or_else(
            || Side::empty(range),
            |i| Side::of(&v.series[i], v.stated(i)),
        )
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
                sums: s.metric.kind.adds() != Adds::Last,
            });
        }
    }
    Comparison { a, b, rows }
}
