//! Every reading of one month, each with how it stands to its figure (from `query::roles`):
//! what the month popup lists. Built when the popup opens, so drawing it queries nothing.

use crate::data::model::intern::Text;

use crate::data::load::store::Store;
use crate::data::model::catalog::Kind;
use crate::data::model::figure::Figure;
use crate::data::model::month::Month;
use crate::data::query::roles::{Place, Role, roles};

/// How a reading stands to its month's figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The month's reading (the first of its run).
    Shown,
    /// It cannot be true together with a reading of its day (`≠`).
    Conflicts,
    /// Another reading of the day that agrees, or a batch already counted (`=`).
    Agrees,
    /// Another batch counted in the month's sum, or a batch behind a whole-month figure (`+`).
    Adds,
    /// A reading of another day (`·`).
    OtherDay,
}

impl Relation {
    /// The relation a role gives the reading at `i` of its run.
    pub fn of(i: usize, role: &Role) -> Relation {
        match role.place {
            _ if role.conflicts() => Relation::Conflicts,
            _ if i == 0 => Relation::Shown,
            Place::Shown | Place::SameDay | Place::Batch { counted: false } => Relation::Agrees,
            Place::Batch { counted: true } | Place::SupportsWholeMonth => Relation::Adds,
            Place::OtherDay { .. } => Relation::OtherDay,
        }
    }
}

/// One reading of the month, as the popup lists it (raw data text: the UI cleans it).
#[derive(Debug, Clone, PartialEq)]
pub struct MonthReading {
    /// How it stands to its figure.
    pub relation: Relation,
    /// The metric's label (its key when the catalog lacks it).
    pub label: String,
    /// The article, empty for all-article figures.
    pub article: Text,
    /// Value and qualifier as people read them (`≥1,429`).
    pub value: String,
    /// The day the reading refers to, empty when the source gives none.
    pub as_of: Text,
    /// Where it was read.
    pub source_url: Text,
}

/// Every reading about `month`, catalog order, each run's month reading first.
pub fn month_readings(store: &Store, month: Month) -> Vec<MonthReading> {
    let figures = store.figures_in(month);
    let mut out = Vec::with_capacity(figures.len());
    // Each (metric, article) run is contiguous, its month's reading first.
    for run in figures.chunk_by(|a, b| a.metric == b.metric && a.article == b.article) {
        let info = store.catalog.metric(&run[0].metric);
        let kind = info.map_or(Kind::Level, |m| m.kind);
        let label = info.map_or(run[0].metric.to_string(), |m| m.label_here().to_string());
        for (i, role) in roles(kind, run).iter().enumerate() {
            out.push(reading(run[i], Relation::of(i, role), &label));
        }
    }
    out
}

fn reading(f: &Figure, relation: Relation, label: &str) -> MonthReading {
    MonthReading {
        relation,
        label: label.to_string(),
        article: Text::clone(&f.article),
        value: f.display_value(),
        as_of: Text::clone(&f.as_of),
        source_url: Text::clone(&f.source_url),
    }
}
