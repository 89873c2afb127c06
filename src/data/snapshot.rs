//! One month snapshot file (`data/snapshots/YYYY-MM.csv`) into typed figures.

use std::collections::HashMap;

use serde::Deserialize;

use super::catalog::Catalog;
use super::csvfile::{self, Record};
use super::figure::Figure;
use super::month::Month;
use super::problem::Problem;
use super::text::shown;

/// Columns of a snapshot file, in order.
pub const SNAPSHOT_HEADER: [&str; 8] = [
    "metric",
    "article",
    "value",
    "qualifier",
    "source_url",
    "source_title",
    "published",
    "note",
];

/// A snapshot row before validation; serde maps it from the header.
#[derive(Deserialize)]
struct RawRow<'a> {
    metric: &'a str,
    article: &'a str,
    value: &'a str,
    qualifier: &'a str,
    source_url: &'a str,
    source_title: &'a str,
    published: &'a str,
    note: &'a str,
}

/// The snapshot header as a record, for serde mapping.
pub fn snapshot_header() -> csv::StringRecord {
    csv::StringRecord::from(SNAPSHOT_HEADER.to_vec())
}

/// The month a snapshot file is about, from its name (`2024-01.csv`).
pub fn month_of_file(file_name: &str) -> Result<Month, Problem> {
    let stem = file_name
        .strip_suffix(".csv")
        .ok_or_else(|| Problem::file(file_name, "snapshot file name must be YYYY-MM.csv"))?;
    stem.parse::<Month>()
        .map_err(|_| Problem::file(file_name, "bad month in file name (expected YYYY-MM.csv)"))
}

/// Parses a month's snapshot; valid rows are returned, every bad one is added to `problems`.
pub fn parse_snapshot(
    name: &str,
    month: Month,
    bytes: &[u8],
    catalog: Option<&Catalog>,
    problems: &mut Vec<Problem>,
) -> Vec<Figure> {
    let text = match csvfile::decode(name, bytes) {
        Ok(t) => t,
        Err(p) => {
            problems.push(p);
            return Vec::new();
        }
    };
    let Some(records) = csvfile::read_records(name, text, &SNAPSHOT_HEADER, problems) else {
        return Vec::new();
    };
    if records.is_empty() {
        problems.push(Problem::file(name, "empty file: header but no figures"));
    }
    let header = snapshot_header();
    let mut seen: HashMap<Vec<&str>, u64> = HashMap::new();
    let mut figures = Vec::with_capacity(records.len());
    for rec in &records {
        if let Some(first) = seen.insert(rec.fields.iter().collect(), rec.line) {
            let msg = format!("duplicate of line {first} (identical row)");
            problems.push(Problem::at(name, rec.line, None, msg));
            continue;
        }
        if let Some(f) = parse_row(name, month, rec, &header, catalog, problems) {
            figures.push(f);
        }
    }
    figures
}

/// Validates one record with the snapshot columns into a figure; problems name file and line.
pub fn parse_row(
    name: &str,
    month: Month,
    rec: &Record,
    header: &csv::StringRecord,
    catalog: Option<&Catalog>,
    problems: &mut Vec<Problem>,
) -> Option<Figure> {
    let raw: RawRow = match rec.fields.deserialize(Some(header)) {
        Ok(r) => r,
        Err(e) => {
            problems.push(Problem::at(
                name,
                rec.line,
                None,
                format!("unreadable row: {e}"),
            ));
            return None;
        }
    };
    let before = problems.len();
    let mut bad = |field: &str, msg: String| {
        problems.push(Problem::at(name, rec.line, Some(field), msg));
    };
    if let Some(cat) = catalog
        && cat.metric(raw.metric).is_none()
    {
        bad(
            "metric",
            format!(
                "unknown metric \"{}\" (not in metrics.csv)",
                shown(raw.metric)
            ),
        );
    }
    check_article(raw.article, &mut bad);
    let value = csvfile::parse_value(raw.value);
    if value.is_none() {
        bad(
            "value",
            format!("value \"{}\" is not a number", shown(raw.value)),
        );
    }
    let qualifier = raw
        .qualifier
        .parse()
        .map_err(|e| bad("qualifier", format!("{e}")))
        .ok();
    check_source(raw.source_url, raw.published, &mut bad);
    if problems.len() > before {
        return None;
    }
    Some(Figure {
        month,
        metric: raw.metric.to_string(),
        article: raw.article.to_string(),
        value: value?,
        qualifier: qualifier?,
        source_url: raw.source_url.to_string(),
        source_title: raw.source_title.to_string(),
        published: raw.published.to_string(),
        note: raw.note.to_string(),
    })
}

/// Articles are code numbers (`342`, `361-1`, `24.23`, `adm:19.11`, combined with `+`).
pub fn article_is_valid(article: &str) -> bool {
    article
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '+' | ':'))
}

fn check_article(article: &str, bad: &mut impl FnMut(&str, String)) {
    if !article_is_valid(article) {
        let shown = super::text::clean(article);
        bad(
            "article",
            format!("article \"{shown}\" is not an article number"),
        );
    }
}

fn check_source(url: &str, published: &str, bad: &mut impl FnMut(&str, String)) {
    if url.trim().is_empty() {
        bad(
            "source_url",
            "missing source URL: every figure needs one".to_string(),
        );
    } else if url
        .chars()
        .any(|c| c.is_whitespace() || super::text::is_unsafe(c))
    {
        bad(
            "source_url",
            "source URL contains spaces or control characters".to_string(),
        );
    }
    if !published.is_empty() && chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").is_err() {
        let shown = super::text::clean(published);
        bad(
            "published",
            format!("published \"{shown}\" is not a date (YYYY-MM-DD)"),
        );
    }
}
