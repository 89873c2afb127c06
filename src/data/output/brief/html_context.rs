//! The HTML report's sections beside the figures: events, documented cases (with deaths in
//! custody by name), coverage, and the totals sources state for whole periods.

use std::fmt::Write as _;

use crate::data::output::brief::html_escape::{html_text, link};
use crate::data::output::brief::rows::Notes;
use crate::data::query::brief::Brief;

/// Events, documented cases, and the headline series without a figure.
pub(super) fn context(brief: &Brief, out: &mut String) {
    let _ = writeln!(out, "<h2>{}</h2>", html_text(&crate::tr!("rep-events")));
    if brief.events.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", html_text(&crate::tr!("rep-no-events")));
    } else {
        let items: Vec<String> = brief
            .events
            .iter()
            .map(|e| {
                format!(
                    "<li>{}: {} {}</li>",
                    html_text(&e.date),
                    html_text(e.label_here()),
                    link(&e.source_url)
                )
            })
            .collect();
        let _ = writeln!(out, "<ul>{}</ul>", items.join(""));
    }
    cases(brief, out);
    let _ = writeln!(out, "<h2>{}</h2>", html_text(&crate::tr!("rep-coverage")));
    if brief.missing.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", html_text(&crate::tr!("rep-coverage-all")));
    } else {
        let names = brief.missing.join(", ");
        let text = crate::tr!("rep-coverage-missing", names = names);
        let _ = writeln!(out, "<p>{}</p>", html_text(&text));
    }
}

/// Documented cases: how many, by article, those without one, and every death in custody
/// by name with its source; a sample, said so.
fn cases(brief: &Brief, out: &mut String) {
    let c = &brief.cases;
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<p class=\"muted\">{}</p>",
        html_text(&crate::tr!("rep-cases-head")),
        html_text(&crate::tr!("rep-cases-sample"))
    );
    if c.total == 0 {
        let _ = writeln!(out, "<p>{}</p>", html_text(&crate::tr!("rep-no-cases")));
        return;
    }
    let form = crate::data::model::plural::form(c.total);
    let total = crate::tr!("rep-cases-count", form = form, n = c.total);
    let _ = writeln!(out, "<p>{}</p>", html_text(&total));
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
            "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
            html_text(&crate::tr!("rep-no-article")),
            c.without_article
        ));
    }
    let _ = writeln!(
        out,
        "<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>",
        th_cells(&crate::tr!("rep-cases-table")),
        rows.join("")
    );
    deaths(&c.deaths, out);
}

/// Every death in custody of the period, by name, with its source (a link only for http(s)).
fn deaths(deaths: &[crate::data::query::case_summary::Death], out: &mut String) {
    if deaths.is_empty() {
        return;
    }
    let _ = write!(out, "<p>{}</p>\n<ul>", html_text(&crate::tr!("rep-deaths")));
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
    let _ = write!(
        out,
        "<h2>{}</h2>\n<p class=\"muted\">{}</p>\n<ul>",
        html_text(&crate::tr!("rep-stated")),
        html_text(&crate::tr!("rep-stated-note"))
    );
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

/// A Markdown heading row's cells (`| Article | Documented cases |`) as HTML `<th>` cells, so
/// one message serves both formats.
pub(super) fn th_cells(row: &str) -> String {
    (row.split('|').map(str::trim).filter(|c| !c.is_empty()))
        .map(|c| format!("<th>{}</th>", html_text(c)))
        .collect()
}
