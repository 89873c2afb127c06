//! All months of figures plus the catalog, glossary, events and case register, loaded and
//! validated once; every query reads from here.

use std::collections::{BTreeSet, HashMap};

use super::cases::{Case, parse_cases};
use super::catalog::Catalog;
use super::events::{Event, parse_events};
use super::figure::Figure;
use super::glossary::{Article, parse_articles};
use super::month::{Month, MonthRange};
use super::problem::{Problem, Problems};
use super::snapshot::{month_of_file, parse_snapshot};
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
    /// Documented individual cases.
    pub cases: Vec<Case>,
    /// Figures grouped by metric; within a metric sorted by (article, month), and within a
    /// month the primary source first (see [`rank_sources`]).
    by_metric: HashMap<String, Vec<Figure>>,
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

    /// Builds a store from already-read files.
    pub fn from_files(files: &[RawFile], problems: &mut Vec<Problem>) -> Store {
        let mut store = Store::default();
        let get = |rel: &str| files.iter().find(|f| f.rel == rel);
        let bytes_of = |rel: &str, problems: &mut Vec<Problem>| -> Option<Vec<u8>> {
            match &get(rel)?.bytes {
                Ok(b) => Some(b.clone()),
                Err(p) => {
                    problems.push(p.clone());
                    None
                }
            }
        };
        let catalog_ok = match bytes_of("metrics.csv", problems) {
            Some(b) => {
                store.catalog = Catalog::parse(&shown(files, "metrics.csv"), &b, problems);
                true
            }
            None => false,
        };
        if let Some(b) = bytes_of("articles.csv", problems) {
            store.articles = parse_articles(&shown(files, "articles.csv"), &b, problems);
        }
        if let Some(b) = bytes_of("events.csv", problems) {
            store.events = parse_events(&shown(files, "events.csv"), &b, problems);
        }
        if let Some(b) = bytes_of("cases.csv", problems) {
            store.cases = parse_cases(&shown(files, "cases.csv"), &b, problems);
        }
        let catalog = catalog_ok.then(|| store.catalog.clone());
        for file in files.iter().filter(|f| f.rel.starts_with("snapshots/")) {
            store.add_snapshot(file, catalog.as_ref(), problems);
        }
        store.finish();
        store
    }

    fn add_snapshot(
        &mut self,
        file: &RawFile,
        catalog: Option<&Catalog>,
        problems: &mut Vec<Problem>,
    ) {
        let name = file.rel.trim_start_matches("snapshots/");
        let month = match month_of_file(name) {
            Ok(m) => m,
            Err(mut p) => {
                p.file = file.shown.clone();
                problems.push(p);
                return;
            }
        };
        let bytes = match &file.bytes {
            Ok(b) => b,
            Err(p) => {
                problems.push(p.clone());
                return;
            }
        };
        let figures = parse_snapshot(&file.shown, month, bytes, catalog, problems);
        self.months.insert(month);
        self.figure_count += figures.len();
        for f in figures {
            self.by_metric.entry(f.metric.clone()).or_default().push(f);
        }
    }

    fn finish(&mut self) {
        for figures in self.by_metric.values_mut() {
            rank_sources(figures);
        }
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
        self.by_metric.get(metric).map_or(&[], Vec::as_slice)
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

fn shown(files: &[RawFile], rel: &str) -> String {
    files
        .iter()
        .find(|f| f.rel == rel)
        .map_or_else(|| rel.to_string(), |f| f.shown.clone())
}

/// Orders figures by (article, month) and, inside one month, puts the primary source first:
/// Viasna's own page, then the latest published, then file order. Stable, so ties keep file order.
pub fn rank_sources(figures: &mut [Figure]) {
    figures.sort_by(|a, b| {
        (a.article.as_str(), a.month)
            .cmp(&(b.article.as_str(), b.month))
            .then_with(|| b.is_viasna().cmp(&a.is_viasna()))
            .then_with(|| published_key(b).cmp(&published_key(a)))
    });
}

/// Empty publication dates sort after every real date.
fn published_key(f: &Figure) -> (bool, &str) {
    (!f.published.is_empty(), f.published.as_str())
}
