//! The monthly (or period) brief behind `repdash report`: the core series with their changes,
//! every other figure of the period by tab, its events, documented cases and the core series
//! with no figure. Built once here; the Markdown, HTML and JSON writers only format it.

use crate::data::load::events::Event;
use crate::data::load::store::Store;
use crate::data::model::catalog::Tab;
use crate::data::model::figure::Figure;
use crate::data::model::month::MonthRange;
use crate::data::query::case_summary::CaseSummary;
use crate::data::query::diff::ShownChange;
use crate::data::query::filter::{CORE_METRICS, Filter};
use crate::data::query::view::View;

/// Everything a report shows about one period.
#[derive(Debug, Clone)]
pub struct Brief<'a> {
    /// The months reported on (one month for a monthly brief).
    pub range: MonthRange,
    /// The core series over the range (headline).
    pub core: View,
    /// The core series over the range, or the year up to it when the range is shorter (charts).
    pub trend: View,
    /// Events in the trend's range, numbered on its charts.
    pub trend_events: Vec<&'a Event>,
    /// Every other metric with a figure in the range, grouped by the tab that shows it.
    pub others: Vec<(Tab, View)>,
    /// Events of the range, in date order.
    pub events: Vec<&'a Event>,
    /// Documented cases of the range: their number, per article, without one, and the
    /// deaths in custody by name (a sample of the register, not totals).
    pub cases: CaseSummary,
    /// Labels of the core series with no figure in the range.
    pub missing: Vec<String>,
    /// Totals sources state for periods that overlap the range (a quarter holding the month):
    /// the label of the flow they total, the period, and the figure.
    pub stated: Vec<(String, MonthRange, &'a Figure)>,
    /// With `report --since`: the version compared against, and each figure of the range
    /// whose shown value changed since then, with its metric's label.
    pub revised: Option<(String, Vec<(String, ShownChange)>)>,
}

impl<'a> Brief<'a> {
    /// Builds the brief for `range` from the store.
    pub fn build(store: &'a Store, range: MonthRange) -> Brief<'a> {
        let core = core_view(store, range);
        // A month alone has no trend: its charts show the year up to it.
        let trend_range = match range.from().offset(-11) {
            Some(from) if range.len() < 12 => MonthRange::new(from, range.to()),
            _ => range,
        };
        let missing = core
            .series
            .iter()
            .filter(|s| s.months_with_data() == 0)
            .map(|s| s.metric.label_here().to_string())
            .collect();
        let others = others(store, range);
        Brief {
            range,
            core,
            trend: core_view(store, trend_range),
            trend_events: events_in(store, trend_range),
            others,
            revised: None,
            events: events_in(store, range),
            cases: CaseSummary::of(store, range),
            missing,
            stated: stated_overlapping(store, range),
        }
    }
}

/// Stated period totals (not year-to-date running figures) whose period overlaps `range`,
/// one per flow, period and value.
fn stated_overlapping(store: &Store, range: MonthRange) -> Vec<(String, MonthRange, &Figure)> {
    let mut out: Vec<(String, MonthRange, &Figure)> = Vec::new();
    let totals = store
        .catalog
        .metrics()
        .iter()
        .filter(|m| m.covers != Some(crate::data::model::covers::Covers::Ytd));
    for info in totals {
        let Some(flow) = info
            .total_of
            .as_deref()
            .and_then(|k| store.catalog.metric(k))
        else {
            continue;
        };
        for f in store
            .figures_of(&info.key)
            .iter()
            .filter(|f| f.article.is_empty())
        {
            let Some(period) = crate::data::query::consistency::covered(info, f.month) else {
                continue;
            };
            let overlaps = period.from() <= range.to() && range.from() <= period.to();
            let seen = out
                .iter()
                .any(|(l, p, g)| l == flow.label_here() && *p == period && g.value == f.value);
            if overlaps && !seen {
                out.push((flow.label_here().to_string(), period, f));
            }
        }
    }
    out
}

fn events_in(store: &Store, range: MonthRange) -> Vec<&Event> {
    store
        .events
        .iter()
        .filter(|e| range.contains(e.month))
        .collect()
}

/// The all-article core series over `range`.
fn core_view(store: &Store, range: MonthRange) -> View {
    let filter = Filter {
        range,
        article: None,
        metrics: CORE_METRICS.iter().map(|k| k.to_string()).collect(),
    };
    let mut view = View::build(store, filter);
    view.retain(|s| s.article.is_empty());
    view
}

/// Every non-core metric with a figure in the range, grouped by tab.
fn others(store: &Store, range: MonthRange) -> Vec<(Tab, View)> {
    Tab::ALL
        .iter()
        .filter_map(|&tab| {
            let metrics = store
                .catalog
                .on_tab(tab)
                .map(|m| m.key.clone())
                .filter(|k| !CORE_METRICS.contains(&k.as_str()))
                .collect();
            let filter = Filter {
                range,
                article: None,
                metrics,
            };
            let mut v = View::build(store, filter);
            v.retain(|s| s.months_with_data() > 0);
            (!v.series.is_empty()).then_some((tab, v))
        })
        .collect()
}
