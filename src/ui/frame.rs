//! The whole screen: tab bar, filter line, the tab, status and key hints, then any popup.

use crate::app::tab::{TabKind, TitleWidth};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs, Widget};

use super::theme::Theme;
use super::{articles, cells::safe, coverage, metric_tab, overview, popups};
use crate::app::{App, DashTab};

/// Below this size the dashboard shows only a short message.
pub const MIN_SIZE: (u16, u16) = (40, 12);

/// The app drawn with a theme; `ui` never changes the app.
pub struct Screen<'a> {
    /// What to draw.
    pub app: &'a App,
    /// How to colour it.
    pub theme: &'a Theme,
}

impl Widget for Screen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, theme) = (self.app, self.theme);
        if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
            return too_small(area, buf);
        }
        // A message is shown whole: it wraps onto up to three lines rather than being cut.
        let msg = app.status().map(|s| safe(s, 1000)).unwrap_or_default();
        let status_h = msg
            .chars()
            .count()
            .div_ceil(usize::from(area.width))
            .clamp(1, 3);
        let [tabs, filters, body, status, hints] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(4),
            Constraint::Length(u16::try_from(status_h).unwrap_or(1)),
            Constraint::Length(1),
        ])
        .areas(area);
        tab_bar(app, theme, tabs, buf);
        filter_line(app, theme, filters, buf);
        let body = problems_panel(app, theme, body, buf);
        match app.tab().kind() {
            TabKind::Overview => overview::render(app, theme, body, buf),
            TabKind::Articles => articles::render(app, theme, body, buf),
            TabKind::Coverage => coverage::render(app, theme, body, buf),
            TabKind::Metric => metric_tab::render(app, theme, body, buf),
        }
        Paragraph::new(Line::styled(msg, theme.status))
            .wrap(ratatui::widgets::Wrap { trim: false })
            .render(status, buf);
        Paragraph::new(super::hints::hint_line(app, theme, hints.width)).render(hints, buf);
        popups::render(app, theme, body, buf);
    }
}

/// Below the smallest size: what is needed, wrapped, so a longer language's message still
/// shows the size.
fn too_small(area: Rect, buf: &mut Buffer) {
    let size = format!("{}x{}", MIN_SIZE.0, MIN_SIZE.1);
    Paragraph::new(crate::tr!("terminal-too-small", size = size))
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(area, buf);
}

fn tab_bar(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    // The longest titles that fit, padded when there is room for that too (a space each side,
    // one column between tabs). Cut names only when the row is really too narrow.
    let fits = |(name, pad): (fn(DashTab) -> String, usize)| {
        let w: usize = DashTab::ALL
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{} {}", i + 1, name(*t)).chars().count() + 2 * pad + 1)
            .sum();
        w.saturating_sub(1) <= usize::from(area.width)
    };
    let title: fn(DashTab) -> String = |t| t.title_in(TitleWidth::Full);
    let medium: fn(DashTab) -> String = |t| t.title_in(TitleWidth::Medium);
    let short: fn(DashTab) -> String = |t| t.title_in(TitleWidth::Short);
    let tiers = [(title, 1), (medium, 1), (medium, 0), (short, 0)];
    let selected = app.tab().index();
    let (titles, side) = match tiers.into_iter().find(|t| fits(*t)) {
        Some((name, pad)) => (numbered(name, None), if pad == 1 { " " } else { "" }),
        // Longer words than the row holds even short: the number of every tab and the name
        // of the open one, so the row still says where one is and how to go elsewhere.
        None => (numbered(short, Some(selected)), ""),
    };
    Tabs::new(titles)
        .select(selected)
        .highlight_style(theme.selected)
        .divider("│")
        .padding(side, side)
        .render(area, buf);
}

/// "1 Overview", "2 Prison"...: each tab's number and its title in `name`; with `only`, the
/// title of that tab alone and the others' numbers.
fn numbered(name: fn(DashTab) -> String, only: Option<usize>) -> Vec<String> {
    let each = |(i, t): (usize, &DashTab)| match only {
        Some(o) if o != i => format!("{}", i + 1),
        _ => format!("{} {}", i + 1, name(*t)),
    };
    DashTab::ALL.iter().enumerate().map(each).collect()
}

fn filter_line(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let article = match &app.article() {
        Some(a) => {
            let name = app
                .store()
                .glossary_entry(&a.to_string().replace('*', ""))
                .map(|g| format!(" ({})", safe(g.name_here(), 40)))
                .unwrap_or_default();
            crate::tr!("filters-article", article = a.to_string(), name = name)
        }
        None => crate::tr!("filters-all-articles"),
    };
    let name = app
        .name()
        .map(|n| crate::tr!("filters-cases-of", name = safe(n, 30)))
        .unwrap_or_default();
    let text = crate::tr!(
        "filters-line",
        range = app.range().to_string(),
        months = app.range().count_text(),
        article = article,
        name = name,
        origin = safe(
            &crate::data::model::i18n::origin_here(&app.store().origin),
            40
        )
    );
    Paragraph::new(Line::from(vec![
        Span::styled(crate::tr!("filters-label"), theme.title),
        Span::styled(text, theme.muted),
    ]))
    .render(area, buf);
}

/// After a failed reload, what is wrong with the files (file:line: field: message), under the
/// last good data; the rest of the body is returned for the tab. Closes itself once a reload
/// succeeds (the app empties the list).
fn problems_panel(app: &App, theme: &Theme, body: Rect, buf: &mut Buffer) -> Rect {
    let problems = app.problems();
    if problems.is_empty() {
        return body;
    }
    let h = (problems.len() as u16 + 2).min(body.height / 2).max(3);
    let [top, panel] = Layout::vertical([Constraint::Min(1), Constraint::Length(h)]).areas(body);
    let lines: Vec<Line> = problems
        .iter()
        .map(|p| Line::styled(safe(p, 300), theme.conflict))
        .collect();
    let title =
        " data problems: the last good data stays on screen; this closes when the files are valid ";
    Paragraph::new(lines)
        .block(
            ratatui::widgets::Block::bordered()
                .title(ratatui::text::Span::styled(title, theme.title)),
        )
        .wrap(ratatui::widgets::Wrap { trim: false })
        .render(panel, buf);
    top
}
