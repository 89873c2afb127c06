//! `--since REV` in the dashboard: the version compared against, and what changed since it,
//! decided once by `query::diff` when the dashboard starts (and again after a reload), so a
//! frame only looks a cell up. The cells whose shown figure changed carry the mark
//! [`REVISED`]; `s` says what the figure was, `D` lists every change of the range.

use std::collections::BTreeMap;

use crate::data::load::store::Store;
use crate::data::model::month::{Month, MonthRange};
use crate::data::query::diff::{Diff, DiffScope, ShownChange, diff};

/// The mark of a cell whose shown figure changed since the `--since` version.
pub const REVISED: &str = "†";

/// The version the dashboard is compared with, and the differences since it.
#[derive(Debug, Clone)]
pub struct Since {
    /// The version as the user named it (`HEAD~1`, `data@{2024-06-30}`), cleaned when shown.
    pub word: String,
    /// The day of its commit, for a git revision: "was 1,452 until 2024-06-30".
    pub day: Option<String>,
    /// The old version itself, kept to compare again after a live reload.
    old: Store,
    /// Every difference, all months and metrics.
    pub diff: Diff,
    /// Where each shown change is in `diff.shown`, by (month, metric, article).
    index: BTreeMap<(Month, String, String), usize>,
}

impl Since {
    /// The differences between `old` (named `word`, of `day`) and the data on screen.
    pub fn new(word: String, day: Option<String>, old: Store, new: &Store) -> Since {
        let mut since = Since {
            word,
            day,
            old,
            diff: Diff::default(),
            index: BTreeMap::new(),
        };
        since.compare(new);
        since
    }

    /// Compares again with `new` (after a reload).
    pub fn compare(&mut self, new: &Store) {
        self.diff = diff(&self.old, new, &DiffScope::default());
        self.index = (self.diff.shown.iter().enumerate())
            .map(|(i, c)| (c.at.clone(), i))
            .collect();
    }

    /// The change of the figure at `month` of `metric` and `article`, if it changed.
    pub fn shown(&self, month: Month, metric: &str, article: &str) -> Option<&ShownChange> {
        let key = (month, metric.to_string(), article.to_string());
        self.index.get(&key).and_then(|&i| self.diff.shown.get(i))
    }

    /// The differences about months of `range` (a year fact: a year that overlaps it).
    pub fn in_range(&self, range: MonthRange) -> Diff {
        let d = &self.diff;
        let month_of = |c: &crate::data::query::diff::ReadingChange| {
            use crate::data::query::diff::ReadingChange::{Added, Changed, Moved, Removed};
            match c {
                Added(f) | Removed(f) | Changed(f, _) | Moved(_, f) => f.month,
            }
        };
        Diff {
            readings: (d.readings.iter())
                .filter(|c| range.contains(month_of(c)))
                .cloned()
                .collect(),
            shown: (d.shown.iter())
                .filter(|c| range.contains(c.at.0))
                .cloned()
                .collect(),
            facts: (d.facts.iter())
                .filter(|f| f.period.clamp_to(range).is_some())
                .cloned()
                .collect(),
        }
    }
}
