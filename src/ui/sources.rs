//! The text of the sources popup and of the whole-month popup: every figure keeps its source,
//! and a disagreeing second source is marked, never merged.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::cells::safe;
use super::theme::Theme;
use crate::app::{App, DashTab};
use crate::data::model::catalog::Kind;
use crate::data::model::figure::Figure;
use crate::data::model::text::format_number;
use crate::data::query::roles::{Place, Role, roles};
use crate::data::query::series::Cell;

/// What a reading is to the month's figure, in words, from its role (`query::roles`), and
/// whether it is marked as conflicting.
fn tag(run: &[Figure], i: usize, role: &Role) -> (String, bool) {
    let f = &run[i];
    let day = if f.as_of.is_empty() {
        "undated".to_string()
    } else {
        f.as_of.to_string()
    };
    let place = match role.place {
        Place::Shown => "shown".to_string(),
        Place::SameDay => "agrees with the shown figure".to_string(),
        Place::OtherDay { earlier } => {
            let when = if earlier { "earlier" } else { "later" };
            format!("{when} reading ({day}), not a disagreement with the shown figure")
        }
        Place::Batch { counted: true } => format!("batch of {day}, counted"),
        Place::Batch { counted: false } => format!("batch of {day}, same batch, counted once"),
        Place::SupportsWholeMonth => format!("batch of {day}, supports the whole-month figure"),
    };
    if !role.conflicts() {
        return (place, false);
    }
    let with: Vec<String> = role
        .conflicts_with
        .iter()
        .map(|&j| match j {
            0 => format!("the shown figure ({})", run[0].display_value()),
            _ => run[j].display_value(),
        })
        .collect();
    let conflict = format!("≠ cannot both be true with {}", with.join(", "));
    match role.place {
        Place::SameDay => (conflict, true),
        _ => (format!("{place}; {conflict}"), true),
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
    let mut lines = head_lines(&cell, theme);
    let run = cell.run();
    for (i, role) in cell.roles().iter().enumerate() {
        let (tag, differs) = tag(run, i, role);
        lines.extend(figure_lines(&run[i], &tag, differs, theme));
    }
    lines.extend(change_lines(app, theme));
    lines
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
            c.marked_delta(),
            c.now.0,
            safe(&c.now.1, 120),
            c.before.0,
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
    // Each (metric, article) run is contiguous, its month's reading first.
    for run in figures.chunk_by(|a, b| a.metric == b.metric && a.article == b.article) {
        let kind = app
            .store()
            .catalog
            .metric(&run[0].metric)
            .map_or(Kind::Level, |m| m.kind);
        for (i, role) in roles(kind, run).iter().enumerate() {
            let (lead, style) = relation(i, role, theme);
            lines.push(snapshot_line(app, run[i], lead, style, theme));
        }
    }
    lines
}

/// The mark before a reading in the month popup, from its role: none for the month's
/// reading, `≠` cannot both be true with one of its day, `=` agrees, `+` another batch,
/// `·` another day's reading.
fn relation(i: usize, role: &Role, theme: &Theme) -> (&'static str, Style) {
    match role.place {
        _ if role.conflicts() => ("  ≠ ", theme.conflict),
        _ if i == 0 => ("", Style::default()),
        Place::Shown | Place::SameDay | Place::Batch { counted: false } => {
            ("  = ", Style::default())
        }
        Place::Batch { counted: true } | Place::SupportsWholeMonth => ("  + ", Style::default()),
        Place::OtherDay { .. } => ("  · ", theme.muted),
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
