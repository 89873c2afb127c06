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

/// One metric's groups (each a loader thread's, in file order; the groups in thread order,
/// which is file order) joined in article order, file order kept within an article: the order
/// `rank_sources` checks for, so it has only each month's readings left to order.
///
/// The groups are appended to the first (growing it moves its pages without copying them)
/// and put in order in place: grouping by article in the loader threads and then joining the
/// groups moved every figure twice into fresh memory (a fifth of a 1000x load's page faults).
fn joined(groups: Vec<Group>) -> Vec<Figure> {
    let mut groups = groups.into_iter();
    let mut figures = groups.next().map(|g| g.figures).unwrap_or_default();
    groups.for_each(|g| figures.extend(g.figures));
    let places = article_places(&figures);
    let buckets = places.iter().max().map_or(0, |&p| p as usize + 1);
    stable_in_place(&mut figures, &places, buckets);
    figures
}

/// Each figure's article as its place among the metric's articles in text order. A loader
/// thread shares one copy of each text, so an address is looked up once and the texts
/// behind the addresses are sorted once.
fn article_places(figures: &[Figure]) -> Vec<u32> {
    let mut by_address: FxHashMap<*const u8, u32> = FxHashMap::default();
    let mut names: Vec<&str> = Vec::new();
    let first: Vec<u32> = figures
        .iter()
        .map(|f| {
            *by_address.entry(f.article.as_ptr()).or_insert_with(|| {
                names.push(&f.article);
                names.len() as u32 - 1
            })
        })
        .collect();
    // Each first-seen index to its place in text order (threads' copies of one text share it).
    let mut order: Vec<u32> = (0..names.len() as u32).collect();
    order.sort_by(|&a, &b| names[a as usize].cmp(names[b as usize]));
    let mut place = vec![0u32; names.len()];
    let mut at = 0u32;
    for (i, &n) in order.iter().enumerate() {
        if i > 0 && names[n as usize] != names[order[i - 1] as usize] {
            at += 1;
        }
        place[n as usize] = at;
    }
    first.into_iter().map(|i| place[i as usize]).collect()
}

/// Orders `items` by `keys` (each below `buckets`), stably and in place: where each item goes
/// is counted first, then each swap puts one item where it belongs, so every item moves at
/// most once into its place and no second list is made. Items already in order do not move.
fn stable_in_place<T>(items: &mut [T], keys: &[u32], buckets: usize) {
    if keys.is_sorted() {
        return;
    }
    let mut starts = vec![0usize; buckets + 1];
    for &k in keys {
        starts[k as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut dest: Vec<usize> = keys
        .iter()
        .map(|&k| {
            let at = &mut starts[k as usize];
            *at += 1;
            *at - 1
        })
        .collect();
    for i in 0..items.len() {
        while dest[i] != i {
            let j = dest[i];
            items.swap(i, j);
            dest.swap(i, j);
        }
    }
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
/// once and in place ([`stable_in_place`]). `months` holds each case's month, so the cases
/// themselves (120 bytes each) are read once: sorting positions by a key read from the case
/// (20 random reads per case) and moving every case twice into fresh memory took 90 ms at
/// 1000x.
fn in_month_order(cases: &mut [Case], months: &[Month]) {
    let number = |m: Month| m.year() * 12 + m.month();
    let first = months.iter().map(|&m| number(m)).min().unwrap_or(0);
    let keys: Vec<u32> = months.iter().map(|&m| number(m) - first).collect();
    let buckets = keys.iter().max().map_or(0, |&k| k as usize + 1);
    stable_in_place(cases, &keys, buckets);
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
#[path = "assemble_tests.rs"]
mod tests;
