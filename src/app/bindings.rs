//! The one table of normal-mode key bindings. The keymap reads keys through it; help and the
//! bottom bar are generated from it, so what is shown cannot drift from what works.

use ratatui::crossterm::event::KeyCode;
use ratatui::crossterm::event::KeyCode::{
    BackTab, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

use super::action::{Action, Preset};

/// Where a binding applies, for the bottom bar's hints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere in normal mode.
    Global,
    /// Tabs with a month table (chart tabs, coverage, articles).
    Rows,
    /// Chart tabs, where a metric is selected.
    Metric,
    /// The coverage grid, which scrolls sideways.
    Columns,
}

/// One binding: the keys, how help names them, what they do.
#[derive(Debug, Clone)]
pub struct Binding {
    /// Keys that trigger the action (no modifiers unless `ctrl`).
    pub keys: &'static [KeyCode],
    /// Whether Ctrl must be held.
    pub ctrl: bool,
    /// How the keys are written in help and hints.
    pub label: &'static str,
    /// The action.
    pub action: Action,
    /// What it does, in a few words.
    pub help: &'static str,
    /// Where it applies.
    pub scope: Scope,
    /// Whether the bottom bar shows it (the help screen shows all).
    pub hint: bool,
}

const fn b(
    keys: &'static [KeyCode],
    label: &'static str,
    action: Action,
    help: &'static str,
    scope: Scope,
    hint: bool,
) -> Binding {
    Binding {
        keys,
        ctrl: false,
        label,
        action,
        help,
        scope,
        hint,
    }
}

use Scope::{Columns, Global, Metric, Rows};

/// The normal-mode bindings, in the order help lists them.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    b(&[Char('q'), Esc], "q/Esc", Action::Quit, "quit", Global, true),
    Binding { keys: &[Char('c')], ctrl: true, label: "Ctrl-C", action: Action::Quit, help: "quit", scope: Global, hint: false },
    b(&[Tab], "Tab", Action::NextTab, "next tab", Global, true),
    b(&[BackTab], "S-Tab", Action::PrevTab, "previous tab", Global, false),
    b(&[Char('1')], "1", Action::GoTab(0), "Overview", Global, false),
    b(&[Char('2')], "2", Action::GoTab(1), "Political prisoners", Global, false),
    b(&[Char('3')], "3", Action::GoTab(2), "Detentions", Global, false),
    b(&[Char('4')], "4", Action::GoTab(3), "Administrative cases", Global, false),
    b(&[Char('5')], "5", Action::GoTab(4), "Extremist lists", Global, false),
    b(&[Char('6')], "6", Action::GoTab(5), "Articles / cases", Global, false),
    b(&[Char('7')], "7", Action::GoTab(6), "Coverage", Global, false),
    b(&[Char('m')], "m", Action::NextMetric, "next metric", Metric, true),
    b(&[Char('M')], "M", Action::PrevMetric, "previous metric", Metric, false),
    b(&[Up, Char('k')], "↑/k", Action::Up(1), "previous row", Rows, false),
    b(&[Down, Char('j')], "↓/j", Action::Down(1), "next row", Rows, false),
    b(&[PageUp], "PgUp", Action::Up(10), "10 rows up", Rows, false),
    b(&[PageDown], "PgDn", Action::Down(10), "10 rows down", Rows, false),
    b(&[Home], "Home", Action::First, "first row", Rows, false),
    b(&[End], "End", Action::Last, "last row", Rows, false),
    b(&[Left, Char('h')], "←/h", Action::Left, "scroll columns left", Columns, true),
    b(&[Right, Char('l')], "→/l", Action::Right, "scroll columns right", Columns, true),
    b(&[Char('s')], "s", Action::OpenSource, "sources of the selected figure", Rows, true),
    b(&[Enter], "Enter", Action::OpenSnapshot, "every figure of the selected month", Rows, true),
    b(&[Char('/')], "/", Action::OpenFilter, "filter: 2023-01..2024-06 art:411", Global, true),
    b(&[Char('a')], "a", Action::OpenArticles, "pick an article", Global, true),
    b(&[Char('g')], "g", Action::OpenGoto, "go to a month", Global, false),
    b(&[Char('t')], "t", Action::Preset(Preset::Last12), "last 12 months", Global, false),
    b(&[Char('T')], "T", Action::Preset(Preset::Last36), "last 36 months", Global, false),
    b(&[Char('A')], "A", Action::Preset(Preset::All), "all months", Global, false),
    b(&[Char('[')], "[", Action::ShiftStart(-1), "start a month earlier", Global, false),
    b(&[Char(']')], "]", Action::ShiftStart(1), "start a month later", Global, false),
    b(&[Char('{')], "{", Action::ShiftStart(-12), "start a year earlier", Global, false),
    b(&[Char('}')], "}", Action::ShiftStart(12), "start a year later", Global, false),
    b(&[Char(',')], ",", Action::ShiftEnd(-1), "end a month earlier", Global, false),
    b(&[Char('.')], ".", Action::ShiftEnd(1), "end a month later", Global, false),
    b(&[Char('<')], "<", Action::ShiftEnd(-12), "end a year earlier", Global, false),
    b(&[Char('>')], ">", Action::ShiftEnd(12), "end a year later", Global, false),
    b(&[Char('x')], "x", Action::ClearFilters, "clear filters", Global, true),
    b(&[Char('e')], "e", Action::Export, "export view to CSV", Global, true),
    b(&[Char('?')], "?", Action::OpenHelp, "help", Global, true),
];
