//! The last steps of a load, after every file is parsed: each metric's figures ranked and
//! indexed, and the case register put in month order with its articles numbered. They do
//! not depend on each other, so they run side by side, and the metrics are shared out over
//! every core: at 1000x these steps took 260 ms on one thread after a 370 ms parallel parse.

use crate::data::model::intern::Text;
use std::collections::HashMap;
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::data::load::cases::Case;
use crate::data::load::loader::Group;
use crate::data::load::metric_figures::MetricFigures;
use crate::data::load::rank::rank_sources;
use crate::data::model::catalog::{Catalog, Kind};
use crate::data::model::figure::Figure;
use crate::data::model::month::Month;

/// Each metric's figures joined, ranked (`rank_sources`) and indexed, on every core: the
/// metrics are dealt out largest first, so the threads get about the same number of figures.
pub(super) fn ranked(
    grouped: HashMap<Text, Vec<Group>>,
    catalog: &Catalog,
) -> HashMap<String, Arc<MetricFigures>> {
    let threads = crate::data::model::cores::cores();
    let size = |groups: &[Group]| groups.iter().map(|g| g.figures.len()).sum::<usize>();
    let mut metrics: Vec<(Text, Vec<Group>)> = grouped.into_iter().collect();
    metrics.sort_by_key(|(_, groups)| std::cmp::Reverse(size(groups)));
    let mut shares: Vec<Vec<(Text, Vec<Group>)>> = (0..threads).map(|_| Vec::new()).collect();
    let mut loads = vec![0usize; threads];
    for metric in metrics {
        let least = (0..threads).min_by_key(|&t| loads[t]).unwrap_or(0);
        loads[least] += size(&metric.1);
        shares[least].push(metric);
    }
    let rank = |share: Vec<(Text, Vec<Group>)>| -> Vec<(String, Arc<MetricFigures>)> {
        share
            .into_iter()
            .map(|(metric, groups)| {
                let kind = catalog.metric(&metric).map_or(Kind::Level, |m| m.kind);
                let mut figures = joined(groups);
                rank_sources(&mut figures, kind);
                (metric.to_string(), Arc::new(MetricFigures::new(figures)))
            })
            .collect()
    };
    // A share with no metric (the catalog alone was read) starts no thread.
    let shares = shares.into_iter().filter(|share| !share.is_empty());
    crate::data::model::cores::on_threads(shares, rank)
        .into_iter()
        .flatten()
        .collect()
}

/// One metric's groups (in thread order, each in file order) joined in article order: the
/// order `rank_sources` checks for, so it has only each month's readings left to order.
fn joined(mut groups: Vec<Group>) -> Vec<Figure> {
    // Stable: one article's groups stay in thread order, which is file order.
    groups.sort_by(|a, b| a.article.cmp(&b.article));
    let mut figures = Vec::with_capacity(groups.iter().map(|g| g.figures.len()).sum());
    for group in groups {
        figures.extend(group.figures);
    }
    figures
}

/// The register in month order (file order within a month) with every case's articles
/// numbered by their place in the sorted list of all of them, and that list.
///
/// A register is nearly always written in month order already: then no case moves (moving
/// 386,000 cases into fresh memory was 90 ms of a 1000x load). Articles are numbered through
/// a table keyed by the shared text's address, so each distinct text is compared once (a
/// sorted set of every case's articles and a binary search per article were 60 ms more).
pub(super) fn ordered_cases(cases: Vec<Case>) -> (Vec<Text>, Vec<Case>) {
    let mut cases = cases;
    let months: Vec<Month> = cases.iter().map(|c| c.month).collect();
    if !months.is_sorted() {
        in_month_order(&mut cases, &months);
    }
    let articles = distinct_articles(&cases);
    let place: FxHashMap<&str, u32> = (0..).zip(&articles).map(|(i, a)| (&**a, i)).collect();
    let mut by_address: FxHashMap<*const u8, u32> = FxHashMap::default();
    for case in &mut cases {
        case.article_ids = case
            .articles
            .iter()
            .filter_map(|a| match by_address.get(&a.as_ptr()) {
                Some(&id) => Some(id),
                None => {
                    let id = *place.get(&**a)?;
                    by_address.insert(a.as_ptr(), id);
                    Some(id)
                }
            })
            .collect();
    }
    (articles, cases)
}

