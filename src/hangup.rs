//! Knowing when the terminal is gone. crossterm's reader retries a failed read of the terminal
//! forever, so a hung-up terminal (a dropped SSH connection under `nohup`, a killed tmux pane)
//! would keep the dashboard spinning at full CPU inside `event::poll`. The loop asks this first:
//! one `poll(2)` on the terminal that reports a hang-up instead of retrying.

use std::fs::File;
use std::io;
use std::os::fd::AsFd;
use std::time::Duration;

use rustix::event::{PollFd, PollFlags, Timespec, poll};

/// The terminal crossterm reads: standard input when it is one, else `/dev/tty` (as crossterm
/// chooses).
pub struct Tty {
    /// `/dev/tty`, opened when standard input is not a terminal.
    opened: Option<File>,
}

/// What one wait saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TtyState {
    /// Input is waiting.
    Readable,
    /// Nothing arrived in time.
    Quiet,
    /// The terminal hung up or is no longer valid: nobody can see or type into the dashboard.
    Gone,
}

impl Tty {
    /// The terminal of this process.
    pub fn open() -> io::Result<Tty> {
        let opened = if rustix::termios::isatty(io::stdin()) {
            None
        } else {
            Some(File::open("/dev/tty")?)
        };
        Ok(Tty { opened })
    }

    /// Waits up to `timeout` for input, or for the hang-up that ends the dashboard.
    pub fn wait(&self, timeout: Duration) -> io::Result<TtyState> {
        let stdin = io::stdin();
        let fd = match &self.opened {
            Some(f) => f.as_fd(),
            None => stdin.as_fd(),
        };
        let mut fds = [PollFd::new(&fd, PollFlags::IN)];
        let limit = Timespec {
            tv_sec: i64::try_from(timeout.as_secs()).unwrap_or(i64::MAX),
            tv_nsec: i64::from(timeout.subsec_nanos()),
        };
        match poll(&mut fds, Some(&limit)) {
            Ok(_) => {}
            // A signal arrived: the caller looks at its flag and comes back.
            Err(rustix::io::Errno::INTR) => return Ok(TtyState::Quiet),
            Err(e) => return Err(e.into()),
        }
        let seen = fds[0].revents();
        Ok(
            if seen.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
                TtyState::Gone
            } else if seen.contains(PollFlags::IN) {
                TtyState::Readable
            } else {
                TtyState::Quiet
            },
        )
    }
}
