//! A brief's figures as the lines a report prints, the same for Markdown, HTML and JSON: value
//! with its mark, as-of day, changes with their marks, a numbered source note, and any
//! disagreement in words. Text here is raw data text: each writer escapes it for its format.

use crate::data::model::catalog::Adds;
use crate::data::model::figure::Figure;
use crate::data::model::figure::host;
use crate::data::model::month::Month;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::{format_change, format_number};
use crate::data::query::facts::Facts;
use crate::data::query::series::{Cell, Change, Series};
use crate::data::query::view::View;

/// One numbered source note: where a figure comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// The source's title as the data gives it.
    pub title: String,
    /// The site that published it (`spring96.org`).
    pub publisher: String,
    /// Publication day, empty when unknown.
    pub published: String,
    /// The full URL.
    pub url: String,
}

/// The notes of a report, numbered from 1 in order of first use; one number per URL.
#[derive(Debug, Clone, Default)]
pub struct Notes {
    /// The notes, note `n` at index `n - 1`.
    pub list: Vec<Note>,
}

impl Notes {
    /// The note number of a figure's source, adding it on first use.
    pub fn number(&mut self, f: &Figure) -> usize {
        if let Some(i) = self.list.iter().position(|n| n.url == *f.source_url) {
            return i + 1;
        }
        self.list.push(Note {
            title: f.source_title.to_string(),
            publisher: host(&f.source_url).to_string(),
            published: f.published.to_string(),
            url: f.source_url.to_string(),
        });
        self.list.len()
    }
}

/// A change in words with its marks: `-23≠ on December 2023 (1,452≠)`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeLine {
    /// `-23`, `~+5`, `-23≠`.
    pub delta: String,
    /// The month compared with.
    pub against: Month,
    /// That month's value with its marks.
    pub then: String,
    /// The change itself, for JSON.
    pub change: Change,
    /// The change of a level between readings that are not both of a month's end (a list's
    /// size on 29 December and on 5 January): a derived figure, said so with both days.
    pub derived: bool,
}

/// One figure of a brief.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureLine {
    /// The metric's label (and article).
    pub label: String,
    /// The metric key (and `@article`), for scripts.
    pub key: String,
    /// The value with its qualifier mark and `≠` when disputed; for a range, the aggregate.
    pub value: String,
    /// The as-of day of the reading, empty when none.
    pub as_of: String,
    /// Change on the previous month with data.
    pub previous: Option<ChangeLine>,
    /// Change on the same month a year earlier.
    pub year: Option<ChangeLine>,
    /// Note number of the figure's source.
    pub note: Option<usize>,
    /// Disagreements: this month's and the compared month's.
    pub disputes: Vec<Dispute>,
    /// The month's figure as numbers (value, qualifier, disputed), for JSON; `None` for a gap
    /// or a range line.
    pub figure: Option<(f64, Qualifier, bool)>,
    /// The series' facts over the range, for JSON (range lines only).
    pub facts: Option<Facts>,
}

/// Two or more readings of one day that cannot all be true, spelled out.
#[derive(Debug, Clone, PartialEq)]
pub struct Dispute {
    /// The series' label.
    pub label: String,
    /// The month disputed.
    pub month: Month,
    /// Each reading, the one shown first.
    pub readings: Vec<Reading>,
}

/// One source's reading in a dispute.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The source's title.
    pub title: String,
    /// Its note number.
    pub note: usize,
    /// The value read.
    pub value: f64,
    /// Its qualifier.
    pub qualifier: Qualifier,
    /// The readings of the dispute it cannot both be true with, marked (`~990`), from its
    /// role (`query::roles`); empty for a shown reading that agrees with each of them.
    pub conflicts_with: Vec<String>,
}

impl Reading {
    /// The value with its mark, `≥1,452`.
    pub fn marked(&self) -> String {
        format!("{}{}", self.qualifier.mark(), format_number(self.value))
    }

    /// What it stands against, for the report's dispute line: ` (≠ ~990, ≥1,095)`, or
    /// ` (agrees with each)` for a shown reading between two that conflict.
    pub fn against(&self) -> String {
        if self.conflicts_with.is_empty() {
            " (agrees with each)".to_string()
        } else {
            format!(" (≠ {})", self.conflicts_with.join(", "))
        }
    }
}

/// A cell's value as people read it: mark, number, `≠` when disputed.
pub fn marked(cell: &Cell) -> String {
    let disputed = if cell.conflict() { "≠" } else { "" };
    format!("{}{disputed}", cell.display_value())
}

