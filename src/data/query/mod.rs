//! Querying: filters, series and their aggregates, the views the screens and commands show, case queries.

pub mod aggregate;
pub mod brief;
pub mod case_query;
pub mod case_summary;
pub mod cell;
pub mod compare;
pub mod consistency;
pub mod derived;
pub mod diff;
pub mod diff_cause;
pub mod diff_facts;
pub mod facts;
pub mod filter;
pub mod gaps;
pub mod month_readings;
pub mod points;
pub mod reading;
pub mod roles;
pub mod series;
pub mod stated;
pub mod view;
