//! What has the keyboard: the tabs, a popup, or a prompt. Each mode carries its own state, so a
//! scroll position without a popup, or typed text without a prompt, cannot exist.

/// The popups that show text over the tabs and scroll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PopupKind {
    /// The help popup, generated from the binding table.
    Help,
    /// The sources of one figure (or one case).
    Source,
    /// Every figure of one month.
    Snapshot,
    /// Every event in the range, with date, label and source (the chart numbers them).
    Events,
    /// The tab's metrics in the range against the period of equal length just before it.
    Compare,
    /// With `--since`: every change of the range since that version (`D`).
    Revisions,
}

/// The prompts that take typed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    /// The typed filter line.
    Filter,
    /// The "go to month" prompt.
    Goto,
    /// The article picker: typing narrows, arrows choose.
    Articles,
    /// The person search of the Articles tab: the case list narrows as each letter is typed.
    Name,
}

/// The input mode; decides how keys are read and what is drawn over the tabs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Mode {
    /// Browsing tabs.
    #[default]
    Normal,
    /// A popup, scrolled `scroll` lines down (kept within its text by `App::update`).
    Popup {
        /// Which popup.
        kind: PopupKind,
        /// First line shown.
        scroll: usize,
    },
    /// A prompt with the text typed so far and, for the picker, the highlighted entry.
    Prompt {
        /// Which prompt.
        kind: PromptKind,
        /// Text typed so far.
        input: String,
        /// Highlighted entry of the article picker (0 elsewhere).
        picker: usize,
    },
}

impl Mode {
    /// A popup of `kind`, scrolled to the top.
    pub fn popup(kind: PopupKind) -> Mode {
        Mode::Popup { kind, scroll: 0 }
    }

    /// An empty prompt of `kind`.
    pub fn prompt(kind: PromptKind) -> Mode {
        Mode::Prompt {
            kind,
            input: String::new(),
            picker: 0,
        }
    }

    /// The open popup, if any.
    pub fn popup_kind(&self) -> Option<PopupKind> {
        match self {
            Mode::Popup { kind, .. } => Some(*kind),
            _ => None,
        }
    }

    /// The open prompt, if any.
    pub fn prompt_kind(&self) -> Option<PromptKind> {
        match self {
            Mode::Prompt { kind, .. } => Some(*kind),
            _ => None,
        }
    }

    /// The text typed into the open prompt ("" elsewhere).
    pub fn input(&self) -> &str {
        match self {
            Mode::Prompt { input, .. } => input,
            _ => "",
        }
    }

    /// The popup's scroll position (0 elsewhere).
    pub fn scroll(&self) -> usize {
        match self {
            Mode::Popup { scroll, .. } => *scroll,
            _ => 0,
        }
    }

    /// The picker's highlighted entry (0 elsewhere).
    pub fn picker(&self) -> usize {
        match self {
            Mode::Prompt { picker, .. } => *picker,
            _ => 0,
        }
    }
}
