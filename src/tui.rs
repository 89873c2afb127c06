//! The interactive loop: draw, read every pending key, map it through the keymap, update; read
//! the data again when the watch says files changed. The terminal is
//! restored on every way out, panics included (ratatui's hook restores it, then the standard hook prints the message),
//! and signals: SIGHUP (a dropped SSH connection), SIGTERM, SIGINT and SIGQUIT end the loop
//! instead of the process, so the terminal is restored before the exit with 128 + signal.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};

use crossterm::clipboard::CopyToClipboard;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::app::keymap::action_for;
use crate::app::{Action, App};
use crate::hangup::{Tty, TtyState};
use crate::ui::{Screen, Theme};
use crate::watch::DataWatch;

/// The signals that end the dashboard cleanly.
const ENDING: [i32; 4] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM];

/// How long the loop waits for input before it looks at the signal flag again.
const SIGNAL_CHECK: Duration = Duration::from_millis(100);

/// How long crossterm is given to read input the terminal already has. Its `/dev/tty` source
/// (feature `use-dev-tty`, level-triggered `poll`) reads nothing at all at a zero timeout, so
/// it gets a millisecond. The default mio source is edge-triggered and reads one 1 KiB chunk
/// per edge: the rest of a long paste stayed unread until another key came, while the
/// terminal stayed readable, so the dashboard spun at full CPU, deaf to `q`.
const INPUT_LOOK: Duration = Duration::from_millis(1);

/// Runs the dashboard until the user quits; `Some(signal)` when a signal ended it. With a
/// `watch`, changed data files are read again between keys (live reload).
pub fn run(
    mut app: App,
    theme: &Theme,
    mouse: bool,
    watch: Option<DataWatch>,
) -> io::Result<Option<i32>> {
    let caught = Arc::new(AtomicUsize::new(0));
    for signal in ENDING {
        signal_hook::flag::register_usize(signal, Arc::clone(&caught), signal as usize)?;
    }
    let tty = Tty::open()?;
    let mut terminal = ratatui::try_init()?;
    // A paste arrives as one event, not as thousands of keys that each redraw the screen.
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    if mouse {
        let _ = execute!(io::stdout(), EnableMouseCapture);
    }
    let waits = Waits {
        caught: &caught,
        watch: watch.as_ref(),
        tty: &tty,
    };
    let result = event_loop(&mut terminal, &mut app, theme, &waits);
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    result
}

/// What woke the loop.
enum Wake {
    /// Input is waiting.
    Input,
    /// A signal asked the dashboard to end.
    Signal(i32),
    /// This many data files changed.
    Changed(usize),
}

/// What the loop waits on besides keys.
struct Waits<'a> {
    /// The signal the handlers stored.
    caught: &'a AtomicUsize,
    /// Changed data files, when the data is a directory.
    watch: Option<&'a DataWatch>,
    /// The terminal, watched for a hang-up.
    tty: &'a Tty,
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    theme: &Theme,
    waits: &Waits,
) -> io::Result<Option<i32>> {
    // A test hook, compiled into debug builds (what `cargo test` runs) and never into release.
    #[cfg(debug_assertions)]
    let crash_test = std::env::var_os("REPDASH_TEST_PANIC").is_some();
    #[cfg(not(debug_assertions))]
    let crash_test = false;
    while !app.should_quit() {
        if let Some(text) = app.take_clipboard() {
            // OSC 52: the terminal (and tmux, and SSH with it) puts the text on the clipboard.
            let _ = execute!(io::stdout(), CopyToClipboard::to_clipboard_from(text));
        }
        terminal.draw(|f| f.render_widget(Screen { app, theme }, f.area()))?;
        if crash_test {
            panic!("REPDASH_TEST_PANIC: forced panic to test terminal restore");
        }
        match wait(waits)? {
            Wake::Signal(signal) => return Ok(Some(signal)),
            Wake::Changed(files) => app.update(Action::Reload(files)),
            Wake::Input => read_pending(app)?,
        }
        if let Some(signal) = signal_of(waits.caught) {
            return Ok(Some(signal));
        }
    }
    Ok(None)
}

/// Waits for input in short steps, so a signal or a changed file is seen within SIGNAL_CHECK.
/// The terminal is polled here first and crossterm asked only without waiting: crossterm
/// spins on a hung-up terminal, and a hang-up ends the dashboard as SIGHUP would (under
/// `nohup` SIGHUP itself never comes).
fn wait(waits: &Waits) -> io::Result<Wake> {
    loop {
        if waits.tty.wait(SIGNAL_CHECK)? == TtyState::Gone {
            return Ok(Wake::Signal(SIGHUP));
        }
        // Also delivers resizes (crossterm's SIGWINCH pipe), within SIGNAL_CHECK.
        if event::poll(INPUT_LOOK)? {
            return Ok(Wake::Input);
        }
        if let Some(signal) = signal_of(waits.caught) {
            return Ok(Wake::Signal(signal));
        }
        let changed = waits.watch.map_or(0, |w| w.changed().len());
        if changed > 0 {
            return Ok(Wake::Changed(changed));
        }
    }
}

/// Applies every event already waiting before the next frame: a burst of keys or a paste is
/// handled at once, not one frame per key. A read error (the terminal is gone) ends the loop.
fn read_pending(app: &mut App) -> io::Result<()> {
    loop {
        if let Some(action) = action_of(app, event::read()?) {
            app.update(action);
        }
        if app.should_quit() || !event::poll(INPUT_LOOK)? {
            return Ok(());
        }
    }
}

/// The action an input event asks for, given the mode (keys go through the keymap).
fn action_of(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => action_for(app.mode(), key),
        Event::Paste(text) if app.mode().prompt_kind().is_some() => Some(Action::Paste(text)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollUp => Some(Action::Up(1)),
            MouseEventKind::ScrollDown => Some(Action::Down(1)),
            _ => None,
        },
        _ => None,
    }
}

/// The signal the handlers stored, if one arrived.
fn signal_of(caught: &AtomicUsize) -> Option<i32> {
    match caught.load(Ordering::Relaxed) {
        0 => None,
        n => i32::try_from(n).ok(),
    }
}
