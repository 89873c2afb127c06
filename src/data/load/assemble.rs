//! The last steps of a load, after every file is parsed: each metric's figures ranked and
//! indexed, and the case register put in month order with its articles numbered. They do
//! not depend on each other, so they run side by side, and the metrics are shared out over
//! every core: at 1000x these steps took 260 ms on one thread after a 370 ms parallel parse.

use std::collections::HashMap;
use std::sync::Arc;

use crate::data::load::cases::Case;
use crate::data::load::loader::Group;
use crate::data::load::metric_figures::MetricFigures;
use crate::data::load::rank::rank_sources;
use crate::data::model::catalog::{Catalog, Kind};
use crate::data::model::figure::Figure;

/// Each metric's figures joined, ranked (`rank_sources`) and indexed, on every core: the
/// metrics are dealt out largest first, so the threads get about the same number of figures.
pub(super) fn ranked(
    grouped: HashMap<Arc<str>, Vec<Group>>,
    catalog: &Catalog,
) -> HashMap<String, Arc<MetricFigures>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 8));
    let size = |groups: &[Group]| groups.iter().map(|g| g.figures.len()).sum::<usize>();
    let mut metrics: Vec<(Arc<str>, Vec<Group>)> = grouped.into_iter().collect();
    metrics.sort_by_key(|(_, groups)| std::cmp::Reverse(size(groups)));
    let mut shares: Vec<Vec<(Arc<str>, Vec<Group>)>> = (0..threads).map(|_| Vec::new()).collect();
    let mut loads = vec![0usize; threads];
    for metric in metrics {
        let least = (0..threads).min_by_key(|&t| loads[t]).unwrap_or(0);
        loads[least] += size(&metric.1);
        shares[least].push(metric);
    }
    let rank = |share: Vec<(Arc<str>, Vec<Group>)>| -> Vec<(String, Arc<MetricFigures>)> {
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
    std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .into_iter()
            .map(|share| scope.spawn(move || rank(share)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
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
pub(super) fn ordered_cases(cases: Vec<Case>) -> (Vec<Arc<str>>, Vec<Case>) {
    // Sort positions, not the cases themselves: each case then moves once.
    let mut order: Vec<usize> = (0..cases.len()).collect();
    order.sort_by_key(|&i| cases[i].month);
    let mut slots: Vec<Option<Case>> = cases.into_iter().map(Some).collect();
    let mut cases: Vec<Case> = order.into_iter().filter_map(|i| slots[i].take()).collect();
    let names: std::collections::BTreeSet<&str> = cases
        .iter()
        .flat_map(|c| c.articles.iter().map(|a| &**a))
        .collect();
    let articles: Vec<Arc<str>> = names.into_iter().map(Arc::from).collect();
    for case in &mut cases {
        case.article_ids = case
            .articles
            .iter()
            .filter_map(|a| articles.binary_search_by(|x| (**x).cmp(&**a)).ok())
            .map(|i| i as u32)
            .collect();
    }
    (articles, cases)
}
