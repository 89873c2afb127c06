//! One month snapshot file (`data/snapshots/YYYY-MM.csv`) into typed figures.

use crate::data::load::csvfile::{self, Record};
use crate::data::load::duplicates::{At, Duplicates};
use crate::data::load::row::Row;
use crate::data::load::snapshot_fields::{
    KnownMetric, check_article, check_as_of, check_metric, check_source,
};
use crate::data::model::catalog::Catalog;
use crate::data::model::columns::{AS_OF, SNAPSHOT_HEADER_V1, SNAPSHOT_HEADERS};
use crate::data::model::figure::Figure;
use crate::data::model::intern::Interner;
use crate::data::model::month::Month;
use crate::data::model::problem::Problem;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::shown;

/// A row in the current layout: rows of the older layout get an empty `as_of`. The reader
/// checked every row against its file's header, so the width says which layout it is.
pub fn current_layout<'r, 't>(fields: &'r Row<'t>) -> std::borrow::Cow<'r, Row<'t>> {
    if fields.len() != SNAPSHOT_HEADER_V1.len() {
        return std::borrow::Cow::Borrowed(fields);
    }
    let mut row = fields.clone();
    row.insert_empty(AS_OF);
    std::borrow::Cow::Owned(row)
}

/// The month a snapshot file is about, from its name (`2024-01.csv`).
pub fn month_of_file(file_name: &str) -> Result<Month, Problem> {
    let stem = file_name
        .strip_suffix(".csv")
        .ok_or_else(|| Problem::file(file_name, crate::tr!("pr-snapshot-name")))?;
    stem.parse::<Month>()
        .map_err(|_| Problem::file(file_name, crate::tr!("pr-snapshot-month")))
}

/// Parses a month's snapshot; valid rows are returned, every bad one is added to `problems`.
pub fn parse_snapshot(
    name: &str,
    month: Month,
    bytes: &[u8],
    catalog: Option<&Catalog>,
    problems: &mut Vec<Problem>,
) -> Vec<Figure> {
    let rules = Rules {
        name,
        month,
        catalog,
    };
    parse_snapshot_with(&rules, bytes, &|_| true, &mut Interner::default(), problems)
}

/// What a row is checked against: the file it is in, its month, the metric catalog.
pub struct Rules<'a> {
    /// The file as shown in messages.
    pub name: &'a str,
    /// The month the file is about.
    pub month: Month,
    /// Known metrics; `None` skips the metric check (the catalog itself is broken).
    pub catalog: Option<&'a Catalog>,
}

/// [`parse_snapshot`] sharing texts through `interner` across files, and keeping only the
/// figures whose metric `keep` accepts. Every row is validated, kept or not, so the problems
/// are the same whatever is kept.
pub fn parse_snapshot_with(
    rules: &Rules,
    bytes: &[u8],
    keep: &dyn Fn(&str) -> bool,
    interner: &mut Interner,
    problems: &mut Vec<Problem>,
) -> Vec<Figure> {
    let name = rules.name;
    let Some(text) = csvfile::decode_or_report(name, bytes, problems) else {
        return Vec::new();
    };
    let (mut dups, mut known) = (Duplicates::for_bytes(text.len()), KnownMetric::default());
    let mut figures: Vec<Figure> = Vec::new();
    let mut rows = 0usize;
    let readable = csvfile::for_each_record_of(
        name,
        text,
        &SNAPSHOT_HEADERS,
        problems,
        |line, fields, problems| {
            let at = At { record: rows, line };
            rows += 1;
            let fields = &*current_layout(fields);
            let Some(valid) = validate(rules, line, (fields, &mut known), problems) else {
                return;
            };
            let kept = keep(valid.metric);
            let f = kept.then(|| valid.into_figure(rules.month, interner));
            if dups.is_repeat(at, fields, (f.as_ref(), &figures), (name, problems)) {
                return;
            }
            figures.extend(f);
        },
    );
    if readable.is_some() && rows == 0 {
        problems.push(Problem::file(name, crate::tr!("pr-no-figures")));
    }
    dups.confirm_unkept(name, text, problems);
    figures
}

