//! The command line: the dashboard by default, and non-interactive commands for scripts and
//! for people who cannot use a full-screen terminal app.

use std::path::PathBuf;

mod args;
mod language;
mod output_paths;
mod values;

pub use args::{ExportRows, GapArgs, PeriodArgs};
use clap::{Args, Parser, Subcommand};
pub use values::MAX_SCREEN;
use values::{parse_lang, parse_pixels, parse_range, parse_size};

use crate::app::DashTab;
use crate::data::model::lang::Lang;
use crate::data::model::month::{Month, MonthRange};
use crate::data::model::pattern::ArticlePattern;
use crate::data::output::brief::format::ReportFormat;
use crate::data::output::daff::DiffFormat;
use crate::data::output::summary::text::Format;
use crate::theme_name::ThemeName;

/// repdash: statistics of political repression in Belarus, month by month, with sources.
#[derive(Debug, Parser)]
#[command(name = "repdash", version, about, long_about = None)]
pub struct Cli {
    /// Data directory with the snapshot layout (default: the embedded dataset).
    #[arg(long, global = true, env = "REPDASH_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,

    /// Read --data DIR as it was at this git revision (a hash, HEAD~1, a tag, a branch).
    #[arg(long, global = true, value_name = "REV")]
    pub rev: Option<String>,

    /// The dashboard (and render) mark every figure revised since this version: a REV of
    /// --data DIR, or `embedded`, DIR, DIR@REV, DIR@{YYYY-MM-DD} (overrides the config's).
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,

    /// Language of the dashboard: en, be (Belarusian) or ru (Russian); default the config's
    /// `lang`, then the locale (LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    /// Colour theme (overrides NO_COLOR and the config file).
    #[arg(long, global = true, value_enum)]
    pub theme: Option<ThemeName>,

    /// Leave the mouse to the terminal (text selection over SSH).
    #[arg(long)]
    pub no_mouse: bool,

    /// Where the dashboard writes exports (default: the current directory).
    #[arg(long, value_name = "DIR")]
    pub export_dir: Option<PathBuf>,

    /// Filters for the dashboard's first screen.
    #[command(flatten)]
    pub filters: FilterArgs,

