//! One month snapshot file (`data/snapshots/YYYY-MM.csv`) into typed figures.

use rustc_hash::FxHashMap;

use serde::Deserialize;

use super::catalog::Catalog;
use super::csvfile::{self, Record};
use super::figure::Figure;
use super::intern::Interner;
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
    parse_snapshot_with(
        name,
        month,
        bytes,
        catalog,
        &mut Interner::default(),
        problems,
    )
}

/// [`parse_snapshot`] sharing texts through `interner` across files.
pub fn parse_snapshot_with(
    name: &str,
    month: Month,
    bytes: &[u8],
    catalog: Option<&Catalog>,
    interner: &mut Interner,
    problems: &mut Vec<Problem>,
) -> Vec<Figure> {
    let text = match csvfile::decode(name, bytes) {
        Ok(t) => t,
        Err(p) => {
            problems.push(p);
            return Vec::new();
        }
    };
    let header = snapshot_header();
    // Rows are compared by hash first; equal hashes are confirmed on the parsed figures.
    let mut seen: FxHashMap<u64, (usize, u64)> = FxHashMap::default();
    let mut figures: Vec<Figure> = Vec::new();
    let mut rows = 0usize;
    let readable = csvfile::for_each_record(
        name,
        text,
        &SNAPSHOT_HEADER,
        problems,
        |line, fields, problems| {
            rows += 1;
            let Some(f) = parse_row_with(
                name,
                month,
                (line, fields),
                &header,
                catalog,
                interner,
                problems,
            ) else {
                return;
            };
            let key = row_hash(fields);
            if let Some(&(i, first)) = seen.get(&key)
                && figures[i] == f
            {
                let msg = format!("duplicate of line {first} (identical row)");
                problems.push(Problem::at(name, line, None, msg));
                return;
            }
            seen.insert(key, (figures.len(), line));
            figures.push(f);
        },
    );
    if readable && rows == 0 {
        problems.push(Problem::file(name, "empty file: header but no figures"));
    }
    figures
}

fn row_hash(fields: &csv::StringRecord) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    for f in fields {
        f.hash(&mut h);
    }
    h.finish()
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
    parse_row_with(
        name,
        month,
        (rec.line, &rec.fields),
        header,
        catalog,
        &mut Interner::default(),
        problems,
    )
}

fn parse_row_with(
    name: &str,
    month: Month,
    (line, fields): (u64, &csv::StringRecord),
    header: &csv::StringRecord,
    catalog: Option<&Catalog>,
    interner: &mut Interner,
    problems: &mut Vec<Problem>,
) -> Option<Figure> {
    let raw: RawRow = match fields.deserialize(Some(header)) {
        Ok(r) => r,
        Err(e) => {
            problems.push(Problem::at(
                name,
                line,
                None,
                format!("unreadable row: {e}"),
            ));
            return None;
        }
    };
    let before = problems.len();
    let mut bad = |field: &str, msg: String| {
        problems.push(Problem::at(name, line, Some(field), msg));
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
        metric: interner.get(raw.metric),
        article: interner.get(raw.article),
        value: value?,
        qualifier: qualifier?,
        source_url: interner.get(raw.source_url),
        source_title: interner.get(raw.source_title),
        published: interner.get(raw.published),
        note: interner.get(raw.note),
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
    if !published.is_empty() && !super::events::is_date(published) {
        let shown = super::text::clean(published);
        bad(
            "published",
            format!("published \"{shown}\" is not a date (YYYY-MM-DD)"),
        );
    }
}
