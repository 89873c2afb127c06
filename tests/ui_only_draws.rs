//! The UI only draws (structure issue, item 4): everything a frame needs is decided when the
//! state changes, so 100 frames of any tab or popup ask the store for no figure.

mod common;

use repdash::dash::render_text;
use repdash::dash::{Action, App, DashTab};
use repdash::dash::{Theme, ThemeName};
use repdash::data::{DataSource, Store};

fn frames_query_nothing(app: &App, what: &str) {
    let theme = Theme::new(ThemeName::NoColour);
    let before = app.store().queries();
    for i in 0..100u16 {
        // Two sizes, so a layout that computes per size is drawn both ways.
        let (w, h) = if i % 2 == 0 { (120, 40) } else { (80, 24) };
        render_text(app, &theme, w, h);
    }
    assert_eq!(
        app.store().queries() - before,
        0,
        "{what}: 100 frames queried the store"
    );
}

#[test]
fn no_tab_and_no_popup_queries_the_store_while_drawing() {
    let d = common::DataDir::fixture();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    for tab in DashTab::ALL {
        let mut app = App::new(store.clone(), tab, None, None);
        frames_query_nothing(&app, &format!("{tab:?}"));
        let popups = [
            Action::OpenHelp,
            Action::OpenSource,
            Action::OpenSnapshot,
            Action::OpenEvents,
            Action::OpenCompare,
        ];
        for popup in popups {
            app.update(popup.clone());
            frames_query_nothing(&app, &format!("{tab:?} {popup:?}"));
            app.update(Action::Close);
        }
    }
}

#[test]
fn the_count_sees_a_query() {
    // The guard itself: a figure query moves the count, so zero above means none happened.
    let d = common::DataDir::fixture();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    let before = store.queries();
    let _ = store.figures_of("political_prisoners");
    let app = App::new(store.clone(), DashTab::Prisoners, None, None);
    assert!(app.store().queries() > before);
}
