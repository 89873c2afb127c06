//! The coverage grid: months down, metrics across, one mark per cell (`●` figure, `≥` only a
//! bound or approximation, `≠` sources disagree, `·` missing). The month column stays put
//! while the grid scrolls sideways.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::cells::{GAP, safe};
use super::theme::Theme;
use crate::app::App;
use crate::data::qualifier::Qualifier;
use crate::data::series::Cell;

const MONTH_W: u16 = 8;
const COL_W: u16 = 4;

/// The mark and style of one grid cell.
pub fn mark(cell: Option<Cell>, theme: &Theme) -> (&'static str, Style) {
    match cell {
        None => (GAP, theme.muted),
        Some(c) if c.conflict() => ("≠", theme.conflict),
        Some(c) if c.primary.qualifier != Qualifier::Exact => ("≥", theme.inexact),
        Some(_) => ("●", Style::default().fg(theme.series[0])),
    }
}

/// Draws the grid with the selected row and column highlighted.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let series = app.series();
    if area.height < 4 || area.width < MONTH_W + COL_W || series.is_empty() {
        return;
    }
    let sel = series.get(app.col);
    let title = match sel {
        Some(s) => {
            let with = s.months_with_data();
            format!(
                "column {}: {} ({}) · {with} of {} months · ← → columns, ↑ ↓ months, s: sources",
                app.col + 1,
                safe(&s.key(), 40),
                safe(&s.metric.label, 40),
                s.range.len()
            )
        }
        None => String::new(),
    };
    buf.set_stringn(area.x, area.y, title, area.width as usize, theme.title);
    let legend = "● figure  ≥ at least/over/about  ≠ sources disagree  · missing";
    buf.set_stringn(area.x, area.y + 1, legend, area.width as usize, theme.muted);
    let visible_cols = ((area.width - MONTH_W) / COL_W) as usize;
    let first_col = app.col.saturating_sub(visible_cols.saturating_sub(1));
    let header_y = area.y + 2;
    for (k, i) in (first_col..series.len()).take(visible_cols).enumerate() {
        let x = area.x + MONTH_W + k as u16 * COL_W;
        let style = if i == app.col {
            theme.selected
        } else {
            theme.muted
        };
        buf.set_stringn(x, header_y, format!("{:>3}", i + 1), 3, style);
    }
    let body_h = (area.height - 3) as usize;
    let first_row = app.row.saturating_sub(body_h.saturating_sub(1));
    for (r, month) in app.range.months().enumerate().skip(first_row).take(body_h) {
        let y = area.y + 3 + (r - first_row) as u16;
        let style = if r == app.row {
            theme.selected
        } else {
            Style::default()
        };
        buf.set_stringn(area.x, y, month.to_string(), MONTH_W as usize, style);
        for (k, s) in series.iter().enumerate().skip(first_col).take(visible_cols) {
            let (glyph, mut st) = mark(s.at(month), theme);
            if r == app.row && k == app.col {
                st = theme.selected;
            }
            let x = area.x + MONTH_W + (k - first_col) as u16 * COL_W + 2;
            buf.set_stringn(x, y, glyph, 1, st);
        }
    }
}
