//! All months of figures plus the catalog, glossary, events and case register, loaded and
//! validated once; every query reads from here.

use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use super::cases::{Case, parse_cases};
use super::catalog::Catalog;
use super::events::{Event, parse_events};
use super::figure::Figure;
use super::glossary::{Article, parse_articles};
use super::intern::Interner;
use super::month::{Month, MonthRange};
use super::problem::{Problem, Problems};
use super::snapshot::{month_of_file, parse_snapshot_with};
use super::source::{DataSource, RawFile};

/// The loaded dataset.
#[derive(Debug, Clone, Default)]
pub struct Store {
    /// What each metric key means.
    pub catalog: Catalog,
    /// Short names of articles.
    pub articles: Vec<Article>,
    /// Dated context for charts.
    pub events: Vec<Event>,
    /// Documented individual cases, ordered by month (file order within a month), shared with
    /// the case views built from them.
    pub cases: Arc<[Case]>,
    /// Every article named in the register, sorted; `Case::article_ids` index into it.
    pub case_articles: Vec<Arc<str>>,
    /// Figures grouped by metric; within a metric sorted by (article, month), and within a
    /// month the primary source first (see [`rank_sources`]). Shared with the series built
    /// from them, so a view costs indices, not copies.
    by_metric: HashMap<String, Arc<[Figure]>>,
    /// Months that have a snapshot file.
    months: BTreeSet<Month>,
    /// Number of figures loaded.
    figure_count: usize,
    /// Where the data came from, for headers and messages.
    pub origin: String,
}

impl Store {
    /// Loads and validates; any problem is an error listing all of them.
    pub fn load(source: &DataSource) -> Result<Store, Problems> {
        let (store, problems) = Store::load_lenient(source);
        if problems.is_empty() {
            Ok(store)
        } else {
            Err(Problems(problems))
        }
    }

    /// Loads what is valid and returns every problem found next to it (used by `check`).
    pub fn load_lenient(source: &DataSource) -> (Store, Vec<Problem>) {
        let (files, mut problems) = source.read();
        let mut store = Store::from_files(&files, &mut problems);
        store.origin = source.describe();
        (store, problems)
    }

    /// Builds a store from listed files, reading each when it is reached.
    pub fn from_files(files: &[RawFile], problems: &mut Vec<Problem>) -> Store {
        let mut store = Store::default();
        let bytes_of = |rel: &str, problems: &mut Vec<Problem>| -> Option<(String, Vec<u8>)> {
            let file = files.iter().find(|f| f.rel == rel)?;
            match file.bytes() {
                Ok(b) => Some((file.shown.clone(), b.into_owned())),
                Err(p) => {
                    problems.push(p);
                    None
                }
            }
        };
        let catalog =
            bytes_of("metrics.csv", problems).map(|(name, b)| Catalog::parse(&name, &b, problems));
        if let Some((name, b)) = bytes_of("articles.csv", problems) {
            store.articles = parse_articles(&name, &b, problems);
        }
        if let Some((name, b)) = bytes_of("events.csv", problems) {
            store.events = parse_events(&name, &b, problems);
        }
        if let Some((name, b)) = bytes_of("cases.csv", problems) {
            store.set_cases(parse_cases(&name, &b, problems));
        }
        let mut grouped: HashMap<Arc<str>, Vec<Figure>> = HashMap::new();
        let mut interner = Interner::default();
        for file in files.iter().filter(|f| f.rel.starts_with("snapshots/")) {
            for f in store.read_snapshot(file, catalog.as_ref(), &mut interner, problems) {
                grouped.entry(Arc::clone(&f.metric)).or_default().push(f);
            }
        }
        store.catalog = catalog.unwrap_or_default();
        store.by_metric = grouped
            .into_iter()
            .map(|(metric, mut figures)| {
                rank_sources(&mut figures);
                (metric.to_string(), Arc::from(figures))
            })
            .collect();
        store
    }

    fn read_snapshot(
        &mut self,
        file: &RawFile,
        catalog: Option<&Catalog>,
        interner: &mut Interner,
        problems: &mut Vec<Problem>,
    ) -> Vec<Figure> {
        let name = file.rel.trim_start_matches("snapshots/");
        let month = match month_of_file(name) {
            Ok(m) => m,
            Err(mut p) => {
                p.file = file.shown.clone();
                problems.push(p);
                return Vec::new();
            }
        };
        let bytes = match file.bytes() {
            Ok(b) => b,
            Err(p) => {
                problems.push(p);
                return Vec::new();
            }
        };
        let figures = parse_snapshot_with(&file.shown, month, &bytes, catalog, interner, problems);
        self.months.insert(month);
        self.figure_count += figures.len();
        figures
    }

    /// Orders the register by month and numbers its articles.
    fn set_cases(&mut self, mut cases: Vec<Case>) {
        cases.sort_by_key(|c| c.month);
        let names: std::collections::BTreeSet<&str> = cases
            .iter()
            .flat_map(|c| c.articles.iter().map(String::as_str))
            .collect();
        self.case_articles = names.into_iter().map(Arc::from).collect();
        for case in &mut cases {
            case.article_ids = case
                .articles
                .iter()
                .filter_map(|a| {
                    self.case_articles
                        .binary_search_by(|x| (**x).cmp(a.as_str()))
                        .ok()
                })
                .map(|i| i as u32)
                .collect();
        }
        self.cases = cases.into();
    }

    /// The months from the first to the last snapshot, or `None` when there is no data.
    pub fn full_range(&self) -> Option<MonthRange> {
        Some(MonthRange::new(*self.months.first()?, *self.months.last()?))
    }

    /// Months that have a snapshot file.
    pub fn months(&self) -> impl Iterator<Item = Month> + '_ {
        self.months.iter().copied()
    }

    /// How many figures were loaded.
    pub fn figure_count(&self) -> usize {
        self.figure_count
    }

    /// All figures of one metric, sorted by (article, month, source rank).
    pub fn figures_of(&self, metric: &str) -> &[Figure] {
        self.by_metric.get(metric).map_or(&[], |f| f)
    }

    /// The shared list behind [`Store::figures_of`], for series that keep a handle on it.
    pub fn shared_figures(&self, metric: &str) -> Arc<[Figure]> {
        self.by_metric
            .get(metric)
            .cloned()
            .unwrap_or_else(|| Arc::from(Vec::new()))
    }

    /// Every figure about one month, catalog order, primary source first within a metric.
    pub fn figures_in(&self, month: Month) -> Vec<&Figure> {
        self.all_figures().filter(|f| f.month == month).collect()
    }

    /// Every figure, metric by metric (for coverage and export of everything).
    pub fn all_figures(&self) -> impl Iterator<Item = &Figure> {
        self.catalog
            .metrics()
            .iter()
            .flat_map(|m| self.figures_of(&m.key).iter())
    }
}

/// Orders figures by (article, month) and, inside one month, puts the primary source first:
/// Viasna's own page, then the latest published, then file order (the sort is stable).
pub fn rank_sources(figures: &mut [Figure]) {
    figures.sort_by_cached_key(|f| {
        (
            Arc::clone(&f.article),
            f.month,
            !f.is_viasna(),
            Reverse((!f.published.is_empty(), Arc::clone(&f.published))),
        )
    });
}
