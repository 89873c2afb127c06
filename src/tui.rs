//! The interactive loop: draw, read a key, map it through the keymap, update. The terminal is
//! restored on every way out, panics included (ratatui's hook restores it, then the standard hook prints the message),
//! and signals: SIGHUP (a dropped SSH connection), SIGTERM, SIGINT and SIGQUIT end the loop
//! instead of the process, so the terminal is restored before the exit with 128 + signal.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::app::keymap::action_for;
use crate::app::{Action, App};
use crate::ui::{Screen, Theme};

/// The signals that end the dashboard cleanly.
const ENDING: [i32; 4] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM];

/// How long the loop waits for input before it looks at the signal flag again.
const SIGNAL_CHECK: Duration = Duration::from_millis(100);

/// Runs the dashboard until the user quits; `Some(signal)` when a signal ended it.
pub fn run(mut app: App, theme: &Theme, mouse: bool) -> io::Result<Option<i32>> {
    let caught = Arc::new(AtomicUsize::new(0));
    for signal in ENDING {
        signal_hook::flag::register_usize(signal, Arc::clone(&caught), signal as usize)?;
    }
    let mut terminal = ratatui::try_init()?;
    if mouse {
        let _ = execute!(io::stdout(), EnableMouseCapture);
    }
    let result = event_loop(&mut terminal, &mut app, theme, &caught);
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    theme: &Theme,
    caught: &AtomicUsize,
) -> io::Result<Option<i32>> {
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
        // Wait for input in short steps, so a signal is seen within SIGNAL_CHECK.
        while !event::poll(SIGNAL_CHECK)? {
            if let Some(signal) = signal_of(caught) {
                return Ok(Some(signal));
            }
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
        if let Some(signal) = signal_of(caught) {
            return Ok(Some(signal));
        }
    }
    Ok(None)
}

/// The signal the handlers stored, if one arrived.
fn signal_of(caught: &AtomicUsize) -> Option<i32> {
    match caught.load(Ordering::Relaxed) {
        0 => None,
        n => i32::try_from(n).ok(),
    }
}
