//! What matters is whole at 80x24 (monitor's month, round three, item 8): the article of a
//! figure by article (24.23 and 24.3 were both "· 24"), the article picker's case counts, and
//! every word of a series' facts under the month table. Checked at 80x24 and 120x40.

mod common;

use common::DataDir;
use repdash::dash::{Action, App, DashTab};
use repdash::data::{DataSource, Store};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn fixture_app(tab: DashTab, extra: &[(&str, &str)]) -> App {
    let d = DataDir::fixture();
    for (file, rows) in extra {
        let path = d.path().join("snapshots").join(file);
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str(rows);
        std::fs::write(path, text).unwrap();
    }
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    App::new(store, tab, None, None)
}

fn screen(app: &App, (w, h): (u16, u16)) -> String {
    let theme = repdash::dash::Theme::new(repdash::dash::ThemeName::NoColour);
    repdash::dash::render_text(app, &theme, w, h)
}

#[test]
fn figures_by_article_show_the_whole_article_and_aggregate() {
    let rows = "convictions_by_article,24.23,40,exact,,https://example.org/fixture/jan,Fixture review January,2024-02-06,
convictions_by_article,24.3,20787,at_least,,https://example.org/fixture/jan,Fixture review January,2024-02-06,
";
    let app = fixture_app(DashTab::Articles, &[("2024-01.csv", rows)]);
    for size in SIZES {
        let s = screen(&app, size);
        assert!(s.contains("│Convictions by article"), "{size:?}\n{s}");
        assert!(
            s.contains("│ 24.23  sum ≥40 (1 of 5 months had data)"),
            "{size:?}\n{s}"
        );
        // Where the line is too long for the panel it goes on below, whole.
        let panel: Vec<&str> = s
            .lines()
            .filter_map(|l| l.split_once('│'))
            .map(|(_, r)| r.trim())
            .collect();
        let joined = panel
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            joined.contains("24.3 sum ≥20,787 (1 of 5 months had data)"),
            "{size:?}\n{s}"
        );
    }
}

#[test]
fn the_article_picker_shows_each_count_before_the_name() {
    let mut app = fixture_app(DashTab::Articles, &[]);
    app.update(Action::OpenArticles);
    for size in SIZES {
        let s = screen(&app, size);
        assert!(
            s.contains("      342   2 cases  Fixture article on protests"),
            "{size:?}\n{s}"
        );
        assert!(
            s.contains("      411    1 case  Fixture article on prison"),
            "{size:?}\n{s}"
        );
        assert!(
            s.contains("2023-11..2024-03 · article filter, documented cases"),
            "{s}"
        );
    }
}

#[test]
fn a_series_facts_show_in_full_under_the_table() {
    let app = fixture_app(DashTab::Extremism, &[]);
    let wide = screen(&app, (400, 40));
    let facts = wide
        .lines()
        .find(|l| l.starts_with("2023-11..2024-03 extremist_individuals_added:"))
        .unwrap_or_else(|| panic!("{wide}"))
        .trim()
        .to_string();
    assert!(
        facts.len() > 160,
        "long enough to need three lines at 80: {facts}"
    );
    for size in SIZES {
        let s = screen(&app, size);
        let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(joined.contains(&facts), "{size:?}\n{s}");
    }
}
