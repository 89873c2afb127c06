//! The interactive loop: draw, read a key, map it through the keymap, update. The terminal is
//! restored on every way out, panics included (ratatui's hook restores it, then the standard hook prints the message).

use std::io;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::app::keymap::action_for;
use crate::app::{Action, App};
use crate::ui::{Screen, Theme};

/// Runs the dashboard until the user quits.
pub fn run(mut app: App, theme: &Theme, mouse: bool) -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    if mouse {
        let _ = execute!(io::stdout(), EnableMouseCapture);
    }
    let result = event_loop(&mut terminal, &mut app, theme);
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, theme: &Theme) -> io::Result<()> {
    // A test hook, compiled into debug builds (what `cargo test` runs) and never into release.
    #[cfg(debug_assertions)]
    let crash_test = std::env::var_os("REPDASH_TEST_PANIC").is_some();
    #[cfg(not(debug_assertions))]
    let crash_test = false;
    while !app.should_quit() {
        terminal.draw(|f| f.render_widget(Screen { app, theme }, f.area()))?;
        if crash_test {
            panic!("REPDASH_TEST_PANIC: forced panic to test terminal restore");
        }
        let action = match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => action_for(app.mode(), key),
            Event::Mouse(m) => match m.kind {
                MouseEventKind::ScrollUp => Some(Action::Up(1)),
                MouseEventKind::ScrollDown => Some(Action::Down(1)),
                _ => None,
            },
            _ => None,
        };
        if let Some(a) = action {
            app.update(a);
        }
    }
    Ok(())
}
