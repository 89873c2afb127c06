//! All months of figures plus the catalog, glossary, events and case register, loaded and
//! validated once; every query reads from here.

use crate::data::model::intern::Text;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use crate::data::load::assemble;
use crate::data::load::cases::Case;
use crate::data::load::events::{Event, parse_events};
use crate::data::load::glossary::{Article, parse_articles};
use crate::data::load::loader::{Group, Part, read_rows};
use crate::data::load::metric_figures::MetricFigures;
use crate::data::load::person_index::PersonIndex;
pub use crate::data::load::rank::rank_sources;
use crate::data::load::selection::Selection;
use crate::data::load::source::{DataSource, RawFile};
use crate::data::model::catalog::Catalog;
use crate::data::model::figure::Figure;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::problem::{Problem, Problems};

/// The loaded dataset.
#[derive(Debug, Clone, Default)]
pub struct Store {
    /// What each metric key means.
    pub catalog: Catalog,
    /// Short names of articles.
    pub articles: Vec<Article>,
    /// Positions in `articles`, ordered by article number, so a name is a binary search.
    glossary_order: Vec<u32>,
    /// Dated context for charts.
    pub events: Vec<Event>,
    /// Documented individual cases, ordered by month (file order within a month), shared with
    /// the case views built from them.
    pub cases: Arc<Vec<Case>>,
    /// Every article named in the register, sorted; `Case::article_ids` index into it.
    pub case_articles: Vec<Text>,
    /// Each case's person as a search key (`fold::fold`), in register order: made at the
    /// first person search, so a search typed letter by letter folds nothing.
    person_index: Arc<std::sync::OnceLock<PersonIndex>>,
    /// Figures grouped by metric; within a metric sorted by (article, month), and within a
    /// month the primary source first (see [`rank_sources`]). Shared with the series built
    /// from them, so a view costs indices, not copies.
    by_metric: HashMap<String, Arc<MetricFigures>>,
    /// How many figure queries were answered (shared by clones): the test that the UI only
    /// draws counts them over 100 frames.
    queries: Arc<std::sync::atomic::AtomicUsize>,
    /// Months that have a snapshot file.
    months: BTreeSet<Month>,
    /// Number of figures kept (all valid ones, unless a [`Selection`] narrowed the load).
    figure_count: usize,
    /// Where the data came from, for headers and messages.
    pub origin: String,
}

impl Store {
    /// The folded person of every case, register order (folded once, on first use).
    pub fn person_index(&self) -> &PersonIndex {
        self.person_index.get_or_init(|| {
            let keys: Vec<String> = self
                .cases
                .iter()
                .map(|c| crate::data::model::fold::fold(&c.person))
                .collect();
            PersonIndex::new(keys.iter().map(String::as_str))
        })
    }

    /// The glossary entry for an article number (`adm:` prefix allowed), by binary search: the
    /// Articles tab names every visible article in each frame.
    pub fn glossary_entry(&self, number: &str) -> Option<&Article> {
        let number = number.strip_prefix("adm:").unwrap_or(number);
        let name = |i: &u32| {
            self.articles
                .get(*i as usize)
                .map_or("", |a| a.article.as_str())
        };
        let at = self.glossary_order.partition_point(|i| name(i) < number);
        let i = *self.glossary_order.get(at)?;
        self.articles
            .get(i as usize)
            .filter(|a| a.article == number)
    }

    /// Loads and validates everything; any problem is an error listing all of them.
    pub fn load(source: &DataSource) -> Result<Store, Problems> {
        Store::load_selected(source, |_| Selection::everything())
    }

    /// Loads what `choose` selects once it has seen the catalog (an export names metrics the
    /// catalog resolves): every file read is validated in full and any problem is an error,
    /// but only the selected rows are kept (see [`Selection`]).
    pub fn load_selected(
        source: &DataSource,
        choose: impl FnOnce(&Catalog) -> Selection,
    ) -> Result<Store, Problems> {
        let (files, mut problems) = source.read();
        let mut store = Store::from_files_with(&files, choose, &mut problems);
        store.origin = source.describe();
        if problems.is_empty() {
            Ok(store)
        } else {
            Err(Problems(problems))
        }
    }

    /// Loads what is valid and returns every problem found next to it (used by `check`).
    pub fn load_lenient(source: &DataSource) -> (Store, Vec<Problem>) {
        let (files, mut problems) = source.read();
        let mut store = Store::from_files(&files, &Selection::everything(), &mut problems);
        store.origin = source.describe();
        (store, problems)
    }

