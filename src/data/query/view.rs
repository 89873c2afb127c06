//! A view: the series a filter selects, in the shape tables, summaries and exports share.

use std::fmt::Write as _;

use crate::data::load::store::Store;
use crate::data::model::month::Month;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::{clean, format_change, format_number};
use crate::data::query::filter::{self, Filter};
use crate::data::query::series::{Aggregate, Cell, Series};
use crate::data::query::stated::{StatedTotal, stated_totals, stated_words};

/// The filtered data as shown: one series per column, months as rows.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// The filter that made the view (shown in headers and export file names).
    pub filter: Filter,
    /// The selected series, in display order.
    pub series: Vec<Series>,
    /// Per series, the totals sources state for periods in the range (flows only).
    pub stated: Vec<Vec<StatedTotal>>,
}

impl View {
    /// Runs the query once; tables, charts and exports then read the result.
    pub fn build(store: &Store, filter: Filter) -> View {
        let series = filter::series(store, &filter);
        let stated = series.iter().map(|s| stated_totals(store, s)).collect();
        View {
            filter,
            series,
            stated,
        }
    }

    /// The stated totals beside series `i`, as text with ASCII marks (`""` when none).
    pub fn stated_text(&self, i: usize) -> String {
        self.stated
            .get(i)
            .map_or(String::new(), |t| stated_words(t, Qualifier::ascii_mark))
    }

    /// The months of the view, in order.
    pub fn months(&self) -> impl Iterator<Item = Month> {
        self.filter.range.months()
    }
}

/// A cell as plain text: ASCII qualifier mark, thousands separators, ` *` when sources disagree,
/// `-` for a gap.
pub fn ascii_cell(cell: Option<Cell>) -> String {
    match cell {
        None => "-".to_string(),
        Some(c) => {
            let conflict = if c.conflict() { " *" } else { "" };
            format!("{}{}", c.ascii_value(), conflict)
        }
    }
}

/// A change as text: `+12`, `~-3` when either side is not exact, `-25≠` when either side is
/// disputed (`disputed` is the mark to use), `gap` when a month is missing.
pub fn change_words(
    change: Option<crate::data::query::series::Change>,
    gap: &str,
    disputed: &str,
) -> String {
    match change {
        None => gap.to_string(),
        Some(c) => format!(
            "{}{}{}",
            if c.approximate { "~" } else { "" },
            format_change(c.delta),
            if c.disputed { disputed } else { "" }
        ),
    }
}

/// The marks of a change for an export column: `~` inexact, `≠` disputed, both, or empty.
pub fn change_marks(change: Option<crate::data::query::series::Change>) -> String {
    change.map_or(String::new(), |c| {
        format!(
            "{}{}",
            if c.approximate { "~" } else { "" },
            if c.disputed { "≠" } else { "" }
        )
    })
}

/// [`change_words`] for plain text: `-` for a gap, ` *` for a disputed side.
pub fn change_text(change: Option<crate::data::query::series::Change>) -> String {
    change_words(change, "-", " *")
}

/// An aggregate in words with the given qualifier marks, e.g.
/// `sum ≥1,024 (9 of 12 months had data)` or `last 1,429 (2024-01, as of 2024-01-31)`.
pub fn aggregate_words(agg: &Aggregate, mark: fn(Qualifier) -> &'static str) -> String {
    match agg {
        Aggregate::Last {
            value,
            qualifier,
            month,
            as_of,
        } => {
            let day = if as_of.is_empty() {
                String::new()
            } else {
                format!(", as of {as_of}")
            };
            format!(
                "last {}{} ({month}{day})",
                mark(*qualifier),
                format_number(*value)
            )
        }
        Aggregate::Sum {
            value,
            qualifier,
            with_data,
            periods,
            unit,
        } => format!(
            "sum {}{} ({with_data} of {periods} {unit} had data)",
            mark(*qualifier),
            format_number(*value)
        ),
        Aggregate::NoData => "no figure in range".to_string(),
    }
}

/// [`aggregate_words`] with ASCII marks (`>=`), for plain text and exports.
pub fn aggregate_text(agg: &Aggregate) -> String {
    aggregate_words(agg, Qualifier::ascii_mark)
}

/// The text of every source of a cell but the first, for export (`1452 exact <url> (date)`).
pub fn other_sources(cell: &Cell) -> String {
    let parts: Vec<String> = cell
        .alternates
        .iter()
        .map(|f| {
            let date = if f.published.is_empty() {
                String::new()
            } else {
                format!(" ({})", f.published)
            };
            format!(
                "{} {} {}{}",
                crate::data::model::figure::format_plain(f.value),
                f.qualifier,
                clean(&f.source_url),
                date
            )
        })
        .collect();
    parts.join(" | ")
}

/// The active filters in one line, e.g. `range 2024-01..2024-12, article 411`.
pub fn filter_line(view: &View) -> String {
    let range = view.filter.range;
    let mut s = format!("range {range} ({})", range.count_text());
    if let Some(a) = &view.filter.article {
        let _ = write!(s, ", article {a}");
    }
    s
}