fn change_line(s: &Series, earlier: Month, month: Month) -> Option<ChangeLine> {
    // Series::change marks the difference ~ and ≠ by both ends' qualifiers and disputes.
    let change = s.change(month, earlier.months_until(month) as i32)?;
    let (then, now) = (s.at(earlier)?, s.at(month)?);
    let off_month_end = |c: &Cell| c.primary.end_distance > 0 && !c.primary.as_of.is_empty();
    let derived =
        s.metric.kind.adds() == Adds::Last && (off_month_end(&then) || off_month_end(&now));
    let delta = format!(
        "{}{}{}{}",
        if derived { "derived " } else { "" },
        if change.approximate { "~" } else { "" },
        format_change(change.delta),
        if change.disputed { "≠" } else { "" }
    );
    let days = format!(", {} to {}", day(&then, earlier), day(&now, month));
    Some(ChangeLine {
        delta,
        against: earlier,
        then: format!(
            "{}{}",
            marked(&then),
            if derived { days.as_str() } else { "" }
        ),
        change,
        derived,
    })
}

/// The day a cell's reading refers to, or its month when the source gives none.
fn day(c: &Cell, month: Month) -> String {
    if c.primary.as_of.is_empty() {
        month.to_string()
    } else {
        c.primary.as_of.to_string()
    }
}

/// The readings of a disputed month of `s` that its ≠ is about (the first reading and every
/// reading of the figure whose role conflicts), each with its source note and what it
/// conflicts with; `None` when the month is not disputed.
fn dispute(s: &Series, month: Month, notes: &mut Notes) -> Option<Dispute> {
    let cell = s.at(month)?;
    if !cell.conflict() {
        return None;
    }
    let (run, roles) = (cell.run(), cell.roles());
    let mut readings = Vec::new();
    for (i, (f, role)) in run.iter().zip(&roles).enumerate() {
        if i == 0 || (role.in_figure() && role.conflicts()) {
            readings.push(Reading {
                title: f.source_title.to_string(),
                note: notes.number(f),
                value: f.value,
                qualifier: f.qualifier,
                conflicts_with: role
                    .conflicts_with
                    .iter()
                    .map(|&j| run[j].display_value())
                    .collect(),
            });
        }
    }
    Some(Dispute {
        label: s.label(),
        month,
        readings,
    })
}

/// The line of series `s` for one month.
pub fn month_line(s: &Series, month: Month, notes: &mut Notes) -> FigureLine {
    let cell = s.at(month);
    let previous = s
        .previous_with_data(month)
        .and_then(|m| change_line(s, m, month));
    let year = month.offset(-12).and_then(|m| change_line(s, m, month));
    // The figure's own source is numbered before the sources of any disagreement.
    let note = cell.as_ref().map(|c| notes.number(c.primary));
    let compared = [Some(month), previous.as_ref().map(|c| c.against)];
    let disputes = compared
        .into_iter()
        .flatten()
        .filter_map(|m| dispute(s, m, notes))
        .collect();
    FigureLine {
        label: s.label(),
        key: s.key(),
        value: cell.as_ref().map_or("·".to_string(), marked),
        as_of: cell
            .as_ref()
            .filter(|c| c.figure.batches <= 1)
            .map_or(String::new(), |c| c.primary.as_of.to_string()),
        previous,
        year,
        figure: cell
            .as_ref()
            .map(|c| (c.value(), c.qualifier(), c.conflict())),
        note,
        disputes,
        facts: None,
    }
}

/// The line of series `i` of a view for a range: its aggregate by kind ("sum ≥1,035 (4 of 5
/// months had data)") with the stated totals beside it, and the last figure's source.
pub fn range_line(view: &View, i: usize, notes: &mut Notes) -> Option<FigureLine> {
    let s = view.series.get(i)?;
    let last = s.points().rev().flatten().next();
    let facts = view.facts.get(i)?;
    Some(FigureLine {
        label: s.label(),
        key: s.key(),
        value: facts.words(Qualifier::mark, "≠"),
        as_of: String::new(),
        previous: None,
        year: None,
        note: last.map(|c| notes.number(c.primary)),
        disputes: Vec::new(),
        figure: None,
        facts: Some(facts.clone()),
    })
}

/// The lines of a view in a brief: one month's figures for a monthly brief, the aggregates
/// for a period.
pub fn figure_lines(
    view: &crate::data::query::view::View,
    brief: &crate::data::query::brief::Brief,
    notes: &mut Notes,
) -> Vec<FigureLine> {
    let month = (brief.range.len() == 1).then(|| brief.range.from());
    (0..view.series.len())
        .filter_map(|i| match month {
            Some(m) => view.series.get(i).map(|s| month_line(s, m, notes)),
            None => range_line(view, i, notes),
        })
        .collect()
}

impl Note {
    /// `, published 2024-02-06` (empty when the date is unknown), through a writer's escaping.
    pub fn published_clause(&self, escape: fn(&str) -> String) -> String {
        if self.published.is_empty() {
            String::new()
        } else {
            format!(", published {}", escape(&self.published))
        }
    }
}
