//! The dashboard as the tests, benches, examples and fuzz targets drive it: the app's state
//! and actions, the keymap and its binding table, and drawing a frame to text or a buffer.
//! `app` and `ui` are private to the crate, so the dead-code lint sees what nothing uses;
//! this is everything outside the crate may reach of them.

pub use crate::app::bindings::{BINDINGS, Scope};
pub use crate::app::filter_line;
pub use crate::app::keymap::action_for;
pub use crate::app::mode::{Mode, PopupKind, PromptKind};
pub use crate::app::{Action, App, DashTab, MAX_COPY_BYTES};
pub use crate::ui::popups::help_lines;
pub use crate::ui::sources::{snapshot_lines, source_lines};
pub use crate::ui::text::{render_buffer, render_text};
pub use crate::ui::{Screen, Theme, ThemeName};
