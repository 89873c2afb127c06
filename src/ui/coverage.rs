//! The coverage grid: months down, metrics across, one mark per cell (`●` figure, `≥` only a
//! bound or approximation, `≠` sources disagree, `·` missing). The month column stays put
//! while the grid scrolls sideways.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::cells::{GAP, safe};
use super::theme::Theme;
use crate::app::App;
use crate::data::model::qualifier::Qualifier;
use crate::data::query::series::Cell;

const MONTH_W: u16 = 8;
const COL_W: u16 = 4;

/// The mark and style of one grid cell.
pub fn mark(cell: Option<Cell>, theme: &Theme) -> (&'static str, Style) {
    match cell {
        None => (GAP, theme.muted),
        Some(c) if c.conflict() => ("≠", theme.conflict),
        Some(c) if c.qualifier() != Qualifier::Exact => ("≥", theme.inexact),
        Some(_) => ("●", Style::default().fg(theme.line)),
    }
}

/// Draws the grid with the selected row and column highlighted.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height < 4 || area.width < MONTH_W + COL_W || app.series().is_empty() {
        return;
    }
    buf.set_stringn(area.x, area.y, title(app), area.width as usize, theme.title);
    let legend = "● figure  ≥ at least/over/about  ≠ sources disagree  · missing";
    buf.set_stringn(area.x, area.y + 1, legend, area.width as usize, theme.muted);
    let visible = ((area.width - MONTH_W) / COL_W) as usize;
    let cols = Columns {
        first: app.col().saturating_sub(visible.saturating_sub(1)),
        visible,
    };
    column_numbers(app, theme, area, cols, buf);
    rows(app, theme, area, cols, buf);
}

/// The columns on screen: the first shown and how many fit.
#[derive(Clone, Copy)]
struct Columns {
    first: usize,
    visible: usize,
}

fn title(app: &App) -> String {
    let Some(s) = app.series().get(app.col()) else {
        return String::new();
    };
    format!(
        "column {}: {} ({}) · {} of {} months · ← → columns, ↑ ↓ months, s: sources",
        app.col() + 1,
        safe(&s.key(), 40),
        safe(&s.metric.label, 40),
        s.months_with_data(),
        s.range.len()
    )
}

fn column_numbers(app: &App, theme: &Theme, area: Rect, cols: Columns, buf: &mut Buffer) {
    for (k, i) in (cols.first..app.series().len())
        .take(cols.visible)
        .enumerate()
    {
        let x = area.x + MONTH_W + k as u16 * COL_W;
        let style = if i == app.col() {
            theme.selected
        } else {
            theme.muted
        };
        buf.set_stringn(x, area.y + 2, format!("{:>3}", i + 1), 3, style);
    }
}

/// Month rows; the month column is drawn apart from the scrolled columns, so it stays put.
fn rows(app: &App, theme: &Theme, area: Rect, cols: Columns, buf: &mut Buffer) {
    let body_h = (area.height - 3) as usize;
    let first_row = app.row().saturating_sub(body_h.saturating_sub(1));
    for (r, month) in app
        .range()
        .months()
        .enumerate()
        .skip(first_row)
        .take(body_h)
    {
        let y = area.y + 3 + (r - first_row) as u16;
        let style = if r == app.row() {
            theme.selected
        } else {
            Style::default()
        };
        buf.set_stringn(area.x, y, month.to_string(), MONTH_W as usize, style);
        for (k, s) in app
            .series()
            .iter()
            .enumerate()
            .skip(cols.first)
            .take(cols.visible)
        {
            let (glyph, mut st) = mark(s.at(month), theme);
            if r == app.row() && k == app.col() {
                st = theme.selected;
            }
            let x = area.x + MONTH_W + (k - cols.first) as u16 * COL_W + 2;
            buf.set_stringn(x, y, glyph, 1, st);
        }
    }
}
