//! Live reload: the data read again after files changed on disk. Valid data replaces the old
//! and keeps what the user chose (tab, metric, range, article, the selected month); invalid
//! data leaves the last good data on screen and lists what is wrong, until the files are fixed.

use super::state::App;
use crate::data::load::store::Store;
use crate::data::model::month::MonthRange;

/// How many problems the panel keeps; the rest are counted ("and 12 more").
pub const MAX_PROBLEMS: usize = 20;

impl App {
    /// Reads the data again after `files` data files changed (a no-op without a source).
    pub(super) fn reload(&mut self, files: usize) {
        let Some(source) = self.source.clone() else {
            return;
        };
        match Store::load(&source) {
            Ok(store) => self.replace_store(store, files),
            Err(problems) => {
                let n = problems.0.len();
                let mut lines: Vec<String> = problems
                    .0
                    .iter()
                    .take(MAX_PROBLEMS)
                    .map(ToString::to_string)
                    .collect();
                if n > MAX_PROBLEMS {
                    let more: usize = n - MAX_PROBLEMS;
                    lines.push(crate::tr!("st-and-more", n = more));
                }
                self.problems = lines;
                let form = crate::data::model::plural::form(n);
                self.status = Some(crate::tr!("st-reload-problems", form = form, n = n));
            }
        }
    }

    /// Swaps in freshly loaded data, keeping the range (within the new data), the article,
    /// the tab, its metric and the selected month.
    fn replace_store(&mut self, store: Store, files: usize) {
        let Some(full) = store.full_range() else {
            self.problems = vec![crate::tr!("st-reload-no-months")];
            return;
        };
        self.store = store;
        if let Some(since) = &mut self.since {
            since.compare(&self.store);
        }
        // "All months" stays all months when a month is added or removed.
        let old_full = std::mem::replace(&mut self.full, full);
        let fit = |r: MonthRange| match r == old_full {
            true => full,
            false => r.clamp_to(full).unwrap_or(full),
        };
        self.default_range = fit(self.default_range);
        let was_problems = !self.problems.is_empty();
        self.problems.clear();
        self.set_range(fit(self.range));
        let form = crate::data::model::plural::form(files);
        self.status = Some(if was_problems {
            crate::tr!("st-reloaded-valid", form = form, n = files)
        } else {
            crate::tr!("st-reloaded", form = form, n = files)
        });
    }
}
