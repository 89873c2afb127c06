//! The data layer, in the order data flows through it: `model` (what a figure is) -> `load`
//! (files into a checked `Store`) -> `query` (series, aggregates, views) -> `output` (CSV,
//! reports, import). No terminal code and no argument parsing here, so the same core serves
//! the dashboard and the non-interactive commands.
//!
//! The stages are private to the crate; this facade is what the binary, the tests and the
//! benches use, so rustc sees every item nobody calls. What only fuzz targets, proptests and
//! benches need (the per-file parsers) is in [`testing`].

pub(crate) mod load;
pub(crate) mod model;
pub(crate) mod output;
pub(crate) mod query;

pub use load::cases::Case;
pub use load::git_source::commit_day;
pub use load::selection::Selection;
pub use load::source::DataSource;
pub use load::store::Store;
pub use model::catalog::{Catalog, Kind, MetricInfo, Tab};
pub use model::figure::Figure;
pub use model::i18n::{ids as message_ids, set_pseudo, text as message};
pub use model::lang::{Lang, set as set_lang, with as in_lang};
pub use model::month::{Month, MonthRange};
pub use model::pattern::ArticlePattern;
pub use model::problem::Problem;
pub use model::qualifier::Qualifier;
pub use model::range_setting::RangeSetting;
pub use output::clipboard::CopyFormat;
pub use output::csv::export::cases_to_csv;
pub use output::csv::import::import;
pub use output::summary::md::Extras as SummaryExtras;
pub use output::summary::text::Format;
pub use query::case_query::{CaseFilter, CaseView, query_cases};
pub use query::consistency::{Warning, check as check_consistency};
pub use query::derived::{Derived, derived_change};
pub use query::filter::Filter;
pub use query::reading::{MonthFigure, compatible, month_figure};
pub use query::roles::{Place, Role, roles};
pub use query::series::{Aggregate, Cell, Series};
pub use query::view::View;

/// Entry points below the facade, for fuzz targets, property tests and benches only: the
/// per-file parsers and the pieces of the month-figure rules they exercise one at a time.
pub mod testing {
    pub use super::load::csvsplit::split_read;
    pub use super::load::snapshot::{Rules, end_distance, parse_snapshot, parse_snapshot_with};
    pub use super::load::source::RawFile;
    pub use super::load::store::rank_sources;
    pub use super::model::fold::fold;
    pub use super::model::intern::Interner;
    pub use super::output::brief::html::render as brief_html;
    pub use super::output::brief::json::render as brief_json;
    pub use super::output::brief::md::render as brief_md;
    pub use super::query::brief::Brief;
    pub use super::query::reading::why_first;
    pub use super::query::series::aggregate_cells;
}
