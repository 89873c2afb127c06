//! The non-interactive commands, each a thin layer over the data core.

pub mod check;
pub mod dashboard;
pub mod filters;

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::cli::{ExportRows, FilterArgs};
use crate::data::load::selection::Selection;
use crate::data::load::source::DataSource;
use crate::data::load::store::Store;
use crate::data::model::catalog::Catalog;
use crate::data::output::export::{cases_to_csv, figures_to_csv, to_csv, write_atomic};
use crate::data::output::report::{Format, render};
use crate::data::query::case_query::{CaseFilter, query_cases};
use crate::data::query::view::View;

/// Exit code for data and runtime errors (usage errors exit 2 through clap).
pub const EXIT_ERROR: u8 = 1;

/// How many problems a failing command prints before pointing at `check`.
const MAX_SHOWN: usize = 20;

/// The data source the flags and environment name.
pub fn source(data: Option<&Path>) -> DataSource {
    match data {
        Some(d) => DataSource::Dir(d.to_path_buf()),
        None => DataSource::Embedded,
    }
}

/// Loads the store or prints every problem and returns the exit code to use.
pub fn load(source: &DataSource) -> Result<Store, ExitCode> {
    report_problems(Store::load(source))
}

/// Loads what an export writes: `--rows cases` reads the catalog and the register, keeping
/// the cases under the article filter; the other rows read the catalog and the snapshots,
/// keeping the figures of the metrics the filters name. Every file read is still validated.
pub fn load_for_export(
    source: &DataSource,
    args: &FilterArgs,
    rows: ExportRows,
) -> Result<Store, ExitCode> {
    let choose = |catalog: &Catalog| match rows {
        ExportRows::Cases => Selection::cases(args.article.clone()),
        // An unknown metric keeps everything; the filter then reports it after the load.
        ExportRows::View | ExportRows::Figures => {
            Selection::figures(filters::metrics(catalog, args).ok())
        }
    };
    report_problems(Store::load_selected(source, choose))
}

fn report_problems(
    loaded: Result<Store, crate::data::model::problem::Problems>,
) -> Result<Store, ExitCode> {
    loaded.map_err(|problems| {
        let list = &problems.0;
        eprintln!("repdash: {} problem(s) in the data:", list.len());
        for p in list.iter().take(MAX_SHOWN) {
            eprintln!("  {}", crate::data::model::text::clean(&p.to_string()));
        }
        if list.len() > MAX_SHOWN {
            eprintln!("  ... and {} more", list.len() - MAX_SHOWN);
        }
        eprintln!("run `repdash check` for the full report");
        ExitCode::from(EXIT_ERROR)
    })
}

/// `check`: exit 0 when the data is clean, 1 otherwise.
pub fn check(source: &DataSource) -> ExitCode {
    let (store, problems) = Store::load_lenient(source);
    print!("{}", check::report(&store, &problems));
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_ERROR)
    }
}

/// Builds the view the filters describe, or reports why not.
pub fn view(store: &Store, args: &FilterArgs) -> Result<View, ExitCode> {
    let filter = filters::resolve(store, args).map_err(|e| {
        eprintln!("repdash: {e}");
        ExitCode::from(2)
    })?;
    Ok(View::build(store, filter))
}

/// `summary`: the view as a table on stdout.
pub fn summary(store: &Store, args: &FilterArgs, format: Format) -> ExitCode {
    match view(store, args) {
        Ok(v) => print_out(&render(&v, format)),
        Err(code) => code,
    }
}

/// `export`: the view (or its figures, or the matching cases) as CSV, written atomically.
pub fn export(
    store: &Store,
    args: &FilterArgs,
    output: &Path,
    force: bool,
    rows: ExportRows,
) -> ExitCode {
    let v = match view(store, args) {
        Ok(v) => v,
        Err(code) => return code,
    };
    let (bytes, what) = export_bytes(store, &v, rows);
    match write_atomic(output, &bytes, force) {
        Ok(()) => {
            println!("wrote {} ({what})", output.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("repdash: {e}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// The CSV an export writes, and how many rows of what it holds (for the message).
fn export_bytes(store: &Store, v: &View, rows: ExportRows) -> (Vec<u8>, String) {
    match rows {
        ExportRows::View => {
            let n = v.series.len();
            let what = format!("{} month rows, {n} range rows", n * v.filter.range.len());
            (to_csv(v), what)
        }
        ExportRows::Figures => {
            let (bytes, n) = figures_to_csv(store, &v.filter);
            (bytes, format!("{n} figures"))
        }
        ExportRows::Cases => {
            let filter = CaseFilter {
                range: v.filter.range,
                article: v.filter.article.clone(),
                event: None,
            };
            let cases = query_cases(store, &filter);
            (cases_to_csv(cases.iter()), format!("{} cases", cases.len()))
        }
    }
}

/// `import`: merge a long table into snapshot files and report what changed.
pub fn import(file: &Path, into: &Path) -> ExitCode {
    match crate::data::output::import::import(file, into) {
        Ok(changes) => {
            let added: usize = changes.iter().map(|c| c.added).sum();
            let dups: usize = changes.iter().map(|c| c.duplicates).sum();
            for c in changes.iter().filter(|c| c.added > 0 || c.duplicates > 0) {
                let state = if c.new_file { "new file" } else { "updated" };
                let what = if c.added == 0 { "unchanged" } else { state };
                println!(
                    "{}.csv: {} added, {} duplicate(s) skipped ({what})",
                    c.month, c.added, c.duplicates
                );
            }
            println!(
                "imported {added} row(s) into {} month file(s); {dups} duplicate(s) skipped",
                changes.iter().filter(|c| c.added > 0).count()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!(
                "repdash: import failed: {}",
                crate::data::model::text::clean(&e.to_string())
            );
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Prints to stdout; a closed pipe (`| head`) is not an error worth a panic.
fn print_out(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("repdash: cannot write output: {e}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
