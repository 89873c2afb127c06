//! A month's shown figure in one version, and why it changed between two: decided here
//! once, named by every output of `repdash diff`.

use crate::data::model::figure::Figure;
use crate::data::query::reading::MonthFigure;

/// A month's shown figure and the reading shown first.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// The figure as every output shows it.
    pub figure: MonthFigure,
    /// The reading shown first (its source is the figure's source).
    pub primary: Figure,
}

/// Why a month's shown figure changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The reading shown before was corrected (its value or qualifier changed).
    Corrected,
    /// A reading the old version did not have now comes first.
    Outranked,
    /// The reading shown before is gone; another one is shown.
    ReadingRemoved,
    /// The month had no figure before.
    NewFigure,
    /// The month has no figure now.
    FigureRemoved,
    /// Another reading of both versions comes first now, or the readings now disagree.
    Other,
}

impl Cause {
    /// The cause in words of this thread's language, for text and Markdown; the CSV's and
    /// JSON's `cause` is written with English as the language, so it never changes.
    pub fn words(self) -> String {
        match self {
            Cause::Corrected => crate::tr!("cause-corrected"),
            Cause::Outranked => crate::tr!("cause-outranked"),
            Cause::ReadingRemoved => crate::tr!("cause-reading-removed"),
            Cause::NewFigure => crate::tr!("cause-new-figure"),
            Cause::FigureRemoved => crate::tr!("cause-figure-removed"),
            Cause::Other => crate::tr!("cause-other"),
        }
    }
}

/// Why the shown figure moved: its reading corrected or removed, or outranked by a new one.
pub(crate) fn cause(
    old: Option<&Shown>,
    new: Option<&Shown>,
    a: Option<&Vec<&Figure>>,
    b: Option<&Vec<&Figure>>,
) -> Cause {
    let (Some(o), Some(n)) = (old, new) else {
        return if old.is_none() {
            Cause::NewFigure
        } else {
            Cause::FigureRemoved
        };
    };
    let same_reading = |x: &Figure, y: &Figure| x.source_url == y.source_url && x.as_of == y.as_of;
    let in_new = b
        .into_iter()
        .flatten()
        .find(|g| same_reading(g, &o.primary));
    let was_old = a.into_iter().flatten().any(|g| same_reading(g, &n.primary));
    match in_new {
        None => Cause::ReadingRemoved,
        Some(g) if g.value != o.primary.value || g.qualifier != o.primary.qualifier => {
            Cause::Corrected
        }
        Some(_) if !was_old => Cause::Outranked,
        Some(_) => Cause::Other,
    }
}
