//! `repdash history METRIC MONTH` as text and JSON: each commit that changed the month's
//! readings or shown figure, with its day, short hash and subject, the figure before and
//! after and the cause, as `query::diff` decided them.

use std::fmt::Write as _;

use crate::data::load::git_history::FileVersion;
use crate::data::model::text::clean;
use crate::data::output::diff::{rows, summary_line};
use crate::data::query::diff::Diff;

/// One commit's change: (day, short hash, subject, old figure, new figure, cause, source).
fn fields(v: &FileVersion, d: &Diff) -> [String; 7] {
    let shown = rows(d).into_iter().find(|r| r[3] == "shown");
    let (old, new, cause, source) = match shown {
        Some(r) => (r[5].clone(), r[6].clone(), r[9].clone(), r[8].clone()),
        None => (
            String::new(),
            String::new(),
            "readings only".to_string(),
            String::new(),
        ),
    };
    [
        v.date.clone(),
        v.short.clone(),
        v.subject.clone(),
        old,
        new,
        cause,
        source,
    ]
}

/// Oldest first: "2024-02-06 a1b2c3d correct January: 1429 -> 1430 (the reading shown was
/// corrected; https://...)", and the readings' counts under each.
pub fn text(what: &str, changes: &[(FileVersion, Diff)]) -> String {
    let mut out = format!(
        "{}: {} revision(s) changed it\n",
        clean(what),
        changes.len()
    );
    for (v, d) in changes {
        let [date, short, subject, old, new, cause, source] = fields(v, d);
        let dot = |s: &str| {
            if s.is_empty() {
                "·".to_string()
            } else {
                s.to_string()
            }
        };
        let _ = writeln!(
            out,
            "{date} {short} {}: {} -> {} ({cause}{})",
            clean(&subject),
            dot(&old),
            dot(&new),
            if source.is_empty() {
                String::new()
            } else {
                format!("; {}", clean(&source))
            }
        );
        let _ = writeln!(out, "  {}", summary_line(d));
    }
    out
}

/// The same as JSON: one object per commit.
pub fn json(what: &str, changes: &[(FileVersion, Diff)]) -> String {
    let list: Vec<serde_json::Value> = changes
        .iter()
        .map(|(v, d)| {
            let [date, short, subject, old, new, cause, source] = fields(v, d);
            serde_json::json!({
                "date": date, "commit": short, "subject": clean(&subject), "old": old,
                "new": new, "cause": cause, "source": clean(&source),
                "readings": summary_line(d),
            })
        })
        .collect();
    let doc = serde_json::json!({
        "schema": crate::data::output::json_values::SCHEMA,
        "kind": "history",
        "of": clean(what),
        "revisions": list,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
