//! `repdash report`: the brief's rows, decided once, and its Markdown, HTML and JSON writers.

pub mod format;
pub mod html;
mod html_context;
pub mod html_escape;
pub mod html_style;
pub mod json;
pub mod md;
pub mod revised;
pub mod rows;
