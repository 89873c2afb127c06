//! The data layer, in the order data flows through it: `model` (what a figure is) -> `load`
//! (files into a checked `Store`) -> `query` (series, aggregates, views) -> `output` (CSV,
//! reports, import). No terminal code and no argument parsing here, so the same core serves
//! the dashboard and the non-interactive commands.

pub mod load;
pub mod model;
pub mod output;
pub mod query;
