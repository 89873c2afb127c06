//! Popups over the tabs: help (generated from the keymap), the sources of a figure, a whole
//! month, and the prompts.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::cells::safe;
use super::theme::Theme;
use crate::app::keymap::{bindings, mode_hints};
use crate::app::mode::Mode;
use crate::app::{App, DashTab};
use crate::data::figure::Figure;
use crate::data::text::format_number;

/// Draws the popup or prompt of the app's mode, if any.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    match app.mode {
        Mode::Normal => {}
        Mode::Help => boxed(
            " help (Esc closes) ",
            help_lines(theme),
            app.popup_scroll,
            theme,
            area,
            buf,
        ),
        Mode::Source => boxed(
            " sources (Esc closes) ",
            source_lines(app, theme),
            app.popup_scroll,
            theme,
            area,
            buf,
        ),
        Mode::Snapshot => {
            let title = format!(
                " every figure of {} (Esc closes) ",
                app.selected_month()
                    .map(|m| m.to_string())
                    .unwrap_or_default()
            );
            boxed(
                &title,
                snapshot_lines(app, theme),
                app.popup_scroll,
                theme,
                area,
                buf,
            );
        }
        Mode::Filter => prompt(
            " filter: 2023-01..2024-06  2024-03  art:411  art:361*  all ",
            app,
            theme,
            area,
            buf,
        ),
        Mode::Goto => prompt(" go to month (YYYY-MM) ", app, theme, area, buf),
        Mode::Articles => picker(app, theme, area, buf),
    }
}

fn centered(area: Rect, w_pct: u16, h_pct: u16) -> Rect {
    let [v] = Layout::vertical([Constraint::Percentage(h_pct)])
        .flex(Flex::Center)
        .areas(area);
    let [h] = Layout::horizontal([Constraint::Percentage(w_pct)])
        .flex(Flex::Center)
        .areas(v);
    h
}

fn boxed(
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: usize,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let rect = centered(area, 90, 85);
    Clear.render(rect, buf);
    let scroll = scroll.min(lines.len().saturating_sub(1)) as u16;
    Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(Span::styled(title.to_string(), theme.title)),
        )
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .render(rect, buf);
}

fn help_lines(theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(
        "Keys (the bottom bar shows the ones that work where you are)",
        theme.title,
    )];
    for b in bindings() {
        lines.push(Line::from(vec![
            Span::styled(format!("{:>8}  ", b.label), theme.title),
            Span::raw(b.help),
        ]));
    }
    lines.push(Line::styled("In popups and prompts", theme.title));
    for mode in [Mode::Source, Mode::Filter, Mode::Articles] {
        for (k, what) in mode_hints(&mode) {
            lines.push(Line::raw(format!("{k:>12}  {what}")));
        }
    }
    lines.push(Line::styled("Marks", theme.title));
    for (m, what) in [
        (
            "≥ > ~",
            "at least / over / about: part of the figure, as the source worded it",
        ),
        ("≠", "sources disagree: s shows all of them"),
        ("·", "no figure for that month: a gap, never a zero"),
        ("● △ ◇", "chart points: exact / lower bound / approximate"),
        ("1 2 3", "events on the chart's x axis, listed under it"),
    ] {
        lines.push(Line::raw(format!("{m:>8}  {what}")));
    }
    lines
}

fn figure_lines(f: &Figure, shown: bool, differs: bool, theme: &Theme) -> Vec<Line<'static>> {
    let tag = if shown {
        "shown"
    } else if differs {
        "≠ differs from shown"
    } else {
        "same value"
    };
    let style = if differs { theme.conflict } else { theme.title };
    let published = if f.published.is_empty() {
        "not shown on the page".to_string()
    } else {
        f.published.to_string()
    };
    vec![
        Line::styled(
            format!("{} ({}) — {tag}", f.display_value(), f.qualifier),
            style,
        ),
        Line::raw(format!("  url:       {}", safe(&f.source_url, 300))),
        Line::raw(format!("  title:     {}", safe(&f.source_title, 300))),
        Line::raw(format!("  published: {}", safe(&published, 20))),
        Line::raw(format!("  note:      {}", safe(&f.note, 300))),
        Line::raw(""),
    ]
}

