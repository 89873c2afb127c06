//! Event labels in Belarusian and Russian (issue 23): `events.csv`'s `label_be` and
//! `label_ru` on the chart's legend, in the events popup, in the report and on a chart image,
//! English where a label has no translation; a file of the older four-column layout (the
//! fixture's) still reads, English labels only.

mod common;

use common::{DataDir, repdash};
use repdash::dash::{Action, App, DashTab, Theme, ThemeName, render_text};
use repdash::data::{DataSource, Lang, Store, set_lang};

const EVENTS: &str = "date,kind,label,source_url,label_be,label_ru
2023-12-20,list,Fixture list event,https://example.org/fixture/event,Падзея спіса,Событие списка
2024-02-10,release,Fixture release,https://example.org/fixture/release,,
";

/// The fixture with the six-column events file.
fn data() -> DataDir {
    let d = DataDir::fixture();
    std::fs::write(d.path().join("events.csv"), EVENTS).unwrap();
    d
}

fn screen(d: &DataDir, lang: Lang, popup: bool) -> String {
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    let mut app = App::new(store, DashTab::Prisoners, None, None);
    if popup {
        app.update(Action::OpenEvents);
    }
    set_lang(lang);
    let s = render_text(&app, &Theme::new(ThemeName::NoColour), 120, 40);
    set_lang(Lang::En);
    s
}

#[test]
fn the_legend_and_the_events_popup_show_labels_in_the_readers_language() {
    let d = data();
    let ru = screen(&d, Lang::Ru, false);
    assert!(ru.contains("2023-12-20 Событие списка"), "{ru}");
    assert!(!ru.contains("Fixture list event"), "{ru}");
    // No Russian label: the English one, never an empty mark.
    assert!(ru.contains("2024-02-10 Fixture release"), "{ru}");
    let be = screen(&d, Lang::Be, true);
    assert!(be.contains("Падзея спіса (спіс)"), "{be}");
    assert!(
        be.contains("2 падзеі; графік"),
        "the head in the few form: {be}"
    );
    let en = screen(&d, Lang::En, true);
    assert!(en.contains("Fixture list event (list)"), "{en}");
}

#[test]
fn the_older_layout_still_reads_with_english_labels() {
    let d = DataDir::fixture();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    assert_eq!(store.events.len(), 1);
    set_lang(Lang::Be);
    assert_eq!(store.events[0].label_here(), "Fixture event");
    set_lang(Lang::En);
}

#[test]
fn a_report_in_belarusian_names_events_in_belarusian() {
    let d = data();
    let out = repdash()
        .args(["--data", d.path().to_str().unwrap(), "--lang", "be"])
        .args(["report", "--from", "2023-11", "--to", "2024-03"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains(": Падзея спіса"), "{md}");
}
