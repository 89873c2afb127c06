//! One month of one series: its ranked readings and the month's figure built from them.

use crate::data::model::catalog::Kind;
use crate::data::model::figure::Figure;
use crate::data::model::qualifier::Qualifier;
use crate::data::query::reading::{MonthFigure, month_figure};
use crate::data::query::roles::{Role, roles};

/// All sources for one metric, article and month, and the month's figure built from them by
/// the rules of `query::reading`. A view into the store's figures: copying a cell copies three
/// references, the kind and the figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell<'a> {
    /// The reading listed first (see `store::rank_sources` for the order); its source is the
    /// one a table names.
    pub primary: &'a Figure,
    /// Other sources and readings of the same month, kept and shown on request.
    pub alternates: &'a [Figure],
    /// The month's figure: the first reading, or for a flow the sum of its dated batches.
    pub figure: MonthFigure,
    /// The metric's kind, which decides the readings' roles.
    pub kind: Kind,
    /// The whole ranked run (`primary` and `alternates` are its first and the rest).
    readings: &'a [Figure],
}

impl<'a> Cell<'a> {
    /// The cell over a ranked run of figures of one month; `None` for an empty run.
    pub fn of(run: &'a [Figure], kind: Kind) -> Option<Cell<'a>> {
        let (primary, alternates) = run.split_first()?;
        Some(Cell {
            primary,
            alternates,
            figure: month_figure(kind, run)?,
            kind,
            readings: run,
        })
    }

    /// Every reading, primary first: the run the cell was built over.
    pub fn run(&self) -> &'a [Figure] {
        self.readings
    }

    /// What each reading is to the month's figure (`query::roles`), in run order.
    pub fn roles(&self) -> Vec<Role> {
        roles(self.kind, self.run())
    }

    /// The month's value.
    pub fn value(&self) -> f64 {
        self.figure.value
    }

    /// The month's qualifier.
    pub fn qualifier(&self) -> Qualifier {
        self.figure.qualifier
    }

    /// Value and qualifier as people read them, e.g. `≥1,429`.
    pub fn display_value(&self) -> String {
        let n = crate::data::model::text::format_number(self.value());
        format!("{}{n}", self.qualifier().mark())
    }

    /// [`Cell::display_value`] with ASCII marks for plain text.
    pub fn ascii_value(&self) -> String {
        let n = crate::data::model::text::format_number(self.value());
        format!("{}{n}", self.qualifier().ascii_mark())
    }

    /// Whether two readings of the same day cannot both be true (`≠`).
    pub fn conflict(&self) -> bool {
        self.figure.disputed
    }

    /// How many sources report this figure.
    pub fn source_count(&self) -> usize {
        1 + self.alternates.len()
    }

    /// Every figure of the cell, primary first.
    pub fn all(&self) -> impl Iterator<Item = &'a Figure> + use<'a> {
        std::iter::once(self.primary).chain(self.alternates.iter())
    }
}
