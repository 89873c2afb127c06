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

/// mimalloc for every allocation of the library and of whatever links it (the binary, its
/// tests and benchmarks, so they measure what ships): a load makes millions of small texts
/// and lists on several threads at once, where glibc's malloc spent 7% of a 1000x load in
/// its own bookkeeping (consolidating and unlinking free chunks).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
