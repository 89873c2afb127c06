//! The coverage grid: metrics down (named by their labels), months across, one mark per cell
//! (`●` figure, `≥` only a bound or approximation, `≠` sources disagree, `·` missing). The label
//! column stays put while the months scroll sideways; years head their Januaries, so "which
//! months lack a political-prisoner figure" is read off one row.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::cells::{GAP, safe, value_span};
use super::theme::Theme;
use crate::app::App;
use crate::app::since::REVISED;
use crate::data::model::month::Month;
use crate::data::model::qualifier::Qualifier;
use crate::data::query::series::Cell;

/// Each month column: a mark and a space.
const COL_W: u16 = 2;
/// Rows above the grid: title, legend, years, month initials.
const HEAD_H: u16 = 4;

/// The mark and style of one grid cell.
pub fn mark(cell: Option<Cell>, theme: &Theme) -> (&'static str, Style) {
    match cell {
        None => (GAP, theme.muted),
        Some(c) if c.conflict() => ("≠", theme.conflict),
        Some(c) if c.qualifier() != Qualifier::Exact => ("≥", theme.inexact),
        Some(_) => ("●", Style::default().fg(theme.line)),
    }
}

/// Draws the grid with the selected metric and month highlighted.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let label_w = (area.width / 3).clamp(12, 34);
    if area.height < HEAD_H + 1 || area.width < label_w + 4 * COL_W || app.series().is_empty() {
        return;
    }
    title(app, theme, area, buf);
    let mut legend = crate::tr!("legend-coverage");
    if app.since().is_some() {
        legend.push_str(&format!("  {}", crate::tr!("legend-coverage-revised")));
    }
    legend.push_str(&format!("  {}", crate::tr!("legend-coverage-keys")));
    buf.set_stringn(area.x, area.y + 1, legend, area.width as usize, theme.muted);
    let visible = usize::from((area.width - label_w) / COL_W);
    let grid = Grid {
        label_w,
        first: app.col().saturating_sub(visible.saturating_sub(1)),
        visible,
    };
    month_header(app, theme, area, grid, buf);
    rows(app, theme, area, grid, buf);
}

/// The fixed label column's width and the month columns on screen.
#[derive(Clone, Copy)]
struct Grid {
    label_w: u16,
    first: usize,
    visible: usize,
}

impl Grid {
    fn x(&self, area: Rect, month_index: usize) -> u16 {
        area.x + self.label_w + (month_index - self.first) as u16 * COL_W
    }
}

/// The selected cell: metric label and key, month, its figure, and the row's coverage.
fn title(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (Some(s), Some(m)) = (app.series().get(app.row()), app.selected_month()) else {
        return;
    };
    let mut spans = vec![ratatui::text::Span::styled(
        format!("{} ({}) · {m}: ", safe(&s.label(), 50), safe(&s.key(), 40)),
        theme.title,
    )];
    match s.at(m) {
        Some(c) => spans.push(value_span(Some(c), theme)),
        None => spans.push(ratatui::text::Span::styled(
            crate::tr!("coverage-no-figure"),
            theme.muted,
        )),
    }
    if app.revised(s, m) {
        spans.push(ratatui::text::Span::styled(REVISED, theme.event));
    }
    spans.push(ratatui::text::Span::styled(
        crate::tr!(
            "coverage-months",
            with = s.months_with_data(),
            months = s.range.len()
        ),
        theme.muted,
    ));
    let line = ratatui::text::Line::from(spans);
    buf.set_line(area.x, area.y, &line, area.width);
}

/// Years over their Januaries (and over the first column), month initials under them.
fn month_header(app: &App, theme: &Theme, area: Rect, grid: Grid, buf: &mut Buffer) {
    let months = app
        .range()
        .months()
        .enumerate()
        .skip(grid.first)
        .take(grid.visible);
    let mut next_free = 0;
    for (i, m) in months {
        let x = grid.x(area, i);
        if (m.month() == 1 || i == grid.first) && x >= next_free {
            let room = usize::from(area.x + area.width - x);
            buf.set_stringn(x, area.y + 2, m.year().to_string(), room, theme.muted);
            next_free = x + 5;
        }
        let style = if i == app.col() {
            theme.selected
        } else {
            theme.muted
        };
        let initial = crate::data::model::month_names::initial(m.month());
        buf.set_stringn(x, area.y + 3, initial, 1, style);
    }
}

/// One row per metric: its label in the fixed column, then a mark per visible month.
fn rows(app: &App, theme: &Theme, area: Rect, grid: Grid, buf: &mut Buffer) {
    let body_h = usize::from(area.height - HEAD_H);
    let first_row = app.row().saturating_sub(body_h.saturating_sub(1));
    let months: Vec<(usize, Month)> = app
        .range()
        .months()
        .enumerate()
        .skip(grid.first)
        .take(grid.visible)
        .collect();
    for (r, s) in app.series().iter().enumerate().skip(first_row).take(body_h) {
        let y = area.y + HEAD_H + (r - first_row) as u16;
        let selected_row = r == app.row();
        let style = if selected_row {
            theme.selected
        } else {
            Style::default()
        };
        let label = safe(&s.label(), usize::from(grid.label_w - 1));
        buf.set_stringn(area.x, y, label, usize::from(grid.label_w - 1), style);
        for (i, m) in &months {
            let (glyph, mut st) = mark(s.at(*m), theme);
            if selected_row && *i == app.col() {
                st = theme.selected;
            }
            buf.set_stringn(grid.x(area, *i), y, glyph, 1, st);
            // The column's spare cell carries the revision mark, so the figure's own stays.
            if app.revised(s, *m) {
                buf.set_stringn(grid.x(area, *i) + 1, y, REVISED, 1, theme.event);
            }
        }
    }
}
