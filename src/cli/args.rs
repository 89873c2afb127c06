//! Groups of flags that several commands share or that one command keeps together: the
//! period of a report or a case listing, the window of `check --gaps`, the rows an export
//! writes.

use clap::{Args, ValueEnum};

use super::values::parse_range;
use crate::data::model::month::{Month, MonthRange};

/// The months `check --gaps` looks at.
#[derive(Debug, Clone, Default, Args)]
pub struct GapArgs {
    /// With --gaps: a period as the filter line writes it (2024, 2024-Q1, 2023..2024).
    #[arg(long, value_name = "PERIOD", value_parser = parse_range, requires = "gaps",
          conflicts_with_all = ["gap_from", "gap_to"])]
    pub period: Option<MonthRange>,
    /// With --gaps: the first month looked at (YYYY-MM).
    #[arg(
        long = "from",
        id = "gap_from",
        value_name = "YYYY-MM",
        requires = "gaps"
    )]
    pub from: Option<Month>,
    /// With --gaps: the last month looked at (YYYY-MM).
    #[arg(long = "to", id = "gap_to", value_name = "YYYY-MM", requires = "gaps")]
    pub to: Option<Month>,
    /// With --gaps: count the months before a series' first figure as missing too.
    #[arg(long, requires = "gaps")]
    pub all_months: bool,
}

/// The period of a report: one month, or a range.
#[derive(Debug, Clone, Default, Args)]
pub struct PeriodArgs {
    /// One month (YYYY-MM).
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["from", "to"])]
    pub month: Option<Month>,
    /// First month of a range (YYYY-MM); default: the first month with data.
    #[arg(long, value_name = "YYYY-MM")]
    pub from: Option<Month>,
    /// Last month of a range (YYYY-MM); default: the last month with data.
    #[arg(long, value_name = "YYYY-MM")]
    pub to: Option<Month>,
}

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportRows {
    /// The view as `summary` shows it, with qualifier, change and source columns: one row
    /// per month per metric.
    View,
    /// The range aggregate of each metric only (what `--totals` adds to the view rows).
    Totals,
    /// Every figure behind the view, all sources, in the columns `import` reads.
    Figures,
    /// The case register narrowed by range and article.
    Cases,
}
