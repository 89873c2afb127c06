//! Setup only: parse the command line and dispatch.

use std::process::ExitCode;

use clap::Parser;
use repdash::cli::{Cli, Command};
use repdash::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let source = commands::source(cli.data.as_deref());
    let store = match &cli.command {
        Some(Command::Check) => return commands::check(&source),
        Some(Command::Import { file, into }) => return commands::import(file, into),
        _ => match commands::load(&source) {
            Ok(s) => s,
            Err(code) => return code,
        },
    };
    match cli.command {
        Some(Command::Summary { filters, format }) => {
            commands::summary(&store, &filters.or(&cli.filters), format)
        }
        Some(Command::Export {
            filters,
            output,
            force,
        }) => commands::export(&store, &filters.or(&cli.filters), &output, force),
        _ => commands::summary(&store, &cli.filters, repdash::data::report::Format::Text),
    }
}
