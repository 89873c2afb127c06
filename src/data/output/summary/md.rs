//! `repdash summary --format md`: the view as a Markdown table for a report. Metrics are named
//! by their labels (keys in the notes below), values carry the marks `≥ > ~ ≠` and a gap is
//! `·`; `--changes` adds each series' change on the previous month, `--sources` a footnote
//! per figure. The legend is a plain paragraph, never a blockquote.

use std::fmt::Write as _;

use crate::data::model::month::Month;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::clean;
use crate::data::output::brief::md::md_text;
use crate::data::output::brief::rows::{Notes, marked};
use crate::data::query::series::{Change, Series};
use crate::data::query::view::{View, change_words};

/// What to add to the table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Extras {
    /// A change column per series (change on the previous month).
    pub changes: bool,
    /// A footnote with the source of every figure.
    pub sources: bool,
}

/// The legend under every Markdown summary, in the reader's language.
pub fn md_legend() -> String {
    crate::tr!("sum-md-legend")
}

fn change_cell(c: Option<Change>) -> String {
    change_words(c, "·", "≠")
}

fn header(view: &View, extras: Extras) -> String {
    let mut cols = vec![crate::tr!("sum-month")];
    for s in &view.series {
        cols.push(md_text(&s.label()));
        if extras.changes {
            cols.push(crate::tr!("sum-change", label = md_text(&s.label())));
        }
    }
    let rule: Vec<&str> = cols
        .iter()
        .enumerate()
        .map(|(i, _)| if i == 0 { "---" } else { "---:" })
        .collect();
    format!("| {} |\n|{}|\n", cols.join(" | "), rule.join("|"))
}

fn cell(s: &Series, m: Month, extras: Extras, notes: &mut Notes) -> String {
    match s.at(m) {
        None => "·".to_string(),
        Some(c) => {
            let note = if extras.sources {
                format!("[^{}]", notes.number(c.primary))
            } else {
                String::new()
            };
            format!("{}{note}", md_text(&marked(&c)))
        }
    }
}

/// Renders the view with the chosen extras.
pub fn render(view: &View, extras: Extras) -> String {
    let mut notes = Notes::default();
    let mut out = format!(
        "{}\n\n",
        md_text(&crate::data::query::view::filter_line(view))
    );
    out.push_str(&header(view, extras));
    for m in view.months() {
        let mut cells = vec![m.to_string()];
        for s in &view.series {
            cells.push(cell(s, m, extras, &mut notes));
            if extras.changes {
                cells.push(md_text(&change_cell(s.change_previous(m))));
            }
        }
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
    aggregates(view, &mut out);
    let _ = writeln!(out, "\n{}", md_legend());
    if extras.sources {
        footnotes(&notes, &mut out);
    }
    out
}

/// One line per series: its aggregate by kind and the stated totals.
fn aggregates(view: &View, out: &mut String) {
    for (i, s) in view.series.iter().enumerate() {
        let words = view
            .facts
            .get(i)
            .map_or(String::new(), |f| f.words(Qualifier::mark, "≠"));
        let key = clean(&s.key()).replace('`', "");
        let _ = writeln!(
            out,
            "- {} (`{key}`): {}",
            md_text(&s.label()),
            md_text(&words)
        );
    }
}

/// The numbered sources of the figures.
fn footnotes(notes: &Notes, out: &mut String) {
    if !notes.list.is_empty() {
        out.push('\n');
        crate::data::output::brief::md::footnotes(notes, out);
    }
}
