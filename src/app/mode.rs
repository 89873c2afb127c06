//! What has the keyboard: the tabs, a popup, or a prompt.

/// The input mode; decides how keys are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Browsing tabs.
    #[default]
    Normal,
    /// The help popup.
    Help,
    /// The sources of one figure.
    Source,
    /// Every figure of one month.
    Snapshot,
    /// The typed filter line.
    Filter,
    /// The "go to month" prompt.
    Goto,
    /// The article picker.
    Articles,
}
