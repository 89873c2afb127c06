//! Dated context for charts (`data/events.csv`): elections, list starts, pardons, releases,
//! and the definition breaks that make a drop in a series something other than a real fall.

use crate::data::load::csvfile;
use crate::data::model::columns::EVENTS_HEADER;
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

impl Event {
    /// Elections, pardons and releases change the prisoners' count itself: a legend with
    /// room for only some events lists these first.
    pub fn is_headline(&self) -> bool {
        matches!(self.kind.as_str(), "election" | "pardon" | "release")
    }
}

/// Parses events.csv, reporting bad rows into `problems`.
pub fn parse_events(name: &str, bytes: &[u8], problems: &mut Vec<Problem>) -> Vec<Event> {
    let records = csvfile::read_file(name, bytes, &EVENTS_HEADER, problems);
    let mut out = Vec::new();
    for rec in records {
        let f = |i: usize| rec.fields.get(i).unwrap_or("").to_string();
        let Some(month) = crate::data::model::fields::month_of_date(&f(0)) else {
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
