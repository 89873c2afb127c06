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
            // A wide symbol takes two cells; ratatui leaves the second one blank: skip it.
            skip = crate::data::model::width::display_width(sym).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
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
