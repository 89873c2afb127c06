//! Derived figures (rule 6): the change of a level or running total between two of its
//! readings, e.g. a list's growth over a year. Not a reported count: always labelled derived,
//! with both days, and never added to reported figures.

use crate::data::model::catalog::Kind;
use crate::data::model::figure::{Figure, host};
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
    /// The host of the reading's source (`spring96.org`), so both sources stay in view.
    pub source: String,
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
        source: host(&cell.primary.source_url).to_string(),
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
    /// `derived change +1,053 from 3,654 (2023-12-29, pozirk.online) to 4,707 (2024-12-20,
    /// spring96.org)`, with `disputed` as the mark for a disputed end.
    pub fn words(&self, disputed: &str) -> String {
        let delta = format!(
            "{}{}{}",
            if self.approximate { "~" } else { "" },
            format_change(self.delta),
            if self.disputed { disputed } else { "" },
        );
        crate::tr!(
            "derived-change",
            delta = delta,
            from = self.from.words(),
            to = self.to.words()
        )
    }
}

impl End {
    /// `3,654 (2023-12-29, pozirk.online)`.
    fn words(&self) -> String {
        let source = if self.source.is_empty() {
            String::new()
        } else {
            format!(", {}", self.source)
        };
        format!("{} ({}{source})", format_number(self.value), self.day)
    }
}

/// A change computed under one pair of sources, for a month or its comparison month with
/// readings that disagree: each competing reading of one side against each of the other.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceChange {
    /// Later value minus earlier value, for this pair.
    pub delta: f64,
    /// Whether either side is a bound or an approximation (the change is then `~`).
    pub approximate: bool,
    /// The later reading's value with its mark (`≥1,400`) and source.
    pub now: (String, String),
    /// The earlier reading's value with its mark and source.
    pub before: (String, String),
}

impl SourceChange {
    /// The change as people read it: `-23`, or `~+40` when a side is inexact.
    pub fn marked_delta(&self) -> String {
        let mark = if self.approximate { "~" } else { "" };
        format!("{mark}{}", format_change(self.delta))
    }
}

/// The competing readings of a month: the shown one and every reading of the figure whose
/// role (`query::roles`) conflicts with another, one per value and qualifier. Agreeing
/// readings are not competitors: they give no other change.
fn competing<'a>(cell: &Cell<'a>) -> Vec<&'a Figure> {
    let run = cell.run();
    let mut out: Vec<&Figure> = Vec::new();
    for (i, role) in cell.roles().iter().enumerate() {
        let f = &run[i];
        let new = !out
            .iter()
            .any(|g| g.value == f.value && g.qualifier == f.qualifier);
        if new && (i == 0 || (role.in_figure() && role.conflicts())) {
            out.push(f);
        }
    }
    out
}

/// The change from `lag` months before `month` under each pair of competing readings; empty
/// unless a side is disputed (then the one change shown depends on the source).
pub fn change_by_source(series: &Series, month: Month, lag: i32) -> Vec<SourceChange> {
    let (Some(now), Some(before)) = (
        series.at(month),
        month.offset(-lag).and_then(|m| series.at(m)),
    ) else {
        return Vec::new();
    };
    if !now.conflict() && !before.conflict() || now.figure.batches > 1 || before.figure.batches > 1
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for n in competing(&now) {
        for b in competing(&before) {
            out.push(SourceChange {
                delta: n.value - b.value,
                approximate: n.qualifier != Qualifier::Exact || b.qualifier != Qualifier::Exact,
                now: (n.display_value(), n.source_url.to_string()),
                before: (b.display_value(), b.source_url.to_string()),
            });
        }
    }
    out
}

/// [`change_by_source`] against the previous month with data, the month
/// [`Series::change_previous`] compares with, so the competing changes are of the change shown.
pub fn change_previous_by_source(series: &Series, month: Month) -> Vec<SourceChange> {
    let lag = series
        .previous_with_data(month)
        .and_then(|m| i32::try_from(m.months_until(month)).ok());
    lag.map_or(Vec::new(), |lag| change_by_source(series, month, lag))
}

/// The changes under each source as one line: `1,429 <url> vs 1,452 <url>: -23 | ...` (the
/// value first, so a spreadsheet never sees a leading minus).
pub fn source_changes_text(changes: &[SourceChange]) -> String {
    let parts: Vec<String> = changes
        .iter()
        .map(|c| {
            format!(
                "{} {} vs {} {}: {}",
                c.now.0,
                crate::data::model::text::clean(&c.now.1),
                c.before.0,
                crate::data::model::text::clean(&c.before.1),
                c.marked_delta()
            )
        })
        .collect();
    parts.join(" | ")
}
