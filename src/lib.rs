//! repdash: month-by-month statistics of political repression in Belarus, as a terminal
//! dashboard and as scriptable commands. Every figure keeps its qualifier and its source; a
//! month without a figure is a gap, never a zero.
#![warn(missing_docs, clippy::unwrap_used)]

pub(crate) mod app;
pub mod cli;
pub mod commands;
pub mod config;
mod config_text;
pub mod dash;
pub mod data;
pub mod hangup;
pub mod theme_name;
pub mod tui;
pub(crate) mod ui;
pub mod watch;
