//! Read access to [`App`] and its two builders; see the impl's doc.

use std::path::PathBuf;

use super::mode::Mode;
use super::state::{App, Views};
use super::tab::DashTab;
use crate::data::load::store::Store;
use crate::data::model::month::MonthRange;
use crate::data::model::pattern::ArticlePattern;

/// Read access for the UI, the commands and tests: the fields are private to `app`, so only
/// [`App::update`] (and the builders below) change state.
impl App {
    /// The loaded data.
    pub fn store(&self) -> &Store {
        &self.store
    }
    /// The tab on screen.
    pub fn tab(&self) -> DashTab {
        self.tab
    }
    /// Who has the keyboard, with the popup's or prompt's own state.
    pub fn mode(&self) -> &Mode {
        &self.mode
    }
    /// All months with data.
    pub fn full(&self) -> MonthRange {
        self.full
    }
    /// The month range in force.
    pub fn range(&self) -> MonthRange {
        self.range
    }
    /// The article filter in force.
    pub fn article(&self) -> Option<&ArticlePattern> {
        self.article.as_ref()
    }
    /// The person searched for in the case register, as typed.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }
    /// Selected row of the current table.
    pub fn row(&self) -> usize {
        self.row
    }
    /// Selected column of the coverage grid.
    pub fn col(&self) -> usize {
        self.col
    }
    /// Whether charts fit the y axis to the data (`z`) instead of starting at zero.
    pub fn fit_y(&self) -> bool {
        self.fit_y
    }
    /// What is wrong with the files on disk after a failed reload (empty when all is well).
    pub fn problems(&self) -> &[String] {
        &self.problems
    }
    /// Last message for the status bar.
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }
    /// Cached query results for the current filters.
    pub fn views(&self) -> &Views {
        &self.views
    }
    /// Whether the user asked to quit.
    pub fn should_quit(&self) -> bool {
        self.quit
    }
    /// The same app, exporting into `dir` (from the settings; tests use a temp dir).
    pub fn with_export_dir(mut self, dir: PathBuf) -> App {
        self.export_dir = dir;
        self
    }
    /// The same app, able to read its data again from `source` (live reload).
    pub fn with_source(mut self, source: crate::data::load::source::DataSource) -> App {
        self.source = Some(source);
        self
    }
    /// The same app with a first message in the status bar (a note from the settings).
    pub fn with_status(mut self, note: Option<String>) -> App {
        self.status = note;
        self
    }
}
