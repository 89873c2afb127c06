//! The one table of key bindings, for every mode: the tabs, popups and prompts. The keymap
//! reads keys through it; help and the bottom bar are generated from it, so what is shown
//! cannot drift from what works.

use ratatui::crossterm::event::KeyCode;
use ratatui::crossterm::event::KeyCode::{
    BackTab, Backspace, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

use super::action::Action;
use crate::data::model::range_setting::RangeSetting;

/// Where a binding applies: a part of normal mode, or a kind of popup or prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// In every mode, prompts included (Ctrl-C).
    Any,
    /// Everywhere in normal mode.
    Global,
    /// Tabs with a month table (chart tabs, coverage, articles).
    Rows,
    /// Chart tabs, where a metric is selected.
    Metric,
    /// The coverage grid, whose month columns scroll sideways.
    Columns,
    /// Any popup (help, sources, whole month).
    Popup,
    /// Any prompt (filter line, go to month, article picker).
    Prompt,
    /// The article picker only.
    Picker,
}

/// Which keys a binding takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    /// These key codes.
    Codes(&'static [KeyCode]),
    /// Any printable character, typed into the prompt (after every other binding of the mode).
    Text,
}

/// One binding: the keys, how help names them, what they do.
#[derive(Debug, Clone)]
pub struct Binding {
    /// Keys that trigger the action (no modifiers unless `ctrl`).
    pub keys: Keys,
    /// Whether Ctrl must be held.
    pub ctrl: bool,
    /// How the keys are written in help and hints.
    pub label: &'static str,
    /// The action (for [`Keys::Text`], the typed character replaces the placeholder).
    pub action: Action,
    /// What it does, in a few words.
    pub help: &'static str,
    /// Where it applies.
    pub scope: Scope,
    /// Place in the bottom bar: 0 = help screen only, else lower numbers are dropped last
    /// when the bar is too narrow.
    pub hint: u8,
    /// Its message id in `i18n/*/repdash.ftl`: what help and the bottom bar show in the
    /// reader's language (`help` is the English the file starts from).
    pub id: &'static str,
}

const fn b(
    keys: &'static [KeyCode],
    label: &'static str,
    action: Action,
    help: &'static str,
    scope: Scope,
    hint: u8,
    id: &'static str,
) -> Binding {
    Binding {
        keys: Keys::Codes(keys),
        ctrl: false,
        label,
        action,
        help,
        scope,
        hint,
        id,
    }
}

use super::tab::DashTab;
use Scope::{Any, Columns, Global, Metric, Picker, Popup, Prompt, Rows};

