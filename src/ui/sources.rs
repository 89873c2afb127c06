//! The text of the sources popup and of the whole-month popup: every figure keeps its source,
//! and a disagreeing second source is marked, never merged.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::cells::safe;
use super::theme::Theme;
use crate::app::App;
use crate::data::model::figure::Figure;
use crate::data::model::text::format_number;
use crate::data::query::month_readings::{MonthReading, Relation};
use crate::data::query::roles::{Place, Role};
use crate::data::query::series::Cell;

/// What a reading is to the month's figure, in words, from its role (`query::roles`), and
/// whether it is marked as conflicting.
fn tag(run: &[Figure], i: usize, role: &Role) -> (String, bool) {
    let f = &run[i];
    let day = if f.as_of.is_empty() {
        crate::tr!("src-undated")
    } else {
        f.as_of.to_string()
    };
    let place = match role.place {
        Place::Shown => crate::tr!("src-shown"),
        Place::SameDay => crate::tr!("src-agrees"),
        Place::OtherDay { earlier: true } => crate::tr!("src-earlier", day = day),
        Place::OtherDay { earlier: false } => crate::tr!("src-later", day = day),
        Place::Batch { counted: true } => crate::tr!("src-batch-counted", day = day),
        Place::Batch { counted: false } => crate::tr!("src-batch-once", day = day),
        Place::SupportsWholeMonth => crate::tr!("src-batch-supports", day = day),
    };
    if !role.conflicts() {
        return (place, false);
    }
    let with: Vec<String> = role
        .conflicts_with
        .iter()
        .map(|&j| match j {
            0 => crate::tr!("src-the-shown", value = run[0].display_value()),
            _ => run[j].display_value(),
        })
        .collect();
    let conflict = crate::tr!("src-conflict", with = with.join(", "));
    match role.place {
        Place::SameDay => (conflict, true),
        _ => (format!("{place}; {conflict}"), true),
    }
}

fn figure_lines(f: &Figure, tag: &str, differs: bool, theme: &Theme) -> Vec<Line<'static>> {
    let style = if differs { theme.conflict } else { theme.title };
    let published = if f.published.is_empty() {
        crate::tr!("src-not-published")
    } else {
        f.published.to_string()
    };
    let as_of = if f.as_of.is_empty() {
        crate::tr!("src-no-day")
    } else {
        f.as_of.to_string()
    };
    let field = |id: &str, value: &str| {
        let name = crate::data::model::i18n::text(id);
        // The labels line up: every translation of the five is under 11 columns.
        Line::raw(format!("  {name:<11}{}", safe(value, 1000)))
    };
    vec![
        Line::styled(
            format!(
                "{} ({}) — {tag}",
                f.display_value(),
                f.qualifier.words_here()
            ),
            style,
        ),
        field("src-url", &f.source_url),
        field("src-title", &f.source_title),
        field("src-as-of", &as_of),
        field("src-published", &published),
        field("src-note", &f.note),
        Line::raw(""),
    ]
}

/// Every source of the selected figure (or the selected case on the Articles tab).
pub fn source_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    if app.tab_lists_cases() {
        return case_lines(app);
    }
    let (Some(series), Some(cell)) = (app.focused_series(), app.selected_cell()) else {
        return vec![Line::raw(crate::tr!("src-no-figure-here"))];
    };
    let mut lines = head_lines(&cell, theme);
    // What is counted, in the reader's language, under the key that names it: the key alone
    // does not say whose count it is or on which day of the month it is taken.
    let what = series.metric.description_here();
    lines.insert(1, Line::styled(safe(what, 300), theme.muted));
    if let Some(note) = &app.views().revised_note {
        lines.insert(4, Line::styled(safe(note, 1000), theme.event));
    }
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
        crate::tr!("src-article", article = safe(&p.article, 20))
    };
    let verdict = if cell.conflict() {
        crate::tr!("src-disagree")
    } else if cell.figure.batches > 1 {
        crate::tr!("src-sum-of-batches", n = cell.figure.batches)
    } else {
        crate::tr!("src-agree", n = cell.figure.sources)
    };
    let head = crate::tr!(
        "src-head",
        metric = safe(&p.metric, 40),
        article = article,
        month = p.month.to_string(),
        n = cell.source_count(),
        verdict = verdict
    );
    let why = if cell.figure.batches > 1 {
        crate::tr!("src-why-batches", n = cell.figure.batches)
    } else {
        crate::data::query::reading::why_first(p, cell.alternates.first())
    };
    let shown = crate::tr!("src-shown-because", value = cell.display_value(), why = why);
    let order = crate::tr!("src-order");
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
    let head = crate::tr!("src-change-head");
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
        return vec![Line::raw(crate::tr!("src-no-case"))];
    };
    let sentence = match c.sentence_months {
        Some(m) => crate::tr!(
            "case-months",
            n = format_number(m),
            form = crate::data::model::plural::form(m as usize)
        ),
        None => crate::tr!("case-not-given"),
    };
    let day = if c.date.is_empty() {
        c.month.to_string()
    } else {
        safe(&c.date, 12)
    };
    let kind = crate::data::model::case_events::event_here(&c.event);
    let event = crate::tr!("case-event-on", event = safe(&kind, 40), date = day);
    let field = |id: &str, value: String| {
        let name = crate::data::model::i18n::text(id);
        // The names line up as in the figures' popup: each is under 11 columns.
        Line::raw(format!("{name:<11}{value}"))
    };
    vec![
        field("case-person", safe(&c.person, 1000)),
        field("case-event", event),
        field("case-articles", safe(&c.articles.join(", "), 1000)),
        field("case-sentence", sentence),
        field("case-court", safe(&c.court, 1000)),
        field("case-source", safe(&c.source_url, 1000)),
        field("case-note", safe(&c.note, 1000)),
    ]
}

/// Every reading of the selected month, as the app decided them when the popup opened: a
/// further reading of one figure is marked `≠` cannot both be true, `=` agrees, `+` another
/// batch, `·` another day.
pub fn snapshot_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let readings = &app.views().month_readings;
    if readings.is_empty() {
        return vec![Line::raw(crate::tr!("snap-none"))];
    }
    let n = readings.len();
    let form = crate::data::model::plural::form(n);
    let head = crate::tr!("snap-head", n = format_number(n as f64), form = form);
    let mut lines = vec![Line::styled(head, theme.muted)];
    lines.extend(readings.iter().map(|r| snapshot_line(r, theme)));
    lines
}

/// The mark before a reading in the month popup, and its style.
fn relation(r: Relation, theme: &Theme) -> (&'static str, Style) {
    match r {
        Relation::Conflicts => ("  ≠ ", theme.conflict),
        Relation::Shown => ("", Style::default()),
        Relation::Agrees => ("  = ", Style::default()),
        Relation::Adds => ("  + ", Style::default()),
        Relation::OtherDay => ("  · ", theme.muted),
    }
}

fn snapshot_line(r: &MonthReading, theme: &Theme) -> Line<'static> {
    let (lead, style) = relation(r.relation, theme);
    let article = if r.article.is_empty() {
        String::new()
    } else {
        format!(" · {}", safe(&r.article, 16))
    };
    let day = if r.as_of.is_empty() {
        String::new()
    } else {
        format!(" ({})", safe(&r.as_of, 12))
    };
    Line::from(vec![
        Span::styled(
            format!("{lead}{}{article}: {}{day}", safe(&r.label, 40), r.value),
            style,
        ),
        Span::styled(format!("  {}", safe(&r.source_url, 120)), theme.muted),
    ])
}
