//! Each kind of tab as one unit: what the rows of its table are (so which month and series a
//! selection means), where a month lands when you go to it, what `/` searches, whether `s`
//! has a source to show, and what `e` exports and `c` copies. One match, [`unit`], picks the
//! unit; the rest of `app` asks it. A new kind of tab is a [`TabKind`] variant, one file here
//! (its state and keys) and one in `ui/` (its drawing): the compiler lists [`unit`] and the
//! frame's draw, the only two matches on kinds.

mod articles;
mod coverage;
mod metric;
mod overview;
mod unit;

use super::state::App;
use super::tab::TabKind;
use crate::data::model::month::Month;
use crate::data::query::series::Series;
use unit::TabUnit;

/// The unit of a kind of tab: the one match on kinds in `app`.
pub(crate) fn unit(kind: TabKind) -> &'static dyn TabUnit {
    match kind {
        TabKind::Overview => &overview::Overview,
        TabKind::Metric => &metric::Metric,
        TabKind::Articles => &articles::Articles,
        TabKind::Coverage => &coverage::Coverage,
    }
}

impl App {
    /// The unit of the tab on screen.
    pub(crate) fn unit(&self) -> &'static dyn TabUnit {
        unit(self.tab.kind())
    }

    /// Whether the current tab's keys of `scope` work (the bottom bar shows only those).
    pub fn tab_takes(&self, scope: crate::app::bindings::Scope) -> bool {
        self.unit().takes(scope)
    }

    /// Whether the current tab lists cases (its sources popup shows the selected case's).
    pub fn tab_lists_cases(&self) -> bool {
        self.unit().lists_cases()
    }

    /// How many rows the current tab's table has.
    pub fn row_count(&self) -> usize {
        self.unit().row_count(self)
    }

    /// The month of the selected row, on tabs whose rows are months.
    pub fn selected_month(&self) -> Option<Month> {
        self.unit().selected_month(self)
    }

    /// The series under the selection: the selected metric, or the coverage grid's row.
    pub fn focused_series(&self) -> Option<&Series> {
        self.unit().focused_series(self)
    }

    /// The row selected when a table is first shown: the latest month with a figure of the
    /// selected metric (else the last month), or the first case.
    pub fn default_row(&self) -> usize {
        self.unit().default_row(self)
    }
}
