//! Reading the files of a [`crate::data::load::store::Store`] on every core: snapshot files split across
//! threads, the case register on its own, each keeping what a [`Selection`] keeps.

use crate::data::model::intern::Text;
use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use crate::data::load::cases::{Case, KeepCase, parse_cases_with};
use crate::data::load::selection::{Keep, Selection};
use crate::data::load::snapshot::{Rules, month_of_file, parse_snapshot_with};
use crate::data::load::source::RawFile;
use crate::data::model::catalog::Catalog;
use crate::data::model::figure::Figure;
use crate::data::model::intern::Interner;
use crate::data::model::month::Month;
use crate::data::model::problem::Problem;

/// The register's valid, kept cases, as `order` left them, and the problems found in it.
pub type CasesRead<T> = (T, Vec<Problem>);

/// The cases (with their problems) and the snapshot parts `selection` asks for. The case
/// register parses on its own thread while the snapshots share the others, and that thread
/// goes on to `order` the cases: the register is read well before the last snapshot, so
/// putting it in month order there no longer waits for the snapshots and then runs alone
/// (at 1000x it was the last 25 ms of a full load, with one core idle). The step is passed
/// in, not called by name: `assemble`, which holds it, reads this module's groups.
pub fn read_rows<T: Send>(
    files: &[RawFile],
    catalog: Option<&Catalog>,
    selection: &Selection,
    order: impl FnOnce(Vec<Case>) -> T + Send,
) -> (Option<CasesRead<T>>, Vec<Part>) {
    let snapshots: Vec<&RawFile> = match selection.figures {
        Keep::Unread => Vec::new(),
        _ => files
            .iter()
            .filter(|f| f.rel.starts_with("snapshots/"))
            .collect(),
    };
    let cases_file = match selection.cases {
        Keep::Unread => None,
        _ => files.iter().find(|f| f.rel == "cases.csv"),
    };
    let keep_case = |articles: &str| selection.keeps_case(articles);
    let read = || {
        cases_file.map(|f| {
            let (cases, problems) = read_cases(f, &keep_case);
            (order(cases), problems)
        })
    };
    if cases_file.is_none() || snapshots.is_empty() {
        // Nothing to read side by side: no thread to start.
        return (read(), load_in_parallel(&snapshots, catalog, selection));
    }
    std::thread::scope(|scope| {
        let cases = scope.spawn(crate::data::model::lang::carried(read));
        let parts = load_in_parallel(&snapshots, catalog, selection);
        let cases = cases
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (cases, parts)
    })
}

/// What one loader thread read: its files' figures grouped by metric (file order kept within
/// each), their months, problems.
#[derive(Default)]
pub struct Part {
    /// Figures by metric: files come in month order, so each group is in month order, and
    /// a metric's groups in thread order, put in article order stably, are in the order
    /// ranking wants.
    pub groups: Vec<Group>,
    /// Months whose file was read.
    pub months: BTreeSet<Month>,
    /// What was wrong in those files.
    pub problems: Vec<Problem>,
}

/// One metric's figures from one loader thread.
pub struct Group {
    /// The metric's key.
    pub metric: Text,
    /// The figures in file order.
    pub figures: Vec<Figure>,
}

/// Parses snapshot files on every core (each thread takes a contiguous share, so file order
/// is kept when the parts are joined). A panic in a loader is passed on, not swallowed.
fn load_in_parallel(
    files: &[&RawFile],
    catalog: Option<&Catalog>,
    selection: &Selection,
) -> Vec<Part> {
    let threads = crate::data::model::cores::cores();
    let share = files.len().div_ceil(threads).max(1);
    crate::data::model::cores::on_threads(files.chunks(share), |chunk| {
        load_part(chunk, catalog, selection)
    })
}

fn load_part(files: &[&RawFile], catalog: Option<&Catalog>, selection: &Selection) -> Part {
    let mut part = Part::default();
    let mut interner = Interner::default();
    let mut metrics = ByMetric::default();
    let mut buffer = Vec::new();
    for file in files {
        let name = file.rel.trim_start_matches("snapshots/");
        let month = match month_of_file(name) {
            Ok(m) => m,
            Err(mut p) => {
                p.file = file.shown.clone();
                part.problems.push(p);
                continue;
            }
        };
        match file.bytes_into(&mut buffer) {
            Ok(bytes) => {
                let rules = Rules {
                    name: &file.shown,
                    month,
                    catalog,
                };
                let keep = |metric: &str| selection.keeps_metric(metric);
                let figures =
                    parse_snapshot_with(&rules, bytes, &keep, &mut interner, &mut part.problems);
                part.months.insert(month);
                figures.into_iter().for_each(|f| metrics.add(f));
            }
            Err(p) => part.problems.push(p),
        }
    }
    let group = |(metric, figures)| Group { metric, figures };
    part.groups = metrics.parts.into_iter().map(group).collect();
    part
}

/// One thread's figures by metric as they come, in file order. Texts are interned per
/// thread, so one address is one text: a figure's list is found by the address of its
/// metric key, the list of the figure before it tried first. Putting each figure straight
/// into a (metric, article) list instead wrote to one of thousands of growing lists in turn
/// (at 1000x a full load's parse was 60-90 ms shorter without that).
#[derive(Default)]
struct ByMetric {
    parts: Vec<(Text, Vec<Figure>)>,
    index: FxHashMap<usize, usize>,
    last: usize,
}

impl ByMetric {
    fn add(&mut self, f: Figure) {
        let key = f.metric.as_ptr() as usize;
        let at = match self.parts.get(self.last) {
            Some((m, _)) if m.as_ptr() as usize == key => self.last,
            _ => {
                let parts = &mut self.parts;
                *self.index.entry(key).or_insert_with(|| {
                    parts.push((Text::clone(&f.metric), Vec::new()));
                    parts.len() - 1
                })
            }
        };
        self.last = at;
        self.parts[at].1.push(f);
    }
}

/// Reads and validates the register, keeping the cases `keep` accepts.
fn read_cases(file: &RawFile, keep: KeepCase) -> CasesRead<Vec<Case>> {
    let mut problems = Vec::new();
    let cases = match file.bytes() {
        Ok(b) => parse_cases_with(&file.shown, &b, keep, &mut problems),
        Err(p) => {
            problems.push(p);
            Vec::new()
        }
    };
    (cases, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(metric: &Text, article: &Text, value: f64) -> Figure {
        let month = Month::new(2024, 1).unwrap();
        crate::data::model::figure::bare(metric, article, month, value)
    }

    /// Interleaved metrics come out as one group per metric, groups in the order their
    /// metrics first came, each group's figures in the order they were read.
    #[test]
    fn figures_are_grouped_by_metric_in_reading_order() {
        let texts: Vec<Text> = ["m1", "m2", "", "342"].map(Text::from).to_vec();
        let (m1, m2, all, a342) = (&texts[0], &texts[1], &texts[2], &texts[3]);
        let read = [(m1, a342), (m2, all), (m1, all), (m1, a342), (m2, a342)];
        let mut by_metric = ByMetric::default();
        for (i, (m, a)) in read.iter().enumerate() {
            by_metric.add(figure(m, a, i as f64));
        }
        let got: Vec<(String, Vec<f64>)> = by_metric
            .parts
            .iter()
            .map(|(m, figures)| (m.to_string(), figures.iter().map(|f| f.value).collect()))
            .collect();
        let want = [("m1", vec![0.0, 2.0, 3.0]), ("m2", vec![1.0, 4.0])];
        assert_eq!(got, want.map(|(m, v)| (m.to_string(), v)));
    }
}
