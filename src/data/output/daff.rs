//! The Frictionless tabular diff (daff's format) of a [`Diff`]'s readings: a CSV whose first
//! column says what happened to the row (`+++` added, `---` removed, `->` changed, with each
//! changed cell written `old->new`), which daff and the tools around it render and apply.
//! Also the formats `repdash diff` writes, since this one is its own.

use crate::data::model::figure::{Figure, format_plain};
use crate::data::model::text::spreadsheet_cell;
use crate::data::query::diff::{Diff, ReadingChange};

/// What `repdash diff` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffFormat {
    /// Counts first, then each metric's changes.
    Text,
    /// Long form: one row a changed field.
    Csv,
    /// A Markdown table.
    Md,
    /// The schema's JSON.
    Json,
    /// The Frictionless tabular diff of the readings.
    Daff,
}

impl DiffFormat {
    /// Every format, for the command line's choices.
    pub const ALL: [DiffFormat; 5] = [
        DiffFormat::Text,
        DiffFormat::Csv,
        DiffFormat::Md,
        DiffFormat::Json,
        DiffFormat::Daff,
    ];

    /// The format's one spelling (`--format daff`).
    pub fn key(self) -> &'static str {
        match self {
            DiffFormat::Text => "text",
            DiffFormat::Csv => "csv",
            DiffFormat::Md => "md",
            DiffFormat::Json => "json",
            DiffFormat::Daff => "daff",
        }
    }

    /// Whether people read it (text, Markdown), so it is written in the reader's language.
    pub fn speaks_the_readers_language(self) -> bool {
        matches!(self, DiffFormat::Text | DiffFormat::Md)
    }
}

/// The reading columns, after daff's action column `@@`.
const COLUMNS: [&str; 11] = [
    "@@",
    "month",
    "metric",
    "article",
    "source_url",
    "as_of",
    "value",
    "qualifier",
    "source_title",
    "published",
    "note",
];

fn cells(f: &Figure) -> [String; 10] {
    [
        f.month.to_string(),
        f.metric.to_string(),
        f.article.to_string(),
        f.source_url.to_string(),
        f.as_of.to_string(),
        format_plain(f.value),
        f.qualifier.key().to_string(),
        f.source_title.to_string(),
        f.published.to_string(),
        f.note.to_string(),
    ]
}

/// One daff row: the action, then the cells (old->new where they differ).
fn row(change: &ReadingChange) -> Vec<String> {
    let paired = |a: &Figure, b: &Figure| {
        let (a, b) = (cells(a), cells(b));
        let mut out = vec!["->".to_string()];
        out.extend(a.iter().zip(&b).map(|(x, y)| match x == y {
            true => x.clone(),
            false => format!("{x}->{y}"),
        }));
        out
    };
    let one = |action: &str, f: &Figure| {
        let mut out = vec![action.to_string()];
        out.extend(cells(f));
        out
    };
    match change {
        ReadingChange::Added(f) => one("+++", f),
        ReadingChange::Removed(f) => one("---", f),
        ReadingChange::Moved(a, b) => paired(a, b),
        ReadingChange::Changed(new, fields) => {
            // The old reading is the new one with the changed fields as they were.
            let mut out = paired(new, new);
            for (field, old, now) in fields {
                let at = match *field {
                    "value" => 6,
                    "source_title" => 8,
                    "published" => 9,
                    _ => 10,
                };
                out[at] = format!("{old}->{now}");
            }
            out
        }
    }
}

/// The readings that differ as a tabular diff, cells neutralised for spreadsheets (the
/// action column keeps its marks: `+++`, `---`, `->` are daff's words, not formulas).
pub fn daff(diff: &Diff) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(COLUMNS);
    for change in &diff.readings {
        let r = row(change);
        let safe = r.iter().enumerate().map(|(i, c)| match i {
            0 => c.clone(),
            _ => spreadsheet_cell(c),
        });
        let _ = w.write_record(safe);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
