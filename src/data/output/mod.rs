//! Output: the view and the figures as CSV, reports, import; every file written atomically.

pub mod atomic;
pub mod brief_format;
pub mod brief_html;
pub mod brief_json;
pub mod brief_md;
pub mod brief_rows;
pub mod chart_draw;
pub mod chart_encode;
pub mod chart_model;
pub mod clipboard;
pub mod compare_out;
pub mod export;
pub mod import;
pub mod json_values;
pub mod report;
pub mod summary_json;
pub mod summary_md;
pub mod transaction;
