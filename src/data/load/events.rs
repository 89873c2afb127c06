//! Dated context for charts (`data/events.csv`): elections, list starts, pardons, releases,
//! and the definition breaks that make a drop in a series something other than a real fall.

use crate::data::load::csvfile;
use crate::data::model::month::Month;
use crate::data::model::problem::Problem;

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
                crate::data::model::text::shown(&f(0))
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

/// Whether `text` is exactly `YYYY-MM-DD` and a real calendar date (2024-02-30 is not).
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().unwrap_or(0);
    chrono::NaiveDate::from_ymd_opt(num(0..4) as i32, num(5..7), num(8..10)).is_some()
}

/// How many days `date` (`YYYY-MM-DD`) lies before the first or after the last day of
/// `month` (0 inside it); `None` when it is not a real date.
pub fn days_outside(month: Month, date: &str) -> Option<i64> {
    if !is_date(date) {
        return None;
    }
    let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let first = chrono::NaiveDate::from_ymd_opt(month.year() as i32, month.month(), 1)?;
    let next = month.offset(1)?;
    let after = chrono::NaiveDate::from_ymd_opt(next.year() as i32, next.month(), 1)?;
    let last = after.pred_opt()?;
    Some(if day < first {
        (first - day).num_days()
    } else if day > last {
        (day - last).num_days()
    } else {
        0
    })
}

/// The month of `YYYY-MM-DD` (a real date) or `YYYY-MM`.
pub fn month_of_date(date: &str) -> Option<Month> {
    if date.len() == 10 {
        if !is_date(date) {
            return None;
        }
        return date[..7].parse().ok();
    }
    date.parse().ok()
}
