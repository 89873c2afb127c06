//! The data layer: loading, validation, query and export. No terminal code here, so the same
//! core serves the dashboard and the non-interactive commands.

pub mod atomic;
pub mod case_query;
pub mod cases;
pub mod catalog;
pub mod csvfile;
pub mod csvsplit;
pub mod duplicates;
pub mod events;
pub mod export;
pub mod figure;
pub mod glossary;
pub mod import;
pub mod intern;
pub mod loader;
pub mod month;
pub mod pattern;
pub mod problem;
pub mod qualifier;
pub mod query;
pub mod range_setting;
pub mod report;
pub mod selection;
pub mod series;
pub mod snapshot;
pub mod source;
pub mod store;
pub mod text;
pub mod view;
