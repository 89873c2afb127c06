//! The files a command line names for writing, gathered so one check refuses a name with a
//! control character in every command.

use super::{Cli, Command};

impl Cli {
    /// Every file or directory the command line names for writing, so one check can refuse a
    /// name that would print on two lines or carry an escape to the terminal.
    pub fn output_paths(&self) -> Vec<&std::path::Path> {
        let mut out: Vec<&std::path::Path> = self.export_dir.iter().map(|p| p.as_path()).collect();
        match &self.command {
            Some(Command::Export { output, .. }) | Some(Command::Chart { output, .. }) => {
                out.push(output)
            }
            Some(Command::Report {
                output: Some(output),
                ..
            }) => out.push(output),
            Some(Command::Import { into, .. }) => out.push(into),
            Some(Command::Init { dir, .. }) => out.push(dir),
            _ => {}
        }
        out
    }
}
