//! Metric descriptions in Belarusian and Russian (issue 23): `metrics.csv`'s `description_be`
//! and `description_ru` say under the sources popup's head what a figure counts, in the
//! reader's language; a catalog without them (the twelve-column layout) still reads and says
//! the English description.

mod common;

use common::DataDir;
use repdash::dash::{Action, App, DashTab, Theme, ThemeName, source_lines};
use repdash::data::{DataSource, Lang, Store, set_lang};

const HEAD: &str =
    "key,tab,label,unit,kind,description,total_of,covers,companion,counter,label_be,label_ru";

/// The fixture's catalog in the newest layout (`local`: with descriptions in Belarusian and
/// Russian for the level) or the twelve-column one before it.
fn catalog(d: &DataDir, local: bool) -> String {
    let old = std::fs::read_to_string(d.path().join("metrics.csv")).unwrap();
    let mut out = HEAD.to_string()
        + if local {
            ",description_be,description_ru\n"
        } else {
            "\n"
        };
    for row in old.lines().skip(1) {
        // The seven-column fixture's one stated total covers a quarter, which its name said.
        let covers = if row.starts_with("detentions_quarter,") {
            "quarter"
        } else {
            ""
        };
        let described = match (local, row.starts_with("political_prisoners,")) {
            (false, _) => "",
            (true, true) => ",Утрымліваюцца на канец месяца,Находятся под стражей на конец месяца",
            (true, false) => ",,",
        };
        out += &format!("{row},{covers},,,,{described}\n");
    }
    out
}

/// The sources popup's lines for December 2023 on the prisoners tab, in `lang`.
fn popup(d: &DataDir, lang: Lang) -> Vec<String> {
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    set_lang(lang);
    let mut app = App::new(store, DashTab::Prisoners, None, None);
    app.update(Action::OpenFilter);
    for c in "2023-12".chars() {
        app.update(Action::Char(c));
    }
    app.update(Action::Submit);
    let theme = Theme::new(ThemeName::NoColour);
    let lines = source_lines(&app, &theme);
    set_lang(Lang::En);
    lines.iter().map(|l| l.to_string()).collect()
}

#[test]
fn the_sources_popup_says_what_is_counted_in_the_readers_language() {
    let d = DataDir::fixture();
    std::fs::write(d.path().join("metrics.csv"), catalog(&d, true)).unwrap();
    let be = popup(&d, Lang::Be);
    assert_eq!(be[1], "Утрымліваюцца на канец месяца", "{be:#?}");
    let ru = popup(&d, Lang::Ru);
    assert_eq!(ru[1], "Находятся под стражей на конец месяца", "{ru:#?}");
    let en = popup(&d, Lang::En);
    assert_eq!(en[1], "Fixture level held at month end", "{en:#?}");
    assert!(
        en[0].starts_with("political_prisoners · 2023-12"),
        "{en:#?}"
    );
}

#[test]
fn a_catalog_without_local_descriptions_says_the_english_one() {
    let d = DataDir::fixture();
    std::fs::write(d.path().join("metrics.csv"), catalog(&d, false)).unwrap();
    let be = popup(&d, Lang::Be);
    assert_eq!(be[1], "Fixture level held at month end", "{be:#?}");
}
