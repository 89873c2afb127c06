//! `repdash check`: validate the data and show what is known and what is missing.

use std::fmt::Write as _;

use crate::cli::GapArgs;
use crate::commands::CommandError;
use crate::data::load::store::Store;
use crate::data::model::month::MonthRange;
use crate::data::model::plural::form;
use crate::data::model::problem::Problem;
use crate::data::model::text::{clean, format_number};
use crate::data::query::consistency::Warning;
use crate::data::query::filter::{CORE_METRICS, Filter};
use crate::data::query::gaps::GapWindow;
use crate::data::query::view::View;
use crate::tr;

/// The report `check` prints: counts, coverage of the core metrics, and every problem.
pub fn report(store: &Store, problems: &[Problem], warnings: &[Warning]) -> String {
    let mut out = String::new();
    let origin = clean(&crate::data::model::i18n::origin_here(&store.origin));
    let _ = writeln!(out, "{}", tr!("chk-data", origin = origin));
    months(&mut out, store);
    let used = store
        .catalog
        .metrics()
        .iter()
        .filter(|m| !store.figures_of(&m.key).is_empty())
        .count();
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "chk-rows",
            figures = n(store.figure_count()),
            metrics = n(store.catalog.metrics().len()),
            used = n(used),
            articles = n(store.articles.len()),
            events = n(store.events.len()),
            cases = n(store.cases.len())
        )
    );
    let messages: Vec<String> = warnings.iter().map(|w| w.message.clone()).collect();
    let why = format!(" {}", tr!("chk-warnings-why"));
    listing(&mut out, &tr!("chk-warnings"), &why, &messages);
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    listing(&mut out, &tr!("chk-problems"), "", &messages);
    out
}

/// A count as the reader's language writes numbers ("1,429", "1 429").
fn n(count: usize) -> String {
    format_number(count as f64)
}

/// `name: none`, or `name: n` and one cleaned line per entry.
fn listing(out: &mut String, name: &str, why: &str, entries: &[String]) {
    if entries.is_empty() {
        let _ = writeln!(out, "{}", tr!("chk-none", name = name));
        return;
    }
    let count = n(entries.len());
    let _ = writeln!(
        out,
        "{}",
        tr!("chk-count", name = name, n = count, why = why)
    );
    let most = crate::data::model::problem::MAX_LISTED;
    for e in entries.iter().take(most) {
        let _ = writeln!(out, "  {}", clean(e));
    }
    if entries.len() > most {
        let _ = writeln!(out, "  {}", tr!("chk-more", n = n(entries.len() - most)));
    }
}

/// The span of months, the months without a snapshot file, and core-metric coverage.
fn months(out: &mut String, store: &Store) {
    let Some(range) = store.full_range() else {
        let _ = writeln!(out, "{}", tr!("chk-months-none"));
        return;
    };
    let files: std::collections::BTreeSet<_> = store.months().collect();
    let months = tr!(
        "chk-months",
        files = n(files.len()),
        form = form(files.len()),
        range = range.to_string(),
        span = range.count_text()
    );
    let _ = writeln!(out, "{months}");
    let missing: Vec<String> = range
        .months()
        .filter(|m| !files.contains(m))
        .map(|m| m.to_string())
        .collect();
    if !missing.is_empty() {
        let missing = missing.join(", ");
        let _ = writeln!(out, "{}", tr!("chk-months-missing", months = missing));
    }
    coverage(out, store, range);
}

fn coverage(out: &mut String, store: &Store, range: crate::data::model::month::MonthRange) {
    let filter = Filter {
        range,
        article: None,
        metrics: CORE_METRICS.iter().map(|s| s.to_string()).collect(),
    };
    let _ = writeln!(out, "{}", tr!("chk-coverage"));
    for s in View::build(store, filter).series {
        let with = s.months_with_data();
        let conflicts = s.points().flatten().filter(|c| c.conflict()).count();
        let row = tr!(
            "chk-coverage-row",
            with = format!("{with:>3}"),
            months = n(range.len()),
            form = form(range.len()),
            conflicts = n(conflicts)
        );
        let _ = writeln!(out, "  {:<30} {row}", clean(&s.key()));
    }
}

