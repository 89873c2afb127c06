//! `repdash diff` for people, in the reader's language: text grouped by metric with counts
//! first, and a Markdown table; the same rows as the CSV, from [`rows`].

use std::fmt::Write as _;

use crate::data::model::plural::form;
use crate::data::model::text::clean;
use crate::data::output::diff::{Row, rows};
use crate::data::query::diff::{Diff, ReadingChange};
use crate::tr;

/// Counts first (as OWID's data diff gives them), then each metric's changes.
pub fn text(diff: &Diff, (old, new): (&str, &str)) -> String {
    let mut out = format!("{} -> {}\n", clean(old), clean(new));
    if diff.is_empty() {
        out.push_str(&tr!("diff-none"));
        out.push('\n');
        return out;
    }
    let _ = writeln!(out, "{}", summary_line(diff));
    let all = rows(diff);
    // Metrics in their first row's order, each once.
    let mut metrics: Vec<&String> = Vec::new();
    for r in &all {
        if !metrics.contains(&&r[1]) {
            metrics.push(&r[1]);
        }
    }
    for key in metrics {
        let mine: Vec<&Row> = all.iter().filter(|r| &r[1] == key).collect();
        let (n, form) = (mine.len().to_string(), form(mine.len()));
        let _ = writeln!(
            out,
            "{}",
            tr!("diff-metric", key = clean(key), n = n, form = form)
        );
        for r in mine {
            let _ = writeln!(out, "  {}", clean(&row_words(r)));
        }
    }
    out
}

/// "readings: 2 added, 1 removed, 1 changed, 1 moved; shown figures: 3 changed; series
/// facts: 1 changed".
pub fn summary_line(diff: &Diff) -> String {
    let count = |f: fn(&ReadingChange) -> bool| {
        let n = diff.readings.iter().filter(|c| f(c)).count();
        n.to_string()
    };
    tr!(
        "diff-summary",
        added = count(|c| matches!(c, ReadingChange::Added(_))),
        removed = count(|c| matches!(c, ReadingChange::Removed(_))),
        changed = count(|c| matches!(c, ReadingChange::Changed(..))),
        moved = count(|c| matches!(c, ReadingChange::Moved(..))),
        shown = diff.shown.len().to_string(),
        facts = diff.facts.len().to_string()
    )
}

/// An empty cell as the gap mark.
pub fn dot(s: &str) -> String {
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
        tr!("diff-art", article = r[2].clone())
    };
    let (month, old, new) = (r[0].clone(), dot(&r[5]), dot(&r[6]));
    match (r[3].as_str(), r[4].as_str()) {
        ("shown", _) => tr!(
            "diff-shown",
            month = month,
            art = art,
            old = old,
            new = new,
            cause = r[9].clone(),
            was = dot(&r[7]),
            now = dot(&r[8])
        ),
        ("series", field) => tr!(
            "diff-series",
            month = month,
            art = art,
            field = field,
            old = old,
            new = new,
            cause = r[9].clone()
        ),
        _ => reading_words(r, art),
    }
}

/// A reading's change: added, removed, or one field of it changed.
fn reading_words(r: &Row, art: String) -> String {
    let (month, old, new) = (r[0].clone(), dot(&r[5]), dot(&r[6]));
    match r[4].as_str() {
        "reading" if r[5].is_empty() => tr!(
            "diff-added",
            month = month,
            art = art,
            new = r[6].clone(),
            source = r[8].clone()
        ),
        "reading" => tr!(
            "diff-removed",
            month = month,
            art = art,
            old = r[5].clone(),
            source = r[7].clone()
        ),
        field => tr!(
            "diff-field",
            month = month,
            art = art,
            field = field,
            old = old,
            new = new,
            source = r[8].clone()
        ),
    }
}

/// A Markdown table of the rows, under the counts.
pub fn md(diff: &Diff, (old, new): (&str, &str)) -> String {
    let title = tr!("diff-md-title", old = clean(old), new = clean(new));
    let mut out = format!("# {title}\n\n{}\n\n", summary_line(diff));
    let _ = writeln!(
        out,
        "{}\n|---|---|---|---|---|---|---|---|",
        tr!("diff-md-head")
    );
    for r in rows(diff) {
        let cells: Vec<String> = [0, 1, 2, 3, 4, 5, 6, 9]
            .iter()
            .map(|&i| clean(&r[i]).replace('|', "\\|"))
            .collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out
}
