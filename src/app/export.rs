//! The export key: the view on screen, through the same writer as `repdash export`.

use std::path::PathBuf;

use super::state::App;
use crate::data::output::chart::model::ChartImage;
use crate::data::output::csv::export::{ExportError, default_file_name, write_atomic};

impl App {
    /// What the current tab shows, as CSV bytes, a file-name stem and a row count.
    pub fn export_payload(&self) -> Option<(Vec<u8>, String, usize)> {
        let view = self.views.series.as_ref()?;
        // A CSV is data for other programs: English words and plain numbers in any language.
        use crate::data::model::lang::{Lang, with};
        with(Lang::En, || self.unit().export(self, view))
    }

    /// Writes the export next to earlier ones without replacing any: `name.csv`, `name-2.csv` ...
    pub(crate) fn export(&mut self) {
        let Some((bytes, name, rows)) = self.export_payload() else {
            self.status = Some(crate::tr!("st-nothing-to-export"));
            return;
        };
        self.status = Some(match write_new(&self.export_dir, &name, &bytes) {
            Ok(path) => crate::tr!(
                "st-exported",
                form = crate::data::model::plural::form(rows),
                n = rows,
                path = path.display().to_string()
            ),
            Err(e) => crate::tr!("st-export-failed", error = e.to_string()),
        });
    }
}

impl App {
    /// The chart key: the selected series as a PNG (960x540) beside the CSV exports, never
    /// replacing a file; the status bar names it.
    pub(crate) fn export_chart(&mut self) {
        let on_chart_tab = self.tab_takes(super::bindings::Scope::Metric);
        let (Some(view), Some(series), true) = (
            self.views.series.as_ref(),
            self.selected_series(),
            on_chart_tab,
        ) else {
            self.status = Some(crate::tr!("st-no-chart"));
            return;
        };
        let chart = ChartImage {
            series,
            events: self.events_in_range(),
            size: (960, 540),
        };
        let name = default_file_name(self.tab.key(), &series.key(), view).replace(".csv", ".png");
        let written = chart.png().map_err(|e| e.to_string()).and_then(|bytes| {
            write_new(&self.export_dir, &name, &bytes).map_err(|e| e.to_string())
        });
        self.status = Some(match written {
            Ok(path) => crate::tr!("st-chart-written", path = path.display().to_string()),
            Err(e) => crate::tr!("st-chart-failed", error = e),
        });
    }
}

fn write_new(dir: &std::path::Path, name: &str, bytes: &[u8]) -> Result<PathBuf, ExportError> {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, "csv"));
    for n in 1..1000 {
        let file = if n == 1 {
            name.to_string()
        } else {
            format!("{stem}-{n}.{ext}")
        };
        let path = dir.join(file);
        match write_atomic(&path, bytes, false) {
            Err(ExportError::Exists(_)) => continue,
            other => return other.map(|()| path),
        }
    }
    Err(ExportError::Exists(dir.join(name)))
}
