//! Popups over the tabs: help (generated from the keymap), the sources of a figure, a whole
//! month, and the prompts.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::cells::safe;
use super::sources::{snapshot_lines, source_lines};
use super::theme::Theme;
use crate::app::App;
use crate::app::mode::{Mode, PopupKind, PromptKind};
use crate::app::popup::{MARKS, help_sections};
use crate::data::model::i18n::text;
use crate::data::model::plural::form;
use crate::data::model::text::format_number;
use crate::tr;

/// Draws the popup or prompt of the app's mode, if any.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let kind = match &app.mode() {
        Mode::Normal => return,
        Mode::Prompt { kind, .. } => return prompt_for(*kind, app, theme, area, buf),
        Mode::Popup { kind, .. } => *kind,
    };
    let (title, lines) = match kind {
        PopupKind::Help => (crate::tr!("help-title"), help_lines(theme)),
        PopupKind::Source => (crate::tr!("popup-sources"), source_lines(app, theme)),
        PopupKind::Events => (
            crate::tr!("popup-events", range = app.range().to_string()),
            event_lines(app, theme),
        ),
        PopupKind::Compare => (
            crate::tr!("popup-compare"),
            plain_lines(&app.views().compare),
        ),
        PopupKind::Revisions => (
            crate::tr!("popup-revised", range = app.range().to_string()),
            plain_lines(&app.views().revisions),
        ),
        PopupKind::Snapshot => {
            let month = app.selected_month().map(|m| m.to_string());
            let title = crate::tr!("popup-month", month = month.unwrap_or_default());
            (title, snapshot_lines(app, theme))
        }
    };
    boxed(&title, lines, app.mode().scroll(), theme, area, buf);
}

/// Lines the app made when the popup opened, cleaned.
fn plain_lines(lines: &[String]) -> Vec<Line<'static>> {
    lines.iter().map(|l| Line::from(safe(l, 1000))).collect()
}

/// Every event in the range, numbered as on the chart, with its source (`popup_len` counts
/// a heading and two lines an event).
fn event_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let events = app.events_in_range();
    let (n, form) = (events.len(), form(events.len()));
    let head = tr!("ev-head", n = format_number(n as f64), form = form);
    let mut lines = vec![Line::styled(head, theme.muted)];
    for (k, e) in events.iter().enumerate() {
        lines.push(Line::from(vec![
            Span::styled(
                format!("{:>2}  {}  ", super::chart::event_tag(k), safe(&e.date, 10)),
                theme.event,
            ),
            Span::raw(format!(
                "{} ({})",
                safe(e.label_here(), 200),
                safe(&e.kind_here(), 30)
            )),
        ]));
        let source = if e.source_url.is_empty() {
            tr!("ui-no-source-given")
        } else {
            safe(&e.source_url, 200)
        };
        let source = tr!("ui-event-source", source = source);
        lines.push(Line::styled(format!("    {source}"), theme.muted));
    }
    lines
}

fn prompt_for(kind: PromptKind, app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    match kind {
        // The filter line's title gives an example of each thing it takes.
        PromptKind::Filter => prompt(&tr!("ui-filter-title"), app, theme, area, buf),
        PromptKind::Goto => prompt(&tr!("ui-goto-title"), app, theme, area, buf),
        PromptKind::Articles => picker(app, theme, area, buf),
        PromptKind::Name => prompt(&tr!("ui-name-title"), app, theme, area, buf),
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
    // The scroll counts the popup's own lines, not wrapped rows: a long value wraps in full,
    // and scrolling to the last line (the app's limit) always shows it whole.
    let shown: Vec<Line> = lines.into_iter().skip(scroll).collect();
    Paragraph::new(shown)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(Span::styled(title.to_string(), theme.title)),
        )
        .wrap(Wrap { trim: false })
        .render(rect, buf);
}

/// Help, from the binding table section by section; [`crate::app::popup::help_len`] counts
/// these lines, so the scroll stays within them.
pub fn help_lines(theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(crate::tr!("help-heading"), theme.title)];
    for (title, bindings) in help_sections() {
        lines.push(Line::styled(text(title), theme.title));
        for b in bindings {
            lines.push(Line::from(vec![
                Span::styled(format!("{:>11}  ", b.label), theme.title),
                Span::raw(text(b.id)),
            ]));
        }
    }
    lines.push(Line::styled(crate::tr!("help-marks"), theme.title));
    for (m, id) in MARKS {
        let m = if m.starts_with("mark-") {
            text(m)
        } else {
            m.to_string()
        };
        lines.push(Line::raw(format!("{m:>11}  {}", text(id))));
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
    Paragraph::new(format!("{}█", safe(app.mode().input(), 80)))
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(Span::styled(format!(" {title} "), theme.title)),
        )
        .render(rect, buf);
}

/// One article of the picker: number, documented cases in range, short name; the name last,
/// so a narrow popup cuts the name and never the count or the number ("adm:19.11" whole).
fn picker_row((article, name, n): &(String, String, usize)) -> String {
    format!(
        "{:>9} {:>9}  {}",
        safe(article, 10),
        tr!(
            "ui-picker-cases",
            n = format_number(*n as f64),
            form = form(*n)
        ),
        safe(name, 48)
    )
}

fn picker(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let rect = centered(area, 70, 80);
    Clear.render(rect, buf);
    let entries = app.picker_entries();
    let inner_h = rect.height.saturating_sub(3) as usize;
    let first = app
        .mode()
        .picker()
        .saturating_sub(inner_h.saturating_sub(1));
    let mut lines = vec![Line::styled(
        tr!("ui-search", input = safe(app.mode().input(), 40)),
        theme.title,
    )];
    for (i, entry) in entries.iter().enumerate().skip(first).take(inner_h) {
        let style = if i == app.mode().picker() {
            theme.selected
        } else {
            ratatui::style::Style::default()
        };
        lines.push(Line::styled(picker_row(entry), style));
    }
    if entries.is_empty() {
        lines.push(Line::styled(tr!("ui-no-article-matches"), theme.muted));
    }
    // The range first: a longer language cuts the words, never the months.
    let title = format!(
        " {} ",
        tr!("ui-picker-title", range = app.range().to_string())
    );
    Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(Span::styled(title, theme.title)),
        )
        .render(rect, buf);
}
