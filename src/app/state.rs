//! The dashboard's state. Only [`App::update`] changes it; the UI reads it through `&App`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::mode::Mode;
use super::tab::DashTab;
use crate::data::load::store::Store;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::pattern::ArticlePattern;
use crate::data::query::case_query::CaseView;
use crate::data::query::series::{Cell, Series};
use crate::data::query::view::View;

/// Query results for the current filters, computed once per change, never per frame.
#[derive(Debug, Clone, Default)]
pub struct Views {
    /// The current tab's series (core series on the overview, every metric on coverage).
    pub series: Option<View>,
    /// The case register narrowed by range and article (Articles tab).
    pub cases: CaseView,
    /// With a person search and a range short of all months: how many cases match in all
    /// years, so "0 in 2024" can say that the person is found elsewhere.
    pub cases_all_years: Option<usize>,
    /// Cases per article in the range, for the article picker (counted when it opens).
    pub article_counts: BTreeMap<String, usize>,
    /// The article picker's entries for the text typed so far (made per key, not per frame).
    pub picker: Vec<(String, String, usize)>,
    /// The compare popup's lines, made when it opens.
    pub compare: Vec<String>,
    /// The month popup's readings, made when it opens (and again on a reload).
    pub month_readings: Vec<crate::data::query::month_readings::MonthReading>,
    /// With `--since`: what the selected figure was in that version (sources popup).
    pub revised_note: Option<String>,
    /// With `--since`: the changes of the range, as `repdash diff` lists them (`D`).
    pub revisions: Vec<String>,
}

/// Everything the dashboard shows and remembers.
#[derive(Debug, Clone)]
pub struct App {
    /// The loaded data.
    pub(super) store: Store,
    /// The tab on screen.
    pub(super) tab: DashTab,
    /// Who has the keyboard.
    pub(super) mode: Mode,
    /// All months with data.
    pub(super) full: MonthRange,
    /// The range `x` (clear filters) returns to.
    pub(super) default_range: MonthRange,
    /// The month range in force.
    pub(super) range: MonthRange,
    /// The article filter in force.
    pub(super) article: Option<ArticlePattern>,
    /// The person searched for in the case register (`name:kulsha`), as typed.
    pub(super) name: Option<String>,
    /// Selected series per tab (index into the tab's series).
    pub(super) metric_choice: [usize; 7],
    /// Selected row of the current table (on the coverage grid: the metric).
    pub(super) row: usize,
    /// Selected column of the coverage grid: a month of the range.
    pub(super) col: usize,
    /// Whether charts fit the y axis to the data instead of starting at zero.
    pub(super) fit_y: bool,
    /// Last message for the status bar (export result, filter error).
    pub(super) status: Option<String>,
    /// Where exports go.
    pub(super) export_dir: PathBuf,
    /// Set when the user asked to quit.
    pub(super) quit: bool,
    /// Cached query results.
    pub(super) views: Views,
    /// Where the data came from, when it can be read again (live reload).
    pub(super) source: Option<crate::data::load::source::DataSource>,
    /// What is wrong with the files on disk after a failed reload; the last good data stays on
    /// screen meanwhile, and this empties when a reload succeeds.
    pub(super) problems: Vec<String>,
    /// The copy key's settings and the text waiting to be sent to the terminal's clipboard.
    pub(super) clipboard: super::outbox::Clipboard,
    /// With `--since REV`: that version and what changed since it.
    pub(super) since: Option<super::since::Since>,
}

impl App {
    /// A dashboard on `store`, showing `range` (clamped to the data) on `tab`.
    pub fn new(
        store: Store,
        tab: DashTab,
        range: Option<MonthRange>,
        article: Option<ArticlePattern>,
    ) -> App {
        let full = store
            .full_range()
            .unwrap_or_else(|| MonthRange::single(fallback_month()));
        let range = range.unwrap_or(full);
        let mut app = App {
            store,
            tab,
            mode: Mode::Normal,
            full,
            default_range: range,
            range,
            article,
            name: None,
            metric_choice: [0; 7],
            row: 0,
            col: 0,
            fit_y: false,
            status: None,
            export_dir: PathBuf::from("."),
            quit: false,
            views: Views::default(),
            source: None,
            problems: Vec::new(),
            clipboard: Default::default(),
            since: None,
        };
        app.refresh();
        app.row = app.default_row();
        app.col = app.range.len().saturating_sub(1);
        app
    }

    /// The current tab's series, if it has any.
    pub fn series(&self) -> &[Series] {
        self.views
            .series
            .as_ref()
            .map_or(&[], |v| v.series.as_slice())
    }

    /// The series selected with `m` on a chart tab.
    pub fn selected_series(&self) -> Option<&Series> {
        let s = self.series();
        s.get(self.metric_choice[self.tab.index()].min(s.len().saturating_sub(1)))
    }

    /// The figure cell under the selection (chart tabs: selected metric and month; coverage:
    /// the cell of the selected metric row and month column).
    pub fn selected_cell(&self) -> Option<Cell<'_>> {
        self.focused_series()?.at(self.selected_month()?)
    }

    /// The events that fall in the range, in date order (numbered 1, 2, ... on the chart).
    pub fn events_in_range(&self) -> Vec<&crate::data::load::events::Event> {
        let range = self.range;
        self.store
            .events
            .iter()
            .filter(|e| range.contains(e.month))
            .collect()
    }
}

fn fallback_month() -> Month {
    Month::new(2020, 1).unwrap_or_else(|| unreachable!("2020-01 is a valid month"))
}
