//! The non-interactive commands, each a thin layer over the data core.

pub mod cases;
pub mod cases_export;
pub mod chart;
pub mod check;
pub mod compare;
pub mod dashboard;
pub mod diff;
pub mod error;
pub mod filters;
pub mod history;
mod import;
pub mod init;
pub mod report;

pub use import::import;

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::cli::{ExportRows, FilterArgs};
use crate::data::load::selection::Selection;
use crate::data::load::source::DataSource;
use crate::data::load::store::Store;
use crate::data::model::catalog::Catalog;
use crate::data::model::lang::{Lang, with as in_lang};
use crate::data::model::text::{Counted, count_of};
use crate::data::output::csv::export::{
    ViewRows, cases_to_csv, export_figures, figures_to_csv, to_csv, write_atomic,
};
use crate::data::output::summary::text::{Extras, Format, render};
use crate::data::query::case_query::{CaseFilter, query_cases};
use crate::data::query::view::View;

pub use error::{CommandError, Done, EXIT_ERROR, EXIT_USAGE};

/// What every command returns; `main` prints it and exits with its code.
pub type Outcome = Result<Done, CommandError>;

/// Refuses a name to write that holds a control character (a usage error, exit 2): a newline
/// would print the name on two lines and an escape would reach the terminal. The message
/// shows the name cleaned.
pub fn refuse_control_names(paths: &[&Path]) -> Result<(), CommandError> {
    for p in paths {
        let name = p.to_string_lossy();
        if name.chars().any(char::is_control) {
            let name = crate::data::model::text::shown(&name);
            return Err(CommandError::Usage(crate::tr!(
                "er-name-control",
                name = name
            )));
        }
    }
    Ok(())
}

/// The data source the flags and environment name: the directory, as it is or at `rev`.
pub fn source(data: Option<&Path>, rev: Option<&str>) -> DataSource {
    match (data, rev) {
        (Some(d), Some(rev)) => DataSource::Git {
            dir: d.to_path_buf(),
            rev: rev.to_string(),
        },
        (Some(d), None) => DataSource::Dir(d.to_path_buf()),
        (None, _) => DataSource::Embedded,
    }
}

/// A revision that cannot be read (no repository, no such revision, the directory not in it)
/// is a usage error, exit 2, before anything else is tried.
pub fn check_revision(source: &DataSource, rev: Option<&str>) -> Result<(), CommandError> {
    if rev.is_some() && *source == DataSource::Embedded {
        return Err(CommandError::Usage(crate::tr!("er-rev-dir")));
    }
    if let DataSource::Git { dir, rev } = source {
        crate::data::load::git_source::files_at(dir, rev)
            .map_err(|p| CommandError::Usage(p.to_string()))?;
    }
    Ok(())
}

/// Loads the store, or fails with every problem found.
pub fn load(source: &DataSource) -> Result<Store, CommandError> {
    Store::load(source).map_err(CommandError::Data)
}

/// Loads what an export writes: `--rows cases` reads the catalog and the register, keeping
/// the cases under the article filter; the other rows read the catalog and the snapshots,
/// keeping the figures of the metrics the filters name. Every file read is still validated.
pub fn load_for_export(
    source: &DataSource,
    args: &FilterArgs,
    rows: ExportRows,
) -> Result<Store, CommandError> {
    let choose = |catalog: &Catalog| match rows {
        ExportRows::Cases => Selection::cases(args.article.clone()),
        // An unknown metric keeps everything; the filter then reports it after the load.
        ExportRows::View | ExportRows::Totals | ExportRows::Figures => {
            Selection::figures(filters::metrics(catalog, args).ok())
        }
    };
    Store::load_selected(source, choose).map_err(CommandError::Data)
}

/// `check`: the report (or, with `gaps`, the missing months of each metric in that format);
/// exit 1 on file problems (and, with `strict`, on consistency warnings).
pub fn check(
    source: &DataSource,
    strict: bool,
    gaps: Option<(Format, &crate::cli::GapArgs)>,
) -> Outcome {
    let (store, problems) = Store::load_lenient(source);
    let warnings = crate::data::query::consistency::check(&store);
    let failed = !problems.is_empty() || strict && !warnings.is_empty();
    let stdout = match gaps {
        // Gaps of data that did not load would name months as missing that are only
        // unreadable: the problems come instead, on stderr.
        Some(_) if !problems.is_empty() => {
            return Err(CommandError::Data(crate::data::model::problem::Problems(
                problems,
            )));
        }
        Some((format, args)) => check::gaps_report(&store, format, check::window(&store, args)?),
        None => {
            let leftovers = crate::data::load::source::leftovers(source);
            check::report(&store, &problems, &warnings) + &check::leftovers_text(&leftovers)
        }
    };
    Ok(Done {
        stdout,
        code: if failed { EXIT_ERROR } else { 0 },
    })
}

/// Builds the view the filters describe; an unknown metric is a usage error.
pub fn view(store: &Store, args: &FilterArgs) -> Result<View, CommandError> {
    let filter = filters::resolve(store, args).map_err(|e| CommandError::Usage(e.to_string()))?;
    // A metric named with --metric that has no figures by article is not narrowed by
    // --article: said, instead of writing its national figures under the article's name.
    if let Some(a) = &filter.article {
        let national = args
            .metrics
            .iter()
            .find(|k| !crate::data::query::filter::has_articles(store, k));
        if let Some(key) = national {
            let key = crate::data::model::text::clean(key);
            let article = a.to_string();
            return Err(CommandError::Usage(crate::tr!(
                "er-national",
                key = key,
                article = article
            )));
        }
    }
    Ok(View::build(store, filter))
}

