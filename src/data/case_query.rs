//! The case register filtered by month range, article and event, with counts per month and per
//! article. Counts are "documented cases" in the register, never national totals.

use std::collections::BTreeMap;

use super::cases::Case;
use super::month::{Month, MonthRange};
use super::pattern::ArticlePattern;
use super::store::Store;

/// What part of the register to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFilter {
    /// Inclusive month range.
    pub range: MonthRange,
    /// Only cases charged under a matching article.
    pub article: Option<ArticlePattern>,
    /// Only one kind of event (`convicted`, `released` ...).
    pub event: Option<String>,
}

/// The filtered register.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CaseView {
    /// Matching cases, in register order (by date).
    pub cases: Vec<Case>,
    /// How many matching cases fall in each month (months without cases are absent).
    pub per_month: BTreeMap<Month, usize>,
    /// How many matching cases name each article, most frequent first.
    pub per_article: Vec<(String, usize)>,
}

impl CaseFilter {
    /// Whether a case passes the filter.
    pub fn matches(&self, case: &Case) -> bool {
        self.range.contains(case.month)
            && self.event.as_ref().is_none_or(|e| &case.event == e)
            && self
                .article
                .as_ref()
                .is_none_or(|p| case.articles.iter().any(|a| p.matches(a)))
    }
}

/// Runs the filter over the register.
pub fn query_cases(store: &Store, filter: &CaseFilter) -> CaseView {
    let mut view = CaseView::default();
    let mut articles: BTreeMap<String, usize> = BTreeMap::new();
    for case in store.cases.iter().filter(|c| filter.matches(c)) {
        *view.per_month.entry(case.month).or_default() += 1;
        for a in &case.articles {
            *articles.entry(a.clone()).or_default() += 1;
        }
        view.cases.push(case.clone());
    }
    view.per_article = articles.into_iter().collect();
    view.per_article
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    view
}

/// Cases per article in a range over the whole register (for the article picker's counts).
pub fn article_counts(store: &Store, range: MonthRange) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for case in store.cases.iter().filter(|c| range.contains(c.month)) {
        for a in &case.articles {
            *out.entry(a.clone()).or_default() += 1;
        }
    }
    out
}
