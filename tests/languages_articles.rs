//! Article names in Belarusian and Russian (issue 23): `articles.csv`'s `name_be` and `name_ru`
//! columns shown in the reader's language on the Articles tab, in the filter line and in the
//! picker (which finds an article by its English name in every language too); a glossary of
//! the older four-column layout still reads, English names only.

mod common;

use common::DataDir;
use repdash::dash::{Action, App, DashTab, Theme, ThemeName, render_text};
use repdash::data::{DataSource, Lang, Store, set_lang};

const ARTICLES: &str = "code,article,short_name,name_source_url,name_be,name_ru
criminal,342,Group actions breaching public order,https://example.org/fixture/articles,Групавыя дзеянні,Групповые действия
criminal,361-1,Fixture article on formations,https://example.org/fixture/articles,,
criminal,411,Malicious disobedience,https://example.org/fixture/articles,Злоснае непадпарадкаванне,Злостное неповиновение
";

/// The fixture with the six-column glossary, its app on the Articles tab built in `lang`.
fn app_in(lang: Lang) -> (DataDir, App) {
    let d = DataDir::fixture();
    std::fs::write(d.path().join("articles.csv"), ARTICLES).unwrap();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    set_lang(lang);
    let app = App::new(store, DashTab::Articles, None, None);
    (d, app)
}

fn screen(app: &App) -> String {
    render_text(app, &Theme::new(ThemeName::NoColour), 120, 40)
}

#[test]
fn the_articles_tab_names_articles_in_the_readers_language() {
    let (_d, app) = app_in(Lang::Be);
    let be = screen(&app);
    assert!(be.contains("Злоснае непадпарадкаванне"), "{be}");
    // No Belarusian name: the English one, never an empty cell.
    assert!(be.contains("Fixture article on format"), "{be}");
    assert!(!be.contains("Malicious disobedience"), "{be}");
    set_lang(Lang::Ru);
    let ru = screen(&app);
    assert!(ru.contains("Злостное неповиновение"), "{ru}");
    set_lang(Lang::En);
    let en = screen(&app);
    assert!(
        en.contains("Malicious disobedience") && !en.contains("Злос"),
        "{en}"
    );
}

#[test]
fn the_picker_finds_an_article_by_its_own_or_its_english_name() {
    let (_d, mut app) = app_in(Lang::Ru);
    app.update(Action::OpenArticles);
    for c in "неповин".chars() {
        app.update(Action::Char(c));
    }
    let found: Vec<(String, String)> = app
        .picker_entries()
        .iter()
        .map(|(a, n, _)| (a.clone(), n.clone()))
        .collect();
    assert_eq!(
        found,
        [("411".to_string(), "Злостное неповиновение".to_string())]
    );
    for _ in 0.."неповин".chars().count() {
        app.update(Action::Backspace);
    }
    for c in "public order".chars() {
        app.update(Action::Char(c));
    }
    let found: Vec<&str> = app
        .picker_entries()
        .iter()
        .map(|(a, ..)| a.as_str())
        .collect();
    assert_eq!(found, ["342"], "the English name matches in Russian too");
    app.update(Action::Submit);
    let ru = screen(&app);
    assert!(
        ru.contains("342 (Групповые действия)"),
        "the filter line: {ru}"
    );
    set_lang(Lang::En);
}

#[test]
fn a_glossary_row_of_the_wrong_width_is_a_problem_with_its_line() {
    let d = DataDir::fixture();
    let bad =
        format!("{ARTICLES}criminal,130,Hatred,https://example.org/fixture/articles,Варожасць\n");
    std::fs::write(d.path().join("articles.csv"), bad).unwrap();
    let (code, out) = common::check(d.path());
    assert_ne!(code, Some(0), "{out}");
    assert!(out.contains("articles.csv:5"), "{out}");
}