    /// Builds a store from listed files, reading each when it is reached and keeping what
    /// `selection` keeps.
    pub fn from_files(
        files: &[RawFile],
        selection: &Selection,
        problems: &mut Vec<Problem>,
    ) -> Store {
        Store::from_files_with(files, |_| selection.clone(), problems)
    }

    /// [`Store::from_files`] with the selection chosen after the catalog is read (an empty
    /// catalog when metrics.csv is missing or unreadable).
    fn from_files_with(
        files: &[RawFile],
        choose: impl FnOnce(&Catalog) -> Selection,
        problems: &mut Vec<Problem>,
    ) -> Store {
        let mut store = Store::default();
        let catalog = small_file(files, "metrics.csv", problems)
            .map(|(name, b)| Catalog::parse(&name, &b, problems));
        let selection = &choose(catalog.as_ref().unwrap_or(&Catalog::default()));
        if selection.context {
            if let Some((name, b)) = small_file(files, "articles.csv", problems) {
                store.articles = parse_articles(&name, &b, problems);
                let mut order: Vec<u32> = (0..store.articles.len() as u32).collect();
                order.sort_by(|&a, &b| {
                    let name = |i: u32| store.articles[i as usize].article.as_str();
                    name(a).cmp(name(b))
                });
                store.glossary_order = order;
            }
            if let Some((name, b)) = small_file(files, "events.csv", problems) {
                store.events = parse_events(&name, &b, problems);
            }
        }
        let (cases, parts) = read_rows(files, catalog.as_ref(), selection, assemble::ordered_cases);
        store.catalog = catalog.unwrap_or_default();
        let ordered = cases.map(|(ordered, case_problems)| {
            problems.extend(case_problems);
            ordered
        });
        store.add_figures(parts, problems);
        if let Some((articles, cases)) = ordered {
            store.case_articles = articles;
            store.cases = Arc::new(cases);
        }
        store
    }

    /// Groups the loaded figures by metric and ranks each metric's sources.
    fn add_figures(&mut self, parts: Vec<Part>, problems: &mut Vec<Problem>) {
        let mut grouped: HashMap<Text, Vec<Group>> = HashMap::new();
        for part in parts {
            problems.extend(part.problems);
            self.months.extend(part.months);
            for group in part.groups {
                self.figure_count += group.figures.len();
                grouped
                    .entry(Text::clone(&group.metric))
                    .or_default()
                    .push(group);
            }
        }
        self.by_metric = assemble::ranked(grouped, &self.catalog);
    }

    /// The months from the first to the last snapshot (or, with no snapshots loaded, the case
    /// register's months), or `None` when there is no data.
    pub fn full_range(&self) -> Option<MonthRange> {
        match (self.months.first(), self.months.last()) {
            (Some(a), Some(b)) => Some(MonthRange::new(*a, *b)),
            _ => Some(MonthRange::new(
                self.cases.first()?.month,
                self.cases.last()?.month,
            )),
        }
    }

    /// Months that have a snapshot file.
    pub fn months(&self) -> impl Iterator<Item = Month> + '_ {
        self.months.iter().copied()
    }

    /// How many figures were kept (see [`Selection`]).
    pub fn figure_count(&self) -> usize {
        self.figure_count
    }

    /// All figures of one metric, sorted by (article, month, source rank).
    pub fn figures_of(&self, metric: &str) -> &[Figure] {
        self.count_query();
        self.by_metric.get(metric).map_or(&[], |f| &f.figures)
    }

    /// How many figure queries ([`Store::figures_of`], [`Store::shared_figures`] and what is
    /// built on them) this store and its clones have answered.
    pub fn queries(&self) -> usize {
        self.queries.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn count_query(&self) {
        self.queries
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    /// The figures behind [`Store::figures_of`] with their run index, for series that keep a
    /// handle on them.
    pub fn shared_figures(&self, metric: &str) -> Arc<MetricFigures> {
        self.count_query();
        self.by_metric.get(metric).cloned().unwrap_or_default()
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

/// The name to show and the bytes of one of the small files (catalog, glossary, events), or
/// `None` when it is absent or unreadable (then a problem says why).
fn small_file(
    files: &[RawFile],
    rel: &str,
    problems: &mut Vec<Problem>,
) -> Option<(String, Vec<u8>)> {
    let file = files.iter().find(|f| f.rel == rel)?;
    file.bytes()
        .map(|b| (file.shown.clone(), b.into_owned()))
        .map_err(|p| problems.push(p))
        .ok()
}
