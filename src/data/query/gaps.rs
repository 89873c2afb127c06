//! The months without a figure, metric by metric (`repdash check --gaps`): which months a
//! monitor still has to research, named rather than counted.

use crate::data::load::store::Store;
use crate::data::model::catalog::Kind;
use crate::data::model::month::Month;

/// One monthly metric's missing months over the data's span.
#[derive(Debug, Clone, PartialEq)]
pub struct Gaps {
    /// The metric key.
    pub metric: String,
    /// Months of the span with a figure (any article).
    pub covered: usize,
    /// Months of the span without one, in order.
    pub missing: Vec<Month>,
}

/// Every monthly metric (levels, flows, running totals) with at least one figure, and the
/// months of the data's span it lacks. Yearly and stated period totals are filed under one
/// month of their period, so their "missing" months would mean nothing: they are left out.
pub fn gaps(store: &Store) -> Vec<Gaps> {
    let Some(span) = store.full_range() else {
        return Vec::new();
    };
    let monthly = |k: Kind| matches!(k, Kind::Level | Kind::Flow | Kind::Total);
    store
        .catalog
        .metrics()
        .iter()
        .filter(|m| monthly(m.kind) && !store.figures_of(&m.key).is_empty())
        .map(|m| {
            let figures = store.figures_of(&m.key);
            let has = |month: Month| figures.iter().any(|f| f.month == month);
            let missing: Vec<Month> = span.months().filter(|&mo| !has(mo)).collect();
            Gaps {
                metric: m.key.clone(),
                covered: span.len() - missing.len(),
                missing,
            }
        })
        .collect()
}