/// A row that passed every check, its fields still borrowed from the file.
struct ValidRow<'r> {
    metric: &'r str,
    value: f64,
    qualifier: Qualifier,
    fields: &'r Row<'r>,
}

impl ValidRow<'_> {
    /// The figure, its texts shared through `interner`.
    fn into_figure(self, month: Month, interner: &mut Interner) -> Figure {
        let mut f = |i: usize| interner.get_in(i, self.fields.get(i).unwrap_or(""));
        Figure {
            month,
            metric: f(0),
            article: f(1),
            value: self.value,
            qualifier: self.qualifier,
            as_of: f(AS_OF),
            end_distance: end_distance(month, self.fields.get(AS_OF).unwrap_or("")),
            source_url: f(5),
            source_title: f(6),
            published: f(7),
            note: f(8),
        }
    }
}

/// Days from the month's last day, as [`crate::data::model::figure::Figure::end_distance`]
/// holds them (an as-of day is at most 31 days outside its month, so this fits).
pub fn end_distance(month: Month, as_of: &str) -> u16 {
    let days = crate::data::model::fields::days_from_month_end(month, as_of);
    u16::try_from(days).unwrap_or(u16::MAX)
}

/// Validates one record with the snapshot columns into a figure; problems name file and line.
pub fn parse_row(
    name: &str,
    month: Month,
    rec: &Record,
    catalog: Option<&Catalog>,
    problems: &mut Vec<Problem>,
) -> Option<Figure> {
    let rules = Rules {
        name,
        month,
        catalog,
    };
    let row = Row::from_record(&rec.fields);
    let known = &mut KnownMetric::default();
    validate(&rules, rec.line, (&current_layout(&row), known), problems)
        .map(|v| v.into_figure(month, &mut Interner::default()))
}

/// Checks every field of a row (the header was checked to be [`SNAPSHOT_HEADER`], in order).
fn validate<'r>(
    rules: &Rules,
    line: u64,
    (fields, known): (&'r Row<'r>, &mut KnownMetric),
    problems: &mut Vec<Problem>,
) -> Option<ValidRow<'r>> {
    let field = |i: usize| fields.get(i).unwrap_or("");
    let (metric, raw_value) = (field(0), field(2));
    let before = problems.len();
    let mut bad = |column: &str, msg: String| {
        problems.push(Problem::at(rules.name, line, Some(column), msg));
    };
    check_metric(rules.catalog, (metric, known), &mut bad);
    check_article(field(1), &mut bad);
    let value = crate::data::model::fields::parse_value(raw_value);
    if value.is_none() {
        bad("value", crate::tr!("pr-value", value = shown(raw_value)));
    }
    let qualifier = field(3)
        .parse()
        .map_err(|e| bad("qualifier", format!("{e}")))
        .ok();
    check_as_of(rules.month, field(AS_OF), &mut bad);
    check_source(field(5), field(7), &mut bad);
    if problems.len() > before {
        return None;
    }
    Some(ValidRow {
        metric,
        value: value?,
        qualifier: qualifier?,
        fields,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The metric check remembers the last known key only: an unknown key is reported on
    /// every row it is on, between known ones too.
    #[test]
    fn every_unknown_metric_row_is_reported() {
        let metrics = crate::data::load::source::embedded_contents()
            .find(|(name, _)| name.ends_with("metrics.csv"))
            .map(|(_, bytes)| bytes)
            .unwrap();
        let catalog = Catalog::parse("metrics.csv", metrics, &mut Vec::new());
        let keys = [
            "political_prisoners",
            "nope",
            "political_prisoners",
            "nope",
            "nope",
        ];
        let rows: Vec<String> = (0..)
            .zip(keys)
            .map(|(i, m)| format!("{m},,5,exact,https://a/{i},T,,n\n"))
            .collect();
        let text = format!("{}\n{}", SNAPSHOT_HEADER_V1.join(","), rows.concat());
        let mut problems = Vec::new();
        let month = Month::new(2024, 2).unwrap();
        let kept = parse_snapshot(
            "f.csv",
            month,
            text.as_bytes(),
            Some(&catalog),
            &mut problems,
        );
        let lines: Vec<Option<u64>> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [Some(3), Some(5), Some(6)], "{problems:?}");
        assert_eq!(kept.len(), 2);
    }
}
