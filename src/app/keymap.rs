//! The one table of key bindings. The app maps keys through it, and the help screen and the
//! bottom bar are generated from it, so what is shown cannot drift from what works.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
pub use super::bindings::{BINDINGS, Binding, Scope};
use super::mode::Mode;

/// The action for a key in a mode, if any. Pure: no state but the mode is read.
pub fn action_for(mode: &Mode, key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == Char('c') {
        return Some(Action::Quit);
    }
    match mode {
        Mode::Normal => BINDINGS
            .iter()
            .find(|b| b.ctrl == ctrl && b.keys.contains(&key.code))
            .map(|b| b.action.clone()),
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

use KeyCode::{Backspace, Char, Down, Enter, Esc, Up};

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
        for b in BINDINGS {
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
