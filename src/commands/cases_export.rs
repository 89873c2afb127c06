//! `export --rows cases`: the register streamed to the file, never held (a 200 MB register
//! held as cases and CSV took 825 MiB). The catalog is validated as every export does; every
//! register row is validated before a byte is written.

use std::path::Path;

use super::{CommandError, Done, Outcome};
use crate::cli::FilterArgs;
use crate::data::load::selection::Selection;
use crate::data::load::source::DataSource;
use crate::data::load::store::Store;
use crate::data::model::lang::{Lang, with as in_lang};
use crate::data::model::month::Month;
use crate::data::model::problem::Problems;
use crate::data::model::text::{Counted, count_of};
use crate::data::output::csv::cases_stream::{StreamError, export_cases};

/// Writes the cases under the article filter and in the range (`--month`, or `--from`/`--to`,
/// each open when not given) to `output`, or to standard output for `-`.
pub fn export(source: &DataSource, args: &FilterArgs, output: &Path, force: bool) -> Outcome {
    Store::load_selected(source, |_| Selection::catalog_only()).map_err(CommandError::Data)?;
    let (files, problems) = source.read();
    if !problems.is_empty() {
        return Err(CommandError::Data(Problems(problems)));
    }
    let register = files.iter().find(|f| f.rel == "cases.csv");
    let (from, to) = match args.month {
        Some(m) => (Some(m), Some(m)),
        None => match (args.from, args.to) {
            (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
            ends => ends,
        },
    };
    let in_range = move |m: Month| from.is_none_or(|a| m >= a) && to.is_none_or(|b| m <= b);
    // The same article rule as a load that keeps one article's cases.
    let selection = Selection::cases(args.article.clone());
    let keep = move |m: Month, articles: &str| in_range(m) && selection.keeps_case(articles);
    // The CSV is data for programs, the same in every language; the message is the reader's.
    let exported = in_lang(Lang::En, || export_cases(register, &keep, output, force));
    match exported {
        Ok(_) if output == Path::new("-") => Ok(Done::ok("")),
        Ok(n) => Ok(Done::ok(super::wrote(output, &count_of(n, Counted::Cases)))),
        Err(StreamError::Data(problems)) => Err(CommandError::Data(Problems(problems))),
        // `| head`: the reader stopped; nothing to say, as command-line tools do.
        Err(StreamError::Write(crate::data::output::csv::atomic::ExportError::Io {
            source,
            ..
        })) if source.kind() == std::io::ErrorKind::BrokenPipe => Ok(Done::ok("")),
        Err(StreamError::Write(e)) => Err(CommandError::Failed(e.to_string())),
    }
}
