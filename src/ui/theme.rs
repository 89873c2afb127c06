//! Named styles for every part of the screen, in four themes. Meaning never rests on colour
//! alone: marks (≥ > ~ ≠ ·) carry it, colour only helps.

use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};

/// The themes a user can pick in the config file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
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

impl FromStr for ThemeName {
    type Err = String;

    fn from_str(s: &str) -> Result<ThemeName, String> {
        match s {
            "dark" => Ok(ThemeName::Dark),
            "light" => Ok(ThemeName::Light),
            "colour-blind" | "color-blind" => Ok(ThemeName::ColourBlind),
            "no-colour" | "no-color" => Ok(ThemeName::NoColour),
            _ => Err(format!(
                "unknown theme \"{s}\" (dark, light, colour-blind, no-colour)"
            )),
        }
    }
}

/// Styles used by the UI.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Which theme this is.
    pub name: ThemeName,
    /// Titles and the active tab.
    pub title: Style,
    /// Secondary text: labels, hints, axes.
    pub muted: Style,
    /// The selected row or entry.
    pub selected: Style,
    /// Disagreeing sources.
    pub conflict: Style,
    /// Figures that are only lower bounds or approximations.
    pub inexact: Style,
    /// Event marks on charts.
    pub event: Style,
    /// Status messages.
    pub status: Style,
    /// Series colours, in order.
    pub series: [Color; 4],
}

impl Theme {
    /// The theme of that name.
    pub fn new(name: ThemeName) -> Theme {
        let plain = Style::default();
        let bold = plain.add_modifier(Modifier::BOLD);
        match name {
            ThemeName::NoColour => Theme {
                name,
                title: bold,
                muted: plain,
                selected: plain.add_modifier(Modifier::REVERSED),
                conflict: plain.add_modifier(Modifier::UNDERLINED),
                inexact: plain,
                event: bold,
                status: bold,
                series: [Color::Reset; 4],
            },
            ThemeName::Dark => Theme {
                name,
                title: bold.fg(Color::Cyan),
                muted: plain.fg(Color::Gray),
                selected: plain.add_modifier(Modifier::REVERSED),
                conflict: plain.fg(Color::LightRed),
                inexact: plain.fg(Color::Yellow),
                event: plain.fg(Color::LightMagenta),
                status: bold.fg(Color::LightGreen),
                series: [
                    Color::Cyan,
                    Color::Yellow,
                    Color::LightMagenta,
                    Color::LightGreen,
                ],
            },
            ThemeName::Light => Theme {
                name,
                title: bold.fg(Color::Blue),
                muted: plain.fg(Color::DarkGray),
                selected: plain.add_modifier(Modifier::REVERSED),
                conflict: plain.fg(Color::Red),
                inexact: plain.fg(Color::Magenta),
                event: plain.fg(Color::Magenta),
                status: bold.fg(Color::Blue),
                series: [Color::Blue, Color::Red, Color::Magenta, Color::Black],
            },
            ThemeName::ColourBlind => Theme {
                name,
                title: bold.fg(Color::Rgb(86, 180, 233)),
                muted: plain,
                selected: plain.add_modifier(Modifier::REVERSED),
                conflict: plain
                    .fg(Color::Rgb(213, 94, 0))
                    .add_modifier(Modifier::UNDERLINED),
                inexact: plain.fg(Color::Rgb(230, 159, 0)),
                event: plain.fg(Color::Rgb(204, 121, 167)),
                status: bold.fg(Color::Rgb(0, 158, 115)),
                series: [
                    Color::Rgb(0, 114, 178),
                    Color::Rgb(230, 159, 0),
                    Color::Rgb(0, 158, 115),
                    Color::Rgb(204, 121, 167),
                ],
            },
        }
    }
}
