//! Stated totals of a period beside the monthly sum of the flow they total (rule 7): a sum of
//! "6 of 12 months" means little without the year's own total when a source states one.

use crate::data::load::store::Store;
use crate::data::model::catalog::MetricInfo;
use crate::data::model::covers::Covers;
use crate::data::model::figure::host;
use crate::data::model::month::MonthRange;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::format_number;
use crate::data::query::consistency::covered;
use crate::data::query::series::Series;

/// A total a source states for a period inside the view's range.
#[derive(Debug, Clone, PartialEq)]
pub struct StatedTotal {
    /// The period it covers.
    pub period: MonthRange,
    /// The stated value.
    pub value: f64,
    /// Its qualifier.
    pub qualifier: Qualifier,
    /// Where it was read.
    pub source_url: String,
}

impl StatedTotal {
    /// `stated for 2024: 1,721 [spring96.org]`, with the qualifier mark `mark` gives.
    pub fn words(&self, mark: fn(Qualifier) -> &'static str) -> String {
        let (from, to) = (self.period.from(), self.period.to());
        let period = if from.month() == 1 && to.month() == 12 && from.year() == to.year() {
            from.year().to_string()
        } else {
            self.period.to_string()
        };
        let host = host(&self.source_url);
        let value = format!("{}{}", mark(self.qualifier), format_number(self.value));
        let host = crate::data::model::text::clean(host);
        crate::tr!("stated-for", period = period, value = value, host = host)
    }
}

/// The stated totals of the flow `series` for periods inside its range, one per period and
/// value (several sources of one total are listed once). Of a year-to-date count only the
/// latest inside the range is kept: it holds every earlier one.
pub fn stated_totals(store: &Store, series: &Series) -> Vec<StatedTotal> {
    let mut out: Vec<StatedTotal> = Vec::new();
    let totals = store
        .catalog
        .metrics()
        .iter()
        .filter(|m| m.total_of.as_deref() == Some(series.metric.key.as_str()));
    for info in totals {
        let first = out.len();
        push_totals(store, series, info, &mut out);
        if info.covers == Some(Covers::Ytd) {
            let counts = out.split_off(first);
            let last = counts.iter().map(|t| t.period.to()).max();
            out.extend(counts.into_iter().filter(|t| Some(t.period.to()) == last));
        }
    }
    out
}

/// The totals of one period metric `info` inside the series' range, appended to `out`.
fn push_totals(store: &Store, series: &Series, info: &MetricInfo, out: &mut Vec<StatedTotal>) {
    let range = series.range;
    // Figures are ordered by (article, month): take this series' article by binary search,
    // so a register with thousands of articles costs a lookup per series, not a scan.
    let figures = store.figures_of(&info.key);
    let start = figures.partition_point(|f| *f.article < *series.article);
    let same = figures[start..]
        .iter()
        .take_while(|f| *f.article == *series.article);
    for f in same {
        let Some(period) = covered(info, f.month) else {
            continue;
        };
        let inside = range.contains(period.from()) && range.contains(period.to());
        let dup = out
            .iter()
            .any(|t| t.period == period && t.value == f.value && t.qualifier == f.qualifier);
        if inside && !dup {
            out.push(StatedTotal {
                period,
                value: f.value,
                qualifier: f.qualifier,
                source_url: f.source_url.to_string(),
            });
        }
    }
}

/// The stated totals as one clause, `""` when there are none.
pub fn stated_words(totals: &[StatedTotal], mark: fn(Qualifier) -> &'static str) -> String {
    totals
        .iter()
        .map(|t| format!(" · {}", t.words(mark)))
        .collect()
}
