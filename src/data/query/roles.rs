//! What each reading of a month is to the month's figure: shown, agreeing or conflicting on
//! the same day, another day's reading, a batch (counted or not), or a dated batch behind a
//! whole-month figure. Decided here once; the month figure's `disputed`, the report's dispute
//! lines, the exports' by-source changes and both popups read these roles and derive none.

use std::borrow::Borrow;

use crate::data::model::catalog::Kind;
use crate::data::model::figure::Figure;
use crate::data::model::qualifier::Qualifier;

/// How far an "about" value may be from another reading before they disagree: 10% of it.
pub const ABOUT_TOLERANCE: f64 = 0.10;

/// Whether two readings of one day can both be true: exact values must be equal; an exact
/// value must meet a bound; "about a" allows [`ABOUT_TOLERANCE`] of a, the approximation's
/// own value, for an exact value and for a bound alike (one base, docs/data-format.md rule 2);
/// two approximations are near when either is within the tolerance of the larger; two bounds
/// always agree.
pub fn compatible(a: &Figure, b: &Figure) -> bool {
    use Qualifier::{About, AtLeast, Exact, Over};
    let tolerance = |about: f64| ABOUT_TOLERANCE * about.abs();
    match (a.qualifier, b.qualifier) {
        (Exact, Exact) => a.value == b.value,
        (Exact, AtLeast) => a.value >= b.value,
        (Exact, Over) => a.value > b.value,
        (AtLeast, Exact) | (Over, Exact) => compatible(b, a),
        (About, Exact) => (b.value - a.value).abs() <= tolerance(a.value),
        (Exact, About) => compatible(b, a),
        (About, About) => (a.value - b.value).abs() <= tolerance(a.value.abs().max(b.value.abs())),
        // A bound more than the tolerance above an approximation excludes it.
        (About, AtLeast | Over) => b.value <= a.value + tolerance(a.value),
        (AtLeast | Over, About) => compatible(b, a),
        (AtLeast | Over, AtLeast | Over) => true,
    }
}

/// The day a reading refers to, for grouping: undated readings count as month end.
fn day(f: &Figure) -> &str {
    &f.as_of
}

/// Whether `a` and `b` refer to one day: the same date, or both at month end (undated
/// readings count as month end).
pub fn same_day(a: &Figure, b: &Figure) -> bool {
    day(a) == day(b) || (a.end_distance == 0 && b.end_distance == 0)
}

/// Where a reading stands to the month's figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The reading the month's figure is (a level, a total, a whole-month flow).
    Shown,
    /// Another reading of the shown figure's day.
    SameDay,
    /// A reading of another day of a level: earlier (or later) than the shown one, never a
    /// disagreement with it.
    OtherDay {
        /// Whether its day is before the shown figure's day.
        earlier: bool,
    },
    /// A dated batch of a flow without a whole-month figure; each day is counted once.
    Batch {
        /// Whether this reading is the one its day adds to the sum.
        counted: bool,
    },
    /// A dated batch of a flow that has a whole-month figure: it supports it, never adds.
    SupportsWholeMonth,
}

/// A reading's role: its place and the readings of its own group it cannot be true with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// Where it stands to the month's figure.
    pub place: Place,
    /// Indices (into the run; 0 is the shown reading) of readings of the same group (the
    /// same day, or the same batch day) that cannot both be true with it.
    pub conflicts_with: Vec<usize>,
}

impl Role {
    /// Whether some reading of its group cannot be true with it (`≠`).
    pub fn conflicts(&self) -> bool {
        !self.conflicts_with.is_empty()
    }

    /// Whether the reading is part of the month's figure: shown, of its day, or a counted or
    /// uncounted batch of a sum (a conflict among these makes the figure disputed).
    pub fn in_figure(&self) -> bool {
        matches!(
            self.place,
            Place::Shown | Place::SameDay | Place::Batch { .. }
        )
    }
}

/// Whether a flow's run is a sum of dated batches (its first reading is dated).
pub fn is_batches<F: Borrow<Figure>>(kind: Kind, run: &[F]) -> bool {
    kind.has_batches() && run.first().is_some_and(|f| !f.borrow().as_of.is_empty())
}

/// Whether readings `a` and `b` of a run are of one group: the same batch day for batches,
/// both whole-month rows for a whole-month flow, the same day otherwise.
fn one_group(kind: Kind, batches: bool, a: &Figure, b: &Figure) -> bool {
    if batches {
        a.as_of == b.as_of
    } else if kind.has_batches() {
        a.as_of.is_empty() && b.as_of.is_empty()
    } else {
        same_day(a, b)
    }
}

/// The place of reading `i` of a ranked run.
fn place<F: Borrow<Figure>>(kind: Kind, batches: bool, run: &[F], i: usize) -> Place {
    let (f, first) = (run[i].borrow(), run[0].borrow());
    if batches {
        let counted = !run[..i].iter().any(|g| g.borrow().as_of == f.as_of);
        return Place::Batch { counted };
    }
    if i == 0 {
        Place::Shown
    } else if kind.has_batches() && !f.as_of.is_empty() {
        Place::SupportsWholeMonth
    } else if one_group(kind, batches, f, first) {
        Place::SameDay
    } else {
        let earlier = first.as_of.is_empty() || f.as_of.as_str() < first.as_of.as_str();
        Place::OtherDay { earlier }
    }
}

/// The indices of readings of `i`'s group that cannot both be true with it, without
/// allocating (the month figure reads this on every frame).
pub fn conflicts_of<F: Borrow<Figure>>(
    kind: Kind,
    run: &[F],
    i: usize,
) -> impl Iterator<Item = usize> + '_ {
    let batches = is_batches(kind, run);
    let f = run[i].borrow();
    let grouped = !(kind.has_batches() && !batches && !f.as_of.is_empty());
    run.iter().enumerate().filter_map(move |(j, g)| {
        let g = g.borrow();
        let peer = grouped && j != i && one_group(kind, batches, f, g);
        (peer && !compatible(f, g)).then_some(j)
    })
}

/// Every reading's role, in run order.
pub fn roles<F: Borrow<Figure>>(kind: Kind, run: &[F]) -> Vec<Role> {
    let batches = is_batches(kind, run);
    (0..run.len())
        .map(|i| Role {
            place: place(kind, batches, run, i),
            conflicts_with: conflicts_of(kind, run, i).collect(),
        })
        .collect()
}

/// Whether the month's figure is disputed: a reading that is part of it cannot be true with
/// another of its group. Readings of another day may conflict with each other (their roles
/// say so) without making the month's figure disputed.
pub fn disputed<F: Borrow<Figure>>(kind: Kind, run: &[F]) -> bool {
    let batches = is_batches(kind, run);
    (0..run.len()).any(|i| {
        let counts = batches || i == 0 || place(kind, batches, run, i) == Place::SameDay;
        counts && conflicts_of(kind, run, i).next().is_some()
    })
}
