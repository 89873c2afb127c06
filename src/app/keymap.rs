//! The one table of key bindings. The app maps keys through it, and the help screen and the
//! bottom bar are generated from it, so what is shown cannot drift from what works.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Preset};
use super::mode::Mode;

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

use KeyCode::{BackTab, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up};

macro_rules! bind {
    ($keys:expr, $label:expr, $action:expr, $help:expr, $scope:ident, $hint:expr) => {
        Binding {
            keys: $keys,
            ctrl: false,
            label: $label,
            action: $action,
            help: $help,
            scope: Scope::$scope,
            hint: $hint,
        }
    };
}

/// The normal-mode bindings, in the order help lists them.
pub fn bindings() -> Vec<Binding> {
    vec![
        bind!(
            &[Char('q'), Esc],
            "q/Esc",
            Action::Quit,
            "quit",
            Global,
            true
        ),
        Binding {
            keys: &[Char('c')],
            ctrl: true,
            label: "Ctrl-C",
            action: Action::Quit,
            help: "quit",
            scope: Scope::Global,
            hint: false,
        },
        bind!(&[Tab], "Tab", Action::NextTab, "next tab", Global, true),
        bind!(
            &[BackTab],
            "S-Tab",
            Action::PrevTab,
            "previous tab",
            Global,
            false
        ),
        bind!(
            &[Char('1')],
            "1",
            Action::GoTab(0),
            "Overview",
            Global,
            false
        ),
        bind!(
            &[Char('2')],
            "2",
            Action::GoTab(1),
            "Political prisoners",
            Global,
            false
        ),
        bind!(
            &[Char('3')],
            "3",
            Action::GoTab(2),
            "Detentions",
            Global,
            false
        ),
        bind!(
            &[Char('4')],
            "4",
            Action::GoTab(3),
            "Administrative cases",
            Global,
            false
        ),
        bind!(
            &[Char('5')],
            "5",
            Action::GoTab(4),
            "Extremist lists",
            Global,
            false
        ),
        bind!(
            &[Char('6')],
            "6",
            Action::GoTab(5),
            "Articles / cases",
            Global,
            false
        ),
        bind!(
            &[Char('7')],
            "7",
            Action::GoTab(6),
            "Coverage",
            Global,
            false
        ),
        bind!(
            &[Char('m')],
            "m",
            Action::NextMetric,
            "next metric",
            Metric,
            true
        ),
        bind!(
            &[Char('M')],
            "M",
            Action::PrevMetric,
            "previous metric",
            Metric,
            false
        ),
        bind!(
            &[Up, Char('k')],
            "↑/k",
            Action::Up(1),
            "previous row",
            Rows,
            false
        ),
        bind!(
            &[Down, Char('j')],
            "↓/j",
            Action::Down(1),
            "next row",
            Rows,
            false
        ),
        bind!(&[PageUp], "PgUp", Action::Up(10), "10 rows up", Rows, false),
        bind!(
            &[PageDown],
            "PgDn",
            Action::Down(10),
            "10 rows down",
            Rows,
            false
        ),
        bind!(&[Home], "Home", Action::First, "first row", Rows, false),
        bind!(&[End], "End", Action::Last, "last row", Rows, false),
        bind!(
            &[Left, Char('h')],
            "←/h",
            Action::Left,
            "scroll columns left",
            Columns,
            true
        ),
        bind!(
            &[Right, Char('l')],
            "→/l",
            Action::Right,
            "scroll columns right",
            Columns,
            true
        ),
        bind!(
            &[Char('s')],
            "s",
            Action::OpenSource,
            "sources of the selected figure",
            Rows,
            true
        ),
        bind!(
            &[Enter],
            "Enter",
            Action::OpenSnapshot,
            "every figure of the selected month",
            Rows,
            true
        ),
        bind!(
            &[Char('/')],
            "/",
            Action::OpenFilter,
            "filter: 2023-01..2024-06 art:411",
            Global,
            true
        ),
        bind!(
            &[Char('a')],
            "a",
            Action::OpenArticles,
            "pick an article",
            Global,
            true
        ),
        bind!(
            &[Char('g')],
            "g",
            Action::OpenGoto,
            "go to a month",
            Global,
            false
        ),
        bind!(
            &[Char('t')],
            "t",
            Action::Preset(Preset::Last12),
            "last 12 months",
            Global,
            false
        ),
        bind!(
            &[Char('T')],
            "T",
            Action::Preset(Preset::Last36),
            "last 36 months",
            Global,
            false
        ),
        bind!(
            &[Char('A')],
            "A",
            Action::Preset(Preset::All),
            "all months",
            Global,
            false
        ),
        bind!(
            &[Char('[')],
            "[",
            Action::ShiftStart(-1),
            "start a month earlier",
            Global,
            false
        ),
        bind!(
            &[Char(']')],
            "]",
            Action::ShiftStart(1),
            "start a month later",
            Global,
            false
        ),
        bind!(
            &[Char('{')],
            "{",
            Action::ShiftStart(-12),
            "start a year earlier",
            Global,
            false
        ),
        bind!(
            &[Char('}')],
            "}",
            Action::ShiftStart(12),
            "start a year later",
            Global,
            false
        ),
        bind!(
            &[Char(',')],
            ",",
            Action::ShiftEnd(-1),
            "end a month earlier",
            Global,
            false
        ),
        bind!(
            &[Char('.')],
            ".",
            Action::ShiftEnd(1),
            "end a month later",
            Global,
            false
        ),
        bind!(
            &[Char('<')],
            "<",
            Action::ShiftEnd(-12),
            "end a year earlier",
            Global,
            false
        ),
        bind!(
            &[Char('>')],
            ">",
            Action::ShiftEnd(12),
            "end a year later",
            Global,
            false
        ),
        bind!(
            &[Char('x')],
            "x",
            Action::ClearFilters,
            "clear filters",
            Global,
            true
        ),
        bind!(
            &[Char('e')],
            "e",
            Action::Export,
            "export view to CSV",
            Global,
            true
        ),
        bind!(&[Char('?')], "?", Action::OpenHelp, "help", Global, true),
    ]
}

