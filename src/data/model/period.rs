//! Periods as people write them (`2024`, `2024-Q1`, `2024-03`, `2023..2024`): one parser for
//! the filter line, the command line and the config file, and the same words back for labels.

use std::str::FromStr;

use crate::data::model::month::{BadMonth, Month, MonthRange};

impl FromStr for MonthRange {
    type Err = BadMonth;

    /// Parses a month, a year or a quarter, or a range of them (`2023-01..2024-06`, `2024`,
    /// `2024-Q1`, `2023..2024`): one parser, so the filter line, the command line and the
    /// config file accept the same words.
    fn from_str(s: &str) -> Result<MonthRange, BadMonth> {
        parse_period(s)
    }
}

/// The months of one period: a month, a year or a quarter.
fn one_period(s: &str) -> Result<MonthRange, BadMonth> {
    let s = s.trim();
    let bad = || BadMonth(s.to_string());
    let year = |y: &str| -> Result<u32, BadMonth> {
        let all_digits = y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit());
        all_digits.then(|| y.parse().ok()).flatten().ok_or_else(bad)
    };
    if s.len() == 4 {
        let y = year(s)?;
        return span(Month::new(y, 1), Month::new(y, 12)).ok_or_else(bad);
    }
    if let Some((y, q)) = s.split_once("-Q").or_else(|| s.split_once("-q")) {
        let (y, q) = (year(y)?, q.parse::<u32>().map_err(|_| bad())?);
        if !(1..=4).contains(&q) {
            return Err(bad());
        }
        return span(Month::new(y, q * 3 - 2), Month::new(y, q * 3)).ok_or_else(bad);
    }
    Ok(MonthRange::single(s.parse()?))
}

fn span(a: Option<Month>, b: Option<Month>) -> Option<MonthRange> {
    Some(MonthRange::new(a?, b?))
}

/// `2024` is 2024-01..2024-12, `2024-Q1` 2024-01..2024-03, `a..b` from the start of `a` to
/// the end of `b`.
pub fn parse_period(s: &str) -> Result<MonthRange, BadMonth> {
    match s.split_once("..") {
        Some((a, b)) => {
            let (a, b) = (one_period(a)?, one_period(b)?);
            Ok(MonthRange::new(a.from().min(b.from()), a.to().max(b.to())))
        }
        None => one_period(s),
    }
}

/// The range in the words the filter line takes: `2024` for a whole year, `2024-Q1` for a
/// quarter, else `2024-03` or `2023-01..2024-06`, so a message names a period as it was typed.
pub fn period_text(r: MonthRange) -> String {
    let (a, b) = (r.from(), r.to());
    let same_year = a.year() == b.year();
    match (a.month(), b.month()) {
        (1, 12) if same_year => format!("{}", a.year()),
        (m, n) if same_year && m % 3 == 1 && n == m + 2 => format!("{}-Q{}", a.year(), m / 3 + 1),
        _ => r.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> String {
        parse_period(s).map_or_else(|e| format!("bad {}", e.0), |r| r.to_string())
    }

    #[test]
    fn years_quarters_months_and_ranges_of_them() {
        assert_eq!(p("2024"), "2024-01..2024-12");
        assert_eq!(p("2024-Q1"), "2024-01..2024-03");
        assert_eq!(p("2024-q4"), "2024-10..2024-12");
        assert_eq!(p("2024-03"), "2024-03");
        assert_eq!(p("2023..2024"), "2023-01..2024-12");
        assert_eq!(p("2024-Q2..2024-09"), "2024-04..2024-09");
        assert_eq!(p("2024-01..2024-06"), "2024-01..2024-06");
        for bad in [
            "2024-Q5", "2024-Q0", "202", "20244", "2024-13", "abcd", "2024-Qx", "",
        ] {
            assert!(p(bad).starts_with("bad"), "{bad}: {}", p(bad));
        }
    }

    #[test]
    fn a_range_is_named_in_the_words_it_was_typed_in() {
        let t = |s: &str| period_text(parse_period(s).unwrap());
        assert_eq!(t("2024"), "2024");
        assert_eq!(t("2024-Q3"), "2024-Q3");
        assert_eq!(t("2024-03"), "2024-03");
        assert_eq!(t("2024-02..2024-04"), "2024-02..2024-04");
        assert_eq!(t("2023..2024"), "2023-01..2024-12");
    }
}
