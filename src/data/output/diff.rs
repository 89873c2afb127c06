//! `repdash diff` in its formats: text grouped by metric with counts first, CSV in long form
//! (one row a changed field), Markdown and JSON. Each only formats the [`Diff`] that
//! `query::diff` decided; every text from the data is cleaned, every CSV cell neutralised.

use std::fmt::Write as _;

use crate::data::model::figure::Figure;
use crate::data::model::figure::format_plain;
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
        "its months' shown figures changed".into(),
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
        c.cause.words().into(),
    ]
}

/// Long-form CSV: one row a changed field, cells cleaned and neutralised for spreadsheets.
pub fn csv(diff: &Diff) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(HEADER);
    for r in rows(diff) {
        let _ = w.write_record(r.iter().map(|c| spreadsheet_cell(c)));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Counts first (as OWID's data diff gives them), then each metric's changes.
pub fn text(diff: &Diff, (old, new): (&str, &str)) -> String {
    let mut out = format!("{} -> {}\n", clean(old), clean(new));
    if diff.is_empty() {
        out.push_str("no differences\n");
        return out;
    }
    let _ = writeln!(out, "{}", summary_line(diff));
    let all = rows(diff);
    let mut metrics: Vec<&String> = all.iter().map(|r| &r[1]).collect();
    metrics.dedup();
    let mut seen = Vec::new();
    for key in metrics {
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let mine: Vec<&Row> = all.iter().filter(|r| &r[1] == key).collect();
        let _ = writeln!(out, "{}: {} change(s)", clean(key), mine.len());
        for r in mine {
            let _ = writeln!(out, "  {}", clean(&row_words(r)));
        }
    }
    out
}

/// "readings: 2 added, 1 removed, 1 changed, 1 moved; shown figures: 3 changed; series
/// facts: 1 changed".
pub fn summary_line(diff: &Diff) -> String {
    let count = |f: fn(&ReadingChange) -> bool| diff.readings.iter().filter(|c| f(c)).count();
    format!(
        "readings: {} added, {} removed, {} changed, {} moved to another source; shown figures: {} changed; series facts: {} changed",
        count(|c| matches!(c, ReadingChange::Added(_))),
        count(|c| matches!(c, ReadingChange::Removed(_))),
        count(|c| matches!(c, ReadingChange::Changed(..))),
        count(|c| matches!(c, ReadingChange::Moved(..))),
        diff.shown.len(),
        diff.facts.len()
    )
}

/// An empty cell as the gap mark.
fn dot(s: &str) -> String {
    if s.is_empty() {
        "·".to_string()
    } else {
        s.to_string()
    }
}

fn row_words(r: &Row) -> String {
    let art = if r[2].is_empty() {
        String::new()
    } else {
        format!(" art. {}", r[2])
    };
    let show = dot;
    match (r[3].as_str(), r[4].as_str()) {
        ("shown", _) => format!(
            "{}{art} shown figure {} -> {} ({}; was {}, now {})",
            r[0],
            show(&r[5]),
            show(&r[6]),
            r[9],
            show(&r[7]),
            show(&r[8])
        ),
        ("series", field) => format!(
            "{}{art} {field}: {} -> {} ({})",
            r[0],
            show(&r[5]),
            show(&r[6]),
            r[9]
        ),
        (_, "reading") if r[5].is_empty() => {
            format!("{}{art} reading added: {} ({})", r[0], r[6], r[8])
        }
        (_, "reading") => format!("{}{art} reading removed: {} ({})", r[0], r[5], r[7]),
        (_, field) => format!(
            "{}{art} reading {field}: {} -> {} ({})",
            r[0],
            show(&r[5]),
            show(&r[6]),
            r[8]
        ),
    }
}

/// A Markdown table of the rows, under the counts.
pub fn md(diff: &Diff, (old, new): (&str, &str)) -> String {
    let mut out = format!(
        "# Changes: {} -> {}\n\n{}\n\n",
        clean(old),
        clean(new),
        summary_line(diff)
    );
    out.push_str("| month | metric | article | level | field | old | new | cause |\n|---|---|---|---|---|---|---|---|\n");
    for r in rows(diff) {
        let cell = |i: usize| clean(&r[i]).replace('|', "\\|");
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            cell(0),
            cell(1),
            cell(2),
            cell(3),
            cell(4),
            cell(5),
            cell(6),
            cell(9)
        );
    }
    out
}

/// JSON: the counts and every row as an object with the CSV's keys.
pub fn json(diff: &Diff, (old, new): (&str, &str)) -> String {
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