/// The action for a key in a mode, if any. Pure: no state but the mode is read.
pub fn action_for(mode: &Mode, key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == Char('c') {
        return Some(Action::Quit);
    }
    match mode {
        Mode::Normal => bindings()
            .into_iter()
            .find(|b| b.ctrl == ctrl && b.keys.contains(&key.code))
            .map(|b| b.action),
        Mode::Help | Mode::Source | Mode::Snapshot => match key.code {
            Esc | Char('q') | Enter | Char('?') => Some(Action::Close),
            Up | Char('k') => Some(Action::Up(1)),
            Down | Char('j') => Some(Action::Down(1)),
            _ => None,
        },
        Mode::Filter | Mode::Goto | Mode::Articles => match key.code {
            Esc => Some(Action::Close),
            Enter => Some(Action::Submit),
            Backspace => Some(Action::Backspace),
            Up => Some(Action::Up(1)),
            Down => Some(Action::Down(1)),
            Char(c) if !ctrl => Some(Action::Char(c)),
            _ => None,
        },
    }
}

use KeyCode::Backspace;

/// Keys of popups and prompts, for the help screen and the bottom bar in those modes.
pub fn mode_hints(mode: &Mode) -> &'static [(&'static str, &'static str)] {
    match mode {
        Mode::Normal => &[],
        Mode::Help | Mode::Source | Mode::Snapshot => {
            &[("Esc/q/Enter", "close"), ("↑/↓", "scroll")]
        }
        Mode::Filter | Mode::Goto => &[
            ("Enter", "apply"),
            ("Esc", "cancel"),
            ("Backspace", "delete"),
        ],
        Mode::Articles => &[
            ("type", "narrow"),
            ("↑/↓", "choose"),
            ("Enter", "apply"),
            ("Esc", "cancel"),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn no_key_is_bound_twice_in_normal_mode() {
        let mut seen = std::collections::HashSet::new();
        for b in bindings() {
            for k in b.keys {
                assert!(seen.insert((b.ctrl, *k)), "{k:?} bound twice");
            }
        }
    }

    #[test]
    fn prompts_take_text_and_normal_mode_takes_commands() {
        assert_eq!(
            action_for(&Mode::Normal, key(Char('q'))),
            Some(Action::Quit)
        );
        assert_eq!(
            action_for(&Mode::Filter, key(Char('q'))),
            Some(Action::Char('q'))
        );
        assert_eq!(action_for(&Mode::Source, key(Esc)), Some(Action::Close));
        let ctrl_c = KeyEvent::new(Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(&Mode::Filter, ctrl_c), Some(Action::Quit));
        assert_eq!(action_for(&Mode::Normal, key(Char('Z'))), None);
    }
}
