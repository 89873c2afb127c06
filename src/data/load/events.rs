//! Dated context for charts (`data/events.csv`): elections, list starts, pardons, releases,
//! and the definition breaks that make a drop in a series something other than a real fall.

use crate::data::load::csvfile;
use crate::data::model::columns::{EVENTS_HEADER, EVENTS_HEADER_V1};
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
    /// The label in Belarusian and in Russian (empty: not translated).
    pub labels: [String; 2],
}

impl Event {
    /// The label in this thread's language, English where it has none: what a chart, a
    /// popup or a report shows.
    pub fn label_here(&self) -> &str {
        use crate::data::model::lang::{Lang, current};
        let local = match current() {
            Lang::En => None,
            Lang::Be => Some(&self.labels[0]),
            Lang::Ru => Some(&self.labels[1]),
        };
        local.filter(|l| !l.is_empty()).unwrap_or(&self.label)
    }

    /// The kind in words of this thread's language; a kind the catalogue does not know is
    /// shown as written.
    pub fn kind_here(&self) -> String {
        let id = match self.kind.as_str() {
            "election" => "ev-kind-election",
            "list" => "ev-kind-list",
            "pardon" => "ev-kind-pardon",
            "release" => "ev-kind-release",
            "definition_break" => "ev-kind-definition-break",
            _ => return self.kind.clone(),
        };
        crate::data::model::i18n::text(id)
    }

    /// Elections, pardons and releases change the prisoners' count itself: a legend with
    /// room for only some events lists these first.
    pub fn is_headline(&self) -> bool {
        matches!(self.kind.as_str(), "election" | "pardon" | "release")
    }
}

/// Parses events.csv (either layout), reporting bad rows into `problems`.
pub fn parse_events(name: &str, bytes: &[u8], problems: &mut Vec<Problem>) -> Vec<Event> {
    let mut out = Vec::new();
    let Some(text) = csvfile::decode_or_report(name, bytes, problems) else {
        return out;
    };
    let headers: [&[&str]; 2] = [&EVENTS_HEADER, &EVENTS_HEADER_V1];
    csvfile::for_each_record_of(name, text, &headers, problems, |line, fields, problems| {
        out.extend(parse_event(name, line, fields, problems));
    });
    out.sort_by(|a, b| a.date.cmp(&b.date));
    out
}

/// One row of events.csv, or `None` with a problem when its date is not a date.
fn parse_event(
    name: &str,
    line: u64,
    fields: &crate::data::load::row::Row<'_>,
    problems: &mut Vec<Problem>,
) -> Option<Event> {
    let f = |i: usize| fields.get(i).unwrap_or("").to_string();
    let Some(month) = crate::data::model::fields::month_of_date(&f(0)) else {
        let msg = crate::tr!(
            "pr-event-date",
            value = crate::data::model::text::shown(&f(0))
        );
        problems.push(Problem::at(name, line, Some("date"), msg));
        return None;
    };
    Some(Event {
        date: f(0),
        month,
        kind: f(1),
        label: f(2),
        source_url: f(3),
        labels: [f(4), f(5)],
    })
}
