//! Setup only: parse the command line, read the settings, dispatch to a command. Errors are
//! messages with exit codes; a panic (a bug) restores the terminal through ratatui's hook.

use std::process::ExitCode;

use clap::Parser;
use repdash::cli::{Cli, Command, ExportRows};
use repdash::commands::{self, dashboard};
use repdash::data::DataSource;
use repdash::data::Store;

fn main() -> ExitCode {
    commands::note_closed_stdout();
    let cli = Cli::parse();
    commands::finish(run(&cli))
}

/// Runs the command the line names; every failure comes back typed, with its exit code.
fn run(cli: &Cli) -> commands::Outcome {
    commands::refuse_control_names(&cli.output_paths())?;
    let settings = dashboard::settings(cli)?;
    // Problems and errors speak the reader's language; a command whose output is CSV or JSON
    // for scripts runs in English words (tests/languages*.rs compare their bytes).
    repdash::data::set_lang(settings.lang.0);
    let words = match cli.speaks_the_readers_language() {
        true => settings.lang.0,
        false => repdash::data::Lang::En,
    };
    let in_words = |f: &dyn Fn() -> Option<commands::Outcome>| repdash::data::in_lang(words, f);
    let source = commands::source(settings.data_dir.0.as_deref(), cli.rev.as_deref());
    commands::check_revision(&source, cli.rev.as_deref())?;
    if let Some(outcome) = in_words(&|| without_store(cli, &settings, &source)) {
        return outcome;
    }
    if let Some(outcome) = streamed(cli, &source) {
        return outcome;
    }
    let store = load(cli, &source)?;
    let outcome = match in_words(&|| data_command(cli, &store)) {
        Some(outcome) => outcome,
        None => {
            return match &cli.command {
                Some(Command::Render { filters, size }) => {
                    let filters = filters.clone().or(&cli.filters);
                    dashboard::render(store, &filters, &settings, *size)
                }
                // A revision does not change: no live reload.
                _ => dashboard::dashboard(store, &cli.filters, &settings, cli.rev.is_none()),
            };
        }
    };
    // The process ends here: the OS reclaims the data faster than freeing it object by object.
    std::mem::forget(store);
    outcome
}

/// The commands that read no store, or their own: settings, checks, imports, init, diff.
fn without_store(
    cli: &Cli,
    settings: &repdash::config::Settings,
    source: &DataSource,
) -> Option<commands::Outcome> {
    Some(match &cli.command {
        Some(Command::Config) => Ok(commands::Done::ok(settings.describe())),
        Some(Command::Check {
            strict,
            gaps,
            format,
            window,
        }) => {
            let gaps = gaps.then_some((*format, window));
            commands::check(source, *strict, gaps)
        }
        Some(Command::Import { file, into }) => commands::import(file, into),
        Some(Command::Init { dir, force }) => commands::init::init(dir, *force),
        Some(Command::Diff {
            old,
            new,
            metrics,
            tab,
            from,
            to,
            format,
        }) => commands::diff::diff((old, new), (metrics, *tab), (*from, *to), *format),
        Some(Command::History {
            metric,
            month,
            format,
        }) => commands::history::run(settings.data_dir.0.as_deref(), metric, *month, *format),
        _ => return None,
    })
}

/// The commands that stream a file instead of loading the store (the case register).
fn streamed(cli: &Cli, source: &DataSource) -> Option<commands::Outcome> {
    match &cli.command {
        Some(Command::Export {
            filters,
            output,
            force,
            rows: ExportRows::Cases,
            ..
        }) => {
            let filters = filters.clone().or(&cli.filters);
            Some(commands::cases_export::export(
                source, &filters, output, *force,
            ))
        }
        _ => None,
    }
}

/// The commands that read the data and print or write: `None` for the dashboard and render.
fn data_command(cli: &Cli, store: &Store) -> Option<commands::Outcome> {
    let merged = |f: &repdash::cli::FilterArgs| f.clone().or(&cli.filters);
    Some(match cli.command.as_ref()? {
        Command::Summary {
            filters,
            format,
            changes,
            sources,
        } => summary(store, &merged(filters), *format, (*changes, *sources)),
        Command::Export {
            filters,
            output,
            force,
            rows,
            totals,
        } => commands::export(store, &merged(filters), output, *force, (*rows, *totals)),
        Command::Report { .. } => return report(cli, store),
        Command::Chart {
            filters,
            output,
            size,
            force,
        } => commands::chart::chart(store, &merged(filters), output, (*size, *force)),
        Command::Compare {
            periods,
            a,
            b,
            filters,
            format,
        } => commands::compare::periods(periods, (*a, *b))
            .and_then(|ab| commands::compare::compare(store, &merged(filters), ab, *format)),
        _ => return listing_command(cli, store),
    })
}

/// `report`, with the version `--since` names loaded first.
fn report(cli: &Cli, store: &Store) -> Option<commands::Outcome> {
    let Some(Command::Report {
        period,
        format,
        output,
        force,
        since,
    }) = &cli.command
    else {
        return None;
    };
    Some(
        commands::report::since(cli.data.as_deref(), since.as_deref()).and_then(|old| {
            let out = (output.as_deref(), *force);
            commands::report::report(store, period, *format, out, old.as_ref())
        }),
    )
}

/// The commands that list what the data holds (cases), apart so each dispatch stays short.
fn listing_command(cli: &Cli, store: &Store) -> Option<commands::Outcome> {
    match cli.command.as_ref()? {
        Command::Cases {
            person,
            article,
            period,
            format,
        } => Some(commands::cases::cases(
            store,
            (person, article),
            period,
            *format,
        )),
        _ => None,
    }
}

fn summary(
    store: &Store,
    filters: &repdash::cli::FilterArgs,
    format: repdash::data::Format,
    (changes, sources): (bool, bool),
) -> commands::Outcome {
    let extras = repdash::data::SummaryExtras { changes, sources };
    commands::summary(store, filters, format, extras)
}

/// What a data command reads: an export only the files of the rows it writes, the rest all.
fn load(cli: &Cli, source: &DataSource) -> Result<Store, commands::CommandError> {
    match &cli.command {
        Some(Command::Export { filters, rows, .. }) => {
            commands::load_for_export(source, &filters.clone().or(&cli.filters), *rows)
        }
        _ => commands::load(source),
    }
}
