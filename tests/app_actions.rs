//! The dashboard driven by actions, as the keymap would: filters, popups, export, tiny sizes.

mod common;

use repdash::dash::render_text;
use repdash::dash::{Action, App, DashTab};
use repdash::dash::{Mode, PopupKind};
use repdash::dash::{Theme, ThemeName};
use repdash::data::DataSource;
use repdash::data::Store;

/// The app on the synthetic fixture (tests/common/fixture.rs), so no test here pins the
/// research dataset.
fn app(tab: DashTab) -> App {
    let d = common::DataDir::fixture();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    App::new(store, tab, None, None)
}

fn show(app: &App, w: u16, h: u16) -> String {
    render_text(app, &Theme::new(ThemeName::NoColour), w, h)
}

fn type_line(app: &mut App, open: Action, text: &str) {
    app.update(open);
    for c in text.chars() {
        app.update(Action::Char(c));
    }
    app.update(Action::Submit);
}

#[test]
fn filter_line_sets_range_and_article_and_header_shows_them() {
    let mut a = app(DashTab::Articles);
    type_line(&mut a, Action::OpenFilter, "2023-12..2024-01 art:411");
    assert_eq!(a.range().to_string(), "2023-12..2024-01");
    assert_eq!(
        a.article().as_ref().map(ToString::to_string),
        Some("411".into())
    );
    let cases: Vec<_> = a.views().cases.iter().collect();
    assert!(!cases.is_empty());
    assert!(
        cases
            .iter()
            .all(|c| c.articles.iter().any(|x| &**x == "411") && c.month.year() == 2024)
    );
    assert_eq!(
        cases.iter().map(|c| &*c.person).collect::<Vec<_>>(),
        ["Fixture Person B"]
    );
    let text = show(&a, 120, 40);
    assert!(
        text.contains("range 2023-12..2024-01 (2 months) · article 411 (Fixture article on prison"),
        "{text}"
    );
    a.update(Action::ClearFilters);
    assert_eq!(a.article(), None);
    assert_eq!(a.range(), a.full());
}

#[test]
fn bad_filter_is_a_message_not_a_change() {
    let mut a = app(DashTab::Prisoners);
    let before = a.range();
    type_line(&mut a, Action::OpenFilter, "2024-13");
    assert_eq!(a.range(), before);
    assert!(a.status().unwrap_or("").contains("not understood"));
    assert_eq!(*a.mode(), Mode::Normal);
}

#[test]
fn presets_and_range_moves_stay_inside_the_data() {
    let mut a = app(DashTab::Prisoners);
    a.update(Action::Preset(repdash::data::RangeSetting::Last(3)));
    assert_eq!(a.range().to_string(), "2024-01..2024-03");
    a.update(Action::ShiftStart(-1));
    assert_eq!(a.range().to_string(), "2023-12..2024-03");
    a.update(Action::ShiftStart(-12));
    assert_eq!(
        a.range().to_string(),
        "2023-11..2024-03",
        "cannot start before the data"
    );
    a.update(Action::ShiftEnd(12));
    assert_eq!(
        a.range().to().to_string(),
        "2024-03",
        "cannot run past the data"
    );
    a.update(Action::ShiftStart(100));
    assert_eq!(a.range().from().to_string(), "2024-03");
    a.update(Action::ShiftEnd(-1));
    assert_eq!(a.range().len(), 1, "the range keeps at least one month");
    a.update(Action::Preset(repdash::data::RangeSetting::All));
    assert_eq!(a.range(), a.full());
}

#[test]
fn article_picker_narrows_by_typing_and_applies() {
    let mut a = app(DashTab::Articles);
    a.update(Action::OpenArticles);
    for c in "discipl".chars() {
        a.update(Action::Char(c));
    }
    let entries = a.picker_entries();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].0, "411");
    assert!(entries[0].2 > 0, "count of documented cases in range");
    let text = show(&a, 120, 40);
    assert!(
        text.contains("411    1 case  Fixture article on prison discipline"),
        "{text}"
    );
    a.update(Action::Submit);
    assert_eq!(
        a.article().as_ref().map(ToString::to_string),
        Some("411".into())
    );
}

