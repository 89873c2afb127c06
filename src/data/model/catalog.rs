//! The metric catalog (`data/metrics.csv`): what each metric key means and how a range of it
//! adds up.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use crate::data::load::csvfile;
use crate::data::model::problem::Problem;

/// How values of a metric combine over a range of months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A stock at month end (prisoners held): a range shows the last value.
    Level,
    /// A count during the month (detentions): a range sums, and says how many months had data.
    Flow,
    /// A running total (convictions since 2020): a range shows the last value.
    Total,
    /// A yearly figure filed under the year's last month: a range sums the years it covers.
    Annual,
    /// A stated total of a calendar year or quarter, filed under the period's last month, that
    /// totals a flow (`total_of`): kept apart from the monthly sum and checked against it.
    Period,
}

impl Kind {
    /// Whether a range of this metric is a sum of its months (flows and yearly figures).
    pub fn sums(self) -> bool {
        matches!(self, Kind::Flow | Kind::Annual | Kind::Period)
    }

    /// The key used in metrics.csv.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Level => "level",
            Kind::Flow => "flow",
            Kind::Total => "total",
            Kind::Annual => "annual",
            Kind::Period => "period",
        }
    }
}

/// The catalog tabs a metric can be placed on (the dashboard adds overview and coverage).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tab {
    /// Political prisoners: counts, recognitions, releases.
    Prisoners,
    /// Detentions, criminal cases, convictions and sentences.
    Detentions,
    /// Administrative cases, arrests, days, fines.
    Administrative,
    /// Extremist and terrorist lists.
    Extremism,
    /// Figures broken down by Criminal or Administrative Code article.
    Articles,
}

impl Tab {
    /// Every catalog tab in display order.
    pub const ALL: [Tab; 5] = [
        Tab::Prisoners,
        Tab::Detentions,
        Tab::Administrative,
        Tab::Extremism,
        Tab::Articles,
    ];

    /// The key used in metrics.csv and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Tab::Prisoners => "prisoners",
            Tab::Detentions => "detentions",
            Tab::Administrative => "administrative",
            Tab::Extremism => "extremism",
            Tab::Articles => "articles",
        }
    }
}

impl FromStr for Tab {
    type Err = String;

    fn from_str(s: &str) -> Result<Tab, String> {
        Tab::ALL.into_iter().find(|t| t.key() == s).ok_or_else(|| {
            let keys: Vec<_> = Tab::ALL.iter().map(|t| t.key()).collect();
            format!(
                "unknown tab \"{}\" (expected one of {})",
                crate::data::model::text::shown(s),
                keys.join(", ")
            )
        })
    }
}

impl FromStr for Kind {
    type Err = String;

    fn from_str(s: &str) -> Result<Kind, String> {
        [
            Kind::Level,
            Kind::Flow,
            Kind::Total,
            Kind::Annual,
            Kind::Period,
        ]
        .into_iter()
        .find(|k| k.key() == s)
        .ok_or_else(|| {
            format!(
                "unknown kind \"{}\" (expected level, flow, total, annual or period)",
                crate::data::model::text::shown(s)
            )
        })
    }
}

impl fmt::Display for Tab {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// One metric of the catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricInfo {
    /// Snake-case key used in snapshot files.
    pub key: String,
    /// The tab it is shown on.
    pub tab: Tab,
    /// Short human label for headers and legends.
    pub label: String,
    /// Unit of the values (people, cases, days, BYN ...).
    pub unit: String,
    /// How a range of months adds up.
    pub kind: Kind,
    /// What exactly is counted, and its traps.
    pub description: String,
    /// For a stated period total or a year-to-date count: the flow it totals, so the months
    /// it covers can be checked against it.
    pub total_of: Option<String>,
}

/// Columns of metrics.csv.
pub const METRICS_HEADER: [&str; 7] = [
    "key",
    "tab",
    "label",
    "unit",
    "kind",
    "description",
    "total_of",
];

/// metrics.csv before `total_of` existed: still read, with no period totals.
const METRICS_HEADER_V1: [&str; 6] = ["key", "tab", "label", "unit", "kind", "description"];

/// All metrics, in file order, with lookup by key.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    metrics: Vec<Arc<MetricInfo>>,
    by_key: HashMap<String, usize>,
}

impl Catalog {
    /// Parses metrics.csv, reporting bad rows into `problems`.
    pub fn parse(name: &str, bytes: &[u8], problems: &mut Vec<Problem>) -> Catalog {
        let mut catalog = Catalog::default();
        let headers: [&[&str]; 2] = [&METRICS_HEADER, &METRICS_HEADER_V1];
        let (records, _) = csvfile::read_file_of(name, bytes, &headers, problems);
        let mut totals = Vec::new();
        for rec in records {
            let f = |i: usize| rec.fields.get(i).unwrap_or("").to_string();
            let mut bad = |field: &str, msg: String| {
                problems.push(Problem::at(name, rec.line, Some(field), msg));
            };
            let tab = f(1).parse::<Tab>().map_err(|e| bad("tab", e)).ok();
            let kind = f(4).parse::<Kind>().map_err(|e| bad("kind", e)).ok();
            if catalog.by_key.contains_key(&f(0)) {
                bad(
                    "key",
                    format!(
                        "metric \"{}\" is listed twice",
                        crate::data::model::text::shown(&f(0))
                    ),
                );
                continue;
            }
            if let (Some(tab), Some(kind)) = (tab, kind) {
                let total_of = Some(f(6)).filter(|t| !t.is_empty());
                if let Some(flow) = &total_of {
                    totals.push((rec.line, f(0), flow.clone()));
                }
                catalog.push(MetricInfo {
                    key: f(0),
                    tab,
                    label: f(2),
                    unit: f(3),
                    kind,
                    description: f(5),
                    total_of,
                });
            }
        }
        catalog.check_totals(name, &totals, problems);
        catalog
    }

    /// A period total must total a flow of this catalog: otherwise nothing can be checked
    /// against it and the row is a mistake in the file.
    fn check_totals(
        &self,
        name: &str,
        totals: &[(u64, String, String)],
        problems: &mut Vec<Problem>,
    ) {
        for (line, key, flow) in totals {
            let is_flow = self.metric(flow).is_some_and(|m| m.kind == Kind::Flow);
            if !is_flow {
                let msg = format!(
                    "\"{}\" totals \"{}\", which is not a flow metric of this catalog",
                    crate::data::model::text::shown(key),
                    crate::data::model::text::shown(flow)
                );
                problems.push(Problem::at(name, *line, Some("total_of"), msg));
            }
        }
    }

    fn push(&mut self, info: MetricInfo) {
        self.by_key.insert(info.key.clone(), self.metrics.len());
        self.metrics.push(Arc::new(info));
    }

    /// The metric with this key, if the catalog has it.
    pub fn metric(&self, key: &str) -> Option<&Arc<MetricInfo>> {
        self.by_key.get(key).map(|&i| &self.metrics[i])
    }

    /// All metrics in catalog order.
    pub fn metrics(&self) -> &[Arc<MetricInfo>] {
        &self.metrics
    }

    /// The metrics shown on one tab, in catalog order.
    pub fn on_tab(&self, tab: Tab) -> impl Iterator<Item = &Arc<MetricInfo>> {
        self.metrics.iter().filter(move |m| m.tab == tab)
    }
}
