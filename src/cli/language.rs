//! Which commands write in the reader's language: the ones whose output people read (text and
//! Markdown tables, reports); machine formats (CSV, JSON) and files for scripts stay English.

use super::{Cli, Command};

impl Cli {
    /// Whether this command line's output is written in the reader's language: `main` runs
    /// the command in English words otherwise, so a script's CSV or JSON never changes with a
    /// locale (the problems of the data it loads first are still said in the reader's).
    pub fn speaks_the_readers_language(&self) -> bool {
        match &self.command {
            Some(Command::Report { format, .. }) => format.speaks_the_readers_language(),
            Some(Command::Summary { format, .. }) | Some(Command::Compare { format, .. }) => {
                format.speaks_the_readers_language()
            }
            // check's report and its --gaps text and Markdown; --gaps CSV and JSON stay English.
            Some(Command::Check { format, .. }) => format.speaks_the_readers_language(),
            // What changed, as text and Markdown; CSV, JSON and daff stay English.
            Some(Command::Diff { format, .. }) => format.speaks_the_readers_language(),
            Some(Command::History { format, .. }) => format.speaks_the_readers_language(),
            // An image is read by people only.
            Some(Command::Chart { .. }) => true,
            // The register's listing as text and Markdown; its CSV and JSON stay English.
            Some(Command::Cases { format, .. }) => format.speaks_the_readers_language(),
            // They say what they wrote; what they write is made in English words
            // (`commands::export` and `cases_export` make the bytes so, import and init copy
            // the cells as they are).
            Some(Command::Export { .. } | Command::Import { .. } | Command::Init { .. }) => true,
            // The settings and what decided each, for people.
            Some(Command::Config) => true,
            _ => false,
        }
    }
}
