//! The current view as CSV, written atomically: a temp file in the target directory, then a
//! rename, so a crash leaves the old file or the new one, never half of one.

use crate::data::model::columns::EXPORT_HEADER;
use crate::data::model::figure::format_plain;
use crate::data::model::text::spreadsheet_cell;
pub use crate::data::output::csv::atomic::{ExportError, write_atomic};
pub use crate::data::output::csv::figures::{export_figures, figures_to_csv};
use crate::data::query::derived::{change_previous_by_source, source_changes_text};
use crate::data::query::series::Series;
use crate::data::query::view::{View, change_marks, other_sources};

/// Which rows a view export holds. Tidy by default: one row per month per metric, so a
/// spreadsheet `SUM` over the value column never counts a range aggregate twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewRows {
    /// Month rows only.
    Months,
    /// Month rows, then one range row per series (`--totals`).
    MonthsAndTotals,
    /// Range rows only (`--rows totals`).
    Totals,
}

/// The view as CSV bytes, text cells neutralised for spreadsheets, and the rows written.
pub fn to_csv(view: &View, rows: ViewRows) -> (Vec<u8>, usize) {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(EXPORT_HEADER);
    let mut n = 0;
    if rows != ViewRows::Totals {
        for s in &view.series {
            for month in view.months() {
                let _ = w.write_record(month_row(s, month));
                n += 1;
            }
        }
    }
    if rows != ViewRows::Months {
        for (i, s) in view.series.iter().enumerate() {
            let _ = w.write_record(range_row(view, s, i));
            n += 1;
        }
    }
    (w.into_inner().unwrap_or_default(), n)
}

/// A text cell of an export for people: cleaned, then neutralised (one function for every
/// such CSV, `text::spreadsheet_cell`).
fn text(cell: &str) -> String {
    spreadsheet_cell(cell)
}

/// How many months the change on the previous month with data spans (`1` for the month just
/// before, empty without a change).
fn span(s: &Series, month: crate::data::model::month::Month) -> String {
    s.change_previous(month)
        .map_or(String::new(), |c| c.spans.unwrap_or(1).to_string())
}

fn change(c: Option<crate::data::query::series::Change>) -> String {
    c.map(|c| format_plain(c.delta)).unwrap_or_default()
}

fn month_row(s: &Series, month: crate::data::model::month::Month) -> Vec<String> {
    let mut row = vec![
        "month".to_string(),
        month.to_string(),
        text(&s.metric.key),
        text(&s.article),
    ];
    match s.at(month) {
        None => row.extend(std::iter::repeat_n(String::new(), 16)),
        Some(c) => {
            let f = &c.primary;
            // A sum of dated batches refers to no single day.
            let as_of = if c.figure.batches > 1 { "" } else { &f.as_of };
            row.extend([
                format_plain(c.value()),
                c.qualifier().key().to_string(),
                as_of.to_string(),
                change(s.change_previous(month)),
                change(s.change(month, 12)),
                c.source_count().to_string(),
                if c.conflict() { "yes" } else { "no" }.to_string(),
                text(&f.source_url),
                text(&f.source_title),
                text(&f.published),
                text(&f.note),
                text(&other_sources(&c)),
                change_marks(s.change_previous(month)),
                change_marks(s.change(month, 12)),
                text(&source_changes_text(&change_previous_by_source(s, month))),
                span(s, month),
            ]);
        }
    }
    row
}

fn range_row(view: &View, s: &Series, i: usize) -> Vec<String> {
    use crate::data::query::series::Aggregate;
    let agg = s.aggregate();
    let (value, qualifier) = match &agg {
        Aggregate::Last {
            value, qualifier, ..
        }
        | Aggregate::Sum {
            value, qualifier, ..
        } => (format_plain(*value), qualifier.key().to_string()),
        Aggregate::NoData => (String::new(), String::new()),
    };
    let mut row = vec![
        "range".to_string(),
        view.filter.range.to_string(),
        text(&s.metric.key),
        text(&s.article),
        value,
        qualifier,
    ];
    row.extend(std::iter::repeat_n(String::new(), 8));
    row.push(text(&view.facts_text(i)));
    row.extend(std::iter::repeat_n(String::new(), 5));
    row
}

/// Columns of a case-register export (the cases.csv columns).
pub const CASES_EXPORT_HEADER: [&str; 9] = crate::data::model::columns::CASES_HEADER;

/// Cases as CSV bytes, text cells neutralised for spreadsheets.
pub fn cases_to_csv<'a>(
    cases: impl IntoIterator<Item = &'a crate::data::load::cases::Case>,
) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(CASES_EXPORT_HEADER);
    for c in cases {
        let _ = w.write_record(case_record(c).iter().map(|cell| cell.as_bytes()));
    }
    w.into_inner().unwrap_or_default()
}

/// One case as an export row: text cells cleaned and neutralised for spreadsheets, the
/// sentence a plain number. The one row writer of the in-memory and the streamed export.
pub fn case_record(c: &crate::data::load::cases::Case) -> [std::borrow::Cow<'_, str>; 9] {
    use crate::data::model::text::spreadsheet_text;
    [
        spreadsheet_text(&c.date),
        c.month.to_string().into(),
        spreadsheet_text(&c.person),
        spreadsheet_text(&c.event),
        text(&c.articles.join(";")).into(),
        c.sentence_months
            .map(format_plain)
            .unwrap_or_default()
            .into(),
        spreadsheet_text(&c.court),
        spreadsheet_text(&c.source_url),
        spreadsheet_text(&c.note),
    ]
}

/// A default file name that says what is in it: `repdash-prisoners-political_prisoners-2024-01..2024-12-art411.csv`.
pub fn default_file_name(tab: &str, metric: &str, view: &View) -> String {
    let mut name = format!("repdash-{tab}-{metric}-{}", view.filter.range);
    if let Some(a) = &view.filter.article {
        name.push_str(&format!("-art{a}"));
    }
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{safe}.csv")
}
