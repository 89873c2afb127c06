//! The Articles / cases tab: documented cases per article, figures by article, and the case
//! list, all narrowed by the range and the article filter. Case counts are "documented cases"
//! in the register, never national totals.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use super::cells::{aggregate_text, safe, window};
use super::theme::Theme;
use crate::app::App;
use crate::data::load::cases::Case;
use crate::data::model::i18n::text;
use crate::data::model::text::format_number;

/// Draws the three panels.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(45), Constraint::Min(3)]).areas(area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(45), Constraint::Min(10)]).areas(top);
    counts(app, theme, left, buf);
    figures(app, theme, right, buf);
    cases(app, theme, bottom, buf);
}

/// The panel's title, shorter where the long one would be cut.
fn counts_title(width: u16) -> String {
    if width >= 52 {
        crate::tr!("art-counts-title")
    } else {
        crate::tr!("art-counts-title-short")
    }
}

/// The counts table's headings; the bar's column has none.
fn counts_header(theme: &Theme) -> Row<'static> {
    let [article, cases, name] = ["art-col-article", "art-col-cases", "art-col-name"].map(text);
    Row::new([article, cases, String::new(), name]).style(theme.title)
}

fn counts(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let per = &app.views().cases.per_article;
    let max = per.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1);
    // Only the rows that fit: a register of 100,000 articles names 30, not 100,000.
    let fits = usize::from(area.height.saturating_sub(2)); // title border and header
    // On a narrow screen the bar gives way to the article's name.
    let bar_w: u16 = if area.width >= 52 { 12 } else { 4 };
    // As wide as the longest code shown: "adm:19.11" cut to "adm:19.1" is another article.
    let longest = per.iter().take(fits).map(|(a, _)| a.chars().count()).max();
    let article_w = longest.unwrap_or(7).clamp(7, 10) as u16;
    let rows = per.iter().take(fits).map(|(article, n)| {
        let name = app.store().glossary_entry(article).map_or_else(
            || crate::tr!("art-not-in-glossary"),
            |a| a.name_here().to_string(),
        );
        let full = usize::from(bar_w);
        let bar = "█".repeat((n * full).div_ceil(max).min(full));
        Row::new(vec![
            Line::from(safe(article, 10)),
            Line::from(n.to_string()).right_aligned(),
            Line::from(bar),
            Line::from(safe(&name, 60)),
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Length(article_w),
            Constraint::Length(5),
            Constraint::Length(bar_w),
            Constraint::Min(8),
        ],
    )
    .header(counts_header(theme))
    .block(titled(&counts_title(area.width), theme));
    Widget::render(table, area, buf);
}

/// Figures by article, grouped under each metric's label with the article first on its own
/// line, so a narrow screen cuts neither the article (24.23 and 24.3 are both "24" when cut)
/// nor, before the edge, the aggregate.
fn figures(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let mut lines: Vec<Line> = Vec::new();
    let mut label: Option<&str> = None;
    for s in app.series().iter().filter(|s| s.months_with_data() > 0) {
        if label != Some(s.metric.label.as_str()) {
            label = Some(s.metric.label.as_str());
            lines.push(Line::raw(safe(s.metric.label_here(), 60)));
        }
        lines.push(Line::from(vec![
            Span::raw(format!(" {:<6} ", safe(&s.article, 12))),
            Span::styled(aggregate_text(&s.aggregate()), theme.muted),
        ]));
    }
    let lines = if lines.is_empty() {
        vec![Line::styled(crate::tr!("art-no-figures"), theme.muted)]
    } else {
        lines
    };
    let block =
        titled(&crate::tr!("art-figures-title"), theme).borders(Borders::TOP | Borders::LEFT);
    // A line still too long for the panel goes on below rather than losing its end.
    Paragraph::new(lines)
        .block(block)
        .wrap(ratatui::widgets::Wrap { trim: false })
        .render(area, buf);
}

/// The case list's column headings, as message ids.
const CASE_COLUMNS: [&str; 6] = [
    "art-col-date",
    "art-col-person",
    "art-col-event",
    "art-col-articles",
    "art-col-sentence",
    "art-col-note",
];

fn cases(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let list = &app.views().cases;
    let shown = window(
        app.row(),
        list.len(),
        area.height.saturating_sub(2) as usize,
    );
    let rows = list
        .iter()
        .skip(shown.start)
        .take(shown.len())
        .map(case_row);
    let widths = [
        Constraint::Length(10),
        Constraint::Length(24),
        Constraint::Length(18),
        Constraint::Length(14),
        Constraint::Length(8),
        Constraint::Min(10),
    ];
    let title = cases_title(app);
    let table = Table::new(rows, widths)
        .header(Row::new(CASE_COLUMNS.map(text)).style(theme.title))
        .row_highlight_style(theme.selected)
        .block(titled(&title, theme));
    let selected = (!list.is_empty()).then(|| app.row() - shown.start);
    let mut state = TableState::default().with_selected(selected);
    StatefulWidget::render(table, area, buf, &mut state);
}

/// " cases: 3 in range ", or for a person search in part of the data "cases: 0 in 2024 ·
/// 5 in all years (Enter: show all)", so a name found only in other years is not "not found".
fn cases_title(app: &App) -> String {
    let n = app.views().cases.len();
    match app.views().cases_all_years {
        Some(all) if all > n => crate::tr!(
            "art-cases-elsewhere",
            n = n,
            period = crate::data::model::period::period_text(app.range()),
            all = all
        ),
        _ => crate::tr!("art-cases", n = n),
    }
}

/// One case: date (or month), person, event, articles, sentence, note, all cleaned.
fn case_row(c: &Case) -> Row<'static> {
    let date = if c.date.is_empty() {
        c.month.to_string()
    } else {
        c.date.to_string()
    };
    let sentence = c
        .sentence_months
        .map(|m| format!("{} mo", format_number(m)))
        .unwrap_or_default();
    Row::new(vec![
        date,
        // Cut to the column widths below, so a long name ends in `…` rather than mid-word.
        safe(&c.person, 24),
        safe(&crate::data::model::case_events::event_here(&c.event), 18),
        safe(&c.articles.join(" "), 14),
        sentence,
        safe(&c.note, 80),
    ])
}

fn titled<'a>(title: &str, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::TOP)
        .title(Span::styled(title.to_string(), theme.title))
}
