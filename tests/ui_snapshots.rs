//! Every tab drawn at 120x40 and 80x24 on the real data, range fixed to the data's own span
//! (2020-08..2026-03), so snapshots do not depend on today's date.

use repdash::app::{App, DashTab};
use repdash::data::source::DataSource;
use repdash::data::store::Store;
use repdash::ui::text::render_text;
use repdash::ui::{Theme, ThemeName};

fn app(tab: DashTab) -> App {
    let store = Store::load(&DataSource::Embedded).unwrap();
    App::new(store, tab, Some("2020-08..2026-03".parse().unwrap()), None)
}

fn screen(tab: DashTab, w: u16, h: u16) -> String {
    render_text(&app(tab), &Theme::new(ThemeName::NoColour), w, h)
}

#[test]
fn every_tab_at_120x40() {
    for tab in DashTab::ALL {
        insta::assert_snapshot!(format!("{}_120x40", tab.key()), screen(tab, 120, 40));
    }
}

#[test]
fn every_tab_at_80x24() {
    for tab in DashTab::ALL {
        insta::assert_snapshot!(format!("{}_80x24", tab.key()), screen(tab, 80, 24));
    }
}

#[test]
fn prisoners_tab_shows_the_facts_monitors_quote() {
    let text = screen(DashTab::Prisoners, 120, 40);
    assert!(
        text.contains("Political prisoners · people · level"),
        "{text}"
    );
    assert!(
        text.contains("1,135≠"),
        "latest month with a conflict is marked"
    );
    assert!(text.contains("≥1,184"), "lower bounds keep their mark");
    assert!(text.contains("2025-04           ·"), "a gap is a gap");
    assert!(
        text.contains("last 1,135 (2025-12)"),
        "aggregate of a level is its last value"
    );
}
