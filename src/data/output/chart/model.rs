//! `repdash chart` and the dashboard's chart key: what one series' image shows (this file),
//! drawn by `chart_draw` and encoded as SVG or PNG by `chart_encode`, in that order only. What a
//! monitor can put in a report without retouching: one line per run of consecutive months
//! (a missing month is a break, never a zero), a marker shape per qualifier (circle exact,
//! triangle at least / over, square about; a ring around a disputed month), y ticks on round
//! numbers from zero, month labels that do not collide, numbered events, and a caption naming
//! the sources. Text is drawn with DejaVu Sans embedded in the binary, so a PNG renders the
//! same on a machine without fonts.

use plotters::style::RGBColor;

use crate::data::load::events::Event;
use crate::data::model::figure::host;
use crate::data::model::month::Month;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::clean;
use crate::data::model::ticks::nice_ticks;
use crate::data::query::series::Series;

/// Image formats a chart is written in, by the output file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    /// Scalable vector graphics: text stays text, for the web and for editing.
    Svg,
    /// A PNG bitmap, for slides and messengers.
    Png,
}

impl ImageFormat {
    /// The format a file name asks for (`.svg` or `.png`, any case).
    pub fn of(path: &std::path::Path) -> Option<ImageFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "svg" => Some(ImageFormat::Svg),
            "png" => Some(ImageFormat::Png),
            _ => None,
        }
    }
}

/// The largest size accepted (a 4000x4000 PNG is 48 MB of pixels).
pub const MAX_SIZE: (u32, u32) = (4000, 4000);
/// The smallest size that leaves room for the axes and a line.
pub const MIN_SIZE: (u32, u32) = (320, 200);

/// The caption's second line, in the reader's language: what the shapes and breaks mean.
pub fn marks() -> String {
    crate::tr!("chart-img-marks")
}

/// Colour of the series line and markers (the dashboard's dark-blue), and of events.
pub const LINE_RGB: RGBColor = RGBColor(31, 95, 173);
/// Colour of event lines and numbers.
pub const EVENT_RGB: RGBColor = RGBColor(200, 100, 20);
/// Colour of the ring around a disputed month.
pub const DISPUTE_RGB: RGBColor = RGBColor(190, 30, 45);

/// Everything a chart image shows.
#[derive(Debug, Clone)]
pub struct ChartImage<'a> {
    /// The series (its range is the x axis).
    pub series: &'a Series,
    /// Events in the range, numbered in this order.
    pub events: Vec<&'a Event>,
    /// Pixels.
    pub size: (u32, u32),
}

/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// The drawing library failed (out of memory, a font that would not load).
    #[error("{}", crate::tr!("er-chart-draw", why = .0.as_str()))]
    Draw(String),
}

impl<'a> ChartImage<'a> {
    /// The title: what is counted, where and by whom ("Political prisoners in Belarus
    /// (Viasna count)"), then unit and range, so an image pasted into a report stands alone.
    ///
    /// It takes at most `max` characters: where it cannot, the range goes first, then the unit (a small
    /// chart in a report sits under a heading that names the range), never what is counted.
    pub fn title_within(&self, max: usize) -> String {
        let s = self.series;
        let counter = s.metric.counter_here().map(|c| clean(&c));
        let by = counter.map(|c| format!(" ({c})")).unwrap_or_default();
        let article = match s.article.is_empty() {
            true => String::new(),
            false => crate::tr!("chart-img-article", article = clean(&s.article)),
        };
        let label = clean(s.metric.label_here());
        // Belarusian writes "ў" for "у" after a vowel; the other languages ignore `after`.
        let vowel = label
            .chars()
            .last()
            .is_some_and(|c| "аеёіоуўыэюяaeiouy".contains(c.to_lowercase().next().unwrap_or(c)));
        let after = if vowel { "vowel" } else { "consonant" };
        let what = crate::tr!(
            "chart-img-title",
            label = label,
            after = after,
            by = by,
            article = article
        );
        let unit = format!("{what} · {}", clean(&s.metric.unit_here()));
        let full = format!("{unit} · {}", s.range);
        [full, unit]
            .into_iter()
            .find(|t| t.chars().count() <= max)
            .unwrap_or(what)
    }