#[test]
fn source_popup_shows_every_source_and_the_disagreement() {
    let mut a = app(DashTab::Prisoners);
    type_line(&mut a, Action::OpenFilter, "2023-12");
    a.update(Action::OpenSource);
    assert_eq!(*a.mode(), Mode::popup(PopupKind::Source));
    let text = show(&a, 120, 40);
    assert!(
        text.contains("political_prisoners · 2023-12 · 2 source(s), sources disagree"),
        "{text}"
    );
    assert!(text.contains("https://example.org/fixture/dec-a"));
    assert!(text.contains("https://example.org/fixture/dec-b"));
    assert!(
        text.contains("1,470 (exact) — ≠ cannot both be true with the shown figure (1,450)"),
        "{text}"
    );
    a.update(Action::Close);
    assert_eq!(*a.mode(), Mode::Normal);
}

#[test]
fn source_on_a_gap_says_so() {
    let mut a = app(DashTab::Prisoners);
    type_line(&mut a, Action::OpenFilter, "2024-02");
    a.update(Action::OpenSource);
    assert_eq!(*a.mode(), Mode::Normal);
    assert!(a.status().unwrap_or("").contains("no figure here"));
}

#[test]
fn goto_month_opens_that_months_snapshot() {
    let mut a = app(DashTab::Overview);
    type_line(&mut a, Action::OpenGoto, "2024-01");
    assert_eq!(*a.mode(), Mode::popup(PopupKind::Snapshot));
    let text = show(&a, 120, 40);
    assert!(text.contains("every figure of 2024-01"), "{text}");
    assert!(
        text.contains("Political prisoners: 1,420 (2024-01-31)"),
        "{text}"
    );
    assert!(
        text.contains("  ≠ Detentions: 310  https://example.org/fixture/jan"),
        "the disagreeing second source is marked: {text}"
    );
}

/// The month popup marks further readings by the rules, not by a differing value: another
/// day's reading of a level is `·`, another batch of a flow `+`, a second source of one
/// batch `=`.
#[test]
fn goto_month_marks_readings_by_the_rules() {
    let mut a = app(DashTab::Overview);
    type_line(&mut a, Action::OpenGoto, "2024-03");
    let text = show(&a, 120, 40);
    assert!(
        text.contains("  · Political prisoners: 1,360 (2024-03-12)"),
        "{text}"
    );
    a.update(Action::Close);
    type_line(&mut a, Action::OpenGoto, "2023-12");
    let text = show(&a, 120, 40);
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("Added to extremist individuals list"))
        .collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[0].contains("│Added to extremist individuals list: ≥14 (2023-12-22)"),
        "{text}"
    );
    assert!(
        lines[1].contains("  = Added to extremist individuals list: ≥14 (2023-12-22)"),
        "{text}"
    );
    assert!(
        lines[2].contains("  + Added to extremist individuals list: ≥12 (2023-12-08)"),
        "{text}"
    );
    assert!(
        text.contains("  ≠ Political prisoners: 1,470 (2023-12-31)"),
        "{text}"
    );
}

#[test]
fn export_writes_the_view_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(DashTab::Prisoners).with_export_dir(dir.path().to_path_buf());
    type_line(&mut a, Action::OpenFilter, "2023-11..2024-03");
    a.update(Action::Export);
    let name = "repdash-prisoners-political_prisoners-2023-11..2024-03.csv";
    let status = a.status().unwrap_or_default().to_string();
    assert!(
        status.starts_with("exported 5 rows to ") && status.ends_with(name),
        "{status}"
    );
    let mut rdr = csv::Reader::from_path(dir.path().join(name)).unwrap();
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(
        rows.len(),
        5,
        "tidy: one row per month, no range row to count twice"
    );
    assert!(rows.iter().all(|r| &r[0] == "month"));
    assert_eq!(
        (&rows[0][1], &rows[0][4], &rows[0][5]),
        ("2023-11", "1400", "exact")
    );
    assert_eq!(&rows[0][6], "2023-11-30", "the as-of day of the reading");
    assert_eq!(&rows[0][11], "https://example.org/fixture/nov");
    assert_eq!(
        (&rows[3][1], &rows[3][4]),
        ("2024-02", ""),
        "a gap stays empty"
    );
    a.update(Action::Export);
    assert!(dir.path().join(name.replace(".csv", "-2.csv")).exists());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2,
        "no temp files left"
    );
}

