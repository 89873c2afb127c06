//! The dashboard's second round, driven by actions on the synthetic fixture: chart axes and
//! legend, the event list, the coverage grid with metrics as named rows, live reload.

mod common;

use repdash::dash::PopupKind;
use repdash::dash::render_text;
use repdash::dash::{Action, App, DashTab};
use repdash::dash::{Theme, ThemeName};
use repdash::data::DataSource;
use repdash::data::Store;

fn app_on(d: &common::DataDir, tab: DashTab) -> App {
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    App::new(store, tab, None, None)
}

fn show(app: &App, w: u16, h: u16) -> String {
    render_text(app, &Theme::new(ThemeName::NoColour), w, h)
}

/// The y tick labels of the chart: numbers alone at the start of a line, before the x axis.
fn y_labels(text: &str) -> Vec<String> {
    text.lines()
        .skip(3)
        .take_while(|l| !l.contains('─'))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.chars().all(|c| c.is_ascii_digit() || c == ','))
        .map(String::from)
        .collect()
}

#[test]
fn chart_y_axis_is_round_from_zero_and_z_fits_the_data() {
    let d = common::DataDir::fixture();
    let mut a = app_on(&d, DashTab::Prisoners);
    let text = show(&a, 100, 40);
    let labels = y_labels(&text);
    assert_eq!(labels.last().map(String::as_str), Some("0"), "{text}");
    assert!(labels.len() >= 3, "{labels:?}\n{text}");
    for l in &labels {
        let v: u64 = l.replace(',', "").parse().unwrap();
        assert!(v.is_multiple_of(100), "tick {v} is not round: {labels:?}");
    }
    a.update(Action::ToggleFit);
    assert!(a.status().unwrap().contains("fitted"));
    let text = show(&a, 100, 40);
    let labels = y_labels(&text);
    assert_ne!(labels.last().map(String::as_str), Some("0"), "{text}");
    assert!(
        text.contains("y axis does not start at 0 (z: from 0)"),
        "{text}"
    );
    // The first and the last month of the range are labelled.
    assert!(
        text.contains("2023-11") && text.contains("2024-03"),
        "{text}"
    );
}

#[test]
fn events_key_lists_every_event_with_its_source() {
    let d = common::DataDir::fixture();
    let mut a = app_on(&d, DashTab::Prisoners);
    a.update(Action::OpenEvents);
    assert_eq!(a.mode().popup_kind(), Some(PopupKind::Events));
    let text = show(&a, 100, 30);
    assert!(
        text.contains("1  2023-12-20  Fixture event (list)"),
        "{text}"
    );
    assert!(
        text.contains("source: https://example.org/fixture/event"),
        "{text}"
    );
    a.update(Action::Close);
    // A range with no event says so instead of opening an empty list.
    a.update(Action::OpenFilter);
    for c in "2024-02".chars() {
        a.update(Action::Char(c));
    }
    a.update(Action::Submit);
    a.update(Action::OpenEvents);
    assert_eq!(a.mode().popup_kind(), None);
    assert_eq!(a.status(), Some("no event in 2024-02"));
}

#[test]
fn coverage_rows_are_named_metrics_and_columns_are_months() {
    let d = common::DataDir::fixture();
    let mut a = app_on(&d, DashTab::Coverage);
    let text = show(&a, 100, 30);
    for label in ["Political prisoners", "Detentions", "Administrative cases"] {
        assert!(
            text.lines().any(|l| l.starts_with(label)),
            "{label}\n{text}"
        );
    }
    // It opens on the first metric and the latest month.
    assert_eq!(a.selected_month().unwrap().to_string(), "2024-03");
    assert_eq!(a.focused_series().unwrap().key(), "political_prisoners");
    assert!(text.contains("Political prisoners (political_prisoners) · 2024-03: 1,380"));
    // Left is a month earlier: 2024-02 has no political-prisoner figure.
    a.update(Action::Left);
    assert_eq!(a.selected_month().unwrap().to_string(), "2024-02");
    assert!(a.selected_cell().is_none());
    assert!(show(&a, 100, 30).contains("2024-02: no figure"));
    // Down is the next metric; its row in the grid marks 2024-02 as present.
    let row = a
        .series()
        .iter()
        .position(|s| s.key() == "detentions")
        .unwrap();
    a.update(Action::Down(row));
    assert_eq!(a.focused_series().unwrap().key(), "detentions");
    assert_eq!(a.selected_cell().unwrap().value(), 280.0);
    a.update(Action::OpenSource);
    assert_eq!(a.mode().popup_kind(), Some(PopupKind::Source));
    assert!(show(&a, 100, 30).contains("https://example.org/fixture/feb"));
}

