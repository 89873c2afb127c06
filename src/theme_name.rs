//! The colour themes by name: one spelling for the config file, the command line and
//! `repdash config`, so the four places that named them cannot disagree.

use std::fmt;
use std::str::FromStr;

/// The themes a user can pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(try_from = "String")]
pub enum ThemeName {
    /// Named ANSI colours that read well on dark backgrounds.
    #[default]
    Dark,
    /// Darker accents for light backgrounds.
    Light,
    /// The Okabe-Ito palette, distinguishable with the common colour-vision deficiencies.
    ColourBlind,
    /// No colour at all (also forced by `NO_COLOR`): bold, reverse and underline only.
    NoColour,
}

impl ThemeName {
    /// Every theme, in the order help lists them.
    pub const ALL: [ThemeName; 4] = [
        ThemeName::Dark,
        ThemeName::Light,
        ThemeName::ColourBlind,
        ThemeName::NoColour,
    ];

    /// The one spelling of the theme (the American `color` is read too).
    pub fn key(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::ColourBlind => "colour-blind",
            ThemeName::NoColour => "no-colour",
        }
    }
}

impl FromStr for ThemeName {
    type Err = String;

    fn from_str(s: &str) -> Result<ThemeName, String> {
        let s = s.replace("color", "colour");
        ThemeName::ALL
            .into_iter()
            .find(|t| t.key() == s)
            .ok_or_else(|| {
                let keys: Vec<_> = ThemeName::ALL.iter().map(|t| t.key()).collect();
                format!(
                    "unknown theme \"{}\" ({})",
                    crate::data::model::text::shown(&s),
                    keys.join(", ")
                )
            })
    }
}

impl TryFrom<String> for ThemeName {
    type Error = String;

    fn try_from(s: String) -> Result<ThemeName, String> {
        s.parse()
    }
}

impl fmt::Display for ThemeName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_theme_reads_back_its_own_spelling() {
        for t in ThemeName::ALL {
            assert_eq!(t.key().parse::<ThemeName>(), Ok(t));
        }
        assert_eq!("no-color".parse::<ThemeName>(), Ok(ThemeName::NoColour));
        assert!("pink".parse::<ThemeName>().is_err());
    }
}
