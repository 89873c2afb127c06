//! What the dashboard's copy key puts on the clipboard: the table on screen, or one figure
//! with its sources, as TSV (for a spreadsheet) or Markdown (for a report). Every cell is
//! cleaned of control, escape and bidi characters, as on screen; TSV cells lose their tabs.

use serde::Deserialize;

use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::clean;
use crate::data::output::brief::md::md_text;
use crate::data::output::brief::rows::marked;
use crate::data::query::series::Cell;
use crate::data::query::view::{View, change_words};

/// How copied tables are written (config `copy_format`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CopyFormat {
    /// Tab-separated values: pastes into a spreadsheet as cells.
    #[default]
    Tsv,
    /// A Markdown table: pastes into a report.
    Md,
}

impl CopyFormat {
    /// The format's spelling in the config file and in messages.
    pub fn key(self) -> &'static str {
        match self {
            CopyFormat::Tsv => "tsv",
            CopyFormat::Md => "md",
        }
    }
}

/// Rows as text in `format`: TSV lines, or a Markdown table with its rule under the header.
pub fn table(rows: &[Vec<String>], format: CopyFormat) -> String {
    let mut out = String::new();
    for (i, row) in rows.iter().enumerate() {
        match format {
            CopyFormat::Tsv => {
                let cells: Vec<String> = row.iter().map(|c| clean(c).replace('\t', " ")).collect();
                out.push_str(&cells.join("\t"));
            }
            CopyFormat::Md => {
                let cells: Vec<String> = row.iter().map(|c| md_text(c)).collect();
                out.push_str(&format!("| {} |", cells.join(" | ")));
                if i == 0 {
                    out.push_str(&format!("\n|{}", "---|".repeat(row.len())));
                }
            }
        }
        out.push('\n');
    }
    out
}

/// The view as rows: month, then each series' value with its marks (`·` for a gap), and
/// for a single series its change on the previous month with data; then one row for the
/// range with each series' facts (aggregate, stated totals, derived change, companion), so a
/// pasted sum is never without what the footer says beside it.
pub fn view_rows(view: &View) -> Vec<Vec<String>> {
    let single = view.series.len() == 1;
    let mut header = vec!["Month".to_string()];
    header.extend(view.series.iter().map(|s| s.label()));
    if single {
        header.push("Change on previous month with data".to_string());
    }
    let mut rows = vec![header];
    for m in view.months() {
        let mut row = vec![m.to_string()];
        row.extend(
            view.series
                .iter()
                .map(|s| s.at(m).map_or("·".to_string(), |c| marked(&c))),
        );
        if let [s] = view.series.as_slice() {
            row.push(change_words(s.change_previous(m), "·", "≠"));
        }
        rows.push(row);
    }
    let mut range = vec![view.filter.range.to_string()];
    range.extend(view.facts.iter().map(|f| f.words(Qualifier::mark, "≠")));
    if single {
        range.push(String::new());
    }
    rows.push(range);
    rows
}

/// One figure and every source of it as rows: what, month, value, then a row per source.
pub fn figure_rows(label: &str, month: &str, cell: &Cell) -> Vec<Vec<String>> {
    let mut rows = vec![
        vec![
            "Figure".to_string(),
            "Month".to_string(),
            "Value".to_string(),
            "As of".to_string(),
        ],
        vec![
            label.to_string(),
            month.to_string(),
            marked(cell),
            cell.primary.as_of.to_string(),
        ],
        vec![
            "Source".to_string(),
            "Published".to_string(),
            "Reads".to_string(),
            "URL".to_string(),
        ],
    ];
    for f in cell.all() {
        let reads = format!(
            "{}{}",
            Qualifier::mark(f.qualifier),
            crate::data::model::text::format_number(f.value)
        );
        rows.push(vec![
            f.source_title.to_string(),
            f.published.to_string(),
            reads,
            f.source_url.to_string(),
        ]);
    }
    rows
}
