//! What changed between two versions of the data, decided once for every output: readings
//! (keyed by month, metric, article, source and as-of day) added, removed, corrected or
//! moved to another source, and shown figures (a month's value, qualifier or `≠`) changed,
//! each with its cause and both sources.

use std::collections::BTreeMap;

use crate::data::load::store::Store;
use crate::data::model::figure::Figure;
use crate::data::model::month::{Month, MonthRange};
use crate::data::query::diff_cause::{Cause, Shown, cause};
use crate::data::query::diff_facts::{FactChange, fact_changes};
use crate::data::query::reading::month_figure;

/// What a reading is: its month, metric, article, source and as-of day (and, for a source
/// that gives one day twice, which of them).
pub type ReadingKey = (Month, String, String, String, String, usize);

/// One reading that is not the same in both versions.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadingChange {
    /// Only in the new version.
    Added(Figure),
    /// Only in the old version.
    Removed(Figure),
    /// In both, with these fields changed: (field, old, new).
    Changed(Figure, Vec<(&'static str, String, String)>),
    /// The same figure now cited from another source: (old, new).
    Moved(Figure, Figure),
}

/// A month whose shown figure differs between the versions.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownChange {
    /// Month, metric and article of the figure.
    pub at: (Month, String, String),
    /// Before (`None`: no figure).
    pub old: Option<Shown>,
    /// After (`None`: no figure).
    pub new: Option<Shown>,
    /// Why.
    pub cause: Cause,
}

/// Everything that differs, readings first, in month, metric, article order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Diff {
    /// Readings added, removed, changed or moved.
    pub readings: Vec<ReadingChange>,
    /// Shown figures changed.
    pub shown: Vec<ShownChange>,
    /// The year facts of a series (sum, stated totals, derived change) that changed with them.
    pub facts: Vec<FactChange>,
}

impl Diff {
    /// Whether the versions hold the same data (exit 0, as diff(1)).
    pub fn is_empty(&self) -> bool {
        self.readings.is_empty() && self.shown.is_empty()
    }
}

/// What the diff looks at: metrics (empty: all) and months (`None`: all).
#[derive(Debug, Clone, Default)]
pub struct DiffScope {
    /// Metric keys to compare; empty compares every metric of either version.
    pub metrics: Vec<String>,
    /// Months to compare.
    pub range: Option<MonthRange>,
}

/// The differences between `old` and `new` within `scope`.
pub fn diff(old: &Store, new: &Store, scope: &DiffScope) -> Diff {
    let mut out = Diff::default();
    for metric in metrics(old, new, scope) {
        let (a, b) = (runs(old, &metric, scope), runs(new, &metric, scope));
        out.readings.extend(reading_changes(&a, &b));
        out.shown.extend(shown_changes(old, new, &metric, (&a, &b)));
    }
    let at: Vec<_> = out.shown.iter().map(|c| &c.at).collect();
    out.facts = fact_changes(old, new, &at);
    out
}

/// The metrics of either version, in the new catalog's order then the old one's.
fn metrics(old: &Store, new: &Store, scope: &DiffScope) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for m in new.catalog.metrics().iter().chain(old.catalog.metrics()) {
        if !keys.contains(&m.key) && (scope.metrics.is_empty() || scope.metrics.contains(&m.key)) {
            keys.push(m.key.clone());
        }
    }
    keys
}

/// A metric's ranked runs by (month, article), within the scope's months.
type Runs<'a> = BTreeMap<(Month, String), Vec<&'a Figure>>;

fn runs<'a>(store: &'a Store, metric: &str, scope: &DiffScope) -> Runs<'a> {
    let mut out: Runs = BTreeMap::new();
    for f in store.figures_of(metric) {
        if scope.range.is_none_or(|r| r.contains(f.month)) {
            out.entry((f.month, f.article.to_string()))
                .or_default()
                .push(f);
        }
    }
    out
}

fn key(f: &Figure, nth: usize) -> ReadingKey {
    let text = |s: &str| s.to_string();
    (
        f.month,
        text(&f.metric),
        text(&f.article),
        text(&f.source_url),
        text(&f.as_of),
        nth,
    )
}

