//! The brief's "Revised since" section (`report --since REV`): each figure of the period whose
//! shown value changed since that version, old and new with both sources and the cause, as
//! `query::diff` decided; the same rows in Markdown, HTML and JSON.

use std::fmt::Write as _;

use crate::data::model::text::clean;
use crate::data::output::diff::rows;
use crate::data::output::diff_text::dot;
use crate::data::query::brief::Brief;
use crate::data::query::diff::{Diff, ShownChange};
use crate::tr;

/// (figure, month, was, now, cause, old source, new source) for each revised figure.
fn lines(changes: &[(String, ShownChange)]) -> Vec<[String; 7]> {
    changes
        .iter()
        .filter_map(|(label, c)| {
            let d = Diff {
                readings: Vec::new(),
                shown: vec![c.clone()],
                facts: Vec::new(),
            };
            let r = rows(&d).into_iter().next()?;
            let art = if r[2].is_empty() {
                String::new()
            } else {
                format!(" · {}", r[2])
            };
            Some([
                clean(&format!("{label}{art}")),
                r[0].clone(),
                dot(&r[5]),
                dot(&r[6]),
                r[9].clone(),
                clean(&dot(&r[7])),
                clean(&dot(&r[8])),
            ])
        })
        .collect()
}

/// The section's column names in the reader's language.
fn head() -> Vec<String> {
    tr!("rev-head").split('|').map(str::to_string).collect()
}

/// The Markdown section, or nothing without `--since`.
pub fn md(brief: &Brief, out: &mut String) {
    let Some((since, changes)) = &brief.revised else {
        return;
    };
    let _ = writeln!(out, "## {}\n", tr!("rev-title", since = clean(since)));
    if changes.is_empty() {
        let _ = writeln!(out, "{}\n", tr!("rev-none"));
        return;
    }
    let _ = writeln!(
        out,
        "| {} |\n|---|---|---|---|---|---|---|",
        head().join(" | ")
    );
    for l in lines(changes) {
        let cells: Vec<String> = l.iter().map(|c| c.replace('|', "\\\\|")).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

/// The HTML section, or nothing without `--since`; `html_text` is the HTML writer's escaping.
pub fn html(brief: &Brief, out: &mut String, html_text: fn(&str) -> String) {
    let Some((since, changes)) = &brief.revised else {
        return;
    };
    let title = tr!("rev-title", since = since.to_string());
    let _ = writeln!(out, "<h2>{}</h2>", html_text(&title));
    if changes.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", html_text(&tr!("rev-none")));
        return;
    }
    let th: String = head()
        .iter()
        .map(|h| format!("<th>{}</th>", html_text(h)))
        .collect();
    let _ = writeln!(out, "<table><tr>{th}</tr>");
    for l in lines(changes) {
        let cells: String = l
            .iter()
            .map(|c| format!("<td>{}</td>", html_text(c)))
            .collect();
        let _ = writeln!(out, "<tr>{cells}</tr>");
    }
    out.push_str("</table>\n");
}

/// The JSON value: `null` without `--since`, else the version and the revised figures.
pub fn json(brief: &Brief) -> serde_json::Value {
    let Some((since, changes)) = &brief.revised else {
        return serde_json::Value::Null;
    };
    let keys = [
        "figure", "month", "was", "now", "cause", "was_from", "now_from",
    ];
    let list: Vec<serde_json::Value> = lines(changes)
        .iter()
        .map(|l| {
            let pairs = keys
                .iter()
                .zip(l)
                .map(|(k, v)| (k.to_string(), v.clone().into()));
            serde_json::Value::Object(pairs.collect())
        })
        .collect();
    serde_json::json!({ "since": clean(since), "figures": list })
}
