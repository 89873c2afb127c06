//! A series' cells month by month, walked from either end beside the series' runs: each
//! month is compared with the next run instead of searched for among all of them.

use crate::data::load::metric_figures::{MetricFigures, Run};
use crate::data::model::catalog::Kind;
use crate::data::model::month::{Month, MonthRange};
use crate::data::query::cell::Cell;

/// One entry per month of a series' range, the cell or `None` for a gap, in month order;
/// what `Series::points` returns. A binary search of the runs for every month of every
/// series was half of a tab switch at 1000x (680 months a series); walking beside the runs
/// costs a comparison a month, and a reader taking the last few months from the back pays
/// for those only.
pub struct Points<'s> {
    /// The metric's figures and run index, and its kind (which a cell's reading depends on).
    figures: &'s MetricFigures,
    kind: Kind,
    /// The runs of months not yet handed out, in month order.
    runs: &'s [Run],
    /// The place of `runs[0]` in the metric's shared run index.
    base: u32,
    /// The range's first month; the months not yet handed out are `front..=back` months
    /// after it (counted, so a step is an addition, not a new month checked for its bounds).
    from: Month,
    front: i64,
    back: i64,
}

impl<'s> Points<'s> {
    /// The points over `range` of a series of `figures` (of a metric of `kind`); `runs` are
    /// its runs from the range's first month on, `base` the place of the first of them in
    /// the shared index.
    pub(crate) fn new(
        (figures, kind): (&'s MetricFigures, Kind),
        range: MonthRange,
        runs: &'s [Run],
        base: u32,
    ) -> Points<'s> {
        let from = range.from();
        Points {
            figures,
            kind,
            runs,
            base,
            from,
            front: 0,
            back: from.months_until(range.to()),
        }
    }

    /// The cell of run `k` of the shared index.
    fn cell(&self, k: u32) -> Option<Cell<'s>> {
        Cell::of(self.figures.run_figures(k), self.kind)
    }

    /// Where a run's month is, counted from the range's first month.
    fn at(&self, run: &Run) -> i64 {
        self.from.months_until(run.month)
    }
}

impl<'s> Iterator for Points<'s> {
    type Item = Option<Cell<'s>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.front > self.back {
            return None;
        }
        let month = self.front;
        self.front += 1;
        match self.runs.split_first() {
            Some((run, rest)) if self.at(run) == month => {
                let k = self.base;
                (self.runs, self.base) = (rest, k + 1);
                Some(self.cell(k))
            }
            _ => Some(None),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = usize::try_from(self.back - self.front + 1).unwrap_or(0);
        (left, Some(left))
    }
}

impl DoubleEndedIterator for Points<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.front > self.back {
            return None;
        }
        let month = self.back;
        self.back -= 1;
        // Runs past the range's last month are never handed out.
        while self.runs.last().is_some_and(|r| self.at(r) > month) {
            self.runs = &self.runs[..self.runs.len() - 1];
        }
        match self.runs.split_last() {
            Some((run, rest)) if self.at(run) == month => {
                self.runs = rest;
                Some(self.cell(self.base + rest.len() as u32))
            }
            _ => Some(None),
        }
    }
}

impl ExactSizeIterator for Points<'_> {}
