//! The case register (`data/cases.csv`): individual documented events with the articles
//! charged. A sample of what monitors record, never a national total.

use super::csvfile;
use super::events::month_of_date;
use super::month::Month;
use super::problem::Problem;
use super::text::shown;

/// One documented event about one person.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    /// `YYYY-MM-DD` when known, else empty.
    pub date: String,
    /// The month of the event.
    pub month: Month,
    /// The person as the source spells the name.
    pub person: String,
    /// `detained`, `convicted`, `released`, `pardoned`, `expelled` ...
    pub event: String,
    /// Articles charged, base numbers; Administrative Code ones prefixed `adm:`.
    pub articles: Vec<String>,
    /// The same articles as indices into `Store::case_articles`, filled when the store is
    /// built, so filtering and counting a large register compares numbers, not strings.
    pub article_ids: Vec<u32>,
    /// Sentence (or term served) in months, when given; decimal where days were added
    /// ("a year and five days" is 12.2).
    pub sentence_months: Option<f64>,
    /// Court, when given.
    pub court: String,
    /// Where the event is documented.
    pub source_url: String,
    /// Short paraphrase.
    pub note: String,
}

/// Columns of cases.csv.
pub const CASES_HEADER: [&str; 9] = [
    "date",
    "month",
    "person",
    "event",
    "articles",
    "sentence_months",
    "court",
    "source_url",
    "note",
];

/// Parses cases.csv, reporting bad rows into `problems`.
pub fn parse_cases(name: &str, bytes: &[u8], problems: &mut Vec<Problem>) -> Vec<Case> {
    let records = csvfile::read_file(name, bytes, &CASES_HEADER, problems);
    let mut out = Vec::new();
    for rec in records {
        if let Some(case) = parse_case(name, &rec, problems) {
            out.push(case);
        }
    }
    out
}

fn parse_case(name: &str, rec: &csvfile::Record, problems: &mut Vec<Problem>) -> Option<Case> {
    let f = |i: usize| rec.fields.get(i).unwrap_or("").to_string();
    let before = problems.len();
    let mut bad =
        |field: &str, msg: String| problems.push(Problem::at(name, rec.line, Some(field), msg));
    let month = f(1)
        .parse::<Month>()
        .map_err(|e| bad("month", e.to_string()))
        .ok();
    if !f(0).is_empty() && month_of_date(&f(0)) != month {
        bad(
            "date",
            format!(
                "date \"{}\" is not a date in month {}",
                shown(&f(0)),
                shown(&f(1))
            ),
        );
    }
    let articles = parse_articles(&f(4), &mut bad);
    let sentence_months = parse_sentence(&f(5), &mut bad);
    if problems.len() > before {
        return None;
    }
    Some(Case {
        date: f(0),
        month: month?,
        person: f(2),
        event: f(3),
        articles,
        article_ids: Vec::new(),
        sentence_months,
        court: f(6),
        source_url: f(7),
        note: f(8),
    })
}

/// `342;361-1` into article numbers; an invalid one is reported.
fn parse_articles(text: &str, bad: &mut impl FnMut(&str, String)) -> Vec<String> {
    let articles: Vec<String> = text
        .split(';')
        .filter(|a| !a.is_empty())
        .map(str::to_string)
        .collect();
    if let Some(a) = articles
        .iter()
        .find(|a| !super::snapshot::article_is_valid(a))
    {
        bad(
            "articles",
            format!("article \"{}\" is not an article number", shown(a)),
        );
    }
    articles
}

/// An empty sentence is unknown; anything else must be a number of months.
fn parse_sentence(text: &str, bad: &mut impl FnMut(&str, String)) -> Option<f64> {
    if text.is_empty() {
        return None;
    }
    let parsed = csvfile::parse_value(text);
    if parsed.is_none() {
        bad(
            "sentence_months",
            format!("sentence_months \"{}\" is not a number", shown(text)),
        );
    }
    parsed
}
