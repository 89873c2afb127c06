//! Loading: sources, strict CSV readers, per-file parsers and `Store::load*`. Every problem names file, line and field.

mod assemble;
pub mod bounded;
pub mod case_stream;
pub mod cases;
pub mod catalog_file;
pub(crate) mod csv_header;
pub mod csvfile;
pub mod csvsplit;
pub mod duplicates;
pub mod events;
mod field_count;
mod field_end;
pub mod git_history;
pub mod git_source;
pub mod glossary;
pub mod loader;
pub mod metric_figures;
pub mod person_index;
mod rank;
pub(crate) mod records;
pub mod row;
pub mod selection;
pub mod snapshot;
mod snapshot_fields;
pub mod source;
pub mod store;