    /// The events the legend has room for (`room` lines), as (number on the axis, event) in
    /// date order, and the numbers left out. Headline events come first, then those nearest
    /// the end of the range: the newest event is never the one a full legend drops.
    pub fn listed_events(&self, room: usize) -> (Vec<(usize, &'a Event)>, Vec<usize>) {
        let mut order: Vec<usize> = (0..self.events.len()).collect();
        order.sort_by_key(|&i| (!self.events[i].is_headline(), std::cmp::Reverse(i)));
        let keep = if self.events.len() > room {
            room.saturating_sub(1)
        } else {
            room
        };
        let mut listed: Vec<usize> = order.iter().copied().take(keep).collect();
        listed.sort_unstable();
        let left: Vec<usize> = (0..self.events.len())
            .filter(|i| !listed.contains(i))
            .map(|i| i + 1)
            .collect();
        let listed = listed
            .into_iter()
            .map(|i| (i + 1, self.events[i]))
            .collect();
        (listed, left)
    }

    /// The caption's first line: where the figures come from (the second is [`marks`]).
    pub fn caption(&self) -> String {
        let mut hosts: Vec<(String, usize)> = Vec::new();
        for cell in self.series.points().flatten() {
            let h = host(&cell.primary.source_url).to_string();
            match hosts.iter_mut().find(|(x, _)| *x == h) {
                Some((_, n)) => *n += 1,
                None => hosts.push((h, 1)),
            }
        }
        hosts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        // The three sites most cited, then how many figures the others give.
        let mut named: Vec<String> = hosts
            .iter()
            .take(3)
            .map(|(h, n)| format!("{} ({n})", clean(h)))
            .collect();
        let rest: usize = hosts.iter().skip(3).map(|(_, n)| n).sum();
        if rest > 0 {
            let n = hosts.len() - 3;
            named.push(crate::tr!("chart-img-other-sites", n = n, figures = rest));
        }
        if named.is_empty() {
            named.push(crate::tr!("chart-img-no-sites"));
        }
        crate::tr!("chart-img-sources", sites = named.join(", "))
    }

    /// The runs of consecutive months with a figure: (month index, value, qualifier, disputed).
    pub fn runs(&self) -> Vec<Vec<(usize, f64, Qualifier, bool)>> {
        let mut runs: Vec<Vec<(usize, f64, Qualifier, bool)>> = Vec::new();
        let mut open = false;
        for (i, p) in self.series.points().enumerate() {
            match p {
                Some(c) => {
                    let point = (i, c.value(), c.qualifier(), c.conflict());
                    match runs.last_mut() {
                        Some(run) if open => run.push(point),
                        _ => runs.push(vec![point]),
                    }
                    open = true;
                }
                None => open = false,
            }
        }
        runs
    }

    /// The y ticks: round numbers from zero to above the highest value.
    pub fn y_ticks(&self, plot_h: u32) -> Vec<f64> {
        let hi = self
            .series
            .points()
            .flatten()
            .map(|c| c.value())
            .fold(0.0, f64::max);
        nice_ticks(0.0, hi, (plot_h / 60).clamp(3, 10) as usize)
    }

    /// Months to label on the x axis: first and last always, the rest spaced so that labels
    /// of `label_px` pixels never meet within `width` pixels.
    pub fn x_labels(&self, width: u32, label_px: u32) -> Vec<(usize, Month)> {
        let months: Vec<Month> = self.series.range.months().collect();
        let n = months.len();
        let fit = (width / (label_px + 12)).max(2) as usize;
        let step = [1, 2, 3, 6, 12, 24, 60, 120]
            .into_iter()
            .find(|s| n.div_ceil(*s) <= fit)
            .unwrap_or(n.max(1));
        let last = n.saturating_sub(1);
        let mut out: Vec<(usize, Month)> = (0..n).step_by(step).map(|i| (i, months[i])).collect();
        // The last month is always labelled; a regular label too close to it gives way.
        let min_gap = (label_px + 12) as f64 * last as f64 / width.max(1) as f64;
        out.retain(|(i, _)| *i == 0 || (last - i) as f64 >= min_gap);
        if n > 1 && out.last().is_none_or(|(i, _)| *i != last) {
            out.push((last, months[last]));
        }
        out
    }
}
