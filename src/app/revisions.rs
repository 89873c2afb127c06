//! The dashboard's `--since` keys and marks: the status when it starts, a cell's mark, the
//! sources popup's "was … until", and `D`'s list of the range's changes, all read from the
//! [`Since`] decided when the data was loaded.

use super::since::{REVISED, Since};
use super::state::App;
use crate::data::load::store::Store;
use crate::data::model::month::Month;

impl App {
    /// The dashboard compared with `old`, the version named `word` (of `day`): the cells
    /// changed since are marked, and the status says how many.
    pub fn with_since(mut self, word: String, day: Option<String>, old: Store) -> Self {
        let since = Since::new(word, day, old, &self.store);
        let n = since.diff.shown.len();
        self.status = Some(crate::tr!(
            "since-status",
            since = crate::data::model::text::clean(&since.word),
            form = crate::data::model::plural::form(n),
            shown = crate::data::model::text::format_number(n as f64)
        ));
        self.since = Some(since);
        self
    }

    /// The `--since` version, when there is one.
    pub fn since(&self) -> Option<&Since> {
        self.since.as_ref()
    }

    /// Whether the figure of `series` at `month` changed since the `--since` version.
    pub fn revised(&self, series: &crate::data::query::series::Series, month: Month) -> bool {
        self.since.as_ref().is_some_and(|s| {
            s.shown(month, &series.metric.key, &series.article)
                .is_some()
        })
    }

    /// What the selected figure was in the `--since` version, for the sources popup.
    pub(super) fn revised_note(&self) -> Option<String> {
        let since = self.since.as_ref()?;
        let (series, month) = (self.focused_series()?, self.selected_month()?);
        let change = since.shown(month, &series.metric.key, &series.article)?;
        let words =
            crate::data::output::since::was_words(change, &since.word, since.day.as_deref());
        Some(format!(
            "{REVISED} {}",
            crate::tr!("since-revised", words = words)
        ))
    }

    /// `D`: every change of the range since the `--since` version, as `repdash diff` says it.
    pub(super) fn open_revisions(&mut self) {
        let Some(since) = &self.since else {
            self.status = Some(crate::tr!("st-no-since"));
            return;
        };
        let d = since.in_range(self.range);
        let text = crate::data::output::diff_text::text(&d, (&since.word, "now"));
        self.views.revisions = text.lines().map(str::to_string).collect();
        self.open_popup(crate::app::mode::PopupKind::Revisions);
    }
}
