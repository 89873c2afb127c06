//! The article glossary (`data/articles.csv`): short names for Criminal and Administrative Code
//! articles, so a monitor sees "342 Group actions grossly breaching public order", not "342".

use crate::data::load::csvfile;
use crate::data::model::columns::ARTICLES_HEADER;
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
}

/// Parses articles.csv, reporting bad rows into `problems`.
pub fn parse_articles(name: &str, bytes: &[u8], problems: &mut Vec<Problem>) -> Vec<Article> {
    let records = csvfile::read_file(name, bytes, &ARTICLES_HEADER, problems);
    let mut out = Vec::new();
    for rec in records {
        let f = |i: usize| rec.fields.get(i).unwrap_or("").to_string();
        if f(0) != "criminal" && f(0) != "administrative" {
            let msg = format!(
                "code \"{}\" is not criminal or administrative",
                crate::data::model::text::shown(&f(0))
            );
            problems.push(Problem::at(name, rec.line, Some("code"), msg));
            continue;
        }
        if f(1).is_empty() || !crate::data::model::fields::article_is_valid(&f(1)) {
            let msg = format!(
                "article \"{}\" is not an article number",
                crate::data::model::text::shown(&f(1))
            );
            problems.push(Problem::at(name, rec.line, Some("article"), msg));
            continue;
        }
        out.push(Article {
            code: f(0),
            article: f(1),
            short_name: f(2),
            name_source_url: f(3),
        });
    }
    out
}
