//! The months without a figure, metric by metric (`repdash check --gaps`): which months a
//! monitor still has to research, named rather than counted.

use crate::data::load::store::Store;
use crate::data::model::catalog::Kind;
use crate::data::model::month::{Month, MonthRange};

/// One monthly metric's missing months, from its first figure to the end of the data: a
/// month before a series could exist is not a gap to research.
#[derive(Debug, Clone, PartialEq)]
pub struct Gaps {
    /// The metric key.
    pub metric: String,
    /// The first month looked at: its first figure (or the window's start, if later or asked).
    pub first: Month,
    /// Months from `first` to the end of the window.
    pub months: usize,
    /// Of those, months with a figure (any article).
    pub covered: usize,
    /// Of those, months without one, in order.
    pub missing: Vec<Month>,
}

impl Gaps {
    /// The missing months as runs: `2021-06..2021-09 (4), 2022-06`, or `none`.
    pub fn runs_text(&self) -> String {
        let mut runs: Vec<(Month, Month)> = Vec::new();
        for &m in &self.missing {
            match runs.last_mut() {
                Some((_, end)) if end.offset(1) == Some(m) => *end = m,
                _ => runs.push((m, m)),
            }
        }
        if runs.is_empty() {
            return crate::tr!("chk-gaps-none");
        }
        let words: Vec<String> = runs
            .iter()
            .map(|&(a, b)| match a.months_until(b) {
                0 => a.to_string(),
                n => format!("{a}..{b} ({})", n + 1),
            })
            .collect();
        words.join(", ")
    }
}

/// Which months `check --gaps` looks at: a window of the data (default all of it), each
/// series from its first figure unless `from_window_start` asks for the window's first month.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GapWindow {
    /// The months asked for; `None` is the data's whole span.
    pub range: Option<MonthRange>,
    /// Count months before a series' first figure as missing too.
    pub from_window_start: bool,
}

/// Every monthly metric (levels, flows, running totals) with at least one figure, and the
/// months of the window it lacks. Yearly and stated period totals are filed under one
/// month of their period, so their "missing" months would mean nothing: they are left out.
/// A series whose first figure comes after the window has no months in it and is left out.
pub fn gaps(store: &Store, window: GapWindow) -> Vec<Gaps> {
    let Some(span) = window.range.or_else(|| store.full_range()) else {
        return Vec::new();
    };
    let monthly = |k: Kind| matches!(k, Kind::Level | Kind::Flow | Kind::Total);
    store
        .catalog
        .metrics()
        .iter()
        .filter(|m| monthly(m.kind) && !store.figures_of(&m.key).is_empty())
        .filter_map(|m| {
            let figures = store.figures_of(&m.key);
            let months: std::collections::BTreeSet<Month> =
                figures.iter().map(|f| f.month).collect();
            let first = match window.from_window_start {
                true => span.from(),
                false => (*months.first()?).max(span.from()),
            };
            (first <= span.to()).then_some(())?;
            let since = MonthRange::new(first, span.to());
            let missing: Vec<Month> = since.months().filter(|mo| !months.contains(mo)).collect();
            Some(Gaps {
                metric: m.key.clone(),
                first,
                months: since.len(),
                covered: since.len() - missing.len(),
                missing,
            })
        })
        .collect()
}
