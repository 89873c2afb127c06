//! Output: the view and the figures as CSV, reports, import; every file written atomically.

pub mod atomic;
pub mod export;
pub mod import;
pub mod report;
pub mod transaction;