/// Puts the cases in month order, file order kept within a month, moving each case at most
/// once and in place. `months` holds each case's month, so the cases themselves (120 bytes
/// each) are read once: sorting positions by a key read from the case (20 random reads per
/// case) and moving every case twice into fresh memory took 90 ms at 1000x.
fn in_month_order(cases: &mut [Case], months: &[Month]) {
    let number = |m: Month| (m.year() * 12 + m.month()) as usize;
    let first = months.iter().map(|&m| number(m)).min().unwrap_or(0);
    let last = months.iter().map(|&m| number(m)).max().unwrap_or(0);
    // Where each month's cases start, counted: months span a few hundred numbers.
    let mut starts = vec![0usize; last - first + 2];
    for &m in months {
        starts[number(m) - first + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    // Where each case goes; then each swap puts one case where it belongs.
    let mut dest: Vec<usize> = months
        .iter()
        .map(|&m| {
            let at = &mut starts[number(m) - first];
            *at += 1;
            *at - 1
        })
        .collect();
    for i in 0..cases.len() {
        while dest[i] != i {
            let j = dest[i];
            cases.swap(i, j);
            dest.swap(i, j);
        }
    }
}

/// Every article named by a case, once each, in text order. (The cases hold their texts
/// while this runs, so an address names one text.)
fn distinct_articles(cases: &[Case]) -> Vec<Text> {
    let mut seen: FxHashSet<*const u8> = FxHashSet::default();
    let mut names: FxHashMap<&str, &Text> = FxHashMap::default();
    for a in cases.iter().flat_map(|c| &c.articles) {
        if seen.insert(a.as_ptr()) {
            names.entry(a).or_insert(a);
        }
    }
    let mut articles: Vec<Text> = names.into_values().cloned().collect();
    articles.sort_unstable();
    articles
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn case(month: u32, i: usize, articles: &[&str]) -> Case {
        let text = |s: &str| Text::from(s);
        Case {
            date: text(""),
            month: Month::new(2020 + month / 12, 1 + month % 12).unwrap(),
            person: text(&i.to_string()),
            event: text("detained"),
            articles: articles.iter().map(|a| text(a)).collect(),
            article_ids: Vec::new(),
            sentence_months: None,
            court: text(""),
            source_url: text("https://example.invalid/"),
            note: text(""),
        }
    }

    proptest! {
        /// Any months in any order come out as a stable sort by month leaves them, and each
        /// case's article numbers name its articles in the sorted list.
        #[test]
        fn cases_are_ordered_by_month_stably_and_numbered(
            months in proptest::collection::vec(0..40u32, 0..60),
        ) {
            let names = ["342", "411", "130-1"];
            let cases: Vec<Case> = months
                .iter()
                .enumerate()
                .map(|(i, &m)| case(m, i, &names[..1 + i % 3]))
                .collect();
            let mut expected: Vec<(Month, String)> =
                cases.iter().map(|c| (c.month, c.person.to_string())).collect();
            expected.sort_by_key(|(m, _)| *m);
            let (articles, ordered) = ordered_cases(cases);
            let got: Vec<(Month, String)> =
                ordered.iter().map(|c| (c.month, c.person.to_string())).collect();
            prop_assert_eq!(got, expected);
            prop_assert!(articles.is_sorted());
            for c in &ordered {
                let named: Vec<&str> = c.article_ids.iter().map(|&i| &*articles[i as usize]).collect();
                let own: Vec<&str> = c.articles.iter().map(|a| &**a).collect();
                prop_assert_eq!(named, own);
            }
        }
    }
}
