//! Colour is part of the meaning: in the dark and colour-blind themes a disputed cell has the
//! conflict style and an inexact one the inexact style, on the real buffer the terminal gets.

mod common;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use repdash::dash::render_buffer;
use repdash::dash::{Action, App, DashTab};
use repdash::dash::{Theme, ThemeName};
use repdash::data::{DataSource, Store};

fn app(tab: DashTab, range: &str) -> App {
    let d = common::DataDir::fixture();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    let mut a = App::new(store, tab, None, None);
    a.update(Action::OpenFilter);
    for c in range.chars() {
        a.update(Action::Char(c));
    }
    a.update(Action::Submit);
    a
}

/// The style of the first cell of `text` on the first screen line that starts with `row`.
fn style_of(buf: &Buffer, row: &str, text: &str) -> (Color, Modifier) {
    let w = buf.area.width as usize;
    let cells: Vec<&str> = buf.content.iter().map(|c| c.symbol()).collect();
    for row in cells
        .chunks(w)
        .enumerate()
        .filter(|r| r.1.concat().starts_with(row))
    {
        let line: String = row.1.concat();
        if let Some(byte) = line.find(text) {
            let col = line[..byte].chars().count();
            let cell = &buf.content[row.0 * w + col];
            return (cell.fg, cell.modifier);
        }
    }
    panic!("{text:?} is not on a line starting {row:?}");
}

#[test]
fn conflict_and_inexact_cells_keep_their_styles_in_colour_themes() {
    for name in [ThemeName::Dark, ThemeName::ColourBlind] {
        let theme = Theme::new(name);
        let want_conflict = (
            theme.conflict.fg.unwrap_or(Color::Reset),
            theme.conflict.add_modifier,
        );
        let want_inexact = (
            theme.inexact.fg.unwrap_or(Color::Reset),
            theme.inexact.add_modifier,
        );
        assert_ne!(want_conflict, want_inexact, "{name:?}: the two must differ");
        let buf = render_buffer(
            &app(DashTab::Prisoners, "2023-11..2024-01"),
            &theme,
            120,
            40,
        );
        assert_eq!(
            style_of(&buf, "2023-12", "1,450≠"),
            want_conflict,
            "{name:?}"
        );
        assert_eq!(
            style_of(&buf, "2023-11", "1,400"),
            (Color::Reset, Modifier::empty()),
            "{name:?}: an exact cell is plain"
        );
        let buf = render_buffer(
            &app(DashTab::Detentions, "2023-11..2024-01"),
            &theme,
            120,
            40,
        );
        assert_eq!(style_of(&buf, "2023-12", "~250"), want_inexact, "{name:?}");
    }
}