/// Every binding, in the order help lists them.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    b(&[Char('q')], "q", Action::Quit, "quit (Esc never quits: it only closes popups and prompts)", Global, 1, "key-global-quit"),
    Binding { keys: Keys::Codes(&[Char('c')]), ctrl: true, label: "Ctrl-C", action: Action::Quit, help: "quit, from anywhere", scope: Any, id: "key-any-quit", hint: 0 },
    b(&[Tab], "Tab", Action::NextTab, "next tab", Global, 2, "key-global-next-tab"),
    b(&[BackTab], "S-Tab", Action::PrevTab, "previous tab", Global, 0, "key-global-prev-tab"),
    b(&[Char('1')], "1", Action::GoTab(0), DashTab::ALL[0].title(), Global, 0, "tab-overview"),
    b(&[Char('2')], "2", Action::GoTab(1), DashTab::ALL[1].title(), Global, 0, "tab-prisoners"),
    b(&[Char('3')], "3", Action::GoTab(2), DashTab::ALL[2].title(), Global, 0, "tab-detentions"),
    b(&[Char('4')], "4", Action::GoTab(3), DashTab::ALL[3].title(), Global, 0, "tab-administrative"),
    b(&[Char('5')], "5", Action::GoTab(4), DashTab::ALL[4].title(), Global, 0, "tab-extremism"),
    b(&[Char('6')], "6", Action::GoTab(5), DashTab::ALL[5].title(), Global, 0, "tab-articles"),
    b(&[Char('7')], "7", Action::GoTab(6), DashTab::ALL[6].title(), Global, 0, "tab-coverage"),
    b(&[Char('m')], "m", Action::NextMetric, "metric: the next one", Metric, 2, "key-metric-next-metric"),
    b(&[Char('M')], "M", Action::PrevMetric, "previous metric", Metric, 0, "key-metric-prev-metric"),
    b(&[Char('z')], "z", Action::ToggleFit, "y axis: from zero (counts) or fitted to the data", Metric, 0, "key-metric-toggle-fit"),
    b(&[Char('C')], "C", Action::OpenCompare, "compare: the range against the period of equal length before it", Metric, 0, "key-metric-open-compare"),
    b(&[Char('E')], "E", Action::OpenEvents, "events: every event in the range, with its source", Metric, 0, "key-metric-open-events"),
    b(&[Up, Char('k')], "↑/k", Action::Up(1), "previous row", Rows, 0, "key-rows-up-1"),
    b(&[Down, Char('j')], "↓/j", Action::Down(1), "next row", Rows, 0, "key-rows-down-1"),
    b(&[PageUp], "PgUp", Action::Up(10), "10 rows up", Rows, 0, "key-rows-up-10"),
    b(&[PageDown], "PgDn", Action::Down(10), "10 rows down", Rows, 0, "key-rows-down-10"),
    b(&[Home], "Home", Action::First, "first row", Rows, 0, "key-rows-first"),
    b(&[End], "End", Action::Last, "last row", Rows, 0, "key-rows-last"),
    b(&[Left, Char('h')], "←/h", Action::Left, "earlier: the month before, on the grid", Columns, 3, "key-columns-left"),
    b(&[Right, Char('l')], "→/l", Action::Right, "later: the month after, on the grid", Columns, 3, "key-columns-right"),
    b(&[Char('s')], "s", Action::OpenSource, "sources: every source of the selected figure", Rows, 2, "key-rows-open-source"),
    b(&[Char('D')], "D", Action::OpenRevisions, "changes: every figure revised in the range since the --since version", Global, 0, "key-global-open-revisions"),
    b(&[Enter], "Enter", Action::OpenSnapshot, "month: every figure of the selected month", Rows, 4, "key-rows-open-snapshot"),
    b(&[Char('/')], "/", Action::OpenFilter, "filter: 2023-01..2024-06, 2024, 2024-Q1, art:411, name:kulsha (Articles tab: search a person)", Global, 3, "key-global-open-filter"),
    b(&[Char('a')], "a", Action::OpenArticles, "article: pick one, with its documented cases", Global, 5, "key-global-open-articles"),
    b(&[Char('g')], "g", Action::OpenGoto, "go to a month", Global, 0, "key-global-open-goto"),
    b(&[Char('t')], "t", Action::Preset(RangeSetting::Last(12)), "last 12 months", Global, 0, "key-global-preset-last-12"),
    b(&[Char('T')], "T", Action::Preset(RangeSetting::Last(36)), "last 36 months", Global, 0, "key-global-preset-last-36"),
    b(&[Char('A')], "A", Action::Preset(RangeSetting::All), "all months", Global, 0, "key-global-preset-all"),
    b(&[Char('y')], "y", Action::StepYear(-1), "calendar year back (from any range: its last month's year)", Global, 0, "key-global-step-year-minus-1"),
    b(&[Char('Y')], "Y", Action::StepYear(1), "calendar year forward", Global, 0, "key-global-step-year-1"),
    b(&[Char('[')], "[", Action::ShiftStart(-1), "start a month earlier", Global, 0, "key-global-shift-start-minus-1"),
    b(&[Char(']')], "]", Action::ShiftStart(1), "start a month later", Global, 0, "key-global-shift-start-1"),
    b(&[Char('{')], "{", Action::ShiftStart(-12), "start a year earlier", Global, 0, "key-global-shift-start-minus-12"),
    b(&[Char('}')], "}", Action::ShiftStart(12), "start a year later", Global, 0, "key-global-shift-start-12"),
    b(&[Char(',')], ",", Action::ShiftEnd(-1), "end a month earlier", Global, 0, "key-global-shift-end-minus-1"),
    b(&[Char('.')], ".", Action::ShiftEnd(1), "end a month later", Global, 0, "key-global-shift-end-1"),
    b(&[Char('<')], "<", Action::ShiftEnd(-12), "end a year earlier", Global, 0, "key-global-shift-end-minus-12"),
    b(&[Char('>')], ">", Action::ShiftEnd(12), "end a year later", Global, 0, "key-global-shift-end-12"),
    b(&[Char('x')], "x", Action::ClearFilters, "clear: range and article back to the defaults", Global, 6, "key-global-clear-filters"),
    b(&[Char('e')], "e", Action::Export, "export: the view to CSV", Global, 4, "key-global-export"),
    b(&[Char('i')], "i", Action::ExportChart, "image: the chart as PNG into the export directory", Metric, 0, "key-metric-export-chart"),
    b(&[Char('c')], "c", Action::Copy, "copy: the table to the clipboard (OSC 52; TSV or Markdown)", Global, 0, "key-global-copy"),
    b(&[Char('?')], "?", Action::OpenHelp, "help", Global, 1, "key-global-open-help"),
    b(&[Esc, Char('q'), Enter], "Esc/q/Enter", Action::Close, "close", Popup, 1, "key-popup-close"),
    b(&[Up, Char('k')], "↑/k", Action::Up(1), "scroll up", Popup, 2, "key-popup-up-1"),
    b(&[Down, Char('j')], "↓/j", Action::Down(1), "scroll down", Popup, 2, "key-popup-down-1"),
    b(&[PageUp], "PgUp", Action::Up(10), "10 lines up", Popup, 0, "key-popup-up-10"),
    b(&[PageDown], "PgDn", Action::Down(10), "10 lines down", Popup, 0, "key-popup-down-10"),
    b(&[Char('?')], "?", Action::OpenHelp, "help (in help: close)", Popup, 1, "key-popup-open-help"),
    b(&[Char('c')], "c", Action::Copy, "copy: the figure and its sources (sources popup)", Popup, 0, "key-popup-copy"),
    b(&[Enter], "Enter", Action::Submit, "apply", Prompt, 1, "key-prompt-submit"),
    b(&[Esc], "Esc", Action::Close, "cancel (the person search: clear it)", Prompt, 1, "key-prompt-close"),
    b(&[Backspace], "Backspace", Action::Backspace, "delete: the last character", Prompt, 3, "key-prompt-backspace"),
    b(&[Up], "↑", Action::Up(1), "previous article", Picker, 2, "key-picker-up-1"),
    b(&[Down], "↓", Action::Down(1), "next article", Picker, 2, "key-picker-down-1"),
    Binding { keys: Keys::Text, ctrl: false, label: "type", action: Action::Char(' '), help: "text (in the picker: narrow the list)", scope: Prompt, id: "key-prompt-char", hint: 2 },
];
