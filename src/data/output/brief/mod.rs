//! `repdash report`: the brief's rows, decided once, and its Markdown, HTML and JSON writers.

pub mod format;
pub mod html;
pub mod html_style;
pub mod json;
pub mod md;
pub mod revised;
pub mod rows;
