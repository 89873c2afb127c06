//! The case register as `repdash cases` prints it: one line per documented case (text), a
//! Markdown table, or JSON; the CSV is the export's (`csv::export::cases_to_csv`). Every text
//! cell is cleaned, and the heading says what was searched and what lies outside the range.

use std::fmt::Write as _;

use crate::data::load::cases::Case;
use crate::data::model::figure::format_plain;
use crate::data::model::period::period_text;
use crate::data::model::text::{Counted, clean, count_of};
use crate::data::model::width::pad;
use crate::data::query::case_query::{CaseFilter, CaseView};

/// What was asked and what was found, for the heading of every format.
pub struct CaseListing<'a> {
    /// The search (range, article, person).
    pub filter: &'a CaseFilter,
    /// The matching cases.
    pub cases: &'a CaseView,
    /// With a person search over part of the data: the matches in all years.
    pub all_years: Option<usize>,
}

impl CaseListing<'_> {
    /// "5 cases of "kulsha" in 2024 (article 411) · 7 in all years (drop --from/--to)".
    pub fn heading(&self) -> String {
        let f = self.filter;
        let mut out = count_of(self.cases.len(), Counted::DocumentedCases);
        if let Some(name) = &f.name {
            let _ = write!(
                out,
                " {}",
                crate::tr!("cases-of-person", name = clean(name))
            );
        }
        let _ = write!(
            out,
            " {}",
            crate::tr!("cases-in", period = period_text(f.range))
        );
        if let Some(a) = &f.article {
            let _ = write!(
                out,
                " {}",
                crate::tr!("cases-article", article = a.to_string())
            );
        }
        if let Some(all) = self.all_years.filter(|&n| n > self.cases.len()) {
            let n = all.to_string();
            let _ = write!(out, " · {}", crate::tr!("cases-all-years", n = n));
        }
        out
    }

    /// Aligned lines under the heading, with the note that the register is a sample.
    pub fn text(&self) -> String {
        let mut out = format!("{}\n", self.heading());
        let person = self.cases.iter().map(|c| width_of(&c.person)).max();
        for c in self.cases.iter() {
            let [date, who, event, arts, sentence, note, url] = cells(c);
            let who = pad(&who, person.unwrap_or(0), true);
            let line =
                format!("{date:<10}  {who}  {event:<17}  {arts:<12}  {sentence:>6}  {note}  {url}");
            let _ = writeln!(out, "{}", line.trim_end());
        }
        out.push_str(&sample());
        out
    }

    /// A Markdown table under the heading; pipes in cells escaped.
    pub fn md(&self) -> String {
        let mut out = format!("{}\n\n", self.heading());
        let _ = writeln!(out, "{}", crate::tr!("cases-head-row"));
        out.push_str("|---|---|---|---|---:|---|---|\n");
        for c in self.cases.iter() {
            let row: Vec<String> = cells(c).iter().map(|t| t.replace('|', "\\|")).collect();
            let _ = writeln!(out, "| {} |", row.join(" | "));
        }
        out.push('\n');
        out.push_str(&sample());
        out
    }

    /// The schema's JSON: the search, the count, the count in all years and every case.
    pub fn json(&self) -> String {
        let f = self.filter;
        let list: Vec<serde_json::Value> = self.cases.iter().map(case_json).collect();
        let doc = serde_json::json!({
            "schema": crate::data::output::json_values::SCHEMA,
            "kind": "cases",
            "range": {"from": f.range.from().to_string(), "to": f.range.to().to_string()},
            "person": f.name.as_deref().map(clean),
            "article": f.article.as_ref().map(ToString::to_string),
            "count": self.cases.len(),
            "count_all_years": self.all_years,
            "cases": list,
        });
        serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
    }
}

/// The register is a sample of documented cases, never a national total: said under every
/// listing, as the brief says it.
fn sample() -> String {
    format!("{}\n", crate::tr!("cases-sample"))
}

fn width_of(text: &str) -> usize {
    crate::data::model::width::display_width(&clean(text))
}

/// Date (or month), person, event, articles, sentence in months, note, source: cleaned.
fn cells(c: &Case) -> [String; 7] {
    let date = if c.date.is_empty() {
        c.month.to_string()
    } else {
        clean(&c.date)
    };
    let sentence = c
        .sentence_months
        .map(|m| crate::tr!("cases-months", n = format_plain(m)))
        .unwrap_or_default();
    [
        date,
        clean(&c.person),
        clean(&crate::data::model::case_events::event_here(&c.event)),
        clean(&c.articles.join(";")),
        sentence,
        clean(&c.note),
        clean(&c.source_url),
    ]
}

fn case_json(c: &Case) -> serde_json::Value {
    serde_json::json!({
        "date": (!c.date.is_empty()).then(|| clean(&c.date)),
        "month": c.month.to_string(),
        "person": clean(&c.person),
        "event": clean(&c.event),
        "articles": c.articles.iter().map(|a| clean(a)).collect::<Vec<_>>(),
        "sentence_months": c.sentence_months,
        "court": (!c.court.is_empty()).then(|| clean(&c.court)),
        "source_url": clean(&c.source_url),
        "note": clean(&c.note),
    })
}