#[test]
fn coverage_row_of_a_metric_reads_like_its_months() {
    let d = common::DataDir::fixture();
    let a = app_on(&d, DashTab::Coverage);
    let text = show(&a, 100, 30);
    let row = text
        .lines()
        .find(|l| l.starts_with("Political prisoners ") && !l.contains('('))
        .unwrap();
    let marks: Vec<&str> = row.split_whitespace().skip(2).collect();
    // 2023-11 exact, 2023-12 disputed, 2024-01 exact, 2024-02 missing, 2024-03 exact.
    assert_eq!(marks, ["●", "≠", "●", "·", "●"], "{row}");
    let header = text
        .lines()
        .find(|l| l.trim_start().starts_with("N D J F M"));
    assert!(header.is_some(), "month initials under the years\n{text}");
}

/// The fixture's March snapshot with political prisoners at `value`.
fn march(value: &str) -> String {
    format!(
        "{}political_prisoners,,{value},exact,2024-03-31,https://example.org/fixture/mar,Fixture review March,2024-04-04,\n",
        common::HEADER_V2
    )
}

#[test]
fn reload_keeps_the_view_and_shows_new_figures() {
    let d = common::DataDir::fixture();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    let mut a = App::new(store, DashTab::Prisoners, None, None)
        .with_source(DataSource::Dir(d.path().to_path_buf()));
    a.update(Action::NextMetric);
    a.update(Action::PrevMetric);
    a.update(Action::Up(1));
    let month = a.selected_month();
    d.snapshot("2024-03.csv", march("1390"));
    a.update(Action::Reload(1));
    assert_eq!(a.status(), Some("reloaded: 1 file changed"));
    assert_eq!(a.tab(), DashTab::Prisoners);
    assert_eq!(a.selected_month(), month);
    let s = a.selected_series().unwrap();
    assert_eq!(s.key(), "political_prisoners");
    let march_cell = s.points().next_back().flatten().unwrap();
    assert_eq!(march_cell.value(), 1390.0);
    assert!(a.problems().is_empty());
}

#[test]
fn a_broken_edit_keeps_the_last_good_data_and_lists_problems_until_fixed() {
    let d = common::DataDir::fixture();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    let mut a = App::new(store, DashTab::Prisoners, None, None)
        .with_source(DataSource::Dir(d.path().to_path_buf()));
    d.snapshot("2024-03.csv", march("13x0"));
    a.update(Action::Reload(1));
    assert!(
        a.status()
            .unwrap()
            .contains("still showing the last good data")
    );
    assert_eq!(a.problems().len(), 1, "{:?}", a.problems());
    let problem = &a.problems()[0];
    assert!(problem.contains("2024-03.csv:2: value"), "{problem}");
    let text = show(&a, 120, 40);
    assert!(text.contains("data problems"), "{text}");
    assert!(text.contains("2024-03.csv:2: value"), "{text}");
    // The old figure is still what the table shows.
    assert!(text.contains("2024-03       1,380"), "{text}");
    // Fixed: the panel closes by itself.
    d.snapshot("2024-03.csv", march("1385"));
    a.update(Action::Reload(1));
    assert!(a.problems().is_empty());
    assert_eq!(
        a.status(),
        Some("reloaded: 1 file changed; the data is valid again")
    );
    let text = show(&a, 120, 40);
    assert!(!text.contains("data problems"), "{text}");
    assert!(text.contains("2024-03       1,385"), "{text}");
}

#[test]
fn a_new_month_extends_an_all_months_range() {
    let d = common::DataDir::fixture();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    let mut a = App::new(store, DashTab::Prisoners, None, None)
        .with_source(DataSource::Dir(d.path().to_path_buf()));
    d.snapshot(
        "2024-04.csv",
        march("1377").replace("2024-03-31", "2024-04-30"),
    );
    a.update(Action::Reload(1));
    assert_eq!(a.range().to_string(), "2023-11..2024-04");
}

