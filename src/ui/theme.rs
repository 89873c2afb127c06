//! Named styles for every part of the screen, in four themes. Meaning never rests on colour
//! alone: marks (≥ > ~ ≠ ·) carry it, colour only helps.

use ratatui::style::{Color, Modifier, Style};

pub use crate::theme_name::ThemeName;

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
    /// The colour of a trend: its line, exact points and coverage dots (one series is drawn at
    /// a time, so one colour).
    pub line: Color,
}

impl Theme {
    /// The theme of that name.
    pub fn new(name: ThemeName) -> Theme {
        match name {
            ThemeName::NoColour => no_colour(),
            ThemeName::Dark => dark(),
            ThemeName::Light => light(),
            ThemeName::ColourBlind => colour_blind(),
        }
    }
}

fn bold() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

fn reversed() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

fn no_colour() -> Theme {
    let plain = Style::default();
    Theme {
        name: ThemeName::NoColour,
        title: bold(),
        muted: plain,
        selected: reversed(),
        conflict: plain.add_modifier(Modifier::UNDERLINED),
        inexact: plain,
        event: bold(),
        status: bold(),
        line: Color::Reset,
    }
}

fn dark() -> Theme {
    let fg = |c| Style::default().fg(c);
    Theme {
        name: ThemeName::Dark,
        title: bold().fg(Color::Cyan),
        muted: fg(Color::Gray),
        selected: reversed(),
        conflict: fg(Color::LightRed),
        inexact: fg(Color::Yellow),
        event: fg(Color::LightMagenta),
        status: bold().fg(Color::LightGreen),
        line: Color::Cyan,
    }
}

fn light() -> Theme {
    let fg = |c| Style::default().fg(c);
    Theme {
        name: ThemeName::Light,
        title: bold().fg(Color::Blue),
        muted: fg(Color::DarkGray),
        selected: reversed(),
        conflict: fg(Color::Red),
        inexact: fg(Color::Magenta),
        event: fg(Color::Magenta),
        status: bold().fg(Color::Blue),
        line: Color::Blue,
    }
}

/// Okabe-Ito: blue, orange, bluish green, reddish purple, vermillion, sky blue.
fn colour_blind() -> Theme {
    let fg = |r, g, b| Style::default().fg(Color::Rgb(r, g, b));
    Theme {
        name: ThemeName::ColourBlind,
        title: bold().fg(Color::Rgb(86, 180, 233)),
        muted: Style::default(),
        selected: reversed(),
        conflict: fg(213, 94, 0).add_modifier(Modifier::UNDERLINED),
        inexact: fg(230, 159, 0),
        event: fg(204, 121, 167),
        status: bold().fg(Color::Rgb(0, 158, 115)),
        line: Color::Rgb(0, 114, 178),
    }
}
