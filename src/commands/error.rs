//! What a command returns: its output and exit code, or a typed failure that knows its exit
//! code, so commands can be tested in-process and only `main` prints.

use crate::data::model::problem::Problems;
use crate::data::model::text::clean;

/// Exit code for data and runtime errors.
pub const EXIT_ERROR: u8 = 1;

/// Exit code for usage errors (bad flags, an unknown metric), as clap uses.
pub const EXIT_USAGE: u8 = 2;

/// How many problems a failing command prints before pointing at `check`.
const MAX_SHOWN: usize = 20;

/// A command that ran: what it prints on stdout and its exit code (`check` exits 1 with a
/// full report when the data has problems).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    /// Text for stdout.
    pub stdout: String,
    /// Exit code: 0, or [`EXIT_ERROR`] for a report of problems.
    pub code: u8,
}

impl Done {
    /// A success that prints `stdout`.
    pub fn ok(stdout: impl Into<String>) -> Done {
        Done {
            stdout: stdout.into(),
            code: 0,
        }
    }
}

/// Why a command failed; each kind has its exit code.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// The command line asked for something that does not exist (exit 2).
    #[error("{0}")]
    Usage(String),
    /// The data has problems; the first ones are listed (exit 1).
    #[error("{}", problem_list(.0))]
    Data(Problems),
    /// Reading settings, writing a file or running the terminal failed (exit 1).
    #[error("{0}")]
    Failed(String),
}

impl CommandError {
    /// The process exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            CommandError::Usage(_) => EXIT_USAGE,
            CommandError::Data(_) | CommandError::Failed(_) => EXIT_ERROR,
        }
    }

    /// The message for stderr, cleaned of control characters, each line after `repdash: `.
    pub fn message(&self) -> String {
        format!("repdash: {}", clean_lines(&self.to_string()))
    }
}

/// Cleans each line on its own, so the list keeps its line breaks and nothing else.
fn clean_lines(text: &str) -> String {
    text.lines().map(clean).collect::<Vec<_>>().join("\n")
}

fn problem_list(problems: &Problems) -> String {
    let list = &problems.0;
    let mut out = crate::tr!("pr-head", n = list.len().to_string());
    for p in list.iter().take(MAX_SHOWN) {
        out.push_str(&format!("\n  {p}"));
    }
    if list.len() > MAX_SHOWN {
        let n = (list.len() - MAX_SHOWN).to_string();
        out.push_str(&format!("\n  ... {}", crate::tr!("pr-and-more", n = n)));
    }
    out.push_str(&format!("\n{}", crate::tr!("pr-run-check")));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::problem::Problem;

    #[test]
    fn data_errors_list_at_most_twenty_problems_and_exit_1() {
        let many: Vec<Problem> = (1..=25)
            .map(|i| Problem::at("x.csv", i, Some("value"), "bad\u{1b}[31m"))
            .collect();
        let e = CommandError::Data(Problems(many));
        assert_eq!(e.exit_code(), 1);
        let msg = e.message();
        assert!(
            msg.starts_with("repdash: 25 problem(s) in the data:"),
            "{msg}"
        );
        assert!(msg.contains("x.csv:20: value") && !msg.contains("x.csv:21:"));
        assert!(msg.contains("... and 5 more") && !msg.contains('\u{1b}'));
        assert_eq!(CommandError::Usage("unknown metric".into()).exit_code(), 2);
    }
}
