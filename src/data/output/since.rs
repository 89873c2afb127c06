//! What the dashboard says of a figure revised since the `--since` version: "was 1,452 until
//! 2024-06-30 (HEAD~1: spring96.org, as of 2024-05-31); now 1,460: a new reading outranks
//! the old". Formats the change `query::diff` decided; data text is cleaned.

use crate::data::model::figure::host;
use crate::data::model::text::{clean, format_number};
use crate::data::query::diff::ShownChange;
use crate::data::query::diff_cause::Shown;

/// A shown figure with its qualifier and conflict marks, thousands grouped as on screen.
fn figure_words(s: &Shown) -> String {
    let f = &s.figure;
    let disputed = if f.disputed { "≠" } else { "" };
    format!("{}{}{disputed}", f.qualifier.mark(), format_number(f.value))
}

/// Where a shown figure was read: the source's host and the reading's day.
fn source_words(s: &Shown) -> String {
    let p = &s.primary;
    let day = if p.as_of.is_empty() {
        String::new()
    } else {
        format!(", as of {}", p.as_of)
    };
    format!("{}{day}", clean(host(&p.source_url)))
}

/// The figure before and after, with the version's name and day and the cause.
pub fn was_words(c: &ShownChange, word: &str, day: Option<&str>) -> String {
    let when = match day {
        Some(d) => format!("until {d} ({}", clean(word)),
        None => format!("in version {} (", clean(word)),
    };
    let was = match &c.old {
        Some(s) => format!("was {} {when}: {})", figure_words(s), source_words(s)),
        None => format!("no figure {when})"),
    };
    let now = match &c.new {
        Some(s) => format!("now {} ({})", figure_words(s), source_words(s)),
        None => "now no figure".to_string(),
    };
    format!("{was}; {now}: {}", c.cause.words())
}
