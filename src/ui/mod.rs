//! The UI layer: draws from `&App`, never changes it, never does I/O.

pub mod articles;
pub mod axis;
pub mod cells;
pub mod chart;
pub mod coverage;
pub mod frame;
pub mod hints;
pub mod metric_tab;
pub mod overview;
pub mod popups;
pub mod sources;
pub mod text;
pub mod theme;

pub use frame::Screen;
pub use theme::{Theme, ThemeName};
