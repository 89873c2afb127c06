//! A month trend chart. Lines join only consecutive months with figures, so a missing month is
//! a visible break; exact points are `●`, lower bounds `△`, approximations `◇`; events are
//! numbered on the x axis and listed under it; y labels carry thousands separators.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Line as CanvasLine};

use super::cells::safe;
use super::theme::Theme;
use crate::data::load::events::Event;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::format_number;
use crate::data::query::series::Series;

/// The chart of one series, with the events that fall in its range.
pub struct TrendChart<'a> {
    /// The series drawn.
    pub series: &'a Series,
    /// Events to mark (only those in range are drawn).
    pub events: &'a [Event],
    /// Styles.
    pub theme: &'a Theme,
}

/// The glyph for a point of this qualifier.
pub fn point_glyph(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "●",
        Qualifier::AtLeast | Qualifier::Over => "△",
        Qualifier::About => "◇",
    }
}

impl Widget for TrendChart<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let values: Vec<Option<(f64, Qualifier)>> = self
            .series
            .points()
            .map(|c| c.map(|c| (c.value(), c.qualifier())))
            .collect();
        let present: Vec<f64> = values.iter().flatten().map(|(v, _)| *v).collect();
        if area.height < 4 || area.width < 16 {
            return;
        }
        if present.is_empty() {
            let msg = "no figure for this metric in this range: nothing to draw";
            let y = area.y + area.height / 2;
            buf.set_stringn(area.x, y, msg, area.width as usize, self.theme.muted);
            return;
        }
        let (lo, hi) = bounds(&present);
        let labels = y_labels(lo, hi);
        let label_w = labels.iter().map(|l| l.chars().count()).max().unwrap_or(1) as u16 + 1;
        let legend_rows = if area.height >= 10 { 1 } else { 0 };
        let plot = Rect {
            x: area.x + label_w,
            y: area.y,
            width: area.width.saturating_sub(label_w),
            height: area.height.saturating_sub(2 + legend_rows),
        };
        draw_y_labels(buf, area, plot, &labels, self.theme);
        self.draw_plot(buf, plot, &values, lo, hi);
        let in_range = self.events_in_range();
        self.draw_axis(buf, plot, &in_range);
        if legend_rows == 1 {
            self.draw_legend(buf, area, &in_range);
        }
    }
}

