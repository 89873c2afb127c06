//! The chart's drawing checked cell by cell: markers sit where the line passes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;

use super::{Plot, Point, draw_lines, draw_points, wrap_items};
use crate::data::model::qualifier::Qualifier;
use crate::ui::theme::{Theme, ThemeName};

fn is_braille(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| ('\u{2801}'..='\u{28FF}').contains(&c))
}

#[test]
fn markers_sit_in_the_cells_their_line_passes_through() {
    let values: Vec<Point> = [3.0, 1_567.0, 785.0, 1_200.0, 1_201.0, 40.0, 999.0]
        .iter()
        .map(|v| Some((*v, Qualifier::Exact)))
        .collect();
    for (w, h) in [(20u16, 6u16), (37, 9), (71, 17), (113, 21)] {
        let area = Rect::new(3, 2, w, h);
        let plot = Plot {
            area,
            x: [0.0, (values.len() - 1) as f64],
            y: [0.0, 2_000.0],
        };
        let mut line = Buffer::empty(Rect::new(0, 0, w + 6, h + 4));
        draw_lines(&mut line, &plot, &values, Color::Reset);
        let mut points = Buffer::empty(line.area);
        draw_points(&mut points, &plot, &values, &Theme::new(ThemeName::Dark));
        let mut seen = 0;
        for pos in line.area.positions() {
            if points[pos].symbol() == "●" {
                seen += 1;
                assert!(
                    is_braille(line[pos].symbol()),
                    "{w}x{h}: marker at {pos:?} off the line"
                );
            }
        }
        assert_eq!(seen, values.len(), "{w}x{h}: every point drawn");
    }
}

#[test]
fn a_gap_breaks_the_line_and_keeps_its_neighbours_markers() {
    let values: Vec<Point> = vec![
        Some((10.0, Qualifier::Exact)),
        Some((20.0, Qualifier::AtLeast)),
        None,
        None,
        Some((20.0, Qualifier::About)),
    ];
    let area = Rect::new(0, 0, 40, 8);
    let plot = Plot {
        area,
        x: [0.0, 4.0],
        y: [0.0, 20.0],
    };
    let mut line = Buffer::empty(area);
    draw_lines(&mut line, &plot, &values, Color::Reset);
    // Month 2 and 3 are missing: no dot between month 1's column and month 4's.
    let (from, _) = plot.cell(1.0, 20.0);
    let (to, _) = plot.cell(4.0, 20.0);
    for x in from + 1..to {
        for y in 0..8 {
            assert_eq!(line[(x, y)].symbol(), " ", "dot in the gap at {x},{y}");
        }
    }
    let mut points = Buffer::empty(area);
    draw_points(&mut points, &plot, &values, &Theme::new(ThemeName::Dark));
    let shapes: String = area
        .positions()
        .map(|p| points[p].symbol().to_string())
        .collect();
    assert!(shapes.contains('●') && shapes.contains('△') && shapes.contains('◇'));
}

#[test]
fn legend_items_wrap_at_the_width() {
    let items = ["aaaa", "bbbb", "cccc"].map(String::from);
    assert_eq!(
        wrap_items(items.clone().into_iter(), 10),
        vec!["aaaa  bbbb", "cccc"]
    );
    assert_eq!(
        wrap_items(items.into_iter(), 3),
        vec!["aaaa", "bbbb", "cccc"]
    );
}
