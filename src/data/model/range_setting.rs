//! A month range as a setting names it: `all`, `last-12` (the last N months with data), or
//! `2023-01..2024-06`. One type for the config file, the range keys and the dashboard start,
//! so "last N months" is spelled and computed once.

use std::fmt;
use std::str::FromStr;

use crate::data::model::month::MonthRange;

/// A range relative to the data, or a fixed one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(try_from = "String")]
pub enum RangeSetting {
    /// Every month with data.
    All,
    /// The last N months up to the latest month with data.
    Last(u16),
    /// These months (clamped to the data; no overlap at all is an error).
    Months(MonthRange),
}

impl RangeSetting {
    /// The months this setting means for data covering `full`. A fixed range with no month
    /// of data is an error, not silently replaced.
    pub fn resolve(self, full: MonthRange) -> Result<MonthRange, String> {
        match self {
            RangeSetting::All => Ok(full),
            RangeSetting::Last(n) => {
                let back = -(i32::from(n.max(1)) - 1);
                let from = full.to().offset(back).unwrap_or(full.from());
                Ok(MonthRange::new(from.max(full.from()), full.to()))
            }
            RangeSetting::Months(r) => r.clamp_to(full).ok_or_else(|| {
                crate::tr!(
                    "er-range-no-data",
                    range = r.to_string(),
                    full = full.to_string()
                )
            }),
        }
    }
}

impl FromStr for RangeSetting {
    type Err = String;

    fn from_str(s: &str) -> Result<RangeSetting, String> {
        let s = s.trim();
        if s == "all" {
            return Ok(RangeSetting::All);
        }
        if let Some(n) = s.strip_prefix("last-") {
            return match n.parse::<u16>() {
                Ok(n) if (1..=1200).contains(&n) => Ok(RangeSetting::Last(n)),
                _ => Err(crate::tr!(
                    "er-range-last",
                    range = crate::data::model::text::shown(s)
                )),
            };
        }
        s.parse::<MonthRange>()
            .map(RangeSetting::Months)
            .map_err(|e| {
                let range = crate::data::model::text::shown(s);
                crate::tr!("er-range", range = range, why = e.to_string())
            })
    }
}

impl TryFrom<String> for RangeSetting {
    type Error = String;

    fn try_from(s: String) -> Result<RangeSetting, String> {
        s.parse()
    }
}

impl fmt::Display for RangeSetting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RangeSetting::All => f.write_str("all"),
            RangeSetting::Last(n) => write!(f, "last-{n}"),
            RangeSetting::Months(r) => write!(f, "{r}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_spelling_and_refuses_the_rest() {
        for ok in ["all", "last-12", "last-36", "2023-01..2024-06", "2024-03"] {
            let r: RangeSetting = ok.parse().unwrap();
            assert_eq!(r.to_string(), ok);
        }
        for bad in ["bogus", "last-0", "last-x", "2024-13", ""] {
            assert!(bad.parse::<RangeSetting>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn resolves_against_the_data() {
        let full: MonthRange = "2020-08..2026-03".parse().unwrap();
        let last = |n| RangeSetting::Last(n).resolve(full).unwrap().to_string();
        assert_eq!(last(12), "2025-04..2026-03");
        assert_eq!(last(1000), "2020-08..2026-03");
        let outside = RangeSetting::Months("2030-01..2030-12".parse().unwrap());
        assert!(outside.resolve(full).unwrap_err().contains("has no data"));
    }
}
