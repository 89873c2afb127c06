//! Chart axes: y ticks on round numbers (1-2-5 steps), month labels that never overlap with the
//! first and last month always labelled, and the one mapping from data to braille dots that the
//! line, the point markers, the ticks and the labels all share, so they cannot disagree.

use ratatui::layout::Rect;

pub use crate::data::model::ticks::nice_ticks;

/// Where data coordinates land on the terminal: ratatui's braille grid has two dots across and
/// four down per cell, and rounds coordinates to the nearest dot; markers, ticks and labels
/// use this same rounding, so a marker sits in the cell its line passes through.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plot {
    /// The cells of the plotting area.
    pub area: Rect,
    /// Data x at the left and right edges.
    pub x: [f64; 2],
    /// Data y at the bottom and top edges.
    pub y: [f64; 2],
}

impl Plot {
    /// The cell (column, row) holding the braille dot of data point (x, y).
    pub fn cell(&self, x: f64, y: f64) -> (u16, u16) {
        (self.column(x), self.row(y))
    }

    /// The column of data x.
    pub fn column(&self, x: f64) -> u16 {
        let dots = f64::from(self.area.width) * 2.0 - 1.0;
        let span = (self.x[1] - self.x[0]).max(f64::EPSILON);
        let dot = ((x - self.x[0]) * dots / span).round().clamp(0.0, dots);
        self.area.x + (dot as u16) / 2
    }

    /// The row of data y.
    pub fn row(&self, y: f64) -> u16 {
        let dots = f64::from(self.area.height) * 4.0 - 1.0;
        let span = (self.y[1] - self.y[0]).max(f64::EPSILON);
        let dot = ((self.y[1] - y) * dots / span).round().clamp(0.0, dots);
        self.area.y + (dot as u16) / 4
    }
}

/// Month steps tried for x labels, smallest first: each labels months whose index is a multiple.
const MONTH_STEPS: [usize; 8] = [1, 2, 3, 6, 12, 24, 36, 60];

/// Which months get a label and where it starts: the first and last month always, others on a
/// round month step (quarters, half years, Januaries) wherever a label fits with a space
/// between. `columns[i]` is month i's column, `ordinals[i]` its months-since-year-0 (for steps
/// that fall on Januaries); labels are `width` cells wide and stay within `left..right`.
pub fn x_labels(
    columns: &[u16],
    ordinals: &[usize],
    width: u16,
    left: u16,
    right: u16,
) -> Vec<(usize, u16)> {
    let n = columns.len();
    if n == 0 || right < left + width {
        return Vec::new();
    }
    let place = |i: usize| {
        columns[i]
            .saturating_sub(width / 2)
            .clamp(left, right - width)
    };
    let mut out = vec![(0, place(0))];
    if n == 1 {
        return out;
    }
    let last = (n - 1, place(n - 1));
    if last.1 < out[0].1 + width + 1 {
        // Two labels do not fit: the last month is the one a reader needs most.
        return vec![last];
    }
    let step = month_step(n, usize::from(right - left) / usize::from(width + 1));
    let mut next_free = out[0].1 + width + 1;
    for (i, ordinal) in ordinals.iter().enumerate().take(n - 1).skip(1) {
        let x = place(i);
        if ordinal.is_multiple_of(step) && x >= next_free && x + width < last.1 {
            out.push((i, x));
            next_free = x + width + 1;
        }
    }
    out.push(last);
    out
}

/// The smallest round month step whose labels (and the two ends) fit in `room` labels.
fn month_step(n: usize, room: usize) -> usize {
    MONTH_STEPS
        .iter()
        .copied()
        .find(|s| n / s + 2 <= room)
        .unwrap_or(60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_start_at_zero_for_counts() {
        assert_eq!(
            nice_ticks(0.0, 1567.0, 5),
            vec![0.0, 500.0, 1000.0, 1500.0, 2000.0]
        );
        assert_eq!(nice_ticks(0.0, 1567.0, 4), vec![0.0, 1000.0, 2000.0]);
        assert_eq!(nice_ticks(0.0, 3.0, 3), vec![0.0, 2.0, 4.0]);
        assert_eq!(nice_ticks(0.0, 0.0, 3), vec![0.0, 1.0]);
        assert_eq!(
            nice_ticks(1100.0, 1480.0, 3),
            vec![1000.0, 1200.0, 1400.0, 1600.0]
        );
    }

    #[test]
    fn at_least_three_ticks_when_the_span_allows() {
        for hi in [2.0, 7.0, 99.0, 101.0, 1_000.0, 40_000.0] {
            let t = nice_ticks(0.0, hi, 3);
            assert!(t.len() >= 3, "{hi}: {t:?}");
            assert!(*t.last().unwrap() >= hi);
        }
    }

    #[test]
    fn first_and_last_month_labelled_without_overlap() {
        let cols: Vec<u16> = (0..68).map(|i| 10 + i).collect();
        let ords: Vec<usize> = (0..68).map(|i| 24247 + i).collect();
        let labels = x_labels(&cols, &ords, 7, 10, 78);
        assert_eq!(labels.first().unwrap().0, 0);
        assert_eq!(labels.last().unwrap().0, 67);
        for w in labels.windows(2) {
            assert!(w[1].1 >= w[0].1 + 8, "{labels:?}");
        }
    }
}