#[test]
fn failed_export_is_a_message() {
    let mut a = app(DashTab::Coverage).with_export_dir("/nonexistent/dir".into());
    a.update(Action::Export);
    assert!(
        a.status()
            .unwrap_or("")
            .starts_with("export failed: cannot write /nonexistent/dir/")
    );
}

#[test]
fn tiny_terminals_do_not_panic() {
    for tab in DashTab::ALL {
        let a = app(tab);
        for (w, h) in [(0, 0), (1, 1), (20, 5), (39, 11), (40, 12), (41, 13)] {
            let text = show(&a, w, h);
            if (w, h) == (20, 5) {
                assert!(text.starts_with("terminal too small"), "{text}");
            }
        }
    }
}

#[test]
fn help_and_hints_come_from_the_keymap() {
    let mut a = app(DashTab::Prisoners);
    let hints = show(&a, 200, 50);
    for b in repdash::dash::BINDINGS.iter().filter(|b| b.hint > 0) {
        if matches!(
            b.scope,
            repdash::dash::Scope::Global
                | repdash::dash::Scope::Rows
                | repdash::dash::Scope::Metric
        ) {
            assert!(hints.contains(b.label), "hint bar lacks {}", b.label);
        }
    }
    a.update(Action::OpenHelp);
    let help = show(&a, 120, 110);
    for b in repdash::dash::BINDINGS.iter() {
        assert!(
            help.contains(&format!("{}  {}", b.label, b.help)),
            "help lacks {} {}",
            b.label,
            b.help
        );
    }
}

#[test]
fn tabs_cycle_with_keys_and_digits() {
    let mut a = app(DashTab::Overview);
    a.update(Action::NextTab);
    assert_eq!(a.tab(), DashTab::Prisoners);
    a.update(Action::PrevTab);
    a.update(Action::PrevTab);
    assert_eq!(a.tab(), DashTab::Coverage);
    a.update(Action::GoTab(4));
    assert_eq!(a.tab(), DashTab::Extremism);
    let first = a.selected_series().unwrap().key();
    a.update(Action::NextMetric);
    assert_ne!(a.selected_series().unwrap().key(), first);
    a.update(Action::PrevMetric);
    assert_eq!(a.selected_series().unwrap().key(), first);
}

#[test]
fn control_characters_in_data_never_reach_the_screen() {
    let d = common::DataDir::new();
    d.snapshot(
        "2024-02.csv",
        format!(
            "{}political_prisoners,,1410,exact,https://a/\u{1b}]52;c;eA==\u{7},\"T\u{1b}[2J\u{202e}itle\",,\"n\u{8}ote\r\"\n",
            common::HEADER
        ),
    );
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf()));
    // A URL with control characters is refused at load time ...
    assert!(store.is_err());
    let d = common::DataDir::new();
    d.snapshot("2024-02.csv", format!("{}political_prisoners,,1410,exact,https://a/,\"T\u{1b}[2J\u{202e}itle\",,\"n\u{8}ote\r\"\n", common::HEADER));
    // ... while titles and notes are cleaned wherever they are drawn.
    let mut a = App::new(
        Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap(),
        DashTab::Prisoners,
        None,
        None,
    );
    a.update(Action::OpenSource);
    let text = show(&a, 120, 40);
    assert!(
        text.contains("title:     T[2Jitle") && text.contains("note:      note"),
        "{text}"
    );
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() && c != '\n' || c == '\u{202e}')
    );
}