impl TrendChart<'_> {
    fn events_in_range(&self) -> Vec<&Event> {
        self.events
            .iter()
            .filter(|e| self.series.range.contains(e.month))
            .collect()
    }

    fn x_of(&self, i: usize) -> f64 {
        i as f64
    }

    fn draw_plot(
        &self,
        buf: &mut Buffer,
        plot: Rect,
        values: &[Option<(f64, Qualifier)>],
        lo: f64,
        hi: f64,
    ) {
        let n = values.len().max(1);
        let x_max = if n == 1 { 1.0 } else { (n - 1) as f64 };
        let colour = self.theme.line;
        let inexact = self.theme.inexact;
        let canvas = Canvas::default()
            .marker(Marker::Braille)
            .x_bounds([if n == 1 { -1.0 } else { 0.0 }, x_max])
            .y_bounds([lo, hi])
            .paint(|ctx| {
                for (i, pair) in values.windows(2).enumerate() {
                    if let [Some((a, _)), Some((b, _))] = pair {
                        ctx.draw(&CanvasLine::new(
                            self.x_of(i),
                            *a,
                            self.x_of(i + 1),
                            *b,
                            colour,
                        ));
                    }
                }
                ctx.layer();
                self.paint_points(ctx, values, colour, inexact);
            });
        canvas.render(plot, buf);
    }

    /// One glyph per month with a figure: its shape says exact, bound or about.
    fn paint_points(
        &self,
        ctx: &mut ratatui::widgets::canvas::Context<'_>,
        values: &[Option<(f64, Qualifier)>],
        colour: ratatui::style::Color,
        inexact: Style,
    ) {
        for (i, v) in values.iter().enumerate() {
            if let Some((value, q)) = v {
                let style = match q {
                    Qualifier::Exact => Style::default().fg(colour),
                    _ => inexact,
                };
                let glyph = ratatui::text::Span::styled(point_glyph(*q), style);
                ctx.print(self.x_of(i), *value, glyph);
            }
        }
    }

    fn col_of(&self, plot: Rect, i: usize) -> u16 {
        let n = self.series.range.len();
        if n <= 1 || plot.width == 0 {
            return plot.x;
        }
        plot.x + ((i as f64 / (n - 1) as f64) * f64::from(plot.width - 1)).round() as u16
    }

    fn draw_axis(&self, buf: &mut Buffer, plot: Rect, events: &[&Event]) {
        let axis_y = plot.y + plot.height;
        let label_y = axis_y + 1;
        let muted = self.theme.muted;
        buf.set_stringn(
            plot.x,
            axis_y,
            "─".repeat(plot.width as usize),
            plot.width as usize,
            muted,
        );
        for (k, e) in events.iter().enumerate() {
            let i = self.series.range.from().months_until(e.month) as usize;
            buf.set_stringn(
                self.col_of(plot, i),
                axis_y,
                event_tag(k),
                1,
                self.theme.event,
            );
        }
        let n = self.series.range.len();
        let slots = (plot.width / 9).max(1) as usize;
        let step = n.div_ceil(slots).max(1);
        let mut next_free = plot.x;
        for (i, m) in self.series.range.months().enumerate() {
            if i % step != 0 && i != n - 1 {
                continue;
            }
            let label = m.to_string();
            let x = self.col_of(plot, i).saturating_sub(3).max(plot.x);
            let right = plot.x + plot.width;
            if x >= next_free && x + label.len() as u16 <= right {
                buf.set_string(x, label_y, &label, muted);
                next_free = x + label.len() as u16 + 1;
            }
        }
    }

    fn draw_legend(&self, buf: &mut Buffer, area: Rect, events: &[&Event]) {
        let y = area.y + area.height - 1;
        let mut text = String::from("● exact  △ at least/over  ◇ about  gap = no figure");
        for (k, e) in events.iter().enumerate() {
            text.push_str(&format!(
                "  {} {} {}",
                event_tag(k),
                e.date,
                safe(&e.label, 40)
            ));
        }
        buf.set_stringn(area.x, y, text, area.width as usize, self.theme.muted);
    }
}

/// Event marks: 1-9, then letters.
fn event_tag(k: usize) -> &'static str {
    const TAGS: [&str; 20] = [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F", "G", "H", "I",
        "J", "K",
    ];
    TAGS.get(k).copied().unwrap_or("*")
}

/// Top, middle and bottom labels of the y axis; whole numbers once the span is wide.
fn y_labels(lo: f64, hi: f64) -> [String; 3] {
    let tick = |v: f64| {
        if hi - lo > 10.0 {
            format_number(v.round())
        } else {
            format_number(v)
        }
    };
    [tick(hi), tick((lo + hi) / 2.0), tick(lo)]
}

fn bounds(values: &[f64]) -> (f64, f64) {
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if (hi - lo).abs() < f64::EPSILON {
        return (lo - 1.0, hi + 1.0);
    }
    let pad = (hi - lo) * 0.05;
    ((lo - pad).max(0.0), hi + pad)
}

fn draw_y_labels(buf: &mut Buffer, area: Rect, plot: Rect, labels: &[String; 3], theme: &Theme) {
    if plot.height == 0 {
        return;
    }
    let w = (plot.x - area.x).saturating_sub(1) as usize;
    let rows = [plot.y, plot.y + plot.height / 2, plot.y + plot.height - 1];
    for (label, y) in labels.iter().zip(rows) {
        buf.set_stringn(area.x, y, format!("{label:>w$}"), w, theme.muted);
    }
}