/// `summary`: the view as a table.
pub fn summary(store: &Store, args: &FilterArgs, format: Format, extras: Extras) -> Outcome {
    Ok(Done::ok(render(&view(store, args)?, format, extras)))
}

/// `export`: the view (or its figures, or the matching cases) as CSV, written atomically.
pub fn export(
    store: &Store,
    args: &FilterArgs,
    output: &Path,
    force: bool,
    (rows, totals): (ExportRows, bool),
) -> Outcome {
    let v = view(store, args)?;
    if rows == ExportRows::Figures && output != Path::new("-") {
        let written = in_lang(Lang::En, || export_figures(store, &v.filter, output, force));
        let n = written.map_err(|e| CommandError::Failed(e.to_string()))?;
        return Ok(Done::ok(wrote(output, &count_of(n, Counted::Figures))));
    }
    // The file is data for programs, the same in every language; the message is the reader's.
    let (bytes, n, counted) = in_lang(Lang::En, || export_bytes(store, &v, rows, totals));
    write_or_print(bytes, output, force, &count_of(n, counted))
}

/// Writes `bytes` to `output` atomically (refusing to replace a file without `force`) and
/// says so, or, for `-`, gives them to standard output as every command with `-o` does. Only
/// text goes to standard output: a PNG needs a file.
pub fn write_or_print(bytes: Vec<u8>, output: &Path, force: bool, what: &str) -> Outcome {
    if output == Path::new("-") {
        return String::from_utf8(bytes)
            .map(Done::ok)
            .map_err(|_| CommandError::Usage(crate::tr!("er-png-stdout")));
    }
    write_atomic(output, &bytes, force).map_err(|e| CommandError::Failed(e.to_string()))?;
    Ok(Done::ok(wrote(output, what)))
}

/// "wrote out.csv (66 rows)": what a command that writes a file says, in the reader's words.
pub(crate) fn wrote(path: &Path, what: &str) -> String {
    let path = path.display().to_string();
    format!("{}\n", crate::tr!("wrote-file", path = path, what = what))
}

/// The CSV an export writes, and how many rows of what it holds (for the message).
fn export_bytes(
    store: &Store,
    v: &View,
    rows: ExportRows,
    totals: bool,
) -> (Vec<u8>, usize, Counted) {
    match rows {
        ExportRows::View | ExportRows::Totals => {
            let which = match (rows, totals) {
                (ExportRows::Totals, _) => ViewRows::Totals,
                (_, true) => ViewRows::MonthsAndTotals,
                _ => ViewRows::Months,
            };
            let (bytes, n) = to_csv(v, which);
            (bytes, n, Counted::Rows)
        }
        ExportRows::Figures => {
            let (bytes, n) = figures_to_csv(store, &v.filter);
            (bytes, n, Counted::Figures)
        }
        ExportRows::Cases => {
            let filter = CaseFilter {
                range: v.filter.range,
                article: v.filter.article.clone(),
                event: None,
                name: None,
            };
            let cases = query_cases(store, &filter);
            (cases_to_csv(cases.iter()), cases.len(), Counted::Cases)
        }
    }
}

/// Prints a command's outcome (stdout, or the error on stderr) and gives its exit code. A
/// closed pipe (`| head`) is not an error.
pub fn finish(outcome: Outcome) -> ExitCode {
    match outcome {
        Ok(done) if !done.stdout.is_empty() && STDOUT_CLOSED.load(Ordering::Relaxed) => {
            // Rust's stdout ignores writes to a closed descriptor: ask the descriptor itself.
            eprintln!("repdash: cannot write output: standard output is closed");
            ExitCode::from(EXIT_ERROR)
        }
        Ok(done) => {
            let mut out = std::io::stdout().lock();
            // One cleaning for all printed text: a path, a config value or an error can carry
            // escape sequences as easily as data can.
            let text = crate::data::model::text::terminal_safe(&done.stdout);
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => ExitCode::from(done.code),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(done.code),
                Err(e) => {
                    eprintln!("repdash: cannot write output: {e}");
                    ExitCode::from(EXIT_ERROR)
                }
            }
        }
        Err(e) => {
            eprintln!("{}", crate::data::model::text::terminal_safe(&e.message()));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Whether standard output was closed when the process started (see [`note_closed_stdout`]).
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Called first in `main`: notes whether descriptor 1 was closed (`repdash summary >&-`), so
/// that `finish` fails instead of reporting success for output that went nowhere. Rust's
/// runtime has already put /dev/null, opened read-write, on a closed standard descriptor
/// (so no file opened later can become descriptor 1); a shell's `>/dev/null` opens it
/// write-only, which is how the two are told apart.
pub fn note_closed_stdout() {
    use rustix::fs::{FileType, OFlags, fcntl_getfl, fstat};
    let out = std::io::stdout();
    let (Ok(stat), Ok(flags)) = (fstat(&out), fcntl_getfl(&out)) else {
        STDOUT_CLOSED.store(true, Ordering::Relaxed);
        return;
    };
    let dev_null = FileType::from_raw_mode(stat.st_mode) == FileType::CharacterDevice
        && stat.st_rdev == rustix::fs::makedev(1, 3);
    let runtime_filled = flags & OFlags::ACCMODE == OFlags::RDWR;
    STDOUT_CLOSED.store(dev_null && runtime_filled, Ordering::Relaxed);
}
