//! The coverage grid: rows are metrics, columns the months of the range.

use super::metric::month_at;
use super::unit::{Copy, Export, TabUnit, copy_view};
use crate::app::bindings::Scope;
use crate::app::state::App;
use crate::data::model::month::Month;
use crate::data::output::csv::export::{ViewRows, default_file_name, to_csv};
use crate::data::query::series::Series;
use crate::data::query::view::View;

/// The grid's unit.
pub(crate) struct Coverage;

impl TabUnit for Coverage {
    fn row_count(&self, app: &App) -> usize {
        app.series().len()
    }

    fn selected_month(&self, app: &App) -> Option<Month> {
        month_at(app, self.month_index(app))
    }

    /// Rows of metrics and columns of months; the rows are the metrics, so no `m`.
    fn takes(&self, scope: Scope) -> bool {
        scope != Scope::Metric
    }

    /// The selected month stays selected; else the last column.
    fn keep_month(&self, app: &mut App, index: Option<usize>) {
        app.col = index.unwrap_or(app.range.len().saturating_sub(1));
    }

    /// The months are columns here.
    fn month_index(&self, app: &App) -> usize {
        app.col
    }

    /// The metric of the selected row.
    fn focused_series<'a>(&self, app: &'a App) -> Option<&'a Series> {
        app.series().get(app.row)
    }

    fn go_to(&self, app: &mut App, index: usize) {
        app.col = index;
    }

    fn export(&self, app: &App, view: &View) -> Option<Export> {
        let (bytes, rows) = to_csv(view, ViewRows::Months);
        Some((bytes, default_file_name(app.tab.key(), "all", view), rows))
    }

    fn copy(&self, app: &App, view: &View) -> Option<Copy> {
        copy_view(app, view, None)
    }
}
