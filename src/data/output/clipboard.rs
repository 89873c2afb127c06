//! What the dashboard's copy key puts on the clipboard: the table on screen, or one figure
//! with its sources, as TSV (for a spreadsheet) or Markdown (for a report). Every cell is
//! cleaned of control, escape and bidi characters, as on screen; TSV cells lose their tabs.

use serde::Deserialize;

use crate::data::model::month::Month;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::clean;
use crate::data::output::brief::md::md_text;
use crate::data::output::brief::rows::marked;
use crate::data::query::series::Cell;
use crate::data::query::view::{View, change_marks, change_words};

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

/// The view as rows: month, then each series' value, and for a single series its change on
/// the previous month with data; then one row for the range with each series' facts
/// (aggregate, stated totals, derived change, companion), so a pasted sum is never without
/// what the footer says beside it. In Markdown a value reads as on screen (`≥1,184≠`, `·`);
/// in TSV, for a spreadsheet, it is a plain number with its qualifier and dispute in columns
/// of their own, and empty for a month without a figure.
pub fn view_rows(view: &View, format: CopyFormat) -> Vec<Vec<String>> {
    let tsv = format == CopyFormat::Tsv;
    let mut rows = vec![header_row(view, tsv)];
    rows.extend(view.months().map(|m| month_row(view, m, tsv)));
    rows.push(range_row(view, tsv));
    rows
}

fn header_row(view: &View, tsv: bool) -> Vec<String> {
    let mut header = vec!["Month".to_string()];
    for s in &view.series {
        header.push(s.label());
        if tsv {
            header.push(format!("{}: qualifier", s.label()));
            header.push(format!("{}: sources disagree", s.label()));
        }
    }
    if view.series.len() == 1 {
        header.push("Change on previous month with data".to_string());
        if tsv {
            header.push("Change: marks".to_string());
        }
    }
    header
}

fn month_row(view: &View, m: Month, tsv: bool) -> Vec<String> {
    let mut row = vec![m.to_string()];
    for s in &view.series {
        row.extend(value_cells(s.at(m), tsv));
    }
    if let [s] = view.series.as_slice() {
        let change = s.change_previous(m);
        if tsv {
            // A number a spreadsheet adds up; `~`, `≠` and a gap's span beside it.
            let plain = change.map(|c| crate::data::model::figure::format_plain(c.delta));
            row.push(plain.unwrap_or_default());
            let span = change
                .and_then(|c| c.spans)
                .map(|n| format!(" ({n} months)"));
            row.push(format!(
                "{}{}",
                change_marks(change),
                span.unwrap_or_default()
            ));
        } else {
            row.push(change_words(change, "·", "≠"));
        }
    }
    row
}

fn range_row(view: &View, tsv: bool) -> Vec<String> {
    let mut range = vec![view.filter.range.to_string()];
    for f in &view.facts {
        range.push(f.words(Qualifier::mark, "≠"));
        if tsv {
            range.extend([String::new(), String::new()]);
        }
    }
    if view.series.len() == 1 {
        range.extend(std::iter::repeat_n(String::new(), if tsv { 2 } else { 1 }));
    }
    range
}

/// A month's value as copied: marked for Markdown; plain number, qualifier and dispute for TSV.
fn value_cells(cell: Option<Cell>, tsv: bool) -> Vec<String> {
    match (cell, tsv) {
        (None, false) => vec!["·".to_string()],
        (Some(c), false) => vec![marked(&c)],
        (None, true) => vec![String::new(); 3],
        (Some(c), true) => vec![
            crate::data::model::figure::format_plain(c.value()),
            c.qualifier().to_string(),
            if c.conflict() { "yes" } else { "" }.to_string(),
        ],
    }
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
