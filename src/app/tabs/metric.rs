//! A chart tab: one selected metric of a catalog tab, its chart and month table; a row is a
//! month of the range.

use super::unit::{Copy, Export, TabUnit, copy_view};
use crate::app::bindings::Scope;
use crate::app::state::App;
use crate::data::model::month::Month;
use crate::data::output::csv::export::{ViewRows, default_file_name, to_csv};
use crate::data::query::view::View;

/// A chart tab's unit.
pub(crate) struct Metric;

impl TabUnit for Metric {
    fn row_count(&self, app: &App) -> usize {
        app.range.len()
    }

    fn selected_month(&self, app: &App) -> Option<Month> {
        month_at(app, self.month_index(app))
    }

    /// Rows of months and a metric to step through.
    fn takes(&self, scope: Scope) -> bool {
        scope != Scope::Columns
    }

    /// The latest month with a figure of the selected metric, else the last month.
    fn default_row(&self, app: &App) -> usize {
        app.selected_series()
            .and_then(|s| s.points().rposition(|p| p.is_some()))
            .unwrap_or_else(|| self.row_count(app).saturating_sub(1))
    }

    /// The selected metric only, as the tab shows it.
    fn export(&self, app: &App, view: &View) -> Option<Export> {
        let metric = app.selected_series()?.key();
        let one = view.only(&metric)?;
        let (bytes, rows) = to_csv(&one, ViewRows::Months);
        Some((bytes, default_file_name(app.tab.key(), &metric, view), rows))
    }

    fn copy(&self, app: &App, view: &View) -> Option<Copy> {
        copy_view(app, view, app.selected_series())
    }
}

/// Month `index` of the range, if the range has it.
pub(super) fn month_at(app: &App, index: usize) -> Option<Month> {
    (app.range.from().offset(index as i32)).filter(|m| app.range.contains(*m))
}
