//! The app layer: state, actions, and the pure keymap. No drawing here.

mod accessors;
pub mod action;
pub mod bindings;
mod clipboard;
pub mod export;
pub mod filter_line;
pub mod filters;
pub mod keymap;
pub mod mode;
mod outbox;
pub mod picker;
pub mod popup;
mod reload;
mod revisions;
pub mod since;
pub mod state;
pub mod tab;
mod tabs;
pub mod update;

pub use action::Action;
pub use clipboard::MAX_COPY_BYTES;
pub use state::App;
pub use tab::DashTab;
