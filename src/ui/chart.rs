//! A month trend chart. Lines join only consecutive months with figures, so a missing month is
//! a visible break; exact points are `●`, lower bounds `△`, approximations `◇`, each drawn in
//! the cell its line passes through (one mapping, [`Plot`]); y ticks are round numbers from
//! zero unless the user asked to fit the data; events are numbered on the x axis and listed
//! under it, or counted when the list would not fit (`E` lists them all).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Line as CanvasLine};

use super::axis::{Plot, nice_ticks, x_labels};
use super::cells::safe;
use super::theme::Theme;
use crate::data::load::events::Event;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::format_number;
use crate::data::model::width::display_width;
use crate::data::query::series::Series;

/// The chart of one series, with the events that fall in its range.
pub struct TrendChart<'a> {
    /// The series drawn.
    pub series: &'a Series,
    /// Events to mark (only those in range are drawn).
    pub events: &'a [Event],
    /// Styles.
    pub theme: &'a Theme,
    /// Whether the y axis starts at zero (counts) or fits the data (the user's `z`).
    pub from_zero: bool,
}

/// The glyph for a point of this qualifier.
pub fn point_glyph(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "●",
        Qualifier::AtLeast | Qualifier::Over => "△",
        Qualifier::About => "◇",
    }
}

/// One month's point: its value and qualifier, or a gap.
type Point = Option<(f64, Qualifier)>;

impl Widget for TrendChart<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let values: Vec<Point> = self
            .series
            .points()
            .map(|c| c.map(|c| (c.value(), c.qualifier())))
            .collect();
        if area.height < 4 || area.width < 16 {
            return;
        }
        let Some((lo, hi)) = bounds(&values) else {
            let msg = crate::tr!("chart-empty");
            let y = area.y + area.height / 2;
            buf.set_stringn(area.x, y, msg, area.width as usize, self.theme.muted);
            return;
        };
        let (legend, ticks) = self.legend_and_ticks(area, lo, hi);
        let plot_h = area.height.saturating_sub(2 + legend.len() as u16).max(1);
        let labels: Vec<String> = ticks.iter().map(|t| format_number(*t)).collect();
        let label_w = labels.iter().map(|l| display_width(l)).max().unwrap_or(1) as u16 + 1;
        let n = values.len();
        let plot = Plot {
            area: Rect::new(area.x + label_w, area.y, area.width - label_w, plot_h),
            x: if n <= 1 {
                [-1.0, 1.0]
            } else {
                [0.0, (n - 1) as f64]
            },
            y: [ticks[0], ticks[ticks.len() - 1]],
        };
        draw_ticks(buf, area.x, &plot, &ticks, &labels, self.theme);
        draw_lines(buf, &plot, &values, self.theme.line);
        draw_points(buf, &plot, &values, self.theme);
        let in_range = self.events_in_range();
        self.draw_axis(buf, &plot, &in_range);
        for (k, line) in legend.iter().enumerate() {
            let y = plot.area.y + plot_h + 2 + k as u16;
            buf.set_stringn(area.x, y, line, area.width as usize, self.theme.muted);
        }
    }
}

/// About one tick per three rows, at least three and at most six.
fn target(plot_h: u16) -> usize {
    usize::from(plot_h / 3).clamp(3, 6)
}

