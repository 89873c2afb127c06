//! The HTML report's sections beside the figures: events, documented cases (with deaths in
//! custody by name), coverage, and the totals sources state for whole periods.

use std::fmt::Write as _;

use crate::data::output::brief::html_escape::{html_text, link};
use crate::data::output::brief::rows::Notes;
use crate::data::query::brief::Brief;

/// Events, documented cases, and the headline series without a figure.
pub(super) fn context(brief: &Brief, out: &mut String) {
    out.push_str("<h2>Events</h2>\n");
    if brief.events.is_empty() {
        out.push_str("<p>No event recorded in this period.</p>\n");
    } else {
        let items: Vec<String> = brief
            .events
            .iter()
            .map(|e| {
                format!(
                    "<li>{}: {} {}</li>",
                    html_text(&e.date),
                    html_text(&e.label),
                    link(&e.source_url)
                )
            })
            .collect();
        let _ = writeln!(out, "<ul>{}</ul>", items.join(""));
    }
    cases(brief, out);
    out.push_str("<h2>Coverage</h2>\n");
    if brief.missing.is_empty() {
        out.push_str("<p>Every headline series has a figure in this period.</p>\n");
    } else {
        let names: Vec<String> = brief.missing.iter().map(|m| html_text(m)).collect();
        let _ = writeln!(
            out,
            "<p>No figure in this period for: {}.</p>",
            names.join(", ")
        );
    }
}

/// Documented cases: how many, by article, those without one, and every death in custody
/// by name with its source; a sample, said so.
fn cases(brief: &Brief, out: &mut String) {
    let c = &brief.cases;
    out.push_str("<h2>Documented cases</h2>\n<p class=\"muted\">A sample from the case register, not totals.</p>\n");
    if c.total == 0 {
        out.push_str("<p>No documented case in this period.</p>\n");
        return;
    }
    let total = crate::data::model::text::count_of(c.total, "case", "cases");
    let _ = writeln!(out, "<p>{total} documented in this period.</p>");
    let mut rows: Vec<String> = c
        .by_article
        .iter()
        .map(|(a, n)| {
            format!(
                "<tr><td>{}</td><td class=\"num\">{n}</td></tr>",
                html_text(a)
            )
        })
        .collect();
    if c.without_article > 0 {
        rows.push(format!(
            "<tr><td>(no article)</td><td class=\"num\">{}</td></tr>",
            c.without_article
        ));
    }
    let _ = writeln!(
        out,
        "<table><thead><tr><th>Article</th><th>Documented cases</th></tr></thead><tbody>{}</tbody></table>",
        rows.join("")
    );
    deaths(&c.deaths, out);
}

/// Every death in custody of the period, by name, with its source (a link only for http(s)).
fn deaths(deaths: &[crate::data::query::case_summary::Death], out: &mut String) {
    if deaths.is_empty() {
        return;
    }
    out.push_str("<p>Deaths in custody:</p>\n<ul>");
    for d in deaths {
        let _ = write!(
            out,
            "<li>{}: {} {}</li>",
            html_text(&d.date),
            html_text(&d.person),
            link(&d.source_url)
        );
    }
    out.push_str("</ul>\n");
}

/// Totals sources state for periods that overlap the report's.
pub(super) fn stated(brief: &Brief, notes: &mut Notes, out: &mut String) {
    if brief.stated.is_empty() {
        return;
    }
    out.push_str("<h2>Stated period totals</h2>\n<p class=\"muted\">Totals as sources state them for whole periods; not added to the monthly figures.</p>\n<ul>");
    for (label, period, f) in &brief.stated {
        let value = format!(
            "{}{}",
            f.qualifier.mark(),
            crate::data::model::text::format_number(f.value)
        );
        let n = notes.number(f);
        let _ = write!(
            out,
            "<li>{}, {period}: {} <sup><a href=\"#note-{n}\">{n}</a></sup></li>",
            html_text(label),
            html_text(&value)
        );
    }
    out.push_str("</ul>\n");
}
