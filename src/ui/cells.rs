//! Figures as screen text: qualifier marks, thousands separators, conflict and gap marks.
//! Every string from data files passes through `clean` here before it is drawn.

use ratatui::text::Span;

use super::theme::Theme;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::clean;
use crate::data::query::series::{Aggregate, Cell, Change};
use crate::data::query::view::{aggregate_words, change_words};

/// Mark for disagreeing sources.
pub const CONFLICT: &str = "≠";
/// Mark for a month without a figure.
pub const GAP: &str = "·";

/// A cell's value with its qualifier mark and a conflict mark, styled.
pub fn value_span(cell: Option<Cell>, theme: &Theme) -> Span<'static> {
    match cell {
        None => Span::styled(GAP, theme.muted),
        Some(c) => {
            let mut text = c.display_value();
            let style = if c.conflict() {
                text.push_str(CONFLICT);
                theme.conflict
            } else if c.qualifier() != Qualifier::Exact {
                theme.inexact
            } else {
                ratatui::style::Style::default()
            };
            Span::styled(text, style)
        }
    }
}

/// A change as text: `+12`, `~-3` when either side is inexact, `-25≠` when either side is
/// disputed, `-116 (2m)` across a gap (the screen's short form of "(2 months)"), `·` when a
/// month is missing.
pub fn change_text(change: Option<Change>) -> String {
    let spans = change.and_then(|c| c.spans);
    let plain = change.map(|c| Change { spans: None, ..c });
    let words = change_words(plain, GAP, "≠");
    spans.map_or(words.clone(), |n| {
        crate::tr!("gap-span", words = words.clone(), n = n)
    })
}

/// The sources column: count, and the conflict mark when they disagree.
pub fn sources_text(cell: Option<Cell>) -> String {
    match cell {
        None => String::new(),
        Some(c) if c.conflict() => format!("{} {CONFLICT}", c.source_count()),
        Some(c) => c.source_count().to_string(),
    }
}

/// An aggregate in words with the screen's marks (`≥`).
pub fn aggregate_text(agg: &Aggregate) -> String {
    aggregate_words(agg, Qualifier::mark)
}

/// Data text made safe for the terminal and cut to `max` columns (a wide character counts
/// two: see `data::model::width`).
pub fn safe(text: &str, max: usize) -> String {
    crate::data::model::width::cut_to_width(&clean(text), max)
}

/// The rows of a long list that fit `height` lines with `selected` on screen (at the bottom
/// when scrolled), so a table draws a screenful of rows, not the whole list.
pub fn window(selected: usize, len: usize, height: usize) -> std::ops::Range<usize> {
    let height = height.max(1);
    let first = selected
        .min(len.saturating_sub(1))
        .saturating_sub(height - 1);
    first..(first + height).min(len)
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn window_keeps_the_selection_on_screen() {
        assert_eq!(window(0, 100, 10), 0..10);
        assert_eq!(window(9, 100, 10), 0..10);
        assert_eq!(window(10, 100, 10), 1..11);
        assert_eq!(window(99, 100, 10), 90..100);
        assert_eq!(window(5, 3, 10), 0..3);
        assert_eq!(window(0, 0, 10), 0..0);
        assert_eq!(window(3, 10, 0), 3..4);
    }
}
