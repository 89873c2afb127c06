//! The metric catalog (`data/metrics.csv`): what each metric key means and how a range of it
//! adds up.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use crate::data::model::covers::Covers;

/// How values of a metric combine over a range of months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A stock at month end (prisoners held): a range shows the last value.
    Level,
    /// A count during the month (detentions): a range sums, and says how many months had data.
    Flow,
    /// A running total (convictions since 2020): a range shows the last value.
    Total,
    /// A yearly figure filed under the year's last month (by article, a list's yearly
    /// additions): a range sums the whole years it holds, and says how many had a figure.
    Annual,
    /// A stated total of a period (`covers`), filed under the period's last month, that
    /// totals a flow (`total_of`): a range sums the whole periods it holds, kept apart from
    /// the monthly sum of the flow and checked against it.
    Period,
}

/// How a range of one metric adds up: decided by [`Kind::adds`], one exhaustive match, so a
/// new kind cannot silently act as another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adds {
    /// The last figure in the range (stocks and running totals).
    Last,
    /// The sum of the months with a figure, with how many of the range's months had one.
    Months,
    /// The sum of the whole periods (`covers`) inside the range, with how many had a figure.
    Periods,
}

impl Kind {
    /// Every kind, in the order docs/data-format.md lists them.
    pub const ALL: [Kind; 5] = [
        Kind::Level,
        Kind::Flow,
        Kind::Total,
        Kind::Annual,
        Kind::Period,
    ];

    /// How a range of this kind adds up.
    pub fn adds(self) -> Adds {
        // Two sources' totals of one period are readings of one cell (one is shown), so
        // periods add up like months do: only different periods are ever summed.
        match self {
            Kind::Level | Kind::Total => Adds::Last,
            Kind::Flow => Adds::Months,
            Kind::Annual | Kind::Period => Adds::Periods,
        }
    }

    /// Whether a range of this metric is a sum of its months (flows only).
    pub fn sums(self) -> bool {
        self.adds() == Adds::Months
    }

    /// Whether a month's figure can be made of dated batches that add up (rule 3): only a
    /// count during the month is; a stock, a running total or a stated total is one reading.
    pub fn has_batches(self) -> bool {
        match self {
            Kind::Flow => true,
            Kind::Level | Kind::Total | Kind::Annual | Kind::Period => false,
        }
    }

    /// The kind in the reader's words, for screen titles (`level` in English, as metrics.csv
    /// writes it; `узровень`, `уровень`).
    pub fn words(self) -> String {
        match self {
            Kind::Level => crate::tr!("kind-level"),
            Kind::Flow => crate::tr!("kind-flow"),
            Kind::Total => crate::tr!("kind-total"),
            Kind::Annual => crate::tr!("kind-annual"),
            Kind::Period => crate::tr!("kind-period"),
        }
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

    /// A heading for reports: what the tab's figures are about.
    pub fn heading(self) -> &'static str {
        match self {
            Tab::Prisoners => "Political prisoners",
            Tab::Detentions => "Detentions and criminal cases",
            Tab::Administrative => "Administrative cases",
            Tab::Extremism => "Extremist and terrorist lists",
            Tab::Articles => "Figures by article",
        }
    }
}

impl Tab {
    /// The heading in the reader's language (`rep-tab-{key}`).
    pub fn heading_here(self) -> String {
        match self {
            Tab::Prisoners => crate::tr!("rep-tab-prisoners"),
            Tab::Detentions => crate::tr!("rep-tab-detentions"),
            Tab::Administrative => crate::tr!("rep-tab-administrative"),
            Tab::Extremism => crate::tr!("rep-tab-extremism"),
            Tab::Articles => crate::tr!("rep-tab-articles"),
        }
    }
}

impl FromStr for Tab {
    type Err = String;

    fn from_str(s: &str) -> Result<Tab, String> {
        Tab::ALL.into_iter().find(|t| t.key() == s).ok_or_else(|| {
            let keys: Vec<_> = Tab::ALL.iter().map(|t| t.key()).collect();
            let value = crate::data::model::text::shown(s);
            crate::tr!("pr-unknown-tab", value = value, keys = keys.join(", "))
        })
    }
}

impl FromStr for Kind {
    type Err = String;

    fn from_str(s: &str) -> Result<Kind, String> {
        Kind::ALL.into_iter().find(|k| k.key() == s).ok_or_else(|| {
            let keys: Vec<_> = Kind::ALL.iter().map(|k| k.key()).collect();
            let value = crate::data::model::text::shown(s);
            crate::tr!("pr-unknown-kind", value = value, keys = keys.join(", "))
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
    /// For a period total, a yearly figure or a year-to-date count: the months one figure
    /// counts, ending with the month it is filed under.
    pub covers: Option<Covers>,
    /// The metric read beside this one (rule 6), so a reported count is never seen alone.
    pub companion: Option<String>,
    /// Whose count the figures are, where one body keeps it ("Viasna count", "KGB list"):
    /// a chart's title names it, since counts of the same thing by others differ.
    pub counter: Option<String>,
    /// The label in Belarusian and in Russian (`label_be`, `label_ru`; empty: say `label`).
    pub labels: [String; 2],
    /// The description in Belarusian and in Russian (empty: say `description`).
    pub descriptions: [String; 2],
}

impl MetricInfo {
    /// The label in the reader's language, the English one where none is given.
    pub fn label_here(&self) -> &str {
        in_here(&self.label, &self.labels)
    }

    /// What is counted, in the reader's language, the English one where none is given: the
    /// sources popup says it above the readings.
    pub fn description_here(&self) -> &str {
        in_here(&self.description, &self.descriptions)
    }
}

/// `local` (Belarusian, Russian) in this thread's language, `english` where it is empty.
fn in_here<'a>(english: &'a str, local: &'a [String; 2]) -> &'a str {
    use crate::data::model::lang::{Lang, current};
    let here = match current() {
        Lang::En => None,
        Lang::Be => Some(&local[0]),
        Lang::Ru => Some(&local[1]),
    };
    here.filter(|l| !l.is_empty())
        .map_or(english, String::as_str)
}

/// All metrics, in file order, with lookup by key.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    metrics: Vec<Arc<MetricInfo>>,
    /// Looked up once per snapshot row: Fx, not SipHash (the keys are the catalog's own, so
    /// no one chooses them to collide), which was 3% of a 1000x export's CPU.
    by_key: rustc_hash::FxHashMap<String, usize>,
}

impl Catalog {
    /// Adds a metric (the loader builds the catalog row by row).
    pub(crate) fn push(&mut self, info: MetricInfo) {
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

/// What an older catalog without a `companion` column meant (rule 6), read from the key the
/// way earlier versions did: a list's additions (`X_added`) and its size (`X_total`), either
/// way round; recognitions and releases of political prisoners, likewise.
pub fn companion_by_name(key: &str) -> Option<String> {
    match key {
        "pp_recognized" => Some("pp_released".to_string()),
        "pp_released" => Some("pp_recognized".to_string()),
        _ => match (key.strip_suffix("_added"), key.strip_suffix("_total")) {
            (Some(list), _) => Some(format!("{list}_total")),
            (_, Some(list)) => Some(format!("{list}_added")),
            _ => None,
        },
    }
}
