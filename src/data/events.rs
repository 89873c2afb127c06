//! Dated context for charts (`data/events.csv`): elections, list starts, pardons, releases,
//! and the definition breaks that make a drop in a series something other than a real fall.

use super::csvfile;
use super::month::Month;
use super::problem::Problem;

/// One dated event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// `YYYY-MM-DD`, or `YYYY-MM` when only the month is known.
    pub date: String,
    /// The month the event falls in, for placing it on a month axis.
    pub month: Month,
    /// `election`, `list`, `pardon`, `release` or `definition_break`.
    pub kind: String,
    /// What happened, in a few words.
    pub label: String,
    /// Where it is documented (may be empty for well-known dates such as elections).
    pub source_url: String,
}

/// Columns of events.csv.
pub const EVENTS_HEADER: [&str; 4] = ["date", "kind", "label", "source_url"];

/// Parses events.csv, reporting bad rows into `problems`.
pub fn parse_events(name: &str, bytes: &[u8], problems: &mut Vec<Problem>) -> Vec<Event> {
    let records = csvfile::read_file(name, bytes, &EVENTS_HEADER, problems);
    let mut out = Vec::new();
    for rec in records {
        let f = |i: usize| rec.fields.get(i).unwrap_or("").to_string();
        let Some(month) = month_of_date(&f(0)) else {
            let msg = format!(
                "date \"{}\" is not YYYY-MM-DD or YYYY-MM",
                super::text::shown(&f(0))
            );
            problems.push(Problem::at(name, rec.line, Some("date"), msg));
            continue;
        };
        out.push(Event {
            date: f(0),
            month,
            kind: f(1),
            label: f(2),
            source_url: f(3),
        });
    }
    out.sort_by(|a, b| a.date.cmp(&b.date));
    out
}

/// The month of `YYYY-MM-DD` (a real date) or `YYYY-MM`.
pub fn month_of_date(date: &str) -> Option<Month> {
    if date.len() == 10 {
        chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
        return date[..7].parse().ok();
    }
    date.parse().ok()
}
