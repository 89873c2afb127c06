//! What the popups say, as far as the app must know it: the help text (generated from the
//! binding table) and how many lines each popup has, so `update` keeps the scroll within it.

use super::bindings::{BINDINGS, Binding, Scope};
use super::mode::PopupKind;
use super::state::App;

/// Lines one source takes in the sources popup: value, url, title, as of, published, note,
/// blank.
pub const LINES_PER_SOURCE: usize = 7;

/// Lines of a case in the sources popup on the Articles tab.
pub const LINES_PER_CASE: usize = 7;

/// The marks every screen uses, explained at the end of help: the mark (or the message id of
/// a mark that has words in it, `(3m)` / `(3м)`) and the id of its explanation.
pub const MARKS: [(&str, &str); 7] = [
    ("≥ > ~", "mark-bounds"),
    ("≠", "mark-conflict"),
    ("·", "mark-gap"),
    ("†", "mark-revised"),
    ("mark-gap-change-sign", "mark-gap-change"),
    ("● △ ◇", "mark-points"),
    ("1 2 3", "mark-events"),
];

/// Help, section by section: a title's message id and the bindings under it, from the one
/// binding table.
pub fn help_sections() -> Vec<(&'static str, Vec<&'static Binding>)> {
    let of = |scopes: &[Scope]| -> Vec<&'static Binding> {
        BINDINGS
            .iter()
            .filter(|b| scopes.contains(&b.scope))
            .collect()
    };
    vec![
        (
            "help-tabs",
            of(&[
                Scope::Any,
                Scope::Global,
                Scope::Rows,
                Scope::Metric,
                Scope::Columns,
            ]),
        ),
        ("help-popups", of(&[Scope::Popup])),
        ("help-prompts", of(&[Scope::Prompt])),
        ("help-picker", of(&[Scope::Picker])),
    ]
}

/// Lines of the help popup: a heading, each section's title and bindings, the marks.
pub fn help_len() -> usize {
    let sections: usize = help_sections().iter().map(|(_, b)| 1 + b.len()).sum();
    1 + sections + 1 + MARKS.len()
}

impl App {
    /// The change on the previous month under each pair of competing sources, where one side
    /// is disputed (the sources popup lists them after the sources).
    pub fn source_changes(&self) -> Vec<crate::data::query::derived::SourceChange> {
        match (self.focused_series(), self.selected_month()) {
            (Some(s), Some(m)) => crate::data::query::derived::change_previous_by_source(s, m),
            _ => Vec::new(),
        }
    }

    /// Lines of the sources popup of the selected figure: the head (what is shown, what the
    /// metric counts, why this reading, the order), the `--since` note, each source, and the changes under each source when they disagree.
    pub(crate) fn figure_source_len(&self) -> usize {
        self.selected_cell().map_or(1, |c| {
            let changes = self.source_changes().len();
            let note = usize::from(self.views.revised_note.is_some());
            4 + note + LINES_PER_SOURCE * c.source_count() + changes + usize::from(changes > 0)
        })
    }

    /// How many lines the popup of `kind` has now (what the UI draws, before wrapping).
    pub fn popup_len(&self, kind: PopupKind) -> usize {
        match kind {
            PopupKind::Help => help_len(),
            PopupKind::Source => self.unit().source_len(self),
            PopupKind::Events => 1 + 2 * self.events_in_range().len(),
            PopupKind::Compare => self.views.compare.len(),
            PopupKind::Revisions => self.views.revisions.len(),
            PopupKind::Snapshot => match self.selected_month() {
                None => 0,
                Some(_) => 1 + self.views.month_readings.len(),
            },
        }
    }
}

impl App {
    /// `E`: every event in the range, or why there is none.
    pub(super) fn open_events(&mut self) {
        if self.events_in_range().is_empty() {
            self.status = Some(crate::tr!("st-no-event", range = self.range.to_string()));
        } else {
            self.open_popup(PopupKind::Events);
        }
    }

    /// `C` on a chart tab: the tab's metrics over the range (B) against the months of equal
    /// length just before it (A), as `repdash compare` prints them.
    pub(super) fn open_compare(&mut self) {
        let b = self.range;
        let a = b.from().offset(-1).and_then(|end| {
            let start = end.offset(1 - b.len() as i32)?;
            Some(crate::data::model::month::MonthRange::new(start, end))
        });
        let Some(a) = a.filter(|a| self.full.contains(a.to())) else {
            self.status = Some(crate::tr!("st-nothing-before", range = b.to_string()));
            return;
        };
        let filter = crate::data::query::filter::Filter {
            range: b,
            article: self.article.clone(),
            metrics: self.tab.metrics(&self.store.catalog),
        };
        let c = crate::data::query::compare::compare(&self.store, &filter, a, b);
        let text = crate::data::output::compare::render(
            &c,
            crate::data::output::summary::text::Format::Text,
        );
        self.views.compare = text.lines().map(str::to_string).collect();
        self.open_popup(PopupKind::Compare);
    }
}
