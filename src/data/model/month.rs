//! Calendar months (`YYYY-MM`) and inclusive month ranges: the unit every figure is filed under.

use std::fmt;
use std::str::FromStr;

/// A calendar month. Stored as a month count so ranges and offsets are plain arithmetic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(u32);

/// Why a text is not a month: returned so callers can word their own file/line message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct BadMonth(pub String);

impl fmt::Display for BadMonth {
    /// Said in the reader's language, wherever the month was typed or read.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = crate::data::model::text::shown(&self.0);
        f.write_str(&crate::tr!("pr-month", value = shown))
    }
}

impl Month {
    /// Builds a month from a year and a 1-based month number; `None` outside 1900-01..=2199-12.
    pub fn new(year: u32, month: u32) -> Option<Month> {
        if !(1900..2200).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        Some(Month(year * 12 + month - 1))
    }

    /// The calendar year.
    pub fn year(self) -> u32 {
        self.0 / 12
    }

    /// The month number, 1..=12.
    pub fn month(self) -> u32 {
        self.0 % 12 + 1
    }

    /// The month `n` months later (negative: earlier); `None` if it leaves the supported years.
    pub fn offset(self, n: i32) -> Option<Month> {
        let idx = i64::from(self.0) + i64::from(n);
        let idx = u32::try_from(idx).ok()?;
        Month::new(idx / 12, idx % 12 + 1)
    }

    /// Number of months from `self` to `other` (positive when `other` is later).
    pub fn months_until(self, other: Month) -> i64 {
        i64::from(other.0) - i64::from(self.0)
    }

    /// The month in words for report headings, e.g. `January 2024` (`студзень 2024`).
    pub fn long_label(self) -> String {
        use crate::data::model::month_names::{Case, name};
        format!("{} {}", name(self.month(), Case::Nominative), self.year())
    }

    /// The month in words after "from" or "on" (`ад студзеня 2024`, `January 2024`).
    pub fn long_label_of(self) -> String {
        use crate::data::model::month_names::{Case, name};
        format!("{} {}", name(self.month(), Case::Genitive), self.year())
    }

    /// Short label for chart axes in the reader's language: `Jan 24`, `сту 24`, `янв 24`.
    pub fn short_label(self) -> String {
        let name = crate::data::model::month_names::short_name(self.month());
        format!("{name} {:02}", self.year() % 100)
    }
}

impl FromStr for Month {
    type Err = BadMonth;

    /// Accepts exactly `YYYY-MM`: `2024-1` and `2024-13` are errors, not guesses.
    fn from_str(s: &str) -> Result<Month, BadMonth> {
        let bad = || BadMonth(s.to_string());
        let bytes = s.as_bytes();
        if bytes.len() != 7 || bytes[4] != b'-' {
            return Err(bad());
        }
        // Read by digits: the integer parser's general path was most of a case's month.
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            bytes[r].iter().try_fold(0u32, |n, &b| {
                b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
            })
        };
        let (year, month) = (digits(0..4).ok_or_else(bad)?, digits(5..7).ok_or_else(bad)?);
        Month::new(year, month).ok_or_else(bad)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

/// An inclusive range of months; `from <= to` always holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MonthRange {
    from: Month,
    to: Month,
}

impl MonthRange {
    /// A range covering both ends, whichever order they come in.
    pub fn new(a: Month, b: Month) -> MonthRange {
        MonthRange {
            from: a.min(b),
            to: a.max(b),
        }
    }

    /// A range of one month.
    pub fn single(m: Month) -> MonthRange {
        MonthRange { from: m, to: m }
    }

    /// First month of the range.
    pub fn from(self) -> Month {
        self.from
    }

    /// Last month of the range.
    pub fn to(self) -> Month {
        self.to
    }

    /// Whether `m` lies in the range.
    pub fn contains(self, m: Month) -> bool {
        self.from <= m && m <= self.to
    }

    /// How many months the range spans.
    pub fn len(self) -> usize {
        (self.from.months_until(self.to) + 1) as usize
    }

    /// "1 month" / "12 months", for headers.
    pub fn count_text(self) -> String {
        let n = self.len();
        crate::tr!(
            "months-n",
            form = crate::data::model::plural::form(n),
            shown = crate::data::model::text::format_number(n as f64)
        )
    }

    /// Always false: a range holds at least one month. Present for clippy's `len` convention.
    pub fn is_empty(self) -> bool {
        false
    }

    /// Every month of the range in order.
    pub fn months(self) -> impl DoubleEndedIterator<Item = Month> + ExactSizeIterator {
        #[allow(clippy::range_plus_one)]
        (self.from.0..self.to.0 + 1).map(Month)
    }

    /// The part of `self` that lies inside `bounds`, if any.
    pub fn clamp_to(self, bounds: MonthRange) -> Option<MonthRange> {
        let from = self.from.max(bounds.from);
        let to = self.to.min(bounds.to);
        (from <= to).then_some(MonthRange { from, to })
    }
}

impl fmt::Display for MonthRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.from == self.to {
            write!(f, "{}", self.from)
        } else {
            write!(f, "{}..{}", self.from, self.to)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_strict_months() {
        assert_eq!(
            "2024-01".parse::<Month>().map(|m| (m.year(), m.month())),
            Ok((2024, 1))
        );
        for bad in [
            "2024-13",
            "2024-1",
            "0000-00",
            "2024-00",
            "24-01",
            "2024/01",
            "２０２４-01",
            "",
        ] {
            assert!(bad.parse::<Month>().is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn offsets_cross_years() {
        let m: Month = "2024-01".parse().unwrap();
        assert_eq!(m.offset(-1).unwrap().to_string(), "2023-12");
        assert_eq!(m.offset(-12).unwrap().to_string(), "2023-01");
        assert_eq!(m.offset(23).unwrap().to_string(), "2025-12");
    }

    #[test]
    fn ranges_parse_and_count() {
        let r: MonthRange = "2024-06..2023-01".parse().unwrap();
        assert_eq!(r.to_string(), "2023-01..2024-06");
        assert_eq!(r.len(), 18);
        assert_eq!(r.months().count(), 18);
    }
}
