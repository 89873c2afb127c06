//! Drawing a [`ChartImage`] on any plotters backend (SVG or bitmap), in pixel coordinates, so
//! the axes, ticks, lines and markers are placed by one mapping and tests can read them back.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

use super::model::{ChartImage, DISPUTE_RGB, EVENT_RGB, LINE_RGB};
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::{clean, format_number};
use crate::data::model::width::cut_to_width;

/// Events listed under the chart before "and N more".
const MAX_EVENT_LINES: usize = 6;
const LEFT: i32 = 78;
const RIGHT: i32 = 28;
const TOP: i32 = 52;
const LINE_H: i32 = 18;

type Res<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Pixel mapping of the plotting area.
#[derive(Clone, Copy)]
struct Frame {
    x0: i32,
    x1: i32,
    y0: i32,
    y1: i32,
    months: usize,
    top: f64,
}

impl Frame {
    fn x(&self, i: usize) -> i32 {
        let span = (self.months.max(2) - 1) as f64;
        self.x0 + ((self.x1 - self.x0) as f64 * i as f64 / span).round() as i32
    }

    fn y(&self, v: f64) -> i32 {
        self.y1 - ((self.y1 - self.y0) as f64 * v / self.top.max(1.0)).round() as i32
    }
}

fn font(size: u32) -> TextStyle<'static> {
    ("sans-serif", size).into_font().color(&BLACK)
}

/// Draws the whole chart.
pub fn draw<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, c: &ChartImage) -> Res<DB> {
    root.fill(&WHITE)?;
    let (w, h) = c.size;
    let event_lines = c.events.len().min(MAX_EVENT_LINES + 1) as i32;
    let bottom = 34 + LINE_H * (event_lines + 2) + 8;
    let plot_h = (h as i32 - TOP - bottom).max(40);
    let ticks = c.y_ticks(plot_h as u32);
    let frame = Frame {
        x0: LEFT,
        x1: w as i32 - RIGHT,
        y0: TOP,
        y1: TOP + plot_h,
        months: c.series.range.len(),
        top: ticks.last().copied().unwrap_or(1.0),
    };
    // About 10 pixels a character at 20 px: the title fits the image's width.
    let room = (c.size.0 as usize).saturating_sub(LEFT as usize + 8) / 10;
    root.draw(&Text::new(c.title_within(room), (LEFT, 14), font(20)))?;
    axes(root, c, frame, &ticks)?;
    events(root, c, frame)?;
    lines(root, c, frame)?;
    markers(root, c, frame)?;
    let room = (w as usize / 6).max(20);
    let caption = cut_to_width(&c.caption(), room);
    root.draw(&Text::new(caption, (12, h as i32 - 40), font(13)))?;
    let marks = cut_to_width(&super::model::marks(), room);
    root.draw(&Text::new(marks, (12, h as i32 - 22), font(13)))?;
    Ok(())
}

fn axes<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &ChartImage,
    f: Frame,
    ticks: &[f64],
) -> Res<DB> {
    let grid = RGBColor(220, 220, 220);
    for &t in ticks {
        let y = f.y(t);
        root.draw(&PathElement::new(vec![(f.x0, y), (f.x1, y)], grid))?;
        let label = format_number(t);
        let x = f.x0 - 8 - 8 * label.chars().count() as i32;
        root.draw(&Text::new(label, (x, y - 7), font(13)))?;
    }
    let axis = RGBColor(90, 90, 90);
    root.draw(&PathElement::new(vec![(f.x0, f.y1), (f.x1, f.y1)], axis))?;
    for (i, m) in c.x_labels((f.x1 - f.x0) as u32, 56) {
        let x = f.x(i);
        root.draw(&PathElement::new(vec![(x, f.y1), (x, f.y1 + 5)], axis))?;
        let label = m.short_label();
        root.draw(&Text::new(label, (x - 24, f.y1 + 9), font(13)))?;
    }
    Ok(())
}

fn events<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, c: &ChartImage, f: Frame) -> Res<DB> {
    let style = ShapeStyle::from(&EVENT_RGB).stroke_width(1);
    for (n, e) in c.events.iter().enumerate() {
        let i = c.series.range.from().months_until(e.month).max(0) as usize;
        let x = f.x(i);
        root.draw(&DashedPathElement::new(
            vec![(x, f.y0), (x, f.y1)],
            4,
            4,
            style,
        ))?;
        root.draw(&Text::new(
            format!("{}", n + 1),
            (x + 3, f.y0 - 16),
            font(13).color(&EVENT_RGB),
        ))?;
    }
    let mut y = f.y1 + 34;
    let (listed, left) = c.listed_events(MAX_EVENT_LINES + 1);
    for (n, e) in listed {
        let line = format!("{n} {}: {}", clean(&e.date), clean(e.label_here()));
        let line = cut_to_width(&line, (c.size.0 as usize / 7).max(20));
        root.draw(&Text::new(line, (LEFT, y), font(13).color(&EVENT_RGB)))?;
        y += LINE_H;
    }
    if !left.is_empty() {
        let numbers: Vec<String> = left.iter().map(ToString::to_string).collect();
        let more = crate::tr!("chart-img-also-marked", numbers = numbers.join(", "));
        root.draw(&Text::new(more, (LEFT, y), font(13).color(&EVENT_RGB)))?;
    }
    Ok(())
}

/// One polyline per run of consecutive months; a single month is a marker only.
fn lines<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, c: &ChartImage, f: Frame) -> Res<DB> {
    let style = ShapeStyle::from(&LINE_RGB).stroke_width(2);
    for run in c.runs().iter().filter(|r| r.len() > 1) {
        let points: Vec<(i32, i32)> = run.iter().map(|p| (f.x(p.0), f.y(p.1))).collect();
        root.draw(&PathElement::new(points, style))?;
    }
    Ok(())
}

/// A marker per month with a figure, its shape saying its qualifier.
fn markers<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, c: &ChartImage, f: Frame) -> Res<DB> {
    let fill = ShapeStyle::from(&LINE_RGB).filled();
    for &(i, v, q, disputed) in c.runs().iter().flatten() {
        let (x, y) = (f.x(i), f.y(v));
        match q {
            Qualifier::Exact => root.draw(&Circle::new((x, y), 4, fill))?,
            Qualifier::AtLeast | Qualifier::Over => root.draw(&Polygon::new(
                vec![(x, y - 6), (x - 5, y + 4), (x + 5, y + 4)],
                fill,
            ))?,
            Qualifier::About => {
                root.draw(&Rectangle::new([(x - 4, y - 4), (x + 4, y + 4)], fill))?
            }
        }
        if disputed {
            let ring = ShapeStyle::from(&DISPUTE_RGB).stroke_width(2);
            root.draw(&Circle::new((x, y), 8, ring))?;
        }
    }
    Ok(())
}
