//! `repdash summary`: the view as plain text (and CSV), Markdown and JSON.

pub mod json;
pub mod md;
pub mod text;
