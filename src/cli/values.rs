//! How command-line values are spelled and checked: sizes, periods, and the enums whose
//! spelling lives in layers that know nothing of clap.

use clap::ValueEnum;

use crate::data::model::month::MonthRange;
use crate::data::output::brief::format::ReportFormat;
use crate::data::output::daff::DiffFormat;
use crate::data::output::summary::text::Format;
use crate::theme_name::ThemeName;

/// A period as the filter line writes it: `2024`, `2024-Q1`, `2024-03`, `2023..2024`.
pub(crate) fn parse_range(s: &str) -> Result<MonthRange, String> {
    crate::data::model::period::parse_period(s).map_err(|_| {
        format!(
            "\"{}\" is not a period (2024, 2024-Q1, 2024-03, 2023..2024)",
            crate::data::model::text::shown(s)
        )
    })
}

/// An image size in pixels, within the chart limits.
pub(crate) fn parse_pixels(s: &str) -> Result<(u32, u32), String> {
    use crate::data::output::chart::model::{MAX_SIZE, MIN_SIZE};
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or("expected WIDTHxHEIGHT, e.g. 960x540")?;
    let num = |t: &str, lo: u32, hi: u32| match t.trim().parse::<u32>() {
        Ok(n) if (lo..=hi).contains(&n) => Ok(n),
        _ => Err(format!(
            "\"{}\" is not a size from {}x{} to {}x{}",
            crate::data::model::text::shown(s),
            MIN_SIZE.0,
            MIN_SIZE.1,
            MAX_SIZE.0,
            MAX_SIZE.1
        )),
    };
    Ok((
        num(w, MIN_SIZE.0, MAX_SIZE.0)?,
        num(h, MIN_SIZE.1, MAX_SIZE.1)?,
    ))
}

/// Report formats take their one spelling ([`ReportFormat::key`]) on the command line.
impl ValueEnum for ReportFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &ReportFormat::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.key()))
    }
}

/// Themes take their one spelling ([`ThemeName::key`]) on the command line too.
impl ValueEnum for ThemeName {
    fn value_variants<'a>() -> &'a [Self] {
        &ThemeName::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.key()))
    }
}

/// Output formats keep their spelling in the data layer, which knows nothing of clap.
impl ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &Format::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.key()))
    }
}

/// The formats of `repdash diff`, spelled in the data layer too.
impl ValueEnum for DiffFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &DiffFormat::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.key()))
    }
}

/// The largest screen `render` draws: wider than any real terminal, and small enough that a
/// frame is a few megabytes (65535x65535 would need gigabytes and abort).
pub const MAX_SCREEN: (u16, u16) = (1000, 500);

/// A screen size in cells, within [`MAX_SCREEN`].
pub(crate) fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or("expected WIDTHxHEIGHT, e.g. 120x40")?;
    let num = |t: &str, max: u16| {
        let t = t.trim();
        match t.parse::<u32>() {
            Ok(n) if (1..=u32::from(max)).contains(&n) => Ok(n as u16),
            Ok(_) => Err(format!(
                "\"{}\" is out of range: from 1x1 to {}x{}",
                crate::data::model::text::shown(s),
                MAX_SCREEN.0,
                MAX_SCREEN.1
            )),
            Err(_) => Err(format!(
                "\"{}\" is not a size",
                crate::data::model::text::shown(t)
            )),
        }
    };
    Ok((num(w, MAX_SCREEN.0)?, num(h, MAX_SCREEN.1)?))
}

/// `--lang`: en, be or ru.
pub(super) fn parse_lang(s: &str) -> Result<crate::data::model::lang::Lang, String> {
    s.parse()
}
