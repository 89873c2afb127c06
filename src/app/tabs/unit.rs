//! What a kind of tab decides, as a trait each tab's file implements; its defaults are those
//! of a table whose rows are months.

use crate::app::bindings::Scope;
use crate::app::mode::PromptKind;
use crate::app::state::App;
use crate::data::model::month::Month;
use crate::data::query::series::Series;
use crate::data::query::view::View;

/// What a file of CSV is for the export key: bytes, a file-name stem, a row count.
pub(crate) type Export = (Vec<u8>, String, usize);

/// What the copy key copies: rows, and what to call them in the status bar.
pub(crate) type Copy = (Vec<Vec<String>>, String);

/// The behaviour of one kind of tab; defaults are those of a table whose rows are months.
pub(crate) trait TabUnit {
    /// How many rows its table has.
    fn row_count(&self, app: &App) -> usize;
    /// The month of the selected row (or column).
    fn selected_month(&self, app: &App) -> Option<Month>;
    /// Which month of the range is selected: the row, unless the months are columns.
    fn month_index(&self, app: &App) -> usize {
        app.row
    }
    /// The series under the selection.
    fn focused_series<'a>(&self, app: &'a App) -> Option<&'a Series> {
        app.selected_series()
    }
    /// The row selected when the table is first shown.
    fn default_row(&self, _app: &App) -> usize {
        0
    }
    /// Whether the tab's keys of `scope` work here (and so show in the bottom bar).
    fn takes(&self, scope: Scope) -> bool;
    /// Whether `m` steps through the tab's series.
    fn cycles_metrics(&self) -> bool {
        self.takes(Scope::Metric)
    }
    /// Whether the view keeps only all-article series (one tile per metric).
    fn national_only(&self) -> bool {
        false
    }
    /// Whether the tab lists the case register (so the app narrows it on each change).
    fn lists_cases(&self) -> bool {
        false
    }
    /// After the range changed: select month `index` of it where the tab has one.
    fn keep_month(&self, app: &mut App, index: Option<usize>) {
        app.row = index.unwrap_or_else(|| app.default_row());
    }
    /// Selects month `index` of the range (`g`, go to a month).
    fn go_to(&self, app: &mut App, index: usize) {
        app.row = index;
    }
    /// What `/` opens.
    fn search(&self) -> PromptKind {
        PromptKind::Filter
    }
    /// Whether `s` has something to show.
    fn has_source(&self, app: &App) -> bool {
        app.selected_cell().is_some()
    }
    /// How many lines the sources popup has (the selected figure's sources).
    fn source_len(&self, app: &App) -> usize {
        app.figure_source_len()
    }
    /// What `e` writes.
    fn export(&self, app: &App, view: &View) -> Option<Export>;
    /// What `c` copies (outside the sources popup).
    fn copy(&self, app: &App, view: &View) -> Option<Copy>;
}

/// Every month of `view` as rows to copy, with the range's facts: one series or all.
pub(super) fn copy_view(app: &App, view: &View, one: Option<&Series>) -> Option<Copy> {
    use crate::data::output::clipboard::view_rows;
    let format = app.clipboard.format;
    let rows = match one {
        Some(s) => view_rows(&view.only(&s.key())?, format),
        None => view_rows(view, format),
    };
    // Header and the range's facts row around one row per month.
    let n = rows.len().saturating_sub(2);
    let (count, form) = (n.to_string(), crate::data::model::plural::form(n));
    Some((
        rows,
        crate::tr!("copy-months-and-facts", n = count, form = form),
    ))
}
