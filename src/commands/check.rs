//! `repdash check`: validate the data and show what is known and what is missing.

use std::fmt::Write as _;

use crate::data::load::store::Store;
use crate::data::model::problem::Problem;
use crate::data::model::text::clean;
use crate::data::query::consistency::Warning;
use crate::data::query::filter::{CORE_METRICS, Filter};
use crate::data::query::view::View;

/// The report `check` prints: counts, coverage of the core metrics, and every problem.
pub fn report(store: &Store, problems: &[Problem], warnings: &[Warning]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "data: {}", clean(&store.origin));
    months(&mut out, store);
    let used = store
        .catalog
        .metrics()
        .iter()
        .filter(|m| !store.figures_of(&m.key).is_empty())
        .count();
    let _ = writeln!(
        out,
        "rows: {} figures; metrics: {} in catalog, {used} with figures; articles: {}; events: {}; cases: {}",
        store.figure_count(),
        store.catalog.metrics().len(),
        store.articles.len(),
        store.events.len(),
        store.cases.len()
    );
    if warnings.is_empty() {
        out.push_str("consistency warnings: none\n");
    } else {
        let _ = writeln!(
            out,
            "consistency warnings: {} (stated totals against their months; exit 1 only with --strict)",
            warnings.len()
        );
        for w in warnings {
            let _ = writeln!(out, "  {}", clean(&w.message));
        }
    }
    if problems.is_empty() {
        out.push_str("problems: none\n");
    } else {
        let _ = writeln!(out, "problems: {}", problems.len());
        for p in problems {
            let _ = writeln!(out, "  {}", clean(&p.to_string()));
        }
    }
    out
}

/// The span of months, the months without a snapshot file, and core-metric coverage.
fn months(out: &mut String, store: &Store) {
    let Some(range) = store.full_range() else {
        out.push_str("months: none\n");
        return;
    };
    let files: std::collections::BTreeSet<_> = store.months().collect();
    let _ = writeln!(
        out,
        "months: {} files, {range} ({})",
        files.len(),
        range.count_text()
    );
    let missing: Vec<String> = range
        .months()
        .filter(|m| !files.contains(m))
        .map(|m| m.to_string())
        .collect();
    if !missing.is_empty() {
        let _ = writeln!(out, "months without a file: {}", missing.join(", "));
    }
    coverage(out, store, range);
}

fn coverage(out: &mut String, store: &Store, range: crate::data::model::month::MonthRange) {
    let filter = Filter {
        range,
        article: None,
        metrics: CORE_METRICS.iter().map(|s| s.to_string()).collect(),
    };
    out.push_str("core metrics, months with data:\n");
    for s in View::build(store, filter).series {
        let with = s.months_with_data();
        let conflicts = s.points().flatten().filter(|c| c.conflict()).count();
        let _ = writeln!(
            out,
            "  {:<30} {with:>3} of {} months, {conflicts} with disagreeing sources",
            clean(&s.key()),
            range.len()
        );
    }
}
