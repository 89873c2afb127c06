//! The formats of `repdash report` (and of `compare`'s and `summary`'s JSON), without clap.

/// How a report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// CommonMark with tables and footnotes, for editing into a report.
    Md,
    /// One self-contained HTML file: inline CSS and SVG, no scripts, print-friendly.
    Html,
    /// One documented JSON shape for scripts and websites.
    Json,
}

impl ReportFormat {
    /// Every format, in the order help lists them.
    pub const ALL: [ReportFormat; 3] = [ReportFormat::Md, ReportFormat::Html, ReportFormat::Json];

    /// The format's one spelling (`--format html`).
    pub fn key(self) -> &'static str {
        match self {
            ReportFormat::Md => "md",
            ReportFormat::Html => "html",
            ReportFormat::Json => "json",
        }
    }

    /// Whether the format is written in the reader's language: Markdown and HTML (whose
    /// inline charts keep English titles as yet); JSON is data and always English.
    pub fn speaks_the_readers_language(self) -> bool {
        match self {
            ReportFormat::Md | ReportFormat::Html => true,
            ReportFormat::Json => false,
        }
    }
}
