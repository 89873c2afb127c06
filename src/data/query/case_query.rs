//! The case register filtered by month range, article and event, with counts per month and per
//! article. Counts are "documented cases" in the register, never national totals.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::data::load::cases::Case;
use crate::data::load::store::Store;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::pattern::ArticlePattern;

/// What part of the register to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFilter {
    /// Inclusive month range.
    pub range: MonthRange,
    /// Only cases charged under a matching article.
    pub article: Option<ArticlePattern>,
    /// Only one kind of event (`convicted`, `released` ...).
    pub event: Option<String>,
    /// Only people whose folded name contains this folded text (`fold::fold`: Kulsha finds
    /// Kulša).
    pub name: Option<String>,
}

/// The filtered register: indices into the store's shared case list, so narrowing a
/// register of hundreds of thousands of cases copies no case.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CaseView {
    all: Arc<Vec<Case>>,
    matching: Vec<u32>,
    /// How many matching cases fall in each month (months without cases are absent).
    pub per_month: BTreeMap<Month, usize>,
    /// How many matching cases name each article, most frequent first.
    pub per_article: Vec<(String, usize)>,
}

impl CaseView {
    /// Number of matching cases.
    pub fn len(&self) -> usize {
        self.matching.len()
    }

    /// Whether no case matches.
    pub fn is_empty(&self) -> bool {
        self.matching.is_empty()
    }

    /// The `i`-th matching case, in register order.
    pub fn get(&self, i: usize) -> Option<&Case> {
        self.all.get(*self.matching.get(i)? as usize)
    }

    /// Matching cases in register order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Case> {
        self.matching.iter().map(|&i| &self.all[i as usize])
    }
}

impl CaseFilter {
    /// Whether a case passes the filter.
    pub fn matches(&self, case: &Case) -> bool {
        self.range.contains(case.month)
            && self.event.as_ref().is_none_or(|e| *case.event == **e)
            && name_ok(
                self.name
                    .as_deref()
                    .map(crate::data::model::fold::fold)
                    .as_deref(),
                case,
            )
            && self
                .article
                .as_ref()
                .is_none_or(|p| case.articles.iter().any(|a| p.matches(a)))
    }
}

/// Whether the case's person is the one searched for (`needle` already folded; always true
/// without one). The reference filter folds the name each time; `query_cases` reads the
/// store's keys, folded once.
fn name_ok(needle: Option<&str>, case: &Case) -> bool {
    needle.is_none_or(|n| crate::data::model::fold::fold(&case.person).contains(n))
}

/// Runs the filter over the register: the range by binary search (the register is ordered by
/// month), articles by number.
pub fn query_cases(store: &Store, filter: &CaseFilter) -> CaseView {
    let allowed: Option<Vec<bool>> = filter
        .article
        .as_ref()
        .map(|p| store.case_articles.iter().map(|a| p.matches(a)).collect());
    let range = filter.range;
    let needle = filter.name.as_deref().map(crate::data::model::fold::fold);
    let mut view = CaseView {
        all: Arc::clone(&store.cases),
        ..Default::default()
    };
    let mut counts = vec![0usize; store.case_articles.len()];
    let mut months = vec![0usize; range.len()];
    let (lo, hi) = month_bounds(store, range);
    let named = needle
        .as_deref()
        .map(|n| store.person_index().matching(n, lo, hi));
    for (i, case) in store.cases[lo..hi].iter().enumerate() {
        let article_ok = allowed
            .as_ref()
            .is_none_or(|ok| case.article_ids.iter().any(|&id| ok[id as usize]));
        let event_ok = filter.event.as_ref().is_none_or(|e| *case.event == **e);
        if !article_ok || !event_ok || !named.as_ref().is_none_or(|m| m[i]) {
            continue;
        }
        months[range.from().months_until(case.month) as usize] += 1;
        for &id in &case.article_ids {
            counts[id as usize] += 1;
        }
        view.matching.push((lo + i) as u32);
    }
    view.per_month = range.months().zip(months).filter(|(_, n)| *n > 0).collect();
    view.per_article = named_counts(store, &counts).collect();
    view.per_article
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    view
}

/// With a person search over part of the data: how many cases match in all months (same
/// article and event), so a screen or a command can say "0 in 2024 · 5 in all years"
/// instead of "not found". `None` without a name or when the range is already everything.
pub fn cases_in_all_years(store: &Store, filter: &CaseFilter) -> Option<usize> {
    let full = store.full_range()?;
    let cases = store.cases.first().map(|c| c.month)?..=store.cases.last()?.month;
    let all = MonthRange::new(full.from().min(*cases.start()), full.to().max(*cases.end()));
    (filter.name.is_some() && filter.range != all && filter.range != full).then(|| {
        let everywhere = CaseFilter {
            range: all,
            ..filter.clone()
        };
        query_cases(store, &everywhere).len()
    })
}

/// Cases per article in a range over the whole register (for the article picker's counts).
pub fn article_counts(store: &Store, range: MonthRange) -> BTreeMap<String, usize> {
    let mut counts = vec![0usize; store.case_articles.len()];
    let (lo, hi) = month_bounds(store, range);
    for case in &store.cases[lo..hi] {
        for &id in &case.article_ids {
            counts[id as usize] += 1;
        }
    }
    named_counts(store, &counts).collect()
}

fn month_bounds(store: &Store, range: MonthRange) -> (usize, usize) {
    let lo = store.cases.partition_point(|c| c.month < range.from());
    let hi = store.cases.partition_point(|c| c.month <= range.to());
    (lo, hi.max(lo))
}

fn named_counts<'a>(
    store: &'a Store,
    counts: &'a [usize],
) -> impl Iterator<Item = (String, usize)> + 'a {
    counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(i, n)| (store.case_articles[i].to_string(), *n))
}
