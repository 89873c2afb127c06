//! `repdash summary`: a view as a text, CSV or Markdown table for terminals, scripts and reports.

use std::fmt::Write as _;

use crate::data::model::text::{clean, spreadsheet_cell, spreadsheet_value};
pub use crate::data::output::summary::md::Extras;
use crate::data::query::view::{View, ascii_cell, change_text, filter_line};

/// Output formats of `summary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for reading in a terminal.
    Text,
    /// CSV: values in one column, qualifiers in the next, for scripts.
    Csv,
    /// A Markdown table for reports.
    Md,
    /// One documented JSON shape for scripts and websites (docs/json.md).
    Json,
}

impl Format {
    /// Every format, in the order help lists them.
    pub const ALL: [Format; 4] = [Format::Text, Format::Csv, Format::Md, Format::Json];

    /// Whether people read this format (text and Markdown, in their language) rather than
    /// scripts (CSV and JSON, always English).
    pub fn speaks_the_readers_language(self) -> bool {
        matches!(self, Format::Text | Format::Md)
    }

    /// The format's one spelling (`--format md`).
    pub fn key(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Csv => "csv",
            Format::Md => "md",
            Format::Json => "json",
        }
    }
}

/// Legend printed under text tables, in the reader's language.
pub fn legend() -> String {
    crate::tr!("sum-legend")
}

/// Renders the view in the chosen format (`extras` apply to Markdown).
pub fn render(view: &View, format: Format, extras: Extras) -> String {
    match format {
        Format::Text => text_table(view),
        Format::Csv => csv_table(view),
        Format::Md => crate::data::output::summary::md::render(view, extras),
        Format::Json => crate::data::output::summary::json::render(view),
    }
}

/// Header and rows of display cells; single-series views also get change columns.
fn grid(view: &View) -> (Vec<String>, Vec<Vec<String>>) {
    let single = view.series.len() == 1;
    let mut header = vec!["month".to_string()];
    for s in &view.series {
        header.push(clean(&s.key()));
    }
    if single {
        header.extend(["change_prev".to_string(), "change_year".to_string()]);
    }
    let mut rows = Vec::new();
    for month in view.months() {
        let mut row = vec![month.to_string()];
        for s in &view.series {
            row.push(ascii_cell(s.at(month)));
        }
        if let [s] = view.series.as_slice() {
            row.push(change_text(s.change_previous(month)));
            row.push(change_text(s.change(month, 12)));
        }
        rows.push(row);
    }
    (header, rows)
}

fn footer(view: &View) -> String {
    let mut out = String::new();
    for (i, s) in view.series.iter().enumerate() {
        let _ = writeln!(out, "{}: {}", clean(&s.key()), view.facts_text(i));
    }
    out
}

fn text_table(view: &View) -> String {
    let (header, rows) = grid(view);
    use crate::data::model::width::{display_width, pad};
    let mut widths: Vec<usize> = header.iter().map(|h| display_width(h)).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(display_width(cell));
        }
    }
    let line = |cells: &[String]| -> String {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| pad(c, *w, i == 0))
            .collect();
        parts.join("  ").trim_end().to_string()
    };
    let mut out = format!("{}\n", filter_line(view));
    out.push_str(&line(&header));
    out.push('\n');
    for row in &rows {
        out.push_str(&line(row));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&footer(view));
    out.push_str(&legend());
    out.push('\n');
    out
}

fn csv_table(view: &View) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["month".to_string()];
    for s in &view.series {
        let key = s.key();
        header.push(spreadsheet_cell(&key));
        header.push(spreadsheet_cell(&format!("{key}_qualifier")));
        header.push(spreadsheet_cell(&format!("{key}_disputed")));
    }
    let _ = w.write_record(&header);
    for month in view.months() {
        let mut row = vec![month.to_string()];
        for s in &view.series {
            match s.at(month) {
                Some(c) => {
                    row.push(crate::data::model::figure::format_plain(c.value()));
                    row.push(c.qualifier().key().to_string());
                    row.push(if c.conflict() { "yes" } else { "no" }.to_string());
                }
                None => row.extend([String::new(), String::new(), String::new()]),
            }
        }
        let _ = w.write_record(&row);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Rows as CSV for people: a header, then each cell through `text::spreadsheet_value` (a
/// plain number as it is; text cleaned, then neutralised), quoted by the csv crate where needed.
pub fn csv_rows<const N: usize>(
    header: &[&str; N],
    rows: impl Iterator<Item = [String; N]>,
) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut write = |cells: Vec<String>| w.write_record(cells).is_ok();
    let mut ok = write(header.iter().map(|h| spreadsheet_cell(h)).collect());
    for row in rows {
        ok &= write(row.iter().map(|c| spreadsheet_value(c)).collect());
    }
    match (ok, w.into_inner()) {
        (true, Ok(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
        // Writing into memory cannot fail short of running out of it.
        _ => String::new(),
    }
}
