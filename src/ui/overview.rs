//! The overview: one tile per core series with its latest figure, the change on the previous
//! month with data, and a sparkline over the range (gaps drawn as `·`).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Sparkline, SparklineBar, Widget};

use super::cells::{GAP, safe, value_span};
use super::theme::Theme;
use crate::app::App;
use crate::data::model::month::Month;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::format_change;
use crate::data::query::series::{Cell, Series};

/// Draws the tiles in a grid that fits the area.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let series = app.series();
    let cols: usize = if area.width >= 150 { 3 } else { 2 };
    let rows = series.len().div_ceil(cols).max(1);
    let row_areas = Layout::vertical(vec![Constraint::Ratio(1, rows as u32); rows]).split(area);
    for (r, row_area) in row_areas.iter().enumerate() {
        let cells =
            Layout::horizontal(vec![Constraint::Ratio(1, cols as u32); cols]).split(*row_area);
        for (c, tile_area) in cells.iter().enumerate() {
            if let Some(s) = series.get(r * cols + c) {
                tile(s, theme, *tile_area, buf);
            }
        }
    }
}

/// The last month with a figure and the one before it that has one.
type Dated<'a> = Option<(Month, Cell<'a>)>;

fn last_two(s: &Series) -> (Dated<'_>, Dated<'_>) {
    let mut found = s
        .range
        .months()
        .zip(s.points())
        .filter_map(|(m, c)| Some((m, c?)))
        .rev();
    (found.next(), found.next())
}

fn tile(s: &Series, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let title = Span::styled(format!(" {} ", safe(&s.label(), 40)), theme.title);
    let block = Block::default().borders(Borders::ALL).title(title);
    let inner = block.inner(area);
    block.render(area, buf);
    let mut lines = tile_lines(s, theme, inner);
    // A tall tile lists the last months as text too, then gives the sparkline every row left.
    if inner.height >= lines.len() as u16 + 6 {
        lines.push(recent_line(s, theme, inner.width));
    }
    let text_h = (lines.len() as u16).min(inner.height.saturating_sub(1));
    let spark_h = inner.height.saturating_sub(text_h);
    let [text_area, spark_area, _] = Layout::vertical([
        Constraint::Length(text_h),
        Constraint::Length(spark_h),
        Constraint::Min(0),
    ])
    .areas(inner);
    Paragraph::new(lines).render(text_area, buf);
    if spark_area.height > 0 {
        sparkline(s, theme, spark_area, buf);
    }
}

/// Latest figure and month, change on the previous month with data, and what the sparkline spans.
fn tile_lines(s: &Series, theme: &Theme, inner: Rect) -> Vec<Line<'static>> {
    let (last, prev) = last_two(s);
    let months = s.range.len();
    let mut lines = vec![match last {
        Some((m, c)) => Line::from(vec![
            Span::raw(crate::tr!("tile-latest")),
            value_span(Some(c), theme),
            Span::raw(format!(" ({m})")),
            Span::styled(
                crate::tr!(
                    "tile-coverage",
                    with = s.months_with_data(),
                    months = months
                ),
                theme.muted,
            ),
        ]),
        None => Line::styled(crate::tr!("tile-none", months = months), theme.muted),
    }];
    if let (Some((_, c)), Some((pm, pc))) = (last, prev) {
        let exact = c.qualifier() == Qualifier::Exact && pc.qualifier() == Qualifier::Exact;
        let delta = format_change(c.value() - pc.value());
        let delta = format!("{}{delta}", if exact { "" } else { "~" });
        let text = crate::tr!("tile-change", delta = delta, month = pm.to_string());
        lines.push(Line::styled(text, theme.muted));
    }
    let shown = months.min(inner.width as usize);
    if let Some(first) = s.range.to().offset(1 - shown as i32)
        && inner.height > lines.len() as u16 + 1
    {
        lines.push(Line::styled(
            crate::tr!("tile-trend", range = format!("{first}..{}", s.range.to())),
            theme.muted,
        ));
    }
    lines
}

/// The last months of the range with their figures (`·` for none), as many of the last four
/// as fit, newest kept first.
fn recent_line(s: &Series, theme: &Theme, width: u16) -> Line<'static> {
    let mut used = 12;
    let mut shown = Vec::new();
    for (m, c) in s.range.months().zip(s.points()).rev().take(4) {
        let value = value_span(c, theme);
        let w = 2 + 7 + 1 + value.content.chars().count();
        if used + w > usize::from(width) {
            break;
        }
        used += w;
        shown.push((m, value));
    }
    let mut spans = vec![Span::styled(crate::tr!("tile-last-months"), theme.muted)];
    for (m, value) in shown.into_iter().rev() {
        spans.push(Span::styled(format!("  {m} "), theme.muted));
        spans.push(value);
    }
    Line::from(spans)
}

/// Bars scaled to the range's own minimum and maximum, so the shape shows; gaps stay gaps.
fn sparkline(s: &Series, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let values: Vec<Option<f64>> = s.points().map(|c| c.map(|c| c.value())).collect();
    let shown = values.len().saturating_sub(area.width as usize);
    let values = &values[shown..];
    let present: Vec<f64> = values.iter().flatten().copied().collect();
    let lo = present.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = present.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let bars: Vec<SparklineBar> = values
        .iter()
        .map(|v| {
            let scaled = v.map(|v| {
                if hi > lo {
                    1 + ((v - lo) / (hi - lo) * 7.0).round() as u64
                } else {
                    4
                }
            });
            SparklineBar::from(scaled)
        })
        .collect();
    Sparkline::default()
        .data(bars)
        .max(8)
        .style(Style::default().fg(theme.line))
        .absent_value_symbol(GAP)
        .absent_value_style(theme.muted)
        .render(area, buf);
}
