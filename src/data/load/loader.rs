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

/// The register's valid, kept cases and the problems found in it.
pub type CasesRead = (Vec<Case>, Vec<Problem>);

/// The cases (with their problems) and the snapshot parts `selection` asks for. The case
/// register parses on its own thread while the snapshots share the others.
pub fn read_rows(
    files: &[RawFile],
    catalog: Option<&Catalog>,
    selection: &Selection,
) -> (Option<CasesRead>, Vec<Part>) {
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
    if cases_file.is_none() || snapshots.is_empty() {
        // Nothing to read side by side: no thread to start.
        let cases = cases_file.map(|f| read_cases(f, &keep_case));
        return (cases, load_in_parallel(&snapshots, catalog, selection));
    }
    std::thread::scope(|scope| {
        let read = || cases_file.map(|f| read_cases(f, &keep_case));
        let cases = scope.spawn(crate::data::model::lang::carried(read));
        let parts = load_in_parallel(&snapshots, catalog, selection);
        let cases = cases
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (cases, parts)
    })
}

/// What one loader thread read: its files' figures grouped by metric and article (file order
/// kept within each), their months, problems.
#[derive(Default)]
pub struct Part {
    /// Figures by (metric, article): files come in month order, so each group is in month
    /// order and a metric's groups joined in article order are already in the order ranking
    /// wants (sorting them after was 24 ms of a 1000x load).
    pub groups: Vec<Group>,
    /// Months whose file was read.
    pub months: BTreeSet<Month>,
    /// What was wrong in those files.
    pub problems: Vec<Problem>,
}

/// One metric's figures about one article, from one loader thread.
pub struct Group {
    /// The metric's key.
    pub metric: Text,
    /// The article, empty for all-article figures.
    pub article: Text,
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
    part.groups = metrics.parts.into_iter().flat_map(by_article).collect();
    part
}

/// One thread's figures by metric as they come, in file order. Texts are interned per
/// thread, so one address is one text: a figure's list is found by the address of its
/// metric key, the list of the figure before it tried first.
///
/// Figures are grouped by metric first and by article only once the thread's files are read
/// ([`by_article`]): putting each figure straight into its (metric, article) group as it was
/// read wrote to one of thousands of growing lists in turn (at 1000x a full load's parse was
/// 60-90 ms shorter without that grouping at all); one metric at a time, the lists written
/// in turn are that metric's articles', a few hundred, each made its final size at once.
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

/// One metric's figures (file order) in a group per article, each in file order, groups in
/// the order their articles first came. The groups are counted first, so each list is
/// allocated once at its size instead of grown by copying.
fn by_article((metric, figures): (Text, Vec<Figure>)) -> Vec<Group> {
    let mut index: FxHashMap<usize, usize> = FxHashMap::default();
    let mut counts: Vec<(usize, &Text)> = Vec::new();
    let at: Vec<u32> = figures
        .iter()
        .map(|f| {
            let i = *index.entry(f.article.as_ptr() as usize).or_insert_with(|| {
                counts.push((0, &f.article));
                counts.len() - 1
            });
            counts[i].0 += 1;
            i as u32
        })
        .collect();
    let mut groups: Vec<Group> = counts
        .iter()
        .map(|&(n, article)| Group {
            metric: Text::clone(&metric),
            article: Text::clone(article),
            figures: Vec::with_capacity(n),
        })
        .collect();
    for (f, i) in figures.into_iter().zip(at) {
        groups[i as usize].figures.push(f);
    }
    groups
}

/// Reads and validates the register, keeping the cases `keep` accepts.
fn read_cases(file: &RawFile, keep: KeepCase) -> CasesRead {
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

    /// Interleaved metrics and articles come out as one group per (metric, article), groups
    /// in the order they first came, each group's figures in the order they were read, each
    /// list allocated at its size.
    #[test]
    fn figures_are_grouped_by_metric_then_article_in_reading_order() {
        let texts: Vec<Text> = ["m1", "m2", "", "342", "411"].map(Text::from).to_vec();
        let (m1, m2, all, a342, a411) = (&texts[0], &texts[1], &texts[2], &texts[3], &texts[4]);
        let read = [
            (m1, a342),
            (m2, all),
            (m1, all),
            (m1, a342),
            (m2, a411),
            (m1, a411),
            (m1, all),
        ];
        let mut by_metric = ByMetric::default();
        for (i, (m, a)) in read.iter().enumerate() {
            by_metric.add(figure(m, a, i as f64));
        }
        let groups: Vec<Group> = by_metric.parts.into_iter().flat_map(by_article).collect();
        let got: Vec<(String, String, Vec<f64>)> = groups
            .iter()
            .map(|g| {
                let values = g.figures.iter().map(|f| f.value).collect();
                (g.metric.to_string(), g.article.to_string(), values)
            })
            .collect();
        let want = [
            ("m1", "342", vec![0.0, 3.0]),
            ("m1", "", vec![2.0, 6.0]),
            ("m1", "411", vec![5.0]),
            ("m2", "", vec![1.0]),
            ("m2", "411", vec![4.0]),
        ]
        .map(|(m, a, v)| (m.to_string(), a.to_string(), v));
        assert_eq!(got, want);
        assert!(
            groups
                .iter()
                .all(|g| g.figures.capacity() == g.figures.len())
        );
    }
}
