//! The one table of key bindings. The app maps keys through it, and the help screen and the
//! bottom bar are generated from it, so what is shown cannot drift from what works.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
pub use super::bindings::{BINDINGS, Binding, Keys, Scope};
use super::mode::{Mode, PromptKind};

/// Whether bindings of `scope` apply in `mode`.
pub fn scope_applies(scope: Scope, mode: &Mode) -> bool {
    match mode {
        Mode::Normal => matches!(
            scope,
            Scope::Any | Scope::Global | Scope::Rows | Scope::Metric | Scope::Columns
        ),
        Mode::Popup { .. } => matches!(scope, Scope::Any | Scope::Popup),
        Mode::Prompt { kind, .. } => match scope {
            Scope::Any | Scope::Prompt => true,
            Scope::Picker => *kind == PromptKind::Articles,
            _ => false,
        },
    }
}

/// The bindings that apply in `mode`, in table order.
pub fn bindings_for(mode: &Mode) -> impl Iterator<Item = &'static Binding> + '_ {
    BINDINGS
        .iter()
        .filter(move |b| scope_applies(b.scope, mode))
}

/// The action for a key in a mode, if any. Pure: no state but the mode is read. Key codes
/// match first; a printable character then goes to a prompt that takes text.
pub fn action_for(mode: &Mode, key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let bound = bindings_for(mode).find(|b| {
        b.ctrl == ctrl && matches!(b.keys, Keys::Codes(codes) if codes.contains(&key.code))
    });
    if let Some(b) = bound {
        return Some(b.action.clone());
    }
    match key.code {
        KeyCode::Char(c) if !ctrl && bindings_for(mode).any(|b| b.keys == Keys::Text) => {
            Some(Action::Char(c))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use KeyCode::{Char, Esc};

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn no_key_is_bound_twice_in_any_mode() {
        use super::super::mode::{PopupKind, PromptKind};
        let modes = [
            Mode::Normal,
            Mode::popup(PopupKind::Help),
            Mode::prompt(PromptKind::Filter),
            Mode::prompt(PromptKind::Articles),
        ];
        for mode in modes {
            let mut seen = std::collections::HashSet::new();
            for b in bindings_for(&mode) {
                if let Keys::Codes(codes) = b.keys {
                    for k in codes {
                        assert!(seen.insert((b.ctrl, *k)), "{k:?} bound twice in {mode:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn prompts_take_text_and_normal_mode_takes_commands() {
        assert_eq!(
            action_for(&Mode::Normal, key(Char('q'))),
            Some(Action::Quit)
        );
        use super::super::mode::{PopupKind, PromptKind};
        let filter = Mode::prompt(PromptKind::Filter);
        assert_eq!(action_for(&filter, key(Char('q'))), Some(Action::Char('q')));
        let source = Mode::popup(PopupKind::Source);
        assert_eq!(action_for(&source, key(Esc)), Some(Action::Close));
        assert_eq!(action_for(&source, key(Char('j'))), Some(Action::Down(1)));
        let ctrl_c = KeyEvent::new(Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(&filter, ctrl_c), Some(Action::Quit));
        assert_eq!(action_for(&Mode::Normal, key(Char('Z'))), None);
    }
}
