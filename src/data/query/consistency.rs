//! Cross-checks of stated period totals against the months they cover (docs/data-format.md,
//! rule 7): months whose exact or lower-bound figures add up to more than a stated exact total,
//! and year-to-date counts that fall within a year. Warnings, not file problems: the data may
//! be right and a definition differ, so a monitor is told and decides.

use crate::data::load::store::Store;
use crate::data::model::catalog::{Kind, MetricInfo};
use crate::data::model::figure::Figure;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::format_number;
use crate::data::query::reading::month_figure;

/// One inconsistency between a stated total and the months it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// The period total's metric key.
    pub metric: String,
    /// The month the total is filed under.
    pub month: Month,
    /// What does not add up, with both values, the months and the source.
    pub message: String,
}

/// The months a stated total covers: a calendar year or quarter, or January to its month.
pub fn covered(info: &MetricInfo, month: Month) -> Option<MonthRange> {
    let back = if info.key.ends_with("_quarter") {
        2
    } else if info.key.ends_with("_year") || info.key.ends_with("_ytd") || info.kind == Kind::Annual
    {
        // From January of the total's year (a yearly total may be filed under its last month).
        i32::try_from(month.month()).ok()? - 1
    } else {
        return None;
    };
    Some(MonthRange::new(month.offset(-back)?, month))
}

/// The month figures of a flow (one article) that count as a floor: exact or lower bounds.
fn floors(store: &Store, flow: &str, article: &str, range: MonthRange) -> (f64, usize) {
    let figures = store.figures_of(flow);
    let mut sum = 0.0;
    let mut months = 0;
    for month in range.months() {
        let run: Vec<Figure> = figures
            .iter()
            .filter(|f| f.month == month && &*f.article == article)
            .cloned()
            .collect();
        if let Some(mf) = month_figure(Kind::Flow, &run)
            && mf.qualifier != Qualifier::About
        {
            sum += mf.value;
            months += 1;
        }
    }
    (sum, months)
}

fn over_total(store: &Store, info: &MetricInfo, flow: &str, out: &mut Vec<Warning>) {
    for p in store.figures_of(&info.key) {
        if p.qualifier != Qualifier::Exact {
            continue;
        }
        let Some(range) = covered(info, p.month) else {
            continue;
        };
        let (sum, months) = floors(store, flow, &p.article, range);
        if sum > p.value {
            out.push(Warning {
                metric: info.key.clone(),
                month: p.month,
                message: format!(
                    "{} {range}: the months of {flow} add up to at least {} ({months} of {} months), more than the stated total {} ({})",
                    info.key,
                    format_number(sum),
                    range.len(),
                    format_number(p.value),
                    p.source_url
                ),
            });
        }
    }
}

fn falling_ytd(store: &Store, info: &MetricInfo, out: &mut Vec<Warning>) {
    let figures = store.figures_of(&info.key);
    let mut previous: Option<(Month, f64)> = None;
    for month in figures
        .iter()
        .map(|f| f.month)
        .collect::<std::collections::BTreeSet<_>>()
    {
        let run: Vec<Figure> = figures
            .iter()
            .filter(|f| f.month == month)
            .cloned()
            .collect();
        let Some(mf) = month_figure(Kind::Total, &run) else {
            continue;
        };
        if let Some((m, v)) = previous
            && m.year() == month.year()
            && mf.value < v
            && mf.qualifier != Qualifier::About
        {
            out.push(Warning {
                metric: info.key.clone(),
                month,
                message: format!(
                    "{} {month}: a year-to-date count of {} is below {} in {m}, in the same year",
                    info.key,
                    format_number(mf.value),
                    format_number(v)
                ),
            });
        }
        previous = Some((month, mf.value));
    }
}

/// Every consistency warning of the data, in catalog order.
pub fn check(store: &Store) -> Vec<Warning> {
    let mut out = Vec::new();
    for info in store.catalog.metrics() {
        // A year-to-date count never falls within a year, whatever flow it counts.
        if info.key.ends_with("_ytd") {
            falling_ytd(store, info, &mut out);
        }
        if let Some(flow) = &info.total_of {
            over_total(store, info, flow, &mut out);
        }
    }
    out
}
