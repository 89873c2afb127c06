//! The qualifier that travels with every figure: "at least 1,429" is not "1,429".

use std::fmt;
use std::str::FromStr;

/// How exact a published figure is, as its source worded it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Qualifier {
    /// The source gives the number as is.
    Exact,
    /// "at least": a floor, the true count may be higher.
    AtLeast,
    /// "over" / "more than": strictly above the number.
    Over,
    /// "about" / "nearly": an approximation.
    About,
}

impl Qualifier {
    /// Every qualifier, in file order; used for help texts and property tests.
    pub const ALL: [Qualifier; 4] = [
        Qualifier::Exact,
        Qualifier::AtLeast,
        Qualifier::Over,
        Qualifier::About,
    ];

    /// The qualifier in words of this thread's language ("at least", "не менее"), where a
    /// screen says it in words; files keep [`key`](Qualifier::key).
    pub fn words_here(self) -> String {
        match self {
            Qualifier::Exact => crate::tr!("qual-exact"),
            Qualifier::AtLeast => crate::tr!("qual-at-least"),
            Qualifier::Over => crate::tr!("qual-over"),
            Qualifier::About => crate::tr!("qual-about"),
        }
    }

    /// The key used in CSV files (`exact`, `at_least`, `over`, `about`).
    pub fn key(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::Over => "over",
            Qualifier::About => "about",
        }
    }

    /// The mark drawn before a value on screen (`≥`, `>`, `~`; nothing for exact).
    pub fn mark(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::AtLeast => "≥",
            Qualifier::Over => ">",
            Qualifier::About => "~",
        }
    }

    /// The ASCII mark used in plain-text output (`>=`, `>`, `~`), safe for any terminal or reader.
    pub fn ascii_mark(self) -> &'static str {
        match self {
            Qualifier::AtLeast => ">=",
            other => other.mark(),
        }
    }

    /// Whether the figure is a lower bound, so anything summed from it is a lower bound too.
    pub fn is_lower_bound(self) -> bool {
        matches!(self, Qualifier::AtLeast | Qualifier::Over)
    }

    /// The qualifier of a sum of parts: about if any part is (an about part is no floor, so
    /// `≥50 + ~100` is about 150, not at least 150), else a lower bound if any part is, else
    /// exact.
    pub fn combine(self, other: Qualifier) -> Qualifier {
        if self == Qualifier::About || other == Qualifier::About {
            Qualifier::About
        } else if self.is_lower_bound() || other.is_lower_bound() {
            Qualifier::AtLeast
        } else {
            Qualifier::Exact
        }
    }
}

/// An unknown qualifier key, kept so the caller can name file and line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct BadQualifier(pub String);

impl fmt::Display for BadQualifier {
    /// Said in the reader's language; the keys it lists are the file's own words.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = crate::data::model::text::shown(&self.0);
        f.write_str(&crate::tr!("pr-qualifier", value = shown))
    }
}

impl FromStr for Qualifier {
    type Err = BadQualifier;

    fn from_str(s: &str) -> Result<Qualifier, BadQualifier> {
        Qualifier::ALL
            .into_iter()
            .find(|q| q.key() == s)
            .ok_or_else(|| BadQualifier(s.to_string()))
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_keys() {
        for q in Qualifier::ALL {
            assert_eq!(q.key().parse::<Qualifier>(), Ok(q));
        }
        assert!("at least".parse::<Qualifier>().is_err());
    }

    #[test]
    fn sums_of_floors_are_floors_and_an_about_part_makes_an_about_sum() {
        assert_eq!(
            Qualifier::Exact.combine(Qualifier::AtLeast),
            Qualifier::AtLeast
        );
        assert_eq!(
            Qualifier::Over.combine(Qualifier::AtLeast),
            Qualifier::AtLeast
        );
        // ≥50 + ~100 is not ≥150: the about part may be below 100.
        assert_eq!(Qualifier::About.combine(Qualifier::Over), Qualifier::About);
        assert_eq!(
            Qualifier::AtLeast.combine(Qualifier::About),
            Qualifier::About
        );
        assert_eq!(Qualifier::Exact.combine(Qualifier::About), Qualifier::About);
        assert_eq!(Qualifier::Exact.combine(Qualifier::Exact), Qualifier::Exact);
    }
}
