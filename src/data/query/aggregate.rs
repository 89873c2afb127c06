//! How a range of a series adds up, by the metric's kind: the last figure, or a sum of months
//! or whole periods that says how many had data. Pure, so property tests split ranges freely.

use crate::data::model::intern::Text;

use crate::data::model::catalog::{Adds, Kind};
use crate::data::model::covers::Covers;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::format_number;
use crate::data::query::cell::Cell;

/// How a range of a series adds up, by the metric's kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Aggregate {
    /// Levels and running totals: the last figure in the range and its month.
    Last {
        /// The last value.
        value: f64,
        /// Its qualifier.
        qualifier: Qualifier,
        /// The month it is about.
        month: Month,
        /// The day of the reading where its source gives one (`YYYY-MM-DD`), else empty.
        as_of: Text,
    },
    /// Flows, yearly figures and stated period totals: the sum, and how many of the range's
    /// months (or whole periods) had data.
    Sum {
        /// The sum of the months or periods with data.
        value: f64,
        /// At least when any part is a lower bound or missing; about when a part is about.
        qualifier: Qualifier,
        /// Months (periods) with a figure.
        with_data: usize,
        /// Months (whole periods) in the range.
        periods: usize,
        /// What is counted, plural: `months`, `quarters`, `years` ...
        unit: &'static str,
    },
    /// No figure in the range at all.
    NoData,
}

impl Aggregate {
    /// An aggregate in words with the given qualifier marks, e.g.
    /// `sum ≥1,024 (9 of 12 months had data)` or `last 1,429 (2024-01, as of 2024-01-31)`.
    pub fn words(&self, mark: fn(Qualifier) -> &'static str) -> String {
        match self {
            Aggregate::Last {
                value,
                qualifier,
                month,
                as_of,
            } => last_words(
                format!("{}{}", mark(*qualifier), format_number(*value)),
                *month,
                as_of,
            ),
            Aggregate::Sum {
                value,
                qualifier,
                with_data,
                periods,
                unit,
            } => {
                let value = format!("{}{}", mark(*qualifier), format_number(*value));
                let unit: String = unit_words(unit, *periods);
                let (with, periods): (usize, usize) = (*with_data, *periods);
                crate::tr!(
                    "agg-sum",
                    value = value,
                    with = with,
                    periods = periods,
                    unit = unit
                )
            }
            Aggregate::NoData => crate::tr!("agg-none"),
        }
    }
}

/// `last 1,429 (2024-01, as of 2024-01-31)` in the reader's language.
fn last_words(value: String, month: Month, as_of: &str) -> String {
    let day = if as_of.is_empty() {
        String::new()
    } else {
        crate::tr!("agg-as-of", day = as_of.to_string())
    };
    crate::tr!(
        "agg-last",
        value = value,
        month = month.to_string(),
        day = day
    )
}

/// A unit of periods counted in a sum ("1 of 1 year", "3 of 12 months"), in the plural
/// form `periods` takes in the reader's language.
fn unit_words(unit: &str, periods: usize) -> String {
    let form = crate::data::model::plural::form(periods);
    match unit {
        "months" => crate::tr!("unit-months", form = form),
        "quarters" => crate::tr!("unit-quarters", form = form),
        "years" => crate::tr!("unit-years", form = form),
        "half-years" => crate::tr!("unit-half-years", form = form),
        "year-to-date counts" => crate::tr!("unit-ytd", form = form),
        _ => crate::tr!("unit-periods", form = form),
    }
}

/// Aggregates cells by kind (and, for stated totals, the period each covers); pure so
/// property tests can split ranges freely.
pub fn aggregate_cells<'a>(
    kind: Kind,
    covers: Option<Covers>,
    range: MonthRange,
    cells: impl DoubleEndedIterator<Item = Option<Cell<'a>>> + ExactSizeIterator,
) -> Aggregate {
    let present = cells.zip(range.months()).filter_map(|(c, m)| Some((c?, m)));
    match kind.adds() {
        Adds::Last => last(present),
        Adds::Months => sum(present, range.len(), "months"),
        Adds::Periods => {
            // Only whole periods inside the range add up; a range that holds none (one month,
            // a year-to-date count) shows the last stated total, as a level would.
            let whole = covers.and_then(|c| Some((c, c.periods_in(range)?)));
            match whole {
                Some((c, n)) if n > 0 => {
                    let inside = |m: Month| c.range(m).is_some_and(|p| range.contains(p.from()));
                    sum(present.filter(|(_, m)| inside(*m)), n, c.unit())
                }
                _ => last(present),
            }
        }
    }
}

/// The last figure of the range.
fn last<'a>(mut present: impl DoubleEndedIterator<Item = (Cell<'a>, Month)>) -> Aggregate {
    match present.next_back() {
        Some((c, month)) => Aggregate::Last {
            value: c.value(),
            qualifier: c.qualifier(),
            month,
            as_of: Text::clone(&c.primary.as_of),
        },
        None => Aggregate::NoData,
    }
}

/// The sum of the figures of `periods` periods, "at least" when any is missing or a floor.
fn sum<'a>(
    present: impl Iterator<Item = (Cell<'a>, Month)>,
    periods: usize,
    unit: &'static str,
) -> Aggregate {
    let mut value = 0.0;
    let mut qualifier = Qualifier::Exact;
    let mut with_data = 0;
    for (c, _) in present {
        value += c.value();
        qualifier = qualifier.combine(c.qualifier());
        with_data += 1;
    }
    if with_data == 0 {
        return Aggregate::NoData;
    }
    // A period without a figure is not a zero: the sum is then only a lower bound, unless a
    // part is about (then no floor is known; the coverage beside the sum says what is missing).
    if with_data < periods && qualifier != Qualifier::About {
        qualifier = Qualifier::AtLeast;
    }
    Aggregate::Sum {
        value,
        qualifier,
        with_data,
        periods,
        unit,
    }
}

#[cfg(test)]
mod tests {
    use super::Aggregate;
    use crate::data::model::qualifier::Qualifier;

    fn sum(with_data: usize, periods: usize, unit: &'static str) -> String {
        let a = Aggregate::Sum {
            value: 186.0,
            qualifier: Qualifier::Exact,
            with_data,
            periods,
            unit,
        };
        a.words(Qualifier::mark)
    }

    #[test]
    fn one_period_is_counted_in_the_singular() {
        assert_eq!(sum(1, 1, "years"), "sum 186 (1 of 1 year had data)");
        assert_eq!(sum(1, 1, "months"), "sum 186 (1 of 1 month had data)");
        assert_eq!(sum(1, 5, "years"), "sum 186 (1 of 5 years had data)");
        assert_eq!(sum(0, 2, "quarters"), "sum 186 (0 of 2 quarters had data)");
    }
}
