//! The bottom bar: the keys that work here, from the binding table, fitted to the width. When
//! the bar is too narrow the least important hints go first (gitui's command bar does the
//! same), a `…` says some are hidden, and `? help`, which lists them all, always stays.

use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::app::keymap::bindings_for;
use crate::app::{Action, App};

/// One hint: the keys and what they do, with its place in the priority order.
struct Hint {
    keys: &'static str,
    what: String,
    priority: u8,
    /// Help is never dropped: it is the way to every other key.
    keep: bool,
}

impl Hint {
    fn width(&self) -> usize {
        Span::raw(self.keys).width() + 1 + Span::raw(self.what.as_str()).width() + 2
    }
}

/// A binding's words before its first `:` or `(`: "metric", "sources".
fn first_words(help: &str) -> String {
    help.split([':', '('])
        .next()
        .unwrap_or(help)
        .trim_end()
        .to_string()
}

fn hints(app: &App) -> Vec<Hint> {
    bindings_for(app.mode())
        .filter(|b| b.hint > 0 && app.tab_takes(b.scope))
        .map(|b| Hint {
            keys: b.label,
            what: first_words(&crate::data::model::i18n::text(b.id)),
            priority: b.hint,
            keep: b.action == Action::OpenHelp,
        })
        .collect()
}

/// Drops the least important hints (highest number, the later one of a tie) until the rest
/// fit `width` with room for the `…` mark; returns whether any was dropped.
fn fit(hints: &mut Vec<Hint>, width: usize) -> bool {
    const MORE: usize = 3;
    let total = |h: &[Hint]| h.iter().map(Hint::width).sum::<usize>();
    if total(hints) <= width {
        return false;
    }
    while total(hints) + MORE > width {
        let drop = hints
            .iter()
            .enumerate()
            .filter(|(_, h)| !h.keep)
            .max_by_key(|(i, h)| (h.priority, *i))
            .map(|(i, _)| i);
        match drop {
            Some(i) => {
                hints.remove(i);
            }
            None => break,
        }
    }
    true
}

/// The bottom bar for `width` columns, help last.
pub fn hint_line(app: &App, theme: &Theme, width: u16) -> Line<'static> {
    let mut hints = hints(app);
    let more = fit(&mut hints, usize::from(width));
    let (keep, rest): (Vec<Hint>, Vec<Hint>) = hints.into_iter().partition(|h| h.keep);
    let spans = |h: &Hint| {
        [
            Span::styled(h.keys, theme.title),
            Span::styled(format!(" {}  ", h.what), theme.muted),
        ]
    };
    let more = more.then(|| Span::styled("…  ", theme.muted));
    let line: Vec<Span<'static>> = rest
        .iter()
        .flat_map(spans)
        .chain(more)
        .chain(keep.iter().flat_map(spans))
        .collect();
    Line::from(line)
}
