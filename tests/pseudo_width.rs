//! Width (issue 23): every tab and every popup drawn at 80x24 in the pseudo-locale, English
//! stretched by 40% in brackets, as long as Belarusian and Russian run. The hint bar keeps
//! `?` and help, the tab titles shorten, and no figure is cut in the middle.

mod common;

use std::collections::BTreeSet;

use common::DataDir;
use repdash::dash::{Action, App, DashTab, Theme, ThemeName, render_text};
use repdash::data::{DataSource, Store, message, set_pseudo};

fn fixture_app(tab: DashTab) -> (DataDir, App) {
    let d = DataDir::fixture();
    let mut store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    store.origin = "fixture".into();
    let app = App::new(store, tab, None, None);
    (d, app)
}

fn draw(app: &App, pseudo: bool, w: u16, h: u16) -> String {
    set_pseudo(pseudo);
    let s = render_text(app, &Theme::new(ThemeName::NoColour), w, h);
    set_pseudo(false);
    s
}

/// The figures of a screen: runs of digits with the marks inside a figure (`1,380`,
/// `2023-11..2024-03`, `19.11`, `2024-03-31`), trimmed of marks at either end.
fn figures(screen: &str) -> BTreeSet<String> {
    let inside = |c: char| c.is_ascii_digit() || ",.:-".contains(c);
    screen
        .split(|c: char| !inside(c))
        .map(|run| run.trim_matches(|c: char| !c.is_ascii_digit()))
        .filter(|run| !run.is_empty())
        .map(str::to_string)
        .collect()
}

/// Every state worth drawing: each tab, then each popup over the tabs that have one.
fn states() -> Vec<(String, DataDir, App)> {
    let mut out = Vec::new();
    for tab in DashTab::ALL {
        let (d, app) = fixture_app(tab);
        out.push((format!("{tab:?}"), d, app));
    }
    let popups = [
        Action::OpenSource,
        Action::OpenFilter,
        Action::OpenArticles,
        Action::OpenGoto,
        Action::OpenSnapshot,
        Action::OpenHelp,
        Action::OpenEvents,
        Action::OpenCompare,
    ];
    for tab in [DashTab::Prisoners, DashTab::Articles, DashTab::Coverage] {
        for popup in &popups {
            let (d, mut app) = fixture_app(tab);
            app.update(popup.clone());
            out.push((format!("{tab:?} {popup:?}"), d, app));
        }
    }
    out
}

#[test]
fn every_tab_and_popup_keeps_its_figures_whole_at_80x24_in_the_pseudo_locale() {
    for (name, _d, app) in states() {
        let pseudo = draw(&app, true, 80, 24);
        assert!(
            pseudo.contains("[Fíltérs:"),
            "{name}: not stretched\n{pseudo}"
        );
        // Wide screens show every figure whole; one as short as this one has its axis ticks.
        let mut whole = figures(&draw(&app, false, 200, 60));
        whole.extend(figures(&draw(&app, false, 200, 24)));
        if name.contains(' ') {
            // A popup covers the screen behind it the same in every language: what its frame
            // cuts there is hidden, not cut by a longer word.
            whole.extend(figures(&draw(&app, false, 80, 24)));
        }
        let cut: Vec<String> = figures(&pseudo).difference(&whole).cloned().collect();
        assert!(cut.is_empty(), "{name}: cut figures {cut:?}\n{pseudo}");
    }
}

#[test]
fn the_hint_bar_keeps_help_and_the_tab_row_every_tab_in_the_pseudo_locale() {
    set_pseudo(true);
    let help = format!("? {}", message("key-global-open-help"));
    set_pseudo(false);
    assert!(help.ends_with('·') || help.ends_with(']'), "{help}");
    for tab in DashTab::ALL {
        let (_d, app) = fixture_app(tab);
        let screen = draw(&app, true, 80, 24);
        let bar = screen.lines().last().unwrap_or_default();
        assert!(bar.trim_end().ends_with(&help), "{tab:?}: {bar}");
        let row = screen.lines().next().unwrap_or_default();
        for n in 1..=DashTab::ALL.len() {
            assert!(
                row.contains(&n.to_string()),
                "{tab:?}: tab {n} missing from {row}"
            );
        }
        assert!(!row.contains('…'), "{tab:?}: {row}");
    }
}

/// An article code is a figure too: "adm:19.11" cut to "adm:19.1" names another article, in
/// the counts and in the register below them.
#[test]
fn article_codes_stay_whole_in_the_pseudo_locale() {
    let (_d, app) = fixture_app(DashTab::Articles);
    let screen = draw(&app, true, 80, 24);
    assert_eq!(screen.matches("adm:19.11").count(), 2, "{screen}");
}

/// The check above sees a cut: a figure shortened at an edge is not among the whole ones.
#[test]
fn the_figure_check_sees_a_figure_cut_at_an_edge() {
    let whole = figures("latest 1,380 (2024-03) · as of 2024-03-31");
    assert!(
        figures("latest 1,380 (2024-0")
            .difference(&whole)
            .next()
            .is_some()
    );
    assert!(figures("latest 1,38").difference(&whole).next().is_some());
    assert!(figures("[látést··· ]1,380 (2024-03)").is_subset(&whole));
}