fn source_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    if app.tab == DashTab::Articles {
        return case_lines(app);
    }
    let Some(cell) = app.selected_cell() else {
        return vec![Line::raw("no figure here")];
    };
    let p = &cell.primary;
    let article = if p.article.is_empty() {
        String::new()
    } else {
        format!(" · article {}", safe(&p.article, 20))
    };
    let verdict = if cell.conflict() {
        "sources disagree"
    } else {
        "sources agree"
    };
    let mut lines = vec![Line::styled(
        format!(
            "{}{article} · {} · {} source(s), {verdict}",
            safe(&p.metric, 40),
            p.month,
            cell.source_count()
        ),
        theme.title,
    )];
    for (i, f) in cell.all().enumerate() {
        let differs = i > 0 && (f.value != p.value || f.qualifier != p.qualifier);
        lines.extend(figure_lines(f, i == 0, differs, theme));
    }
    lines
}

fn case_lines(app: &App) -> Vec<Line<'static>> {
    let Some(c) = app.views.cases.cases.get(app.row) else {
        return vec![Line::raw("no case selected")];
    };
    let sentence = c
        .sentence_months
        .map(|m| format!("{} months", format_number(m)))
        .unwrap_or_else(|| "not given".into());
    [
        format!("person:    {}", safe(&c.person, 80)),
        format!(
            "event:     {} on {}",
            safe(&c.event, 40),
            if c.date.is_empty() {
                c.month.to_string()
            } else {
                safe(&c.date, 12)
            }
        ),
        format!("articles:  {}", safe(&c.articles.join(", "), 80)),
        format!("sentence:  {sentence}"),
        format!("court:     {}", safe(&c.court, 120)),
        format!("source:    {}", safe(&c.source_url, 300)),
        format!("note:      {}", safe(&c.note, 300)),
    ]
    .into_iter()
    .map(Line::raw)
    .collect()
}

fn snapshot_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let Some(month) = app.selected_month() else {
        return vec![];
    };
    let figures = app.store.figures_in(month);
    if figures.is_empty() {
        return vec![Line::raw("no figures for this month")];
    }
    let mut lines = vec![Line::styled(
        format!(
            "{} figures; ≠ marks a second source that disagrees",
            figures.len()
        ),
        theme.muted,
    )];
    let mut prev: Option<&Figure> = None;
    for f in figures {
        let alt = prev.is_some_and(|p| p.metric == f.metric && p.article == f.article);
        let label = app
            .store
            .catalog
            .metric(&f.metric)
            .map(|m| m.label.as_str())
            .unwrap_or(&f.metric);
        let article = if f.article.is_empty() {
            String::new()
        } else {
            format!(" · {}", safe(&f.article, 16))
        };
        let differs = alt && prev.is_some_and(|p| p.value != f.value || p.qualifier != f.qualifier);
        let lead = if differs {
            "  ≠ "
        } else if alt {
            "  = "
        } else {
            ""
        };
        let style = if differs {
            theme.conflict
        } else {
            ratatui::style::Style::default()
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!("{lead}{}{article}: {}", safe(label, 40), f.display_value()),
                style,
            ),
            Span::styled(format!("  {}", safe(&f.source_url, 120)), theme.muted),
        ]));
        if !alt {
            prev = Some(f);
        }
    }
    lines
}

fn prompt(title: &str, app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let h = 3.min(area.height);
    let rect = Rect {
        x: area.x,
        y: area.y + area.height - h,
        width: area.width,
        height: h,
    };
    Clear.render(rect, buf);
    Paragraph::new(format!("{}█", safe(&app.input, 80)))
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(Span::styled(title.to_string(), theme.title)),
        )
        .render(rect, buf);
}

fn picker(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let rect = centered(area, 70, 80);
    Clear.render(rect, buf);
    let entries = app.picker_entries();
    let inner_h = rect.height.saturating_sub(3) as usize;
    let first = app.picker.saturating_sub(inner_h.saturating_sub(1));
    let mut lines = vec![Line::styled(
        format!("search: {}█", safe(&app.input, 40)),
        theme.title,
    )];
    for (i, (article, name, n)) in entries.iter().enumerate().skip(first).take(inner_h) {
        let style = if i == app.picker {
            theme.selected
        } else {
            ratatui::style::Style::default()
        };
        lines.push(Line::styled(
            format!(
                "{:>7}  {:<48} {n:>4} cases",
                safe(article, 7),
                safe(name, 48)
            ),
            style,
        ));
    }
    if entries.is_empty() {
        lines.push(Line::styled("no article matches", theme.muted));
    }
    let title = format!(
        " article filter ({}; counts: documented cases in range) ",
        app.range
    );
    Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(Span::styled(title, theme.title)),
        )
        .render(rect, buf);
}
