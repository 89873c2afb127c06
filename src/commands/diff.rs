//! `repdash diff OLD NEW`: two versions of the data compared on the parsed model. A version is
//! `embedded` or a data directory. Exit 0 when they hold the same data, 1 when they differ,
//! 2 when one cannot be read, as diff(1) does: a version that does not load is an error,
//! never "no differences".

use super::{CommandError, Done, Outcome};
use crate::app::tab::DashTab;
use crate::data::load::source::DataSource;
use crate::data::load::store::Store;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::text::shown;
use crate::data::output::daff::DiffFormat;
use crate::data::output::diff as out;
use crate::data::query::diff::{DiffScope, diff as compare};

/// The version a word names: `embedded`, a directory, or `DIR@REV` (a directory at a git
/// revision; a directory whose own name holds `@` is still read as a directory).
pub fn version(word: &str) -> DataSource {
    if word == "embedded" {
        return DataSource::Embedded;
    }
    match word.rsplit_once('@') {
        Some((dir, rev))
            if !dir.is_empty() && !rev.is_empty() && !std::path::Path::new(word).is_dir() =>
        {
            DataSource::Git {
                dir: dir.into(),
                rev: rev.to_string(),
            }
        }
        _ => DataSource::Dir(word.into()),
    }
}

fn load(word: &str) -> Result<Store, CommandError> {
    Store::load(&version(word)).map_err(|problems| {
        let first = problems
            .0
            .first()
            .map(ToString::to_string)
            .unwrap_or_default();
        let (version, n) = (shown(word), problems.0.len().to_string());
        CommandError::Usage(crate::tr!(
            "er-version",
            version = version,
            n = n,
            first = first
        ))
    })
}

/// Compares `old` with `new` over `metrics` (else the tab's, else all) and the months between
/// `from` and `to` (each open when not given), in `format`.
pub fn diff(
    (old, new): (&str, &str),
    (metrics, tab): (&[String], Option<DashTab>),
    (from, to): (Option<Month>, Option<Month>),
    format: DiffFormat,
) -> Outcome {
    let (a, b) = (load(old)?, load(new)?);
    // An open end is the first or last month a data file may hold.
    let range = match (from, to) {
        (None, None) => None,
        (f, t) => {
            let lo = f.or(Month::new(1900, 1));
            let hi = t.or(Month::new(2199, 12));
            lo.zip(hi).map(|(lo, hi)| MonthRange::new(lo, hi))
        }
    };
    let metrics = match tab {
        Some(t) if metrics.is_empty() => t.metrics(&b.catalog),
        _ => metrics.to_vec(),
    };
    let scope = DiffScope { metrics, range };
    let d = compare(&a, &b, &scope);
    let names = (old, new);
    let stdout = match format {
        DiffFormat::Text => crate::data::output::diff_text::text(&d, names),
        DiffFormat::Csv => out::csv(&d),
        DiffFormat::Md => crate::data::output::diff_text::md(&d, names),
        DiffFormat::Json => out::json(&d, names),
        DiffFormat::Daff => crate::data::output::daff::daff(&d),
    };
    Ok(Done {
        stdout,
        code: u8::from(!d.is_empty()),
    })
}
