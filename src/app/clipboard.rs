//! The copy key: the table on screen, or in the sources popup the figure with its sources, as
//! TSV or Markdown. The app only prepares the text; the terminal loop sends it (OSC 52), so
//! `update` stays free of terminal I/O and tests read what would be sent.

use super::mode::{Mode, PopupKind};
use super::state::App;
use crate::data::output::clipboard::{CopyFormat, figure_rows, table};

/// The most text the copy key sends: its OSC 52 sequence is base64, 4 bytes for every 3, so
/// 75,000 bytes of text make a 100,000-byte payload, a limit common among terminals and tmux.
pub const MAX_COPY_BYTES: usize = 75_000;

impl App {
    /// Sets the copy key's settings (config `clipboard` and `copy_format`).
    pub fn with_clipboard(mut self, enabled: bool, format: CopyFormat) -> App {
        self.clipboard.disabled = !enabled;
        self.clipboard.format = format;
        self
    }

    /// The text the copy key prepared, for the terminal loop to send (once).
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.outbox.take()
    }

    /// What the copy key copies here, as rows, and what to call it in the status bar.
    fn copy_rows(&self) -> Option<(Vec<Vec<String>>, String)> {
        if let Mode::Popup {
            kind: PopupKind::Source,
            ..
        } = self.mode
        {
            let series = self.focused_series()?;
            let month = self.selected_month()?;
            let cell = series.at(month)?;
            let rows = figure_rows(&series.label(), &month.to_string(), &cell);
            return Some((rows, format!("{} {month} with its sources", series.label())));
        }
        let view = self.views.series.as_ref()?;
        // Tables go to spreadsheets and documents as data: English words, plain numbers.
        use crate::data::model::lang::{Lang, with};
        with(Lang::En, || self.unit().copy(self, view))
    }

    /// The copy key.
    pub(crate) fn copy(&mut self) {
        if self.clipboard.disabled {
            self.status = Some(crate::tr!("st-copy-off"));
            return;
        }
        let Some((rows, what)) = self.copy_rows() else {
            self.status = Some(crate::tr!("st-nothing-to-copy"));
            return;
        };
        let format = self.clipboard.format;
        let text = table(&rows, format);
        if text.len() > MAX_COPY_BYTES {
            // Terminals and tmux drop or cut longer OSC 52 writes without a word.
            let n = rows.len().saturating_sub(1);
            self.status = Some(crate::tr!(
                "st-copy-too-large",
                form = crate::data::model::plural::form(n),
                shown = crate::data::model::text::format_number(n as f64)
            ));
            return;
        }
        self.clipboard.outbox = Some(text);
        let as_format = format.key().to_uppercase();
        self.status = Some(crate::tr!("st-copied", what = what, format = as_format));
    }
}
