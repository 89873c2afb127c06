//! Every tab drawn at 120x40 and 80x24 on the real data, range fixed to the data's own span
//! (2020-08..2026-03), so snapshots do not depend on today's date.

use repdash::dash::render_text;
use repdash::dash::{App, DashTab};
use repdash::dash::{Theme, ThemeName};
use repdash::data::DataSource;
use repdash::data::Store;

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
    // Tall enough that the month table reaches back to 2024-12 under the three-line footer.
    let text = screen(DashTab::Prisoners, 120, 48);
    assert!(
        text.contains("Political prisoners · people · level"),
        "{text}"
    );
    assert!(
        text.contains("2025-12       1,131 "),
        "the reading closest to month end is the figure, and an agreeing bound is no conflict"
    );
    assert!(
        text.contains("-187≠"),
        "a change on the disputed 2023-12 figure is marked"
    );
    assert!(text.contains("≥1,184"), "lower bounds keep their mark");
    assert!(text.contains("2025-04           ·"), "a gap is a gap");
    assert!(
        text.contains("last 1,158 (2026-01, as of 2026-01-31)"),
        "aggregate of a level is its last value"
    );
}

/// The bottom bar alone, in every mode, at 80 and 120 columns: fitted, help always last.
#[test]
fn bottom_bar_in_every_mode_at_80_and_120() {
    use repdash::dash::Action;
    let opens: [(&str, Option<Action>); 4] = [
        ("tabs", None),
        ("source", Some(Action::OpenSource)),
        ("filter", Some(Action::OpenFilter)),
        ("picker", Some(Action::OpenArticles)),
    ];
    let mut bars = String::new();
    for (name, open) in opens {
        let mut a = app(DashTab::Prisoners);
        if let Some(action) = open {
            a.update(action);
        }
        for w in [80, 120] {
            let text = render_text(&a, &Theme::new(ThemeName::NoColour), w, 24);
            let bar = text.lines().last().unwrap_or("").trim_end().to_string();
            bars.push_str(&format!("{name} {w}: {bar}\n"));
        }
    }
    insta::assert_snapshot!("bottom_bar", bars);
}

/// The popups over the prisoners tab, on the month with two disagreeing sources.
#[test]
fn popups_at_100x40() {
    use repdash::dash::Action;
    for (name, open) in [
        ("help", Action::OpenHelp),
        ("source", Action::OpenSource),
        ("month", Action::OpenSnapshot),
        ("picker", Action::OpenArticles),
    ] {
        let mut a = app(DashTab::Prisoners);
        a.update(Action::OpenGoto);
        for c in "2023-12".chars() {
            a.update(Action::Char(c));
        }
        a.update(Action::Submit);
        a.update(Action::Close);
        a.update(open);
        let text = render_text(&a, &Theme::new(ThemeName::NoColour), 100, 40);
        insta::assert_snapshot!(format!("popup_{name}_100x40"), text);
    }
}
