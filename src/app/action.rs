//! Everything a user can ask the dashboard to do. Keys become actions through the keymap; tests
//! drive the app with actions directly.

use crate::data::model::range_setting::RangeSetting;

/// A state change request; [`crate::app::App::update`] is the one place that applies them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave the dashboard.
    Quit,
    /// Next tab (wraps).
    NextTab,
    /// Previous tab (wraps).
    PrevTab,
    /// Go to tab n (0-based).
    GoTab(usize),
    /// Next metric (series) on a chart tab.
    NextMetric,
    /// Previous metric (series) on a chart tab.
    PrevMetric,
    /// Move the selection up by n rows.
    Up(usize),
    /// Move the selection down by n rows.
    Down(usize),
    /// Select the first row.
    First,
    /// Select the last row.
    Last,
    /// Scroll columns left (coverage grid).
    Left,
    /// Scroll columns right (coverage grid).
    Right,
    /// Move the range's first month by n months (negative: earlier).
    ShiftStart(i32),
    /// Move the range's last month by n months.
    ShiftEnd(i32),
    /// Step to the calendar year n years away (from a range that is not a year: its last
    /// month's year).
    StepYear(i32),
    /// Apply a range preset (all, or the last N months).
    Preset(RangeSetting),
    /// Reset range and article to the defaults.
    ClearFilters,
    /// Open the typed filter line.
    OpenFilter,
    /// Open the article picker.
    OpenArticles,
    /// Open the "go to month" prompt.
    OpenGoto,
    /// Show every metric of the selected month.
    OpenSnapshot,
    /// Show every source of the selected figure.
    OpenSource,
    /// With `--since`: list every change of the range since that version.
    OpenRevisions,
    /// Show help.
    OpenHelp,
    /// List every event in the range with its source.
    OpenEvents,
    /// Switch the chart's y axis between starting at zero and fitting the data.
    ToggleFit,
    /// Close the open popup or prompt.
    Close,
    /// Export the current view to CSV.
    Export,
    /// Copy the table on screen (in the sources popup: the figure and its sources) to the
    /// clipboard through the terminal (OSC 52).
    Copy,
    /// Write the chart on screen as a PNG image into the export directory.
    ExportChart,
    /// Compare the tab's metrics in the range with the period of equal length before it.
    OpenCompare,
    /// Type a character into the open prompt.
    Char(char),
    /// Delete the last character of the prompt.
    Backspace,
    /// Apply the prompt.
    Submit,
    /// Read the data again: this many data files changed on disk (live reload).
    Reload(usize),
    /// Text pasted into the terminal (bracketed paste): typed into the open prompt at once.
    Paste(String),
}