/// The months `--gaps` looks at, from `--period` or `--from`/`--to` (each end defaulting to
/// the data's); an end before the start is a usage error.
pub fn window(store: &Store, args: &GapArgs) -> Result<GapWindow, CommandError> {
    let full = store.full_range();
    let range = match (args.period, args.from, args.to) {
        (Some(p), _, _) => Some(p),
        (None, None, None) => None,
        (None, from, to) => {
            let from = from.or(full.map(|r| r.from()));
            let to = to.or(full.map(|r| r.to()));
            match (from, to) {
                (Some(a), Some(b)) if a > b => {
                    let (from, to) = (a.to_string(), b.to_string());
                    return Err(CommandError::Usage(crate::tr!(
                        "er-from-after-to",
                        from = from,
                        to = to
                    )));
                }
                (Some(a), Some(b)) => Some(MonthRange::new(a, b)),
                _ => None,
            }
        }
    };
    Ok(GapWindow {
        range,
        from_window_start: args.all_months,
    })
}

/// `check --gaps`: the missing months of every monthly metric, as text, CSV
/// (`metric,missing_month`, one row a month) or a Markdown table.
pub fn gaps_report(
    store: &Store,
    format: crate::data::output::summary::text::Format,
    window: GapWindow,
) -> String {
    use crate::data::output::summary::text::Format;
    let gaps = crate::data::query::gaps::gaps(store, window);
    let span = window.range.or(store.full_range()).map_or(0, |r| r.len());
    match format {
        Format::Csv => {
            let rows = gaps.iter().flat_map(|g| {
                g.missing
                    .iter()
                    .map(|m| [g.metric.to_string(), m.to_string()])
            });
            crate::data::output::summary::text::csv_rows(&["metric", "missing_month"], rows)
        }
        Format::Json => gaps_json(&gaps, span),
        Format::Text | Format::Md => gaps_text(&gaps, format == Format::Md),
    }
}

/// `check --gaps` as text (one line a metric) or a Markdown table.
fn gaps_text(gaps: &[crate::data::query::gaps::Gaps], md: bool) -> String {
    let mut out = String::new();
    if md {
        let _ = writeln!(out, "{}\n|---|---|---|", tr!("chk-gaps-head"));
    }
    for g in gaps {
        let missing = g.runs_text();
        let covered = tr!(
            "chk-gaps-covered",
            with = n(g.covered),
            months = n(g.months),
            first = g.first.to_string()
        );
        let key = clean(&g.metric);
        let _ = if md {
            writeln!(out, "| {key} | {covered} | {missing} |")
        } else {
            let missing = tr!("chk-gaps-missing", runs = missing);
            writeln!(out, "{key:<32} {covered:>20}; {missing}")
        };
    }
    out
}

/// The warning for files an interrupted write left behind (ignored by the loader; not a
/// reason to fail).
pub fn leftovers_text(names: &[String]) -> String {
    if names.is_empty() {
        return String::new();
    }
    let mut out = format!("{}\n", tr!("chk-leftovers", n = n(names.len())));
    for n in names {
        let _ = writeln!(out, "  {}", clean(n));
    }
    out
}

/// The gaps as JSON: per metric, the months with data and the missing months.
fn gaps_json(gaps: &[crate::data::query::gaps::Gaps], span: usize) -> String {
    let list: Vec<serde_json::Value> = gaps
        .iter()
        .map(|g| {
            let missing: Vec<String> = g.missing.iter().map(ToString::to_string).collect();
            serde_json::json!({
                "metric": clean(&g.metric), "first": g.first.to_string(), "months": g.months,
                "months_with_data": g.covered, "missing": missing,
            })
        })
        .collect();
    let doc = serde_json::json!({
        "schema": crate::data::output::brief::json::SCHEMA,
        "kind": "gaps",
        "months": span,
        "metrics": list,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
