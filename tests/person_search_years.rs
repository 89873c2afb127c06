//! A person search says when the person is found only outside the range (monitor's month,
//! round three, item 5): "0 in 2023-12 · 1 in all years (Enter: show all)", and Enter shows all.

mod common;

use common::DataDir;
use repdash::dash::{Action, App, DashTab};
use repdash::data::{DataSource, Store};

fn searched(range: &str, name: &str) -> App {
    let d = DataDir::fixture();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    let mut app = App::new(store, DashTab::Articles, None, None);
    app.update(Action::OpenFilter);
    range.chars().for_each(|c| app.update(Action::Char(c)));
    app.update(Action::Submit);
    app.update(Action::OpenFilter);
    name.chars().for_each(|c| app.update(Action::Char(c)));
    app
}

fn screen(app: &App, w: u16, h: u16) -> String {
    let theme = repdash::dash::Theme::new(repdash::dash::ThemeName::NoColour);
    repdash::dash::render_text(app, &theme, w, h)
}

#[test]
fn a_name_found_only_in_other_years_says_so_and_enter_shows_all() {
    let mut app = searched("2023-12", "person b");
    for (w, h) in [(80, 24), (120, 40)] {
        let s = screen(&app, w, h);
        assert!(
            s.contains("cases: 0 in 2023-12 · 1 in all years (Enter: show all)"),
            "{w}x{h}\n{s}"
        );
    }
    app.update(Action::Submit);
    assert_eq!(
        app.status(),
        Some("1 case of \"person b\" in all years (range: all months)")
    );
    assert_eq!(app.range().to_string(), "2023-11..2024-03");
    let s = screen(&app, 120, 40);
    assert!(s.contains("Fixture Person B"), "{s}");
    assert!(s.contains("cases: 1 in range"), "{s}");
}

#[test]
fn a_quarter_with_some_of_the_cases_names_the_quarter() {
    let app = searched("2024-Q1", "fixture");
    let s = screen(&app, 120, 40);
    assert!(
        s.contains("cases: 3 in 2024-Q1 · 4 in all years (Enter: show all)"),
        "{s}"
    );
}

#[test]
fn a_search_over_all_months_keeps_the_plain_title() {
    let mut app = searched("all", "fixture");
    let s = screen(&app, 120, 40);
    assert!(s.contains("cases: 4 in range (s: source)"), "{s}");
    app.update(Action::Submit);
    assert_eq!(app.status(), Some("4 cases of \"fixture\" in range"));
}

fn cases(d: &DataDir, args: &[&str]) -> (Option<i32>, String) {
    let out = common::repdash()
        .arg("cases")
        .args(args)
        .arg("--data")
        .arg(d.path())
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// `repdash cases` is the same search on the command line, in every format.
#[test]
fn the_cases_command_finds_a_person_across_years_in_every_format() {
    let d = DataDir::fixture();
    let (code, text) = cases(&d, &["--person", "PERSON B", "--to", "2023-12"]);
    assert_eq!(code, Some(0));
    assert!(
        text.starts_with("0 documented cases of \"PERSON B\" in 2023-11..2023-12 · 1 in all years"),
        "{text}"
    );
    let (_, text) = cases(&d, &["--person", "person c"]);
    assert!(text.contains("Fixture Person C  convicted"), "{text}");
    assert!(text.ends_with("(documented cases: a sample, not national totals)\n"));

    let (_, json) = cases(&d, &["--article", "342", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["kind"], "cases");
    assert_eq!(doc["count"], 2);
    let people: Vec<&str> = doc["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["person"].as_str().unwrap())
        .collect();
    assert_eq!(people, ["Fixture Person A", "Fixture Person C"]);
    assert_eq!(doc["cases"][1]["articles"][0], "361-1");

    let (_, csv) = cases(
        &d,
        &[
            "--person", "person", "--month", "2024-01", "--format", "csv",
        ],
    );
    let mut rdr = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(&rdr.headers().unwrap()[2], "person");
    let rows: Vec<String> = rdr.records().map(|r| r.unwrap()[2].to_string()).collect();
    assert_eq!(rows, ["Fixture Person B", "Fixture Person C"]);

    let (_, md) = cases(&d, &["--person", "person d", "--format", "md"]);
    let table = md.lines().filter(|l| l.starts_with('|')).count();
    assert_eq!(table, 3, "header, rule and one case:\n{md}");
    assert!(md.contains("| adm:19.11 |"), "{md}");
}
