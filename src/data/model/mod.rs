//! The model: months, qualifiers, figures, patterns, problems, the catalog, text rules. No I/O.

pub mod case_events;
pub mod catalog;
pub mod columns;
pub mod cores;
pub mod covers;
pub mod fields;
pub mod figure;
pub mod fold;
pub mod i18n;
pub mod intern;
pub mod lang;
pub mod metric_words;
pub mod month;
pub mod month_names;
pub mod pattern;
pub mod period;
pub mod plural;
pub mod problem;
pub mod pseudo;
pub mod qualifier;
pub mod range_setting;
pub mod text;
pub mod ticks;
pub mod width;