/// Regression: Down pressed 500 times in help used to leave the scroll at 499, so Up then
/// looked dead for hundreds of presses. The scroll now stops at the last line.
#[test]
fn popup_scroll_stops_at_its_last_line_and_up_moves_at_once() {
    let mut a = app(DashTab::Prisoners);
    a.update(Action::OpenHelp);
    let len = a.popup_len(PopupKind::Help);
    for _ in 0..500 {
        a.update(Action::Down(1));
    }
    assert_eq!(a.mode().scroll(), len - 1);
    let bottom = show(&a, 80, 24);
    a.update(Action::Up(1));
    assert_eq!(a.mode().scroll(), len - 2);
    assert_ne!(show(&a, 80, 24), bottom, "one Up moves the text at once");
}

/// The app's line counts are the lines the UI draws, so the clamp matches the screen.
#[test]
fn popup_line_counts_match_what_is_drawn() {
    let theme = Theme::new(ThemeName::NoColour);
    let mut a = app(DashTab::Prisoners);
    type_line(&mut a, Action::OpenFilter, "2023-12");
    assert_eq!(
        repdash::dash::source_lines(&a, &theme).len(),
        a.popup_len(PopupKind::Source)
    );
    assert_eq!(
        repdash::dash::snapshot_lines(&a, &theme).len(),
        a.popup_len(PopupKind::Snapshot)
    );
    assert_eq!(
        repdash::dash::help_lines(&theme).len(),
        a.popup_len(PopupKind::Help)
    );
    a.update(Action::GoTab(5));
    assert_eq!(
        repdash::dash::source_lines(&a, &theme).len(),
        a.popup_len(PopupKind::Source)
    );
}

/// Regression: the bottom bar was cut at the width, so `? help` was lost on most screens.
#[test]
fn the_hint_bar_keeps_help_at_every_width_and_tab() {
    for tab in DashTab::ALL {
        let mut a = app(tab);
        for w in [40, 60, 80, 120] {
            let text = show(&a, w, 24);
            let bar = text.lines().last().unwrap_or("");
            assert!(
                bar.trim_end().ends_with("? help"),
                "{tab:?} at {w}: {bar:?}"
            );
        }
        a.update(Action::OpenHelp);
        a.update(Action::OpenHelp);
        assert_eq!(*a.mode(), Mode::Normal, "? closes help");
    }
    let mut a = app(DashTab::Prisoners);
    a.update(Action::OpenSource);
    let bar = show(&a, 80, 24).lines().last().unwrap_or("").to_string();
    assert!(
        bar.contains("Esc/q/Enter close") && bar.contains("? help"),
        "{bar}"
    );
}

/// The sources popup says why the shown reading is shown and what the others are.
#[test]
fn source_popup_names_earlier_readings_and_batches() {
    let mut a = app(DashTab::Prisoners);
    type_line(&mut a, Action::OpenFilter, "2024-03");
    a.update(Action::OpenSource);
    let text = show(&a, 140, 50);
    assert!(text.contains("the reading closest to month end"), "{text}");
    assert!(
        text.contains("1,360 (exact) — earlier reading (2024-03-12), not a disagreement"),
        "{text}"
    );
    a.update(Action::Close);
    a.update(Action::GoTab(4));
    type_line(&mut a, Action::OpenFilter, "2023-12");
    a.update(Action::OpenSource);
    let text = show(&a, 140, 50);
    assert!(text.contains("sum of 2 batches"), "{text}");
    assert!(
        text.contains("batch of 2023-12-22, same batch, counted once"),
        "{text}"
    );
}