/// Every reading by its key; a key given twice is told apart by its order.
fn keyed<'a>(runs: &Runs<'a>) -> BTreeMap<ReadingKey, &'a Figure> {
    let mut out = BTreeMap::new();
    for run in runs.values() {
        let mut seen: Vec<ReadingKey> = Vec::new();
        for f in run {
            let nth = seen.iter().filter(|k| **k == key(f, 0)).count();
            seen.push(key(f, 0));
            out.insert(key(f, nth), *f);
        }
    }
    out
}

fn reading_changes(a: &Runs, b: &Runs) -> Vec<ReadingChange> {
    let (old, new) = (keyed(a), keyed(b));
    let mut removed: Vec<&Figure> = Vec::new();
    let mut out = Vec::new();
    for (k, f) in &old {
        match new.get(k) {
            None => removed.push(f),
            Some(g) => {
                let fields = changed_fields(f, g);
                if !fields.is_empty() {
                    out.push(ReadingChange::Changed((*g).clone(), fields));
                }
            }
        }
    }
    let mut added: Vec<&Figure> = new
        .iter()
        .filter(|(k, _)| !old.contains_key(*k))
        .map(|(_, f)| *f)
        .collect();
    for f in removed {
        // The same figure of the same day from another source: a move, not two changes.
        let same = |g: &&Figure| {
            g.month == f.month
                && g.article == f.article
                && g.as_of == f.as_of
                && g.value == f.value
                && g.qualifier == f.qualifier
        };
        match added.iter().position(same) {
            Some(i) => out.push(ReadingChange::Moved(f.clone(), added.remove(i).clone())),
            None => out.push(ReadingChange::Removed(f.clone())),
        }
    }
    out.extend(added.into_iter().map(|f| ReadingChange::Added(f.clone())));
    out
}

/// The fields of a reading that differ: (field, old, new).
fn changed_fields(a: &Figure, b: &Figure) -> Vec<(&'static str, String, String)> {
    let value = |f: &Figure| {
        let plain = crate::data::model::figure::format_plain(f.value);
        format!("{}{plain}", f.qualifier.mark())
    };
    let pairs = [
        ("value", value(a), value(b)),
        (
            "source_title",
            a.source_title.to_string(),
            b.source_title.to_string(),
        ),
        (
            "published",
            a.published.to_string(),
            b.published.to_string(),
        ),
        ("note", a.note.to_string(), b.note.to_string()),
    ];
    pairs.into_iter().filter(|(_, x, y)| x != y).collect()
}

/// The month's figure of one version, as every output shows it, and its first reading.
fn shown(store: &Store, metric: &str, runs: &Runs, k: &(Month, String)) -> Option<Shown> {
    let kind = store.catalog.metric(metric)?.kind;
    let run: Vec<Figure> = runs.get(k)?.iter().map(|f| (*f).clone()).collect();
    let figure = month_figure(kind, &run)?;
    Some(Shown {
        figure,
        primary: run.first()?.clone(),
    })
}

fn shown_changes(
    old: &Store,
    new: &Store,
    metric: &str,
    (a, b): (&Runs, &Runs),
) -> Vec<ShownChange> {
    let mut at: Vec<&(Month, String)> = a.keys().chain(b.keys()).collect();
    at.sort();
    at.dedup();
    let mut out = Vec::new();
    for k in at {
        let (o, n) = (shown(old, metric, a, k), shown(new, metric, b, k));
        let same = |x: &Shown, y: &Shown| {
            let (x, y) = (&x.figure, &y.figure);
            x.value == y.value && x.qualifier == y.qualifier && x.disputed == y.disputed
        };
        if let (Some(x), Some(y)) = (&o, &n)
            && same(x, y)
        {
            continue;
        }
        let cause = cause(o.as_ref(), n.as_ref(), a.get(k), b.get(k));
        let at = (k.0, metric.to_string(), k.1.clone());
        out.push(ShownChange {
            at,
            old: o,
            new: n,
            cause,
        });
    }
    out
}
