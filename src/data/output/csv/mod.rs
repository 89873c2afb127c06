//! Files people open in a spreadsheet and the import that reads them back: the view export, the all-or-nothing import, and the atomic writes both rest on.

pub mod atomic;
pub mod cases_stream;
pub mod export;
pub mod figures;
pub mod import;
mod row_writer;
pub mod transaction;