/// Rule 5 on screen: the sources popup of January 2024 gives the change on December under
/// each of December's two disagreeing sources.
#[test]
fn source_popup_gives_the_change_under_each_source() {
    let mut a = app(DashTab::Prisoners);
    type_line(&mut a, Action::OpenFilter, "2023-12..2024-01");
    a.update(Action::Last);
    a.update(Action::OpenSource);
    let text = show(&a, 160, 60);
    assert!(
        text.contains("change on the previous month under each source"),
        "{text}"
    );
    assert!(
        text.contains("-30 = 1,420 (https://example.org/fixture/jan) − 1,450"),
        "{text}"
    );
    assert!(
        text.contains("-50 = 1,420 (https://example.org/fixture/jan) − 1,470"),
        "{text}"
    );
}

/// Rule 6 on screen: a list's additions are read beside the list's derived growth, and
/// recognitions beside releases, in the footer of the selected series.
#[test]
fn the_footer_puts_the_companion_figure_beside_the_selected_one() {
    let mut a = app(DashTab::Extremism);
    type_line(&mut a, Action::OpenFilter, "2023-11..2023-12");
    let text = show(&a, 240, 40);
    assert!(
        text.contains("2023-11..2023-12 extremist_individuals_added: sum ≥26 (1 of 2 months had data) · beside it, Extremist individuals list size: derived change +40 from 1,000 (2023-11-24, example.org) to 1,040 (2023-12-29, example.org)"),
        "{text}"
    );
    let mut a = app(DashTab::Prisoners);
    type_line(&mut a, Action::OpenFilter, "2024-01..2024-02");
    a.update(Action::NextMetric);
    let text = show(&a, 240, 40);
    assert!(
        text.contains("pp_recognized: sum ≥90 (1 of 2 months had data) · beside it, Released in month: sum ≥20 (1 of 2 months had data)"),
        "{text}"
    );
}

/// Regression: Esc on the main screen quit at once, easy to hit when closing a popup twice.
#[test]
fn esc_closes_popups_but_never_quits() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use repdash::dash::action_for;
    let key = |c| KeyEvent::new(c, KeyModifiers::NONE);
    let mut a = app(DashTab::Prisoners);
    a.update(Action::OpenSource);
    for _ in 0..2 {
        if let Some(action) = action_for(a.mode(), key(KeyCode::Esc)) {
            a.update(action);
        }
    }
    assert_eq!(*a.mode(), Mode::Normal);
    assert!(!a.should_quit(), "a second Esc does not quit");
    assert_eq!(
        action_for(a.mode(), key(KeyCode::Char('q'))),
        Some(Action::Quit)
    );
}

/// The filter line takes a year, a quarter and a range of years; y/Y step by calendar year.
#[test]
fn years_and_quarters_on_the_filter_line_and_year_steps() {
    let mut a = app(DashTab::Prisoners);
    type_line(&mut a, Action::OpenFilter, "2024-Q1");
    assert_eq!(a.range().to_string(), "2024-01..2024-03");
    type_line(&mut a, Action::OpenFilter, "2023");
    assert_eq!(
        a.range().to_string(),
        "2023-11..2023-12",
        "the year, within the data"
    );
    type_line(&mut a, Action::OpenFilter, "2023..2024");
    assert_eq!(a.range(), a.full());
    a.update(Action::StepYear(-1));
    assert_eq!(
        a.range().to_string(),
        "2024-01..2024-03",
        "first the last month's year"
    );
    a.update(Action::StepYear(-1));
    assert_eq!(a.range().to_string(), "2023-11..2023-12");
    a.update(Action::StepYear(-1));
    assert_eq!(
        a.range().to_string(),
        "2023-11..2023-12",
        "no data before: unchanged"
    );
    assert_eq!(a.status(), Some("no data in 2022"));
    a.update(Action::StepYear(1));
    assert_eq!(a.range().to_string(), "2024-01..2024-03");
    type_line(&mut a, Action::OpenFilter, "2024-Q5");
    assert!(
        a.status().unwrap_or("").contains("try 2024, 2024-Q1"),
        "{:?}",
        a.status()
    );
}

