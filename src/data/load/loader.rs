//! Reading the files of a [`crate::data::load::store::Store`] on every core: snapshot files split across
//! threads, the case register on its own, each keeping what a [`Selection`] keeps.

use std::collections::BTreeSet;
use std::sync::Arc;

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
    /// Figures by (metric, article), in the order the thread met them: files come in month
    /// order, so each group is in month order and a metric's groups joined in article order
    /// are already in the order ranking wants (sorting them after was 24 ms of a 1000x load).
    pub groups: Vec<Group>,
    /// Months whose file was read.
    pub months: BTreeSet<Month>,
    /// What was wrong in those files.
    pub problems: Vec<Problem>,
}

/// One metric's figures about one article, from one loader thread.
pub struct Group {
    /// The metric's key.
    pub metric: Arc<str>,
    /// The article, empty for all-article figures.
    pub article: Arc<str>,
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
    let mut groups = Grouper::default();
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
        match file.bytes() {
            Ok(bytes) => {
                let rules = Rules {
                    name: &file.shown,
                    month,
                    catalog,
                };
                let keep = |metric: &str| selection.keeps_metric(metric);
                let figures =
                    parse_snapshot_with(&rules, &bytes, &keep, &mut interner, &mut part.problems);
                part.months.insert(month);
                figures.into_iter().for_each(|f| groups.add(f));
            }
            Err(p) => part.problems.push(p),
        }
    }
    part.groups = groups.groups;
    part
}

/// One thread's groups as they fill. Texts are interned per thread, so one address is one
/// text: a figure's group is found by the addresses of its metric and article.
#[derive(Default)]
struct Grouper {
    groups: Vec<Group>,
    index: FxHashMap<(usize, usize), usize>,
}

impl Grouper {
    fn add(&mut self, f: Figure) {
        let key = (f.metric.as_ptr() as usize, f.article.as_ptr() as usize);
        let groups = &mut self.groups;
        let at = *self.index.entry(key).or_insert_with(|| {
            groups.push(Group {
                metric: Arc::clone(&f.metric),
                article: Arc::clone(&f.article),
                figures: Vec::new(),
            });
            groups.len() - 1
        });
        groups[at].figures.push(f);
    }
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
