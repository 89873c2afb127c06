//! `repdash report --format md`: the brief as CommonMark with GitHub tables and footnotes. Data
//! text is cleaned and its Markdown punctuation escaped, so a title cannot open a link, a
//! table cell or a blockquote; URLs are autolinks with `<` and `>` percent-encoded.

use crate::data::model::i18n::origin_here;
use std::fmt::Write as _;

use crate::data::model::text::clean;
use crate::data::output::brief::rows::{ChangeLine, FigureLine, Notes, figure_lines};
use crate::data::query::brief::Brief;

/// The marks every report explains, in plain text (no leading `>`: that would be a quote).
pub fn marks() -> String {
    crate::tr!("rep-marks")
}

/// Data text for Markdown: cleaned, then every character with an inline Markdown meaning
/// escaped, and a first character that could open a block (`#`, `>`, `-`, `+`, `1.`).
pub fn md_text(text: &str) -> String {
    let clean = clean(text);
    let mut out = String::with_capacity(clean.len() + 8);
    let digits = clean.chars().take_while(char::is_ascii_digit).count();
    let ordered = digits > 0 && clean[digits..].starts_with(['.', ')']);
    for (i, c) in clean.chars().enumerate() {
        let opens_block = i == 0 && "#>-+=!".contains(c) || ordered && i == digits;
        if opens_block || "\\`*_[]<>|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Documented cases: how many, by article, those without one, and every death in custody
/// by name with its source.
fn cases(c: &crate::data::query::case_summary::CaseSummary, out: &mut String) {
    let _ = write!(
        out,
        "## {}\n\n{}\n\n",
        crate::tr!("rep-cases-head"),
        crate::tr!("rep-cases-sample")
    );
    if c.total == 0 {
        let _ = write!(out, "{}\n\n", crate::tr!("rep-no-cases"));
        return;
    }
    let form = crate::data::model::plural::form(c.total);
    let count = crate::tr!("rep-cases-count", form = form, n = c.total);
    let _ = writeln!(out, "{count}\n");
    let _ = write!(out, "{}\n|---|---:|\n", crate::tr!("rep-cases-table"));
    for (article, n) in &c.by_article {
        let _ = writeln!(out, "| {} | {n} |", md_text(article));
    }
    if c.without_article > 0 {
        let none = crate::tr!("rep-no-article");
        let _ = writeln!(out, "| {none} | {} |", c.without_article);
    }
    out.push('\n');
    if !c.deaths.is_empty() {
        let _ = write!(out, "{}\n\n", crate::tr!("rep-deaths"));
        for d in &c.deaths {
            let _ = writeln!(
                out,
                "- {}: {} {}",
                md_text(&d.date),
                md_text(&d.person),
                md_url(&d.source_url)
            );
        }
        out.push('\n');
    }
}

/// A URL as a CommonMark autolink.
pub fn md_url(url: &str) -> String {
    if !crate::data::model::text::is_web_link(url) {
        // Not a web address: text, escaped, so no renderer makes it a link.
        return md_text(url);
    }
    format!("<{}>", clean(url).replace('<', "%3C").replace('>', "%3E"))
}

/// The report's title: `January 2024` or `2024-01..2024-12`.
pub fn period(brief: &Brief) -> String {
    let r = brief.range;
    if r.len() == 1 {
        r.from().long_label()
    } else {
        crate::tr!(
            "rep-period-to",
            from = r.from().long_label(),
            to = r.to().long_label()
        )
    }
}

/// Renders the brief.
pub fn render(brief: &Brief, origin: &str) -> String {
    let mut notes = Notes::default();
    let mut out = format!(
        "# {}\n\n{} {}\n\n## {}\n\n",
        crate::tr!("rep-title", period = period(brief)),
        crate::tr!("rep-from", origin = md_text(&origin_here(origin))),
        marks(),
        crate::tr!("rep-headline")
    );
    let lines = figure_lines(&brief.core, brief, &mut notes);
    out.push_str(&table(&lines, brief.range.len() == 1));
    disputes(&lines, &mut out);
    for (tab, view) in &brief.others {
        let _ = writeln!(out, "## {}\n", md_text(&tab.heading_here()));
        let lines = figure_lines(view, brief, &mut notes);
        out.push_str(&table(&lines, brief.range.len() == 1));
        disputes(&lines, &mut out);
    }
    context(brief, &mut out);
    stated(brief, &mut notes, &mut out);
    super::revised::md(brief, &mut out);
    sources(&notes, &mut out);
    out
}

fn change_cell(c: &Option<ChangeLine>) -> String {
    c.as_ref().map_or("·".to_string(), |c| {
        let month = c.against.long_label_of();
        crate::tr!(
            "rep-change-on",
            delta = c.delta.clone(),
            month = month,
            then = c.then.clone()
        )
    })
}

fn table(lines: &[FigureLine], monthly: bool) -> String {
    let mut out = if monthly {
        crate::tr!("rep-table-monthly") + "\n|---|---:|---|---|---|---|\n"
    } else {
        crate::tr!("rep-table-period") + "\n|---|---|---|\n"
    };
    for l in lines {
        let note = l.note.map_or("·".to_string(), |n| format!("[^{n}]"));
        let label = format!(
            "{} (`{}`)",
            md_text(&l.label),
            clean(&l.key).replace('`', "")
        );
        if monthly {
            let as_of = if l.as_of.is_empty() {
                "·".to_string()
            } else {
                md_text(&l.as_of)
            };
            let _ = writeln!(
                out,
                "| {label} | {} | {as_of} | {} | {} | {note} |",
                md_text(&l.value),
                md_text(&change_cell(&l.previous)),
                md_text(&change_cell(&l.year)),
            );
        } else {
            let _ = writeln!(out, "| {label} | {} | {note} |", md_text(&l.value));
        }
    }
    out.push('\n');
    out
}

fn disputes(lines: &[FigureLine], out: &mut String) {
    for d in lines.iter().flat_map(|l| &l.disputes) {
        let readings: Vec<String> = d
            .readings
            .iter()
            .map(|r| {
                crate::tr!(
                    "rep-gives",
                    title = md_text(&r.title),
                    note = r.note,
                    value = md_text(&r.marked()),
                    against = md_text(&r.against())
                )
            })
            .collect();
        let line = crate::tr!(
            "rep-disagree",
            label = md_text(&d.label),
            month = d.month.long_label(),
            readings = readings.join("; ")
        );
        let _ = writeln!(out, "- {line}");
    }
    if lines.iter().any(|l| !l.disputes.is_empty()) {
        out.push('\n');
    }
}

/// Events, documented cases, and the core series without a figure.
fn context(brief: &Brief, out: &mut String) {
    let _ = write!(out, "## {}\n\n", crate::tr!("rep-events"));
    if brief.events.is_empty() {
        let _ = write!(out, "{}\n\n", crate::tr!("rep-no-events"));
    }
    for e in &brief.events {
        let src = if e.source_url.is_empty() {
            String::new()
        } else {
            format!(" {}", md_url(&e.source_url))
        };
        let _ = writeln!(
            out,
            "- {}: {}{src}",
            md_text(&e.date),
            md_text(e.label_here())
        );
    }
    if !brief.events.is_empty() {
        out.push('\n');
    }
    cases(&brief.cases, out);
    let _ = write!(out, "## {}\n\n", crate::tr!("rep-coverage"));
    if brief.missing.is_empty() {
        let _ = write!(out, "{}\n\n", crate::tr!("rep-coverage-all"));
    } else {
        let names: Vec<String> = brief.missing.iter().map(|m| md_text(m)).collect();
        let names = names.join(", ");
        let _ = writeln!(
            out,
            "{}\n",
            crate::tr!("rep-coverage-missing", names = names)
        );
    }
}

/// Totals sources state for periods that overlap the report's (a quarter holding the month).
fn stated(brief: &Brief, notes: &mut Notes, out: &mut String) {
    if brief.stated.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "## {}\n\n{}\n\n",
        crate::tr!("rep-stated"),
        crate::tr!("rep-stated-note")
    );
    for (label, period, f) in &brief.stated {
        let value = format!(
            "{}{}",
            f.qualifier.mark(),
            crate::data::model::text::format_number(f.value)
        );
        let _ = writeln!(
            out,
            "- {}, {period}: {}[^{}]",
            md_text(label),
            md_text(&value),
            notes.number(f)
        );
    }
    out.push('\n');
}

fn sources(notes: &Notes, out: &mut String) {
    let _ = write!(out, "## {}\n\n", crate::tr!("rep-sources"));
    footnotes(notes, out);
}

/// The notes as Markdown footnote definitions: title, publisher, date, URL.
pub fn footnotes(notes: &Notes, out: &mut String) {
    for (i, n) in notes.list.iter().enumerate() {
        let _ = writeln!(
            out,
            "[^{}]: {}, {}{}, {}",
            i + 1,
            md_text(&n.title),
            md_text(&n.publisher),
            n.published_clause(md_text),
            md_url(&n.url)
        );
    }
}
