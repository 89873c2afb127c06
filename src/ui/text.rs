//! One frame drawn into memory and returned as plain text: `repdash render`, tests, screen
//! readers and timing all use it.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use super::{Screen, Theme};
use crate::app::App;

/// Draws the app at `width` x `height` and returns the buffer.
pub fn render_buffer(app: &App, theme: &Theme, width: u16, height: u16) -> Buffer {
    let mut buf = Buffer::empty(ratatui::layout::Rect::new(0, 0, width, height));
    ratatui::widgets::Widget::render(Screen { app, theme }, buf.area, &mut buf);
    buf
}

/// The frame as lines of text with trailing spaces removed.
pub fn buffer_text(buf: &Buffer) -> String {
    let mut out = String::new();
    let area = buf.area;
    for y in 0..area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            line.push_str(sym);
            skip = unicode_width(sym).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn unicode_width(s: &str) -> usize {
    // Wide symbols occupy two cells; ratatui leaves the second cell blank, which we skip.
    if s.chars().any(|c| {
        ('\u{1100}'..='\u{115F}').contains(&c)
            || ('\u{2E80}'..='\u{A4CF}').contains(&c)
            || ('\u{AC00}'..='\u{D7A3}').contains(&c)
            || ('\u{F900}'..='\u{FAFF}').contains(&c)
            || ('\u{FF00}'..='\u{FF60}').contains(&c)
    }) {
        2
    } else {
        1
    }
}

/// Renders through ratatui's `TestBackend`, the path the real terminal takes.
pub fn render_text(app: &App, theme: &Theme, width: u16, height: u16) -> String {
    let backend = TestBackend::new(width, height);
    match Terminal::new(backend) {
        Ok(mut term) => {
            let _ = term.draw(|f| f.render_widget(Screen { app, theme }, f.area()));
            buffer_text(term.backend().buffer())
        }
        Err(_) => buffer_text(&render_buffer(app, theme, width, height)),
    }
}
