//! `repdash history METRIC MONTH` as text and JSON: each commit that changed the month's
//! readings or shown figure, with its day, short hash and subject, the figure before and
//! after and the cause, as `query::diff` decided them.

use std::fmt::Write as _;

use crate::data::load::git_history::FileVersion;
use crate::data::model::lang::{Lang, with};
use crate::data::model::plural::form;
use crate::data::model::text::clean;
use crate::data::output::diff::rows;
use crate::data::output::diff_text::{dot, summary_line};
use crate::data::query::diff::Diff;
use crate::tr;

/// One commit's change: (day, short hash, subject, old figure, new figure, cause, source).
fn fields(v: &FileVersion, d: &Diff) -> [String; 7] {
    let shown = rows(d).into_iter().find(|r| r[3] == "shown");
    let (old, new, cause, source) = match shown {
        Some(r) => (r[5].clone(), r[6].clone(), r[9].clone(), r[8].clone()),
        None => (
            String::new(),
            String::new(),
            tr!("hist-readings-only"),
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
    let (n, form) = (changes.len().to_string(), form(changes.len()));
    let mut out = tr!("hist-head", what = clean(what), n = n, form = form) + "\n";
    for (v, d) in changes {
        let [date, short, subject, old, new, cause, source] = fields(v, d);
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

/// The same as JSON: one object per commit, its words English in every language.
pub fn json(what: &str, changes: &[(FileVersion, Diff)]) -> String {
    with(Lang::En, || json_doc(what, changes))
}

fn json_doc(what: &str, changes: &[(FileVersion, Diff)]) -> String {
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