impl TrendChart<'_> {
    fn events_in_range(&self) -> Vec<&Event> {
        self.events
            .iter()
            .filter(|e| self.series.range.contains(e.month))
            .collect()
    }

    fn draw_axis(&self, buf: &mut Buffer, plot: &Plot, events: &[&Event]) {
        let area = plot.area;
        let axis_y = area.y + area.height;
        let muted = self.theme.muted;
        let rule = "─".repeat(area.width as usize);
        buf.set_stringn(area.x, axis_y, rule, area.width as usize, muted);
        let from = self.series.range.from();
        for (k, e) in events.iter().enumerate() {
            let x = plot.column(from.months_until(e.month) as f64);
            buf.set_stringn(x, axis_y, event_tag(k), 1, self.theme.event);
        }
        let months: Vec<_> = self.series.range.months().collect();
        let columns: Vec<u16> = (0..months.len()).map(|i| plot.column(i as f64)).collect();
        let ordinals: Vec<usize> = months
            .iter()
            .map(|m| (m.year() * 12 + m.month() - 1) as usize)
            .collect();
        let right = area.x + area.width;
        for (i, x) in x_labels(&columns, &ordinals, 7, area.x, right) {
            buf.set_stringn(x, axis_y + 1, months[i].to_string(), 7, muted);
        }
    }

    /// The legend and the y ticks, which depend on each other: the ticks on the rows the
    /// legend leaves, the legend's note on whether the ticks start above zero.
    fn legend_and_ticks(&self, area: Rect, lo: f64, hi: f64) -> (Vec<String>, Vec<f64>) {
        let ticks_for = |legend: &[String]| {
            let plot_h = area.height.saturating_sub(2 + legend.len() as u16).max(1);
            nice_ticks(if self.from_zero { 0.0 } else { lo }, hi, target(plot_h))
        };
        let legend = self.legend(area, false);
        let ticks = ticks_for(&legend);
        if ticks[0] <= 0.0 {
            return (legend, ticks);
        }
        let legend = self.legend(area, true);
        let ticks = ticks_for(&legend);
        (legend, ticks)
    }

    /// The legend under the chart, wrapped onto at most the rows the height allows: the point
    /// shapes (short on narrow screens), a note when the y axis does not start at zero, and the
    /// numbered events, or their count when they would not fit.
    fn legend(&self, area: Rect, above_zero: bool) -> Vec<String> {
        let budget = match area.height {
            30.. => 3,
            14.. => 2,
            8.. => 1,
            _ => 0,
        };
        let mut head = vec![if area.width >= 100 {
            crate::tr!("chart-legend")
        } else {
            crate::tr!("chart-legend-short")
        }];
        if above_zero {
            head.push(crate::tr!("chart-not-from-zero"));
        }
        let events = self.events_in_range();
        let listed = events
            .iter()
            .enumerate()
            .map(|(k, e)| format!("{} {} {}", event_tag(k), e.date, safe(e.label_here(), 40)));
        let width = usize::from(area.width);
        let lines = wrap_items(head.iter().cloned().chain(listed), width);
        if lines.len() <= budget {
            return lines;
        }
        let count = crate::tr!("chart-events", n = events.len());
        let short = head
            .into_iter()
            .chain((!events.is_empty()).then_some(count));
        let mut lines = wrap_items(short, width);
        lines.truncate(budget);
        lines
    }
}

/// Lines between consecutive months with figures, on ratatui's braille canvas.
fn draw_lines(buf: &mut Buffer, plot: &Plot, values: &[Point], colour: Color) {
    Canvas::default()
        .marker(Marker::Braille)
        .x_bounds(plot.x)
        .y_bounds(plot.y)
        .paint(|ctx| {
            for (i, pair) in values.windows(2).enumerate() {
                if let [Some((a, _)), Some((b, _))] = pair {
                    let (x0, x1) = (i as f64, (i + 1) as f64);
                    ctx.draw(&CanvasLine::new(x0, *a, x1, *b, colour));
                }
            }
        })
        .render(plot.area, buf);
}

/// One glyph per month with a figure, in the cell of its braille dot: its shape says exact,
/// bound or about (colour only helps).
fn draw_points(buf: &mut Buffer, plot: &Plot, values: &[Point], theme: &Theme) {
    for (i, v) in values.iter().enumerate() {
        if let Some((value, q)) = v {
            let style = match q {
                Qualifier::Exact => Style::default().fg(theme.line),
                _ => theme.inexact,
            };
            let (x, y) = plot.cell(i as f64, *value);
            buf.set_stringn(x, y, point_glyph(*q), 1, style);
        }
    }
}

/// Items joined by two spaces, a new line whenever the next would pass `width`.
fn wrap_items(items: impl Iterator<Item = String>, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for item in items {
        match lines.last_mut() {
            Some(line) if display_width(line) + 2 + display_width(&item) <= width => {
                line.push_str("  ");
                line.push_str(&item);
            }
            _ => lines.push(item),
        }
    }
    lines
}

/// Event marks: 1-9, then letters.
pub fn event_tag(k: usize) -> &'static str {
    const TAGS: [&str; 20] = [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F", "G", "H", "I",
        "J", "K",
    ];
    TAGS.get(k).copied().unwrap_or("*")
}

/// The smallest and largest figure, or `None` when the range has none.
fn bounds(values: &[Point]) -> Option<(f64, f64)> {
    let present = values.iter().flatten().map(|(v, _)| *v);
    let lo = present.clone().fold(f64::INFINITY, f64::min);
    let hi = present.fold(f64::NEG_INFINITY, f64::max);
    (lo <= hi).then_some((lo, hi))
}

/// Tick labels, right-aligned left of the plot, each on its tick's row (skipped when two
/// ticks would share a row).
fn draw_ticks(
    buf: &mut Buffer,
    x: u16,
    plot: &Plot,
    ticks: &[f64],
    labels: &[String],
    theme: &Theme,
) {
    let w = (plot.area.x - x).saturating_sub(1) as usize;
    let mut used = None;
    for (t, label) in ticks.iter().zip(labels).rev() {
        let row = plot.row(*t);
        if used != Some(row) {
            buf.set_stringn(x, row, format!("{label:>w$}"), w, theme.muted);
            used = Some(row);
        }
    }
}

#[cfg(test)]
mod tests;
