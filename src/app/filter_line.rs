//! The typed filter line: `2023-01..2024-06`, `2024-03`, `2024`, `2024-Q1`, `2023..2024`,
//! `art:411`, `art:361*`, `name:kulsha` (a person in the case register), combined with
//! spaces; `art:` alone clears the article, `all` resets the range.

use crate::data::model::month::MonthRange;
use crate::data::model::pattern::ArticlePattern;

/// What a filter line asks for; `None` fields are left as they are.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FilterSpec {
    /// A new month range.
    pub range: Option<MonthRange>,
    /// Reset the range to all months.
    pub all: bool,
    /// A new article filter: `Some(None)` clears it.
    pub article: Option<Option<ArticlePattern>>,
    /// A person to search the case register for: `Some(None)` clears it.
    pub name: Option<Option<String>>,
}

/// Parses a filter line; the error names the token that was not understood.
pub fn parse(line: &str) -> Result<FilterSpec, String> {
    let mut spec = FilterSpec::default();
    for token in line.split_whitespace() {
        if let Some(a) = token
            .strip_prefix("art:")
            .or_else(|| token.strip_prefix("article:"))
        {
            spec.article = Some(if a.is_empty() {
                None
            } else {
                Some(a.parse().map_err(|e| format!("{e}"))?)
            });
        } else if let Some(n) = token.strip_prefix("name:") {
            let n = crate::data::model::text::clean(n);
            spec.name = Some((!n.is_empty()).then_some(n));
        } else if token == "all" {
            spec.all = true;
        } else {
            let t = token.strip_prefix("month:").unwrap_or(token);
            let range = t.parse::<MonthRange>().map_err(|_| {
                let shown = crate::data::model::text::clean(token);
                format!("\"{shown}\" is not understood (try 2024, 2024-Q1, 2023..2024, 2024-03, art:411, art:361*)")
            })?;
            spec.range = Some(range);
        }
    }
    Ok(spec)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_combined_filters() {
        let s = parse("2023-01..2024-06 art:361*").unwrap();
        assert_eq!(s.range.unwrap().to_string(), "2023-01..2024-06");
        assert_eq!(s.article.unwrap().unwrap().to_string(), "361*");
        let s = parse("2024-03").unwrap();
        assert_eq!(s.range.unwrap().len(), 1);
        assert_eq!(parse("art:").unwrap().article, Some(None));
        assert!(parse("all").unwrap().all);
        assert!(parse("2024-13").is_err());
        assert!(parse("art:4 11").is_err());
        assert!(parse("").unwrap() == FilterSpec::default());
    }
}
