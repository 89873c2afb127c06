//! `repdash report --format html`: the brief as one self-contained file to open, mail or
//! print: inline CSS and inline SVG charts, no script, no external request. Every data text is
//! cleaned and HTML-escaped, so no tag or attribute from a title or a note survives.

use crate::data::model::i18n::origin_here;
use std::fmt::Write as _;

use crate::data::output::brief::html_escape::{html_text, link};
use crate::data::output::brief::html_style::STYLE;
use crate::data::output::brief::md::{marks, period};
use crate::data::output::brief::rows::{ChangeLine, FigureLine, Notes, figure_lines};
use crate::data::output::chart::model::ChartImage;
use crate::data::query::brief::Brief;
use crate::data::query::view::View;

/// Renders the brief; `events` numbers the chart markers.
pub fn render(brief: &Brief, origin: &str) -> String {
    let mut notes = Notes::default();
    let title = crate::tr!("rep-title", period = period(brief));
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1>\n<p class=\"muted\">{} {}</p>\n",
        crate::data::model::lang::current().code(),
        html_text(&title),
        html_text(&title),
        html_text(&crate::tr!("rep-from", origin = origin_here(origin))),
        html_text(&marks())
    );
    let _ = writeln!(out, "<h2>{}</h2>", html_text(&crate::tr!("rep-headline")));
    section(&brief.core, brief, &mut notes, &mut out);
    charts(brief, &mut out);
    for (tab, view) in &brief.others {
        let _ = writeln!(out, "<h2>{}</h2>", html_text(&tab.heading_here()));
        section(view, brief, &mut notes, &mut out);
    }
    super::html_context::context(brief, &mut out);
    super::html_context::stated(brief, &mut notes, &mut out);
    super::revised::html(brief, &mut out, html_text);
    sources(&notes, &mut out);
    out.push_str("</body></html>\n");
    out
}

fn section(view: &View, brief: &Brief, notes: &mut Notes, out: &mut String) {
    let lines = figure_lines(view, brief, notes);
    let monthly = brief.range.len() == 1;
    table(&lines, monthly, out);
    let disputes: Vec<String> = lines
        .iter()
        .flat_map(|l| &l.disputes)
        .map(|d| {
            let readings: Vec<String> = d
                .readings
                .iter()
                .map(|r| {
                    let note = format!("<sup><a href=\"#note-{n}\">{n}</a></sup>", n = r.note);
                    let gives =
                        crate::tr!("rep-gives-html", value = r.marked(), against = r.against());
                    format!("{} {note} {}", html_text(&r.title), html_text(&gives))
                })
                .collect();
            let head = crate::tr!(
                "rep-disagree",
                label = d.label.clone(),
                month = d.month.long_label(),
                readings = String::new()
            );
            format!("<li>{}{}</li>", html_text(&head), readings.join("; "))
        })
        .collect();
    if !disputes.is_empty() {
        let _ = writeln!(out, "<ul class=\"disputes\">{}</ul>", disputes.join(""));
    }
}

fn change_cell(c: &Option<ChangeLine>) -> String {
    c.as_ref().map_or("·".to_string(), |c| {
        html_text(&crate::tr!(
            "rep-change-on",
            delta = c.delta.clone(),
            month = c.against.long_label_of(),
            then = c.then.clone()
        ))
    })
}

fn table(lines: &[FigureLine], monthly: bool, out: &mut String) {
    let head = if monthly {
        crate::tr!("rep-table-monthly")
    } else {
        crate::tr!("rep-table-period")
    };
    let cells = super::html_context::th_cells(&head);
    let _ = writeln!(out, "<table><thead><tr>{cells}</tr></thead><tbody>");
    for l in lines {
        let note = l.note.map_or("·".to_string(), |n| {
            format!("<sup><a href=\"#note-{n}\">{n}</a></sup>")
        });
        let label = format!(
            "{} <span class=\"muted\">{}</span>",
            html_text(&l.label),
            html_text(&l.key)
        );
        if monthly {
            let as_of = if l.as_of.is_empty() {
                "·".to_string()
            } else {
                html_text(&l.as_of)
            };
            let _ = writeln!(
                out,
                "<tr><td>{label}</td><td class=\"num\">{}</td><td class=\"day\">{as_of}</td><td>{}</td><td>{}</td><td>{note}</td></tr>",
                html_text(&l.value),
                change_cell(&l.previous),
                change_cell(&l.year)
            );
        } else {
            let _ = writeln!(
                out,
                "<tr><td>{label}</td><td>{}</td><td>{note}</td></tr>",
                html_text(&l.value)
            );
        }
    }
    out.push_str("</tbody></table>\n");
}

/// One inline SVG chart per core series with data over the trend range.
fn charts(brief: &Brief, out: &mut String) {
    let range = brief.trend.filter.range;
    let svgs: Vec<String> = brief
        .trend
        .series
        .iter()
        .filter(|s| s.months_with_data() > 0)
        .filter_map(|series| {
            let chart = ChartImage {
                series,
                events: brief.trend_events.clone(),
                size: (640, 360),
            };
            chart.svg().ok()
        })
        .collect();
    if !svgs.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<div class=\"charts\">{}</div>",
            html_text(&crate::tr!("rep-trend", range = range.to_string())),
            svgs.join("\n")
        );
    }
}

fn sources(notes: &Notes, out: &mut String) {
    let heading = html_text(&crate::tr!("rep-sources"));
    let _ = writeln!(out, "<h2>{heading}</h2>\n<ol class=\"notes\">");
    for (i, n) in notes.list.iter().enumerate() {
        let published = n.published_clause(html_text);
        let _ = writeln!(
            out,
            "<li id=\"note-{}\">{}, {}{published}, {}</li>",
            i + 1,
            html_text(&n.title),
            html_text(&n.publisher),
            link(&n.url)
        );
    }
    out.push_str("</ol>\n");
}
