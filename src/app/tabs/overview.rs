//! The overview: a tile per core series, no table; its month is the range's last.

use super::unit::{Copy, Export, TabUnit, copy_view};
use crate::app::bindings::Scope;
use crate::app::state::App;
use crate::app::tab::DashTab;
use crate::data::model::month::Month;
use crate::data::output::csv::export::{ViewRows, default_file_name, to_csv};
use crate::data::query::view::View;

/// The overview's unit.
pub(crate) struct Overview;

impl TabUnit for Overview {
    fn row_count(&self, _app: &App) -> usize {
        0
    }

    fn selected_month(&self, app: &App) -> Option<Month> {
        Some(app.range.to())
    }

    /// Only the keys of every tab: no rows, no metric to step through.
    fn takes(&self, scope: Scope) -> bool {
        !matches!(scope, Scope::Rows | Scope::Metric | Scope::Columns)
    }

    fn national_only(&self) -> bool {
        true
    }

    /// No month table here: going to a month opens it on the prisoners tab.
    fn go_to(&self, app: &mut App, index: usize) {
        app.tab = DashTab::Prisoners;
        app.refresh();
        app.row = index;
    }

    fn export(&self, app: &App, view: &View) -> Option<Export> {
        let (bytes, rows) = to_csv(view, ViewRows::Months);
        Some((bytes, default_file_name(app.tab.key(), "all", view), rows))
    }

    fn copy(&self, app: &App, view: &View) -> Option<Copy> {
        copy_view(app, view, None)
    }
}
