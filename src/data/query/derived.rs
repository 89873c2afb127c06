//! Derived figures (rule 6): the change of a level or running total between two of its
//! readings, e.g. a list's growth over a year. Not a reported count: always labelled derived,
//! with both days, and never added to reported figures.

use crate::data::model::catalog::Kind;
use crate::data::model::month::Month;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::{format_change, format_number};
use crate::data::query::series::{Cell, Series};

/// One end of a derived change: the reading's value and the day (or month) it refers to.
#[derive(Debug, Clone, PartialEq)]
pub struct End {
    /// The value read.
    pub value: f64,
    /// `YYYY-MM-DD` where the source gives it, else the month.
    pub day: String,
}

/// The change between the first and the last reading of a level in a range.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    /// The earlier reading.
    pub from: End,
    /// The later reading.
    pub to: End,
    /// Later minus earlier.
    pub delta: f64,
    /// Either end is not exact.
    pub approximate: bool,
    /// Either end is disputed.
    pub disputed: bool,
}

fn end(cell: &Cell, month: Month) -> End {
    let day = if cell.primary.as_of.is_empty() {
        month.to_string()
    } else {
        cell.primary.as_of.to_string()
    };
    End {
        value: cell.value(),
        day,
    }
}

/// The derived change over a level's or running total's range; `None` for flows and for a
/// range with fewer than two readings.
pub fn derived_change(series: &Series) -> Option<Derived> {
    if !matches!(series.metric.kind, Kind::Level | Kind::Total) {
        return None;
    }
    let mut present = series
        .points()
        .zip(series.range.months())
        .filter_map(|(c, m)| Some((c?, m)));
    let (first, fm) = present.next()?;
    let (last, lm) = present.next_back()?;
    Some(Derived {
        from: end(&first, fm),
        to: end(&last, lm),
        delta: last.value() - first.value(),
        approximate: first.qualifier() != Qualifier::Exact || last.qualifier() != Qualifier::Exact,
        disputed: first.conflict() || last.conflict(),
    })
}

impl Derived {
    /// `derived change +1,053 from 3,654 (2023-12-29) to 4,707 (2024-12-20)`, with `disputed`
    /// as the mark for a disputed end.
    pub fn words(&self, disputed: &str) -> String {
        format!(
            "derived change {}{}{} from {} ({}) to {} ({})",
            if self.approximate { "~" } else { "" },
            format_change(self.delta),
            if self.disputed { disputed } else { "" },
            format_number(self.from.value),
            self.from.day,
            format_number(self.to.value),
            self.to.day
        )
    }
}
