//! The copy key's settings and its outbox, held by the state. It names nothing of the app, so
//! the state can own it while `clipboard.rs`, which fills it, builds on the state.

use crate::data::output::clipboard::CopyFormat;

/// The copy key's settings and its outbox.
#[derive(Debug, Clone, Default)]
pub struct Clipboard {
    /// Config `clipboard = false` turns OSC 52 off (terminals that refuse or log it).
    pub disabled: bool,
    /// TSV or Markdown.
    pub format: CopyFormat,
    /// Text waiting for the terminal loop.
    pub outbox: Option<String>,
}