    /// A non-interactive command; without one the dashboard opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The non-interactive commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate the data: months, rows, metrics, coverage, every problem found, and the
    /// consistency warnings (stated totals against their months).
    Check {
        /// Exit 1 on consistency warnings too, not only on file problems.
        #[arg(long)]
        strict: bool,
        /// List the missing months of every monthly metric instead of the report.
        #[arg(long)]
        gaps: bool,
        /// Format of the `--gaps` listing.
        #[arg(long, value_enum, default_value = "text", requires = "gaps")]
        format: Format,
        /// Which months `--gaps` looks at.
        #[command(flatten)]
        window: GapArgs,
    },
    /// Print the filtered view as a table (months as rows).
    Summary {
        /// What to show.
        #[command(flatten)]
        filters: FilterArgs,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Markdown: add each series' change on the previous month.
        #[arg(long)]
        changes: bool,
        /// Markdown: add a footnote with the source of every figure.
        #[arg(long)]
        sources: bool,
    },
    /// Write the filtered view to a CSV file, with qualifier and source columns.
    Export {
        /// What to export.
        #[command(flatten)]
        filters: FilterArgs,
        /// The CSV file to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
        /// What rows to write: the view (one row per month per metric), its range totals
        /// only, every matching figure with all its sources (the import format), or the case
        /// register.
        #[arg(long, value_enum, default_value = "view")]
        rows: ExportRows,
        /// With `--rows view`: add one range row per metric after the month rows (the
        /// aggregate by kind, with its qualifier and stated totals).
        #[arg(long)]
        totals: bool,
    },
    /// Merge a long table (the figures.csv columns) into the month snapshots of a directory.
    Import {
        /// The table to import.
        file: PathBuf,
        /// The data directory to merge into (must hold metrics.csv).
        #[arg(long, value_name = "DIR")]
        into: PathBuf,
    },
    /// Draw one frame of the dashboard as plain text (tests, screen readers, timing).
    Render {
        /// What to show.
        #[command(flatten)]
        filters: FilterArgs,
        /// Screen size as WIDTHxHEIGHT.
        #[arg(long, default_value = "120x40", value_parser = parse_size)]
        size: (u16, u16),
    },
    /// Write the monthly (or period) brief: headline figures with changes and numbered
    /// sources, every other figure by tab, events, documented cases, coverage.
    Report {
        /// The period (default: the last month with data).
        #[command(flatten)]
        period: PeriodArgs,
        /// Output format.
        #[arg(long, value_enum, default_value = "md")]
        format: ReportFormat,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the file if it exists.
        #[arg(long, requires = "output")]
        force: bool,
        /// Add "Revised since": figures changed since this version (a REV of --data DIR,
        /// or `embedded`, DIR, DIR@REV).
        #[arg(long, value_name = "REV")]
        since: Option<String>,
    },
    /// Draw one metric's chart as an SVG or PNG image (by the file's extension).
    Chart {
        /// The metric (`--metric KEY`), range and article.
        #[command(flatten)]
        filters: FilterArgs,
        /// The image to write: FILE.svg or FILE.png.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Image size in pixels as WIDTHxHEIGHT (320x200 to 4000x4000).
        #[arg(long, default_value = "960x540", value_parser = parse_pixels)]
        size: (u32, u32),
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Compare two periods metric by metric: each one's aggregate by kind, the change, and
    /// each one's coverage ("10 of 12 months"); unequal coverage is said to be not like for
    /// like, with the missing months.
    Compare {
        /// The two periods: `2023 2024`, `2024-Q1 2024-Q2`, `2024-01 2024-02`, `2022..2023 2024..2025`.
        #[arg(value_name = "PERIOD", num_args = 2, value_parser = parse_range)]
        periods: Vec<MonthRange>,
        /// Period A (instead of the first PERIOD).
        #[arg(long = "a", value_name = "RANGE", value_parser = parse_range, conflicts_with = "periods")]
        a: Option<MonthRange>,
        /// Period B (instead of the second PERIOD).
        #[arg(long = "b", value_name = "RANGE", value_parser = parse_range, requires = "a")]
        b: Option<MonthRange>,
        /// Which metrics (`--tab`, `--metric`, `--article`; default the headline ones).
        #[command(flatten)]
        filters: FilterArgs,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// List documented cases from the register: a person's cases across all years, or those
    /// under an article in a period (a sample of documented cases, not national totals).
    Cases {
        /// A person's name, any spelling: "kulsha" finds Kulša and Kulsha.
        #[arg(long, value_name = "NAME")]
        person: Option<String>,
        /// Article filter: 342 matches exactly, 361* matches 361, 361-1, 361-4 ...
        #[arg(long, value_name = "A")]
        article: Option<ArticlePattern>,
        /// The period (default: every month of the data).
        #[command(flatten)]
        period: PeriodArgs,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Compare two versions of the data (`embedded` or a data directory): readings added,
    /// removed, corrected or moved, and shown figures changed with their cause. Exit 0 when
    /// the same, 1 when different, 2 when a version cannot be read.
    Diff {
        /// The old version: `embedded` or a directory.
        old: String,
        /// The new version: `embedded` or a directory.
        new: String,
        /// Only these metrics (repeatable); overrides --tab.
        #[arg(long = "metric", value_name = "KEY")]
        metrics: Vec<String>,
        /// Only the metrics of this tab (as the new version's catalog places them).
        #[arg(long, value_enum)]
        tab: Option<DashTab>,
        /// First month compared (YYYY-MM).
        #[arg(long, value_name = "YYYY-MM")]
        from: Option<Month>,
        /// Last month compared (YYYY-MM).
        #[arg(long, value_name = "YYYY-MM")]
        to: Option<Month>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
    },
    /// Every commit of a git data directory (--data DIR) in which a month's readings or shown
    /// figure changed: day, short hash, subject, old and new figure, cause.
    History {
        /// The metric key.
        metric: String,
        /// The month (YYYY-MM).
        month: Month,
        /// Output format (text or json).
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Write the embedded dataset as a data directory to edit or import into (refuses a
    /// directory that holds anything unless `--force`).
    Init {
        /// The directory to create or fill.
        dir: PathBuf,
        /// Write into a non-empty directory, replacing the dataset's own files there.
        #[arg(long)]
        force: bool,
    },
    /// Print the config file's path and the settings in force.
    Config,
}

/// Filters shared by the dashboard, summary, export and render.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// First month (YYYY-MM); default: the first month with data.
    #[arg(long, value_name = "YYYY-MM")]
    pub from: Option<Month>,
    /// Last month (YYYY-MM); default: the last month with data.
    #[arg(long, value_name = "YYYY-MM")]
    pub to: Option<Month>,
    /// One month only (overrides --from/--to).
    #[arg(long, value_name = "YYYY-MM")]
    pub month: Option<Month>,
    /// Article filter: 342 matches exactly, 361* matches 361, 361-1, 361-4 ...
    #[arg(long, value_name = "A")]
    pub article: Option<ArticlePattern>,
    /// Tab: which group of metrics.
    #[arg(long, value_enum)]
    pub tab: Option<DashTab>,
    /// Metric keys (repeatable); overrides --tab.
    #[arg(long = "metric", value_name = "KEY")]
    pub metrics: Vec<String>,
}

impl FilterArgs {
    /// Merges command-level filters over the top-level ones (the more specific wins).
    pub fn or(self, outer: &FilterArgs) -> FilterArgs {
        FilterArgs {
            from: self.from.or(outer.from),
            to: self.to.or(outer.to),
            month: self.month.or(outer.month),
            article: self.article.or_else(|| outer.article.clone()),
            tab: self.tab.or(outer.tab),
            metrics: if self.metrics.is_empty() {
                outer.metrics.clone()
            } else {
                self.metrics
            },
        }
    }
}
