//! `repdash diff` as rows, and the rows as CSV in long form (one row a changed field) and
//! JSON, in English words in every language; `diff_text` writes the same rows for people.
//! Each only formats the [`Diff`] that `query::diff` decided; every text from the data is
//! cleaned, every CSV cell neutralised.

use crate::data::model::figure::Figure;
use crate::data::model::figure::format_plain;
use crate::data::model::lang::{Lang, with};
use crate::data::model::text::{clean, spreadsheet_cell};
use crate::data::query::diff::{Diff, ReadingChange, ShownChange};
use crate::data::query::diff_cause::Shown;
use crate::data::query::diff_facts::FactChange;

/// One changed thing as a row: month, metric, article, level, field, old, new, old source,
/// new source, cause. Every format is made from these rows.
pub type Row = [String; 10];

/// The CSV header: `level` is `reading`, `shown` or `series` (a year's fact; its `month`
/// cell holds the year's range, `2023-01..2023-12`).
pub const HEADER: [&str; 10] = [
    "month",
    "metric",
    "article",
    "level",
    "field",
    "old",
    "new",
    "old_source",
    "new_source",
    "cause",
];

fn figure_text(s: &Shown) -> String {
    // Plain numbers (1429, not 1,429): the CSV's cells stay numbers a spreadsheet reads.
    let mut out = format!(
        "{}{}",
        s.figure.qualifier.mark(),
        format_plain(s.figure.value)
    );
    if s.figure.disputed {
        out.push('≠');
    }
    out
}

fn reading_text(f: &Figure) -> String {
    format!("{}{}", f.qualifier.mark(), format_plain(f.value))
}

fn at(f: &Figure) -> [String; 3] {
    [
        f.month.to_string(),
        f.metric.to_string(),
        f.article.to_string(),
    ]
}

/// The rows of every reading change, then of every shown-figure change.
pub fn rows(diff: &Diff) -> Vec<Row> {
    let mut out: Vec<Row> = diff.readings.iter().flat_map(reading_rows).collect();
    out.extend(diff.shown.iter().map(shown_row));
    out.extend(diff.facts.iter().map(fact_row));
    out
}

fn fact_row(c: &FactChange) -> Row {
    [
        c.period.to_string(),
        c.at.0.clone(),
        c.at.1.clone(),
        "series".into(),
        c.field.into(),
        c.old.clone(),
        c.new.clone(),
        String::new(),
        String::new(),
        crate::tr!("cause-series"),
    ]
}

fn reading_rows(c: &ReadingChange) -> Vec<Row> {
    let row = |f: &Figure, field: &str, old: String, new: String, src: (String, String)| {
        let [m, k, a] = at(f);
        [
            m,
            k,
            a,
            "reading".into(),
            field.into(),
            old,
            new,
            src.0,
            src.1,
            String::new(),
        ]
    };
    let url = |f: &Figure| f.source_url.to_string();
    match c {
        ReadingChange::Added(f) => vec![row(
            f,
            "reading",
            String::new(),
            reading_text(f),
            (String::new(), url(f)),
        )],
        ReadingChange::Removed(f) => vec![row(
            f,
            "reading",
            reading_text(f),
            String::new(),
            (url(f), String::new()),
        )],
        ReadingChange::Moved(a, b) => vec![row(b, "source_url", url(a), url(b), (url(a), url(b)))],
        ReadingChange::Changed(f, fields) => fields
            .iter()
            .map(|(field, old, new)| row(f, field, old.clone(), new.clone(), (url(f), url(f))))
            .collect(),
    }
}

fn shown_row(c: &ShownChange) -> Row {
    let (m, k, a) = &c.at;
    let text = |s: &Option<Shown>| s.as_ref().map(figure_text).unwrap_or_default();
    let src = |s: &Option<Shown>| {
        s.as_ref()
            .map(|s| s.primary.source_url.to_string())
            .unwrap_or_default()
    };
    [
        m.to_string(),
        k.clone(),
        a.clone(),
        "shown".into(),
        "figure".into(),
        text(&c.old),
        text(&c.new),
        src(&c.old),
        src(&c.new),
        c.cause.words(),
    ]
}

/// Long-form CSV: one row a changed field, cells cleaned and neutralised for spreadsheets,
/// its words (the causes) English in every language.
pub fn csv(diff: &Diff) -> String {
    with(Lang::En, || csv_rows(diff))
}

fn csv_rows(diff: &Diff) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(HEADER);
    for r in rows(diff) {
        let _ = w.write_record(r.iter().map(|c| spreadsheet_cell(c)));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// JSON: the counts and every row as an object with the CSV's keys, in English words.
pub fn json(diff: &Diff, names: (&str, &str)) -> String {
    with(Lang::En, || json_doc(diff, names))
}

fn json_doc(diff: &Diff, (old, new): (&str, &str)) -> String {
    let changes: Vec<serde_json::Value> = rows(diff)
        .iter()
        .map(|r| {
            let pairs = HEADER
                .iter()
                .zip(r.iter())
                .map(|(k, v)| (k.to_string(), clean(v).into()));
            serde_json::Value::Object(pairs.collect())
        })
        .collect();
    let doc = serde_json::json!({
        "schema": crate::data::output::json_values::SCHEMA,
        "kind": "diff",
        "old": clean(old),
        "new": clean(new),
        "differences": !diff.is_empty(),
        "changes": changes,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
