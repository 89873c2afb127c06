//! A view: the series a filter selects, in the shape tables, summaries and exports share.

use crate::data::load::store::Store;
use crate::data::model::month::Month;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::{clean, format_change};
use crate::data::query::facts::Facts;
use crate::data::query::filter::{self, Filter};
use crate::data::query::series::{Aggregate, Cell, Series};
use crate::data::query::stated::StatedTotal;

/// The filtered data as shown: one series per column, months as rows.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// The filter that made the view (shown in headers and export file names).
    pub filter: Filter,
    /// The selected series, in display order.
    pub series: Vec<Series>,
    /// Per series, what is said beside it (aggregate, stated totals, derived change,
    /// companion), decided here once so every writer says the same.
    pub facts: Vec<Facts>,
}

impl View {
    /// Runs the query once; tables, charts and exports then read the result.
    pub fn build(store: &Store, filter: Filter) -> View {
        let series = filter::series(store, &filter);
        let facts = (0..series.len())
            .filter_map(|i| Facts::of(store, &series, i))
            .collect();
        View {
            filter,
            series,
            facts,
        }
    }

    /// Keeps the series `keep` accepts, with their facts (the two lists stay in step; the
    /// facts were decided with every series present, so a companion dropped from the view
    /// is still said beside the one kept).
    pub fn retain(&mut self, keep: impl Fn(&Series) -> bool) {
        let kept: Vec<bool> = self.series.iter().map(&keep).collect();
        let mut flags = kept.iter();
        self.facts.retain(|_| *flags.next().unwrap_or(&false));
        self.series.retain(|s| keep(s));
    }

    /// The view of one of its series (`key` as [`Series::key`] spells it), with the facts
    /// decided in the whole view: a tab's export or copy of the selected series says what
    /// the whole view says beside it, its companion included.
    pub fn only(&self, key: &str) -> Option<View> {
        let i = self.series.iter().position(|s| s.key() == key)?;
        Some(View {
            filter: self.filter.clone(),
            series: vec![self.series[i].clone()],
            facts: self.facts.get(i).cloned().into_iter().collect(),
        })
    }

    /// The stated totals of series `i` (none for a series without any).
    pub fn stated(&self, i: usize) -> &[StatedTotal] {
        self.facts.get(i).map_or(&[], |f| &f.stated)
    }

    /// The facts of series `i` in words with ASCII marks and ` *` for a dispute, for plain
    /// text and exports (`""` for no such series).
    pub fn facts_text(&self, i: usize) -> String {
        self.facts
            .get(i)
            .map_or(String::new(), |f| f.words(Qualifier::ascii_mark, " *"))
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
            "{}{}{}{}",
            if c.approximate { "~" } else { "" },
            format_change(c.delta),
            if c.disputed { disputed } else { "" },
            c.spans.map_or(String::new(), |n| format!(
                " ({})",
                crate::tr!(
                    "months-n",
                    form = crate::data::model::plural::form(n as usize),
                    shown = n.to_string()
                )
            ))
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

/// An aggregate in words with the given qualifier marks (see [`Aggregate::words`]).
pub fn aggregate_words(agg: &Aggregate, mark: fn(Qualifier) -> &'static str) -> String {
    agg.words(mark)
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
    let mut s = crate::tr!(
        "sum-range",
        range = range.to_string(),
        months = range.count_text()
    );
    if let Some(a) = &view.filter.article {
        // Said, so nobody reads a national figure as the article's: metrics without
        // figures by article are not in an article-filtered view.
        s.push_str(&crate::tr!("sum-article", article = a.to_string()));
    }
    s
}
