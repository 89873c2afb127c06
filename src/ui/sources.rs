//! The text of the sources popup and of the whole-month popup: every figure keeps its source,
//! and a disagreeing second source is marked, never merged.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::cells::safe;
use super::theme::Theme;
use crate::app::{App, DashTab};
use crate::data::model::figure::Figure;
use crate::data::model::text::format_number;
use crate::data::query::reading::{compatible, same_day};
use crate::data::query::series::Cell;

/// What a reading is to the month's figure, by the rules of `query::reading`.
fn tag(f: &Figure, first: &Figure, cell: &Cell, i: usize, flow: bool) -> (String, bool) {
    let day = if f.as_of.is_empty() {
        "undated".to_string()
    } else {
        f.as_of.to_string()
    };
    if cell.figure.batches > 0 {
        let counted = i == 0 || !cell.all().take(i).any(|g| g.as_of == f.as_of);
        let what = if counted {
            "counted"
        } else {
            "same batch, counted once"
        };
        return (format!("batch of {day}, {what}"), false);
    }
    if i == 0 {
        return ("shown".to_string(), false);
    }
    if flow && !f.as_of.is_empty() && first.as_of.is_empty() {
        let what = format!("batch of {day}, supports the whole-month figure");
        return (what, false);
    }
    (
        same_figure_tag(f, first, &day),
        !compatible(f, first) && same_day(f, first),
    )
}

/// A further reading of a level or of a flow's one event: another day's, agreeing, or not.
fn same_figure_tag(f: &Figure, first: &Figure, day: &str) -> String {
    if !same_day(f, first) {
        let earlier = f.as_of.as_ref() < first.as_of.as_ref() || first.as_of.is_empty();
        let when = if earlier { "earlier" } else { "later" };
        format!("{when} reading ({day}), not a disagreement")
    } else if compatible(f, first) {
        "agrees with the shown figure".to_string()
    } else {
        "≠ cannot both be true with the shown figure".to_string()
    }
}

fn figure_lines(f: &Figure, tag: &str, differs: bool, theme: &Theme) -> Vec<Line<'static>> {
    let style = if differs { theme.conflict } else { theme.title };
    let published = if f.published.is_empty() {
        "not shown on the page".to_string()
    } else {
        f.published.to_string()
    };
    let as_of = if f.as_of.is_empty() {
        "no day given (the month as a whole, or its end)".to_string()
    } else {
        f.as_of.to_string()
    };
    vec![
        Line::styled(
            format!("{} ({}) — {tag}", f.display_value(), f.qualifier),
            style,
        ),
        Line::raw(format!("  url:       {}", safe(&f.source_url, 1000))),
        Line::raw(format!("  title:     {}", safe(&f.source_title, 1000))),
        Line::raw(format!("  as of:     {}", safe(&as_of, 1000))),
        Line::raw(format!("  published: {}", safe(&published, 1000))),
        Line::raw(format!("  note:      {}", safe(&f.note, 1000))),
        Line::raw(""),
    ]
}

/// Every source of the selected figure (or the selected case on the Articles tab).
pub fn source_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    if app.tab() == DashTab::Articles {
        return case_lines(app);
    }
    let Some(cell) = app.selected_cell() else {
        return vec![Line::raw("no figure here")];
    };
    let p = &cell.primary;
    let flow = is_flow(app, &p.metric);
    let mut lines = head_lines(&cell, theme);
    for (i, f) in cell.all().enumerate() {
        let (tag, differs) = tag(f, p, &cell, i, flow);
        lines.extend(figure_lines(f, &tag, differs, theme));
    }
    lines.extend(change_lines(app, theme));
    lines
}

fn is_flow(app: &App, key: &str) -> bool {
    app.store()
        .catalog
        .metric(key)
        .is_some_and(|m| m.kind == crate::data::model::catalog::Kind::Flow)
}

/// The popup's first two lines: what the figure is, how many sources, and the rule that chose it.
fn head_lines(cell: &Cell, theme: &Theme) -> Vec<Line<'static>> {
    let p = &cell.primary;
    let article = if p.article.is_empty() {
        String::new()
    } else {
        format!(" · article {}", safe(&p.article, 20))
    };
    let verdict = if cell.conflict() {
        "sources disagree".to_string()
    } else if cell.figure.batches > 1 {
        format!("sum of {} batches", cell.figure.batches)
    } else {
        format!("{} agree", cell.figure.sources)
    };
    let head = format!(
        "{}{article} · {} · {} source(s), {verdict}",
        safe(&p.metric, 40),
        p.month,
        cell.source_count()
    );
    let why = if cell.figure.batches > 1 {
        format!(
            "it adds up {} batches of different days",
            cell.figure.batches
        )
    } else {
        crate::data::query::reading::why_first(p, cell.alternates.first()).to_string()
    };
    let shown = format!("shown: {}, because {why}", cell.display_value());
    let order = "(the order: closest to month end, exact, Viasna's page, latest published)";
    vec![
        Line::styled(head, theme.title),
        Line::styled(shown, theme.muted),
        Line::styled(order, theme.muted),
    ]
}

