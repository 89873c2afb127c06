//! The Articles tab: the case register narrowed by range and article; a row is a case, `/`
//! searches a person, `s` shows the case's source.

use super::unit::{Copy, Export, TabUnit};
use crate::app::bindings::Scope;
use crate::app::mode::PromptKind;
use crate::app::state::App;
use crate::app::tab::DashTab;
use crate::data::model::month::Month;
use crate::data::output::csv::export::{cases_to_csv, default_file_name};
use crate::data::query::view::View;

/// The Articles tab's unit.
pub(crate) struct Articles;

impl TabUnit for Articles {
    fn row_count(&self, app: &App) -> usize {
        app.views.cases.len()
    }

    fn selected_month(&self, app: &App) -> Option<Month> {
        app.views.cases.get(app.row).map(|c| c.month)
    }

    /// The case list has no month rows: going to a month opens it on the prisoners tab.
    fn go_to(&self, app: &mut App, index: usize) {
        app.tab = DashTab::Prisoners;
        app.refresh();
        app.row = index;
    }

    /// Rows of cases; the chart keys do not apply.
    fn takes(&self, scope: Scope) -> bool {
        !matches!(scope, Scope::Metric | Scope::Columns)
    }

    /// `m` steps through the figures by article beside the list.
    fn cycles_metrics(&self) -> bool {
        true
    }

    fn lists_cases(&self) -> bool {
        true
    }

    /// The list starts at its first case again.
    fn keep_month(&self, app: &mut App, _index: Option<usize>) {
        app.row = app.default_row();
    }

    fn search(&self) -> PromptKind {
        PromptKind::Name
    }

    fn has_source(&self, app: &App) -> bool {
        !app.views.cases.is_empty()
    }

    /// The selected case's lines.
    fn source_len(&self, app: &App) -> usize {
        match app.views.cases.get(app.row) {
            Some(_) => crate::app::popup::LINES_PER_CASE,
            None => 1,
        }
    }

    fn export(&self, app: &App, view: &View) -> Option<Export> {
        let cases = &app.views.cases;
        let name = default_file_name("articles", "cases", view);
        Some((cases_to_csv(cases.iter()), name, cases.len()))
    }

    fn copy(&self, app: &App, _view: &View) -> Option<Copy> {
        let rows = case_rows(app);
        let n = rows.len().saturating_sub(1);
        let (count, form) = (n.to_string(), crate::data::model::plural::form(n));
        Some((rows, crate::tr!("copy-rows", n = count, form = form)))
    }
}

/// The case list as rows: a header, then date, person, event, articles, source.
fn case_rows(app: &App) -> Vec<Vec<String>> {
    let mut rows = vec![
        ["Date", "Person", "Event", "Articles", "Source"]
            .map(String::from)
            .to_vec(),
    ];
    rows.extend(app.views.cases.iter().map(|c| {
        let date = if c.date.is_empty() {
            c.month.to_string()
        } else {
            c.date.to_string()
        };
        vec![
            date,
            c.person.to_string(),
            c.event.to_string(),
            c.articles.join(" "),
            c.source_url.to_string(),
        ]
    }));
    rows
}
