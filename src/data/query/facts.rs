//! What is said beside one series of a view, decided once when the view is built: the range's
//! aggregate by kind, the totals sources state for periods inside it, a level's derived change
//! and the companion read beside it (rules 6 and 7). Every writer (the dashboard's footer,
//! summary, report, export, compare) formats this value; none assembles the facts itself.

use crate::data::load::store::Store;
use crate::data::model::catalog::Adds;
use crate::data::model::qualifier::Qualifier;
use crate::data::query::derived::{Derived, derived_change};
use crate::data::query::filter::{self, Filter};
use crate::data::query::series::{Aggregate, Series};
use crate::data::query::stated::{StatedTotal, stated_totals, stated_words};

/// The facts of one series over the view's range.
#[derive(Debug, Clone, PartialEq)]
pub struct Facts {
    /// How the range adds up by kind.
    pub aggregate: Aggregate,
    /// The totals stated for periods inside the range (for a flow).
    pub stated: Vec<StatedTotal>,
    /// A level's or running total's change between its first and last reading: derived.
    pub derived: Option<Derived>,
    /// The metric read beside this one, when it is in the view.
    pub companion: Option<Companion>,
}

/// The companion of a series (rule 6) and what is said of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Companion {
    /// Its metric key.
    pub key: String,
    /// Its label.
    pub label: String,
    /// Its sum for a count, its derived change for a level.
    pub beside: Beside,
}

/// What a companion contributes: a count's aggregate or a level's derived change.
#[derive(Debug, Clone, PartialEq)]
pub enum Beside {
    /// A count's (or stated total's) aggregate over the range.
    Aggregate(Aggregate),
    /// A level's derived change over the range.
    Derived(Derived),
}

impl Facts {
    /// The facts of series `i` of a view's `series`.
    pub fn of(store: &Store, series: &[Series], i: usize) -> Option<Facts> {
        let s = series.get(i)?;
        Some(Facts {
            aggregate: s.aggregate(),
            stated: stated_totals(store, s),
            derived: derived_change(s),
            companion: companion(store, series, s),
        })
    }

    /// Everything beside the aggregate, each part led by ` · `: stated totals, the derived
    /// change, the companion. `mark` spells qualifiers, `disputed` the conflict mark.
    pub fn beside_words(&self, mark: fn(Qualifier) -> &'static str, disputed: &str) -> String {
        let derived = self
            .derived
            .as_ref()
            .map_or(String::new(), |d| format!(" · {}", d.words(disputed)));
        let companion = self.companion.as_ref().map_or(String::new(), |c| {
            let what = match &c.beside {
                Beside::Aggregate(a) => a.words(mark),
                Beside::Derived(d) => d.words(disputed),
            };
            crate::tr!("beside-it", label = c.label.clone(), what = what)
        });
        format!("{}{derived}{companion}", stated_words(&self.stated, mark))
    }

    /// The aggregate in words followed by everything beside it.
    pub fn words(&self, mark: fn(Qualifier) -> &'static str, disputed: &str) -> String {
        format!(
            "{}{}",
            self.aggregate.words(mark),
            self.beside_words(mark, disputed)
        )
    }
}

/// The companion of `s` (all-article series only): a count beside a level's derived growth
/// and back, as the catalog's `companion` column says. Taken from the view when it is there,
/// else from the store over the same range: a count is never read alone (rule 6), whatever
/// else the view holds.
fn companion(store: &Store, series: &[Series], s: &Series) -> Option<Companion> {
    if !s.article.is_empty() {
        return None;
    }
    let key = s.metric.companion.as_deref()?;
    let all_articles = |o: &Series| o.metric.key == key && o.article.is_empty();
    let built;
    let other = match series.iter().find(|o| all_articles(o)) {
        Some(o) => o,
        None => {
            let filter = Filter {
                range: s.range,
                article: None,
                metrics: vec![key.to_string()],
            };
            built = filter::series(store, &filter);
            built.iter().find(|o| all_articles(o))?
        }
    };
    let beside = match other.metric.kind.adds() {
        Adds::Months | Adds::Periods => Beside::Aggregate(other.aggregate()),
        Adds::Last => Beside::Derived(derived_change(other)?),
    };
    Some(Companion {
        key: other.metric.key.clone(),
        label: other.metric.label_here().to_string(),
        beside,
    })
}
