//! What a brief says of the case register for its period: how many cases are documented,
//! how many name an article and how many none, and every death in custody by name. A
//! sample of the register, never totals; but no documented case is left out of the count.

use crate::data::model::intern::Text;

use crate::data::load::store::Store;
use crate::data::model::month::MonthRange;
use crate::data::query::case_query::{CaseFilter, query_cases};

/// The register's cases of a period, as a brief reports them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CaseSummary {
    /// Every documented case of the period.
    pub total: usize,
    /// Cases naming no article (a release, a death in custody, a transfer ...).
    pub without_article: usize,
    /// Cases per article, most frequent first (a case with two articles counts under each).
    pub by_article: Vec<(String, usize)>,
    /// The deaths in custody of the period, in register order.
    pub deaths: Vec<Death>,
}

/// A documented death in custody: the person, the day and where it is documented.
#[derive(Debug, Clone, PartialEq)]
pub struct Death {
    /// `YYYY-MM-DD` when known, else the month.
    pub date: String,
    /// The person as the source spells the name.
    pub person: Text,
    /// Where it is documented.
    pub source_url: Text,
}

/// The event key the register uses for a death in custody.
pub const DIED_IN_CUSTODY: &str = "died_in_custody";

impl CaseSummary {
    /// The register's cases of `range`.
    pub fn of(store: &Store, range: MonthRange) -> CaseSummary {
        let filter = CaseFilter {
            range,
            article: None,
            event: None,
            name: None,
        };
        let view = query_cases(store, &filter);
        let deaths = view
            .iter()
            .filter(|c| &*c.event == DIED_IN_CUSTODY)
            .map(|c| Death {
                date: if c.date.is_empty() {
                    c.month.to_string()
                } else {
                    c.date.to_string()
                },
                person: Text::clone(&c.person),
                source_url: Text::clone(&c.source_url),
            })
            .collect();
        CaseSummary {
            total: view.len(),
            without_article: view.iter().filter(|c| c.articles.is_empty()).count(),
            by_article: view.per_article.clone(),
            deaths,
        }
    }
}
