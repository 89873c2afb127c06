//! Output: every format the data is written in, by what it writes; every file written
//! atomically.

pub mod brief;
pub mod cases;
pub mod chart;
pub mod clipboard;
pub mod compare;
pub mod csv;
pub mod daff;
pub mod diff;
pub mod diff_text;
pub mod history;
pub mod json_values;
pub mod since;
pub mod summary;
