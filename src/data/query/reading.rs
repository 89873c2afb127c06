//! Which number is a month's figure (docs/data-format.md, "Rules"); when readings disagree is
//! decided by `query::roles`, which this reads, so the screen, `summary` and every export say
//! the same.
//!
//! The run of a month is ordered by `store::rank_sources`: for a flow its undated row first,
//! then the reading closest to month end (undated counts as month end), exact before bounds,
//! the tighter bound before the looser, bounds before approximations, then Viasna's own page,
//! then the latest published.

use crate::data::model::catalog::Kind;
use crate::data::model::figure::Figure;
use crate::data::model::qualifier::Qualifier;
use crate::data::query::roles;
pub use crate::data::query::roles::{compatible, same_day};

/// The month's figure, as the rules build it from the sources of one month.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MonthFigure {
    /// The value shown.
    pub value: f64,
    /// Its qualifier: a sum of batches is "at least".
    pub qualifier: Qualifier,
    /// For a flow without a whole-month figure: how many dated batches were added (0 else).
    pub batches: usize,
    /// Sources for the day the figure refers to (or every batch's sources).
    pub sources: usize,
    /// Readings of other days (earlier readings of a level; batches behind a whole-month flow).
    pub others: usize,
    /// Whether two readings of the same day cannot both be true.
    pub disputed: bool,
}

/// The month's figure from its ranked run (non-empty).
pub fn month_figure(kind: Kind, run: &[Figure]) -> Option<MonthFigure> {
    let first = run.first()?;
    if kind.has_batches() && !first.as_of.is_empty() {
        return Some(batches(kind, run));
    }
    // A level, a total, or a flow with a whole-month (undated) figure: the first reading.
    // Runs are a few readings long; this is read on every frame, so nothing is allocated.
    let group = run.iter().filter(move |f| {
        if kind.has_batches() {
            f.as_of.is_empty()
        } else {
            same_day(f, first)
        }
    });
    let sources = group.clone().count();
    Some(MonthFigure {
        value: first.value,
        qualifier: first.qualifier,
        batches: 0,
        sources,
        others: run.len() - sources,
        disputed: sources > 1 && roles::disputed(kind, run),
    })
}

/// A flow with dated rows only: each day is one event (its sources one reading), the days add.
fn batches(kind: Kind, run: &[Figure]) -> MonthFigure {
    let mut days: Vec<Vec<&Figure>> = Vec::new();
    for f in run {
        match days.iter_mut().find(|d| d[0].as_of == f.as_of) {
            Some(d) => d.push(f),
            None => days.push(vec![f]),
        }
    }
    let value = days.iter().map(|d| d[0].value).sum();
    let qualifier = match days.as_slice() {
        [one] => one[0].qualifier,
        _ => Qualifier::AtLeast,
    };
    MonthFigure {
        value,
        qualifier,
        batches: days.len(),
        sources: run.len(),
        others: 0,
        disputed: roles::disputed(kind, run),
    }
}

/// Why `first` is shown before `second` (rule 1): the first field of their rank keys that
/// tells them apart, in words, so the sources popup can say why a figure is the month's.
pub fn why_first(first: &Figure, second: Option<&Figure>) -> String {
    let Some(second) = second else {
        return crate::tr!("why-only");
    };
    let (a, b) = (first.rank_key(), second.rank_key());
    if first.as_of.is_empty() && !second.as_of.is_empty() && a > b {
        // Only a flow ranks an undated row before a better-placed dated one (rule 3).
        crate::tr!("why-whole-month")
    } else if a.end_distance != b.end_distance {
        crate::tr!("why-month-end")
    } else if a.inexact != b.inexact {
        crate::tr!("why-exact")
    } else if a.looser != b.looser {
        crate::tr!("why-tightest")
    } else if a.not_viasna != b.not_viasna {
        crate::tr!("why-viasna")
    } else if a.published != b.published {
        crate::tr!("why-published")
    } else {
        crate::tr!("why-tie")
    }
}