/// The sources popup says which rule put the shown reading first.
#[test]
fn source_popup_says_why_the_shown_reading_is_shown() {
    let mut a = app(DashTab::Prisoners);
    type_line(&mut a, Action::OpenFilter, "2023-12");
    a.update(Action::OpenSource);
    let text = show(&a, 160, 50);
    assert!(
        text.contains("shown: 1,450, because both refer to the same day, with the same precision and kind of source, and it was published later"),
        "{text}"
    );
    a.update(Action::Close);
    type_line(&mut a, Action::OpenFilter, "2024-03");
    a.update(Action::OpenSource);
    let text = show(&a, 160, 50);
    assert!(
        text.contains("shown: 1,380, because it is the reading closest to month end"),
        "{text}"
    );
}

/// Messages last until the next key and are shown whole; tab names are cut only when the
/// row is too narrow for them.
#[test]
fn messages_expire_and_wrap_and_tab_titles_fit_the_row() {
    let mut a = app(DashTab::Prisoners)
        .with_export_dir("/nonexistent/a/long/directory/name/for/the/export/of/the/view".into());
    a.update(Action::Export);
    let message = a.status().unwrap_or("").to_string();
    assert!(
        message.len() > 100 && message.ends_with("(os error 2)"),
        "{message}"
    );
    let text = show(&a, 80, 24);
    let lines: Vec<&str> = text.lines().collect();
    let bottom = lines[lines.len().saturating_sub(4)..lines.len() - 1].join("");
    assert!(
        bottom.contains("(os error 2)"),
        "shown whole, wrapped: {text}"
    );
    a.update(Action::Down(1));
    assert_eq!(a.status(), None, "gone at the next key");
    let first = |w| show(&a, w, 24).lines().next().unwrap_or("").to_string();
    assert!(
        first(124).contains("2 Political prisoners"),
        "{}",
        first(124)
    );
    assert!(first(100).contains("2 Prisoners"), "{}", first(100));
    assert!(first(80).contains("2 Prison"), "{}", first(80));
}

/// `name:` on the filter line narrows the case register to a person, whatever the spelling.
#[test]
fn name_search_on_the_filter_line_folds_spellings() {
    let mut a = app(DashTab::Articles);
    type_line(&mut a, Action::OpenFilter, "name:person-b");
    assert_eq!(a.views().cases.len(), 0, "no such spelling");
    type_line(&mut a, Action::OpenFilter, "name:PERSON");
    assert_eq!(a.views().cases.len(), 4);
    type_line(&mut a, Action::OpenFilter, "name:Persón_C");
    assert_eq!(a.views().cases.len(), 0);
    type_line(&mut a, Action::OpenFilter, "name:fixture%20person");
    assert_eq!(a.views().cases.len(), 0);
    type_line(&mut a, Action::OpenFilter, "name:ón");
    let people: Vec<&str> = a.views().cases.iter().map(|c| &*c.person).collect();
    assert_eq!(people.len(), 4, "ó folds to o: {people:?}");
    let text = show(&a, 120, 40);
    assert!(text.contains("cases of \"ón\""), "{text}");
    a.update(Action::ClearFilters);
    assert_eq!(a.name(), None);
    assert_eq!(a.views().cases.len(), 4);
}

/// The picker lists articles the register names outside the glossary too, marked so, and
/// picking one filters by it.
#[test]
fn the_picker_offers_articles_outside_the_glossary() {
    let mut a = app(DashTab::Articles);
    a.update(Action::OpenArticles);
    for c in "19.11".chars() {
        a.update(Action::Char(c));
    }
    let entries = a.picker_entries();
    assert_eq!(
        entries,
        [("adm:19.11".to_string(), "(not in glossary)".to_string(), 1)]
    );
    a.update(Action::Submit);
    assert!(a.article().is_some(), "{:?}", a.status());
    let people: Vec<&str> = a.views().cases.iter().map(|c| &*c.person).collect();
    assert_eq!(people, ["Fixture Person D"]);
}