/// The change on the previous month under each competing source, when the sources disagree.
fn change_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let changes = app.source_changes();
    if changes.is_empty() {
        return vec![];
    }
    let head = "≠ change on the previous month under each source (the shown one depends on it):";
    let mut lines = vec![Line::styled(head, theme.conflict)];
    lines.extend(changes.into_iter().map(|c| {
        Line::raw(format!(
            "  {} = {} ({}) − {} ({})",
            crate::data::model::text::format_change(c.delta),
            format_number(c.now.0),
            safe(&c.now.1, 120),
            format_number(c.before.0),
            safe(&c.before.1, 120)
        ))
    }));
    lines
}

fn case_lines(app: &App) -> Vec<Line<'static>> {
    let Some(c) = app.views().cases.get(app.row()) else {
        return vec![Line::raw("no case selected")];
    };
    let sentence = c
        .sentence_months
        .map(|m| format!("{} months", format_number(m)))
        .unwrap_or_else(|| "not given".into());
    [
        format!("person:    {}", safe(&c.person, 1000)),
        format!(
            "event:     {} on {}",
            safe(&c.event, 40),
            if c.date.is_empty() {
                c.month.to_string()
            } else {
                safe(&c.date, 12)
            }
        ),
        format!("articles:  {}", safe(&c.articles.join(", "), 1000)),
        format!("sentence:  {sentence}"),
        format!("court:     {}", safe(&c.court, 1000)),
        format!("source:    {}", safe(&c.source_url, 1000)),
        format!("note:      {}", safe(&c.note, 1000)),
    ]
    .into_iter()
    .map(Line::raw)
    .collect()
}

/// Every figure of the selected month; a further reading of one figure is marked by the rules
/// of `query::reading`: `≠` cannot both be true, `=` agrees, `+` another batch, `·` another day.
pub fn snapshot_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let Some(month) = app.selected_month() else {
        return vec![];
    };
    let figures = app.store().figures_in(month);
    if figures.is_empty() {
        return vec![Line::raw("no figures for this month")];
    }
    let head = format!(
        "{} figures; ≠ cannot both be true  = agrees  + another batch  · another day's reading",
        figures.len()
    );
    let mut lines = vec![Line::styled(head, theme.muted)];
    let mut group: Vec<&Figure> = Vec::new();
    for f in figures {
        if group
            .first()
            .is_some_and(|p| p.metric != f.metric || p.article != f.article)
        {
            group.clear();
        }
        let (lead, style) = relation(app, f, &group, theme);
        lines.push(snapshot_line(app, f, lead, style, theme));
        group.push(f);
    }
    lines
}

/// How a figure stands to the earlier readings of the same figure in the month.
fn relation(app: &App, f: &Figure, earlier: &[&Figure], theme: &Theme) -> (&'static str, Style) {
    if earlier.is_empty() {
        return ("", Style::default());
    }
    let same: Vec<&&Figure> = earlier.iter().filter(|g| same_day(g, f)).collect();
    if same.iter().any(|g| !compatible(g, f)) {
        ("  ≠ ", theme.conflict)
    } else if !same.is_empty() {
        ("  = ", Style::default())
    } else if is_flow(app, &f.metric) {
        ("  + ", Style::default())
    } else {
        ("  · ", theme.muted)
    }
}

fn snapshot_line(app: &App, f: &Figure, lead: &str, style: Style, theme: &Theme) -> Line<'static> {
    let label = app
        .store()
        .catalog
        .metric(&f.metric)
        .map_or(&*f.metric, |m| m.label.as_str());
    let article = if f.article.is_empty() {
        String::new()
    } else {
        format!(" · {}", safe(&f.article, 16))
    };
    let day = if f.as_of.is_empty() {
        String::new()
    } else {
        format!(" ({})", f.as_of)
    };
    Line::from(vec![
        Span::styled(
            format!(
                "{lead}{}{article}: {}{day}",
                safe(label, 40),
                f.display_value()
            ),
            style,
        ),
        Span::styled(format!("  {}", safe(&f.source_url, 120)), theme.muted),
    ])
}
