//! What the dashboard says of a figure revised since the `--since` version: "was 1,452 until
//! 2024-06-30 (HEAD~1: spring96.org, as of 2024-05-31); now 1,460: a new reading outranks
//! the old". Formats the change `query::diff` decided; data text is cleaned.

use crate::data::model::figure::host;
use crate::data::model::text::{clean, format_number};
use crate::data::query::diff::ShownChange;
use crate::data::query::diff_cause::Shown;
use crate::tr;

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
        tr!("was-as-of", day = p.as_of.to_string())
    };
    format!("{}{day}", clean(host(&p.source_url)))
}

/// The figure before and after, with the version's name and day and the cause.
pub fn was_words(c: &ShownChange, word: &str, day: Option<&str>) -> String {
    let version = clean(word);
    let was = match (&c.old, day) {
        (Some(s), Some(d)) => tr!(
            "was-until",
            figure = figure_words(s),
            day = d,
            version = version,
            source = source_words(s)
        ),
        (Some(s), None) => tr!(
            "was-in-version",
            figure = figure_words(s),
            version = version,
            source = source_words(s)
        ),
        (None, Some(d)) => tr!("none-until", day = d, version = version),
        (None, None) => tr!("none-in-version", version = version),
    };
    let now = match &c.new {
        Some(s) => tr!(
            "now-figure",
            figure = figure_words(s),
            source = source_words(s)
        ),
        None => tr!("now-no-figure"),
    };
    tr!("was-and-now", was = was, now = now, cause = c.cause.words())
}
