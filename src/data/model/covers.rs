//! What a stated period total covers (metrics.csv's `covers` column): said by the catalog, not
//! guessed from the metric's name, so a half-year total is checked and shown like a quarter's.

use std::fmt;

use crate::data::model::month::{Month, MonthRange};

/// The period a total filed under one month counts, ending with that month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Covers {
    /// A calendar year, filed under December (or the month the source ran to).
    Year,
    /// A half year, filed under June or December.
    Half,
    /// A calendar quarter, filed under its last month.
    Quarter,
    /// From January to the month it is filed under.
    Ytd,
    /// A number of months that divides the year (1, 2, 3, 4, 6 or 12), calendar-aligned.
    Months(u8),
}

impl Covers {
    /// Reads a `covers` cell: empty is none; the error says what is accepted.
    pub fn parse(s: &str) -> Result<Option<Covers>, String> {
        let covers = match s {
            "" => return Ok(None),
            "year" => Covers::Year,
            "half" => Covers::Half,
            "quarter" => Covers::Quarter,
            "ytd" => Covers::Ytd,
            n => match n.parse::<u8>() {
                Ok(n) if n > 0 && 12 % n == 0 => Covers::Months(n),
                _ => {
                    let value = crate::data::model::text::shown(n);
                    return Err(crate::tr!("pr-covers", value = value));
                }
            },
        };
        Ok(Some(covers))
    }

    /// What an older catalog without the column meant, read from the key's suffix the way
    /// earlier versions did (`_year`, `_half`, `_quarter`, `_ytd`; a yearly figure a year).
    pub fn from_name(key: &str, annual: bool) -> Option<Covers> {
        let suffixes = [
            ("_quarter", Covers::Quarter),
            ("_half", Covers::Half),
            ("_year", Covers::Year),
            ("_ytd", Covers::Ytd),
        ];
        let by_name = suffixes.into_iter().find(|(s, _)| key.ends_with(s));
        by_name.map(|(_, c)| c).or(annual.then_some(Covers::Year))
    }

    /// The length in months of a fixed period; `None` for year-to-date, which grows.
    fn length(self) -> Option<u32> {
        match self {
            Covers::Year => Some(12),
            Covers::Half => Some(6),
            Covers::Quarter => Some(3),
            Covers::Months(n) => Some(u32::from(n)),
            Covers::Ytd => None,
        }
    }

    /// The months a total filed under `month` counts. A yearly total runs from January, so a
    /// year stated in an early month (to the day of the source) covers only what has passed.
    pub fn range(self, month: Month) -> Option<MonthRange> {
        let back = match self {
            Covers::Year | Covers::Ytd => month.month() - 1,
            other => other.length()? - 1,
        };
        Some(MonthRange::new(
            month.offset(-i32::try_from(back).ok()?)?,
            month,
        ))
    }

    /// How many whole periods `range` holds, for a sum's coverage ("3 of 4 quarters"); `None`
    /// for year-to-date counts, which overlap and never add up.
    pub fn periods_in(self, range: MonthRange) -> Option<usize> {
        let len = self.length()?;
        let whole = range
            .months()
            .filter(|m| m.month() % len == 0)
            .filter(|m| self.range(*m).is_some_and(|p| range.contains(p.from())))
            .count();
        Some(whole)
    }

    /// The plural noun for counting these periods in words.
    pub fn unit(self) -> &'static str {
        match self {
            Covers::Year => "years",
            Covers::Half => "half-years",
            Covers::Quarter => "quarters",
            Covers::Ytd => "year-to-date counts",
            Covers::Months(1) => "months",
            Covers::Months(_) => "periods",
        }
    }
}

impl fmt::Display for Covers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Covers::Year => f.write_str("year"),
            Covers::Half => f.write_str("half"),
            Covers::Quarter => f.write_str("quarter"),
            Covers::Ytd => f.write_str("ytd"),
            Covers::Months(n) => write!(f, "{n}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        s.parse().unwrap()
    }

    #[test]
    fn each_period_ends_with_the_month_it_is_filed_under() {
        let q = Covers::Quarter.range(m("2024-09")).unwrap();
        assert_eq!((q.from(), q.to()), (m("2024-07"), m("2024-09")));
        let h = Covers::Half.range(m("2024-12")).unwrap();
        assert_eq!(h.from(), m("2024-07"));
        assert_eq!(
            Covers::Ytd.range(m("2024-03")).unwrap().from(),
            m("2024-01")
        );
        assert_eq!(Covers::Year.range(m("2024-12")).unwrap().len(), 12);
    }

    #[test]
    fn a_range_holds_only_whole_periods() {
        let year = MonthRange::new(m("2024-01"), m("2024-12"));
        assert_eq!(Covers::Quarter.periods_in(year), Some(4));
        assert_eq!(Covers::Half.periods_in(year), Some(2));
        let from_feb = MonthRange::new(m("2024-02"), m("2024-12"));
        assert_eq!(Covers::Quarter.periods_in(from_feb), Some(3));
        assert_eq!(Covers::Year.periods_in(from_feb), Some(0));
        assert_eq!(Covers::Ytd.periods_in(year), None);
    }

    #[test]
    fn the_column_and_the_old_names_agree() {
        assert_eq!(Covers::parse("half"), Ok(Some(Covers::Half)));
        assert_eq!(Covers::parse("2"), Ok(Some(Covers::Months(2))));
        assert_eq!(Covers::parse(""), Ok(None));
        assert!(Covers::parse("5").unwrap_err().contains("dividing 12"));
        assert_eq!(
            Covers::from_name("detentions_half", false),
            Some(Covers::Half)
        );
        assert_eq!(
            Covers::from_name("convictions_by_article_annual", true),
            Some(Covers::Year)
        );
        assert_eq!(Covers::from_name("detentions", false), None);
        for c in [
            Covers::Year,
            Covers::Half,
            Covers::Quarter,
            Covers::Ytd,
            Covers::Months(4),
        ] {
            assert_eq!(Covers::parse(&c.to_string()), Ok(Some(c)));
        }
    }
}
