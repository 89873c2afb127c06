//! The article glossary (`data/articles.csv`): short names for Criminal and Administrative Code
//! articles, so a monitor sees "342 Group actions grossly breaching public order", not "342".

use crate::data::load::csvfile;
use crate::data::model::columns::{ARTICLES_HEADER, ARTICLES_HEADER_V1};
use crate::data::model::problem::Problem;

/// One article of the glossary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// `criminal` or `administrative`.
    pub code: String,
    /// The article number as the code numbers it (`361-1`, `24.23`).
    pub article: String,
    /// Short English name.
    pub short_name: String,
    /// Where the name was taken from.
    pub name_source_url: String,
    /// The short name in Belarusian and in Russian (empty: not translated).
    pub names: [String; 2],
}

impl Article {
    /// The short name in this thread's language, English where it has none: what a screen
    /// or a report shows beside the number.
    pub fn name_here(&self) -> &str {
        use crate::data::model::lang::{Lang, current};
        let local = match current() {
            Lang::En => None,
            Lang::Be => Some(&self.names[0]),
            Lang::Ru => Some(&self.names[1]),
        };
        local.filter(|n| !n.is_empty()).unwrap_or(&self.short_name)
    }
}

/// Parses articles.csv (either layout), reporting bad rows into `problems`.
pub fn parse_articles(name: &str, bytes: &[u8], problems: &mut Vec<Problem>) -> Vec<Article> {
    let mut out = Vec::new();
    let Some(text) = csvfile::decode_or_report(name, bytes, problems) else {
        return out;
    };
    let headers: [&[&str]; 2] = [&ARTICLES_HEADER, &ARTICLES_HEADER_V1];
    csvfile::for_each_record_of(name, text, &headers, problems, |line, fields, problems| {
        out.extend(parse_article(name, line, fields, problems));
    });
    out
}

/// One row of the glossary, or `None` with a problem when its code or number is wrong.
fn parse_article(
    name: &str,
    line: u64,
    fields: &crate::data::load::row::Row<'_>,
    problems: &mut Vec<Problem>,
) -> Option<Article> {
    let f = |i: usize| fields.get(i).unwrap_or("").to_string();
    if f(0) != "criminal" && f(0) != "administrative" {
        let msg = crate::tr!("pr-code", value = crate::data::model::text::shown(&f(0)));
        problems.push(Problem::at(name, line, Some("code"), msg));
        return None;
    }
    if f(1).is_empty() || !crate::data::model::fields::article_is_valid(&f(1)) {
        let msg = crate::tr!(
            "pr-article",
            article = crate::data::model::text::shown(&f(1))
        );
        problems.push(Problem::at(name, line, Some("article"), msg));
        return None;
    }
    Some(Article {
        code: f(0),
        article: f(1),
        short_name: f(2),
        name_source_url: f(3),
        names: [f(4), f(5)],
    })
}