#[test]
fn a_paste_lands_in_the_prompt_at_once_and_outside_a_prompt_does_nothing() {
    let d = common::DataDir::fixture();
    let mut a = app_on(&d, DashTab::Prisoners);
    a.update(Action::Paste("2024-01..2024-03".into()));
    assert_eq!(a.range().to_string(), "2023-11..2024-03");
    a.update(Action::OpenFilter);
    a.update(Action::Paste("2024-01..2024-03\n".into()));
    assert_eq!(a.mode().input(), "2024-01..2024-03");
    a.update(Action::Submit);
    assert_eq!(a.range().to_string(), "2024-01..2024-03");
}

#[test]
fn slash_on_the_articles_tab_searches_a_person_as_it_is_typed() {
    let d = common::DataDir::fixture();
    let mut a = app_on(&d, DashTab::Articles);
    let all = a.views().cases.len();
    a.update(Action::OpenFilter);
    assert_eq!(
        a.mode().prompt_kind(),
        Some(repdash::dash::PromptKind::Name)
    );
    for c in "PERSON".chars() {
        a.update(Action::Char(c));
    }
    assert_eq!(
        a.views().cases.len(),
        all,
        "every fixture person matches 'person'"
    );
    for c in " c".chars() {
        a.update(Action::Char(c));
    }
    let people: Vec<String> = a
        .views()
        .cases
        .iter()
        .map(|c| c.person.to_string())
        .collect();
    assert_eq!(people, ["Fixture Person C"]);
    assert!(show(&a, 120, 30).contains("search a person"));
    a.update(Action::Submit);
    assert_eq!(a.status(), Some("1 case of \"PERSON c\" in range"));
    assert_eq!(a.name(), Some("PERSON c"));
    // A new search replaces it as it is typed; Esc clears it.
    a.update(Action::OpenFilter);
    assert_eq!(a.mode().input(), "");
    a.update(Action::Char('d'));
    assert_eq!(a.name(), Some("d"));
    a.update(Action::Close);
    assert_eq!(a.name(), None);
    assert_eq!(a.views().cases.len(), all);
    // On other tabs `/` is still the filter line.
    a.update(Action::GoTab(1));
    a.update(Action::OpenFilter);
    assert_eq!(
        a.mode().prompt_kind(),
        Some(repdash::dash::PromptKind::Filter)
    );
}

#[test]
fn a_long_value_in_a_popup_wraps_whole_and_its_end_can_be_reached() {
    let d = common::DataDir::fixture();
    let note = format!("{} END-OF-NOTE", "a long note that goes on ".repeat(30));
    d.snapshot(
        "2024-02.csv",
        format!(
            "{}detentions,,280,exact,,https://example.org/fixture/feb,Fixture review February,2024-03-05,{note}\n",
            common::HEADER_V2
        ),
    );
    let mut a = app_on(&d, DashTab::Detentions);
    a.update(Action::OpenGoto);
    for c in "2024-02".chars() {
        a.update(Action::Char(c));
    }
    a.update(Action::Submit);
    a.update(Action::Close);
    a.update(Action::OpenSource);
    let text = show(&a, 80, 24);
    assert!(text.contains("note:      a long note"), "{text}");
    assert!(!text.contains('…'), "nothing cut: {text}");
    let reached = (0..30).any(|_| {
        a.update(Action::Down(1));
        show(&a, 80, 24).contains("END-OF-NOTE")
    });
    assert!(reached, "the end of the note is reachable by scrolling");
}

#[test]
fn the_person_search_still_takes_filter_expressions() {
    let d = common::DataDir::fixture();
    let mut a = app_on(&d, DashTab::Articles);
    a.update(Action::OpenFilter);
    for c in "2024-01 art:411".chars() {
        a.update(Action::Char(c));
    }
    a.update(Action::Submit);
    assert_eq!(a.range().to_string(), "2024-01");
    assert_eq!(a.article().map(ToString::to_string), Some("411".into()));
    assert_eq!(
        a.name(),
        None,
        "the letters before the colon were not a name"
    );
}
