//! Belarusian and Russian (issue 23): every message in all three files and used by the code,
//! the dashboard's frame, help and tabs in each language on the fixture, the language chosen
//! by --lang, the config and the locale, and machine formats the same in every language.

mod common;

use std::collections::BTreeSet;

use common::{DataDir, repdash};
use repdash::dash::{Action, App, DashTab, Theme, ThemeName, render_text};
use repdash::data::{DataSource, Lang, Store, message, message_ids, set_lang};

/// Every string literal of `src/` that looks like a message id.
fn literals_in_src() -> BTreeSet<String> {
    fn walk(dir: &std::path::Path, out: &mut BTreeSet<String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let code = std::fs::read_to_string(&p).unwrap();
                for piece in code.split('"').skip(1).step_by(2) {
                    let id = piece
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if id && piece.contains('-') {
                        out.insert(piece.to_string());
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(&common::repo().join("src"), &mut out);
    out
}

#[test]
fn every_message_is_in_all_three_files_and_the_code_uses_each() {
    let en = message_ids(Lang::En);
    assert!(en.len() > 80, "{} ids", en.len());
    for lang in [Lang::Be, Lang::Ru] {
        assert_eq!(message_ids(lang), en, "{lang:?} has other ids than en");
    }
    // Tab titles are looked up as tab-{tier}{key}; every other id is a literal in src/.
    let mut used = literals_in_src();
    for t in DashTab::ALL {
        for tier in ["", "medium-", "short-"] {
            used.insert(format!("tab-{tier}{}", t.key()));
        }
    }
    let unused: Vec<&String> = en.iter().filter(|id| !used.contains(*id)).collect();
    assert!(unused.is_empty(), "ids no code uses: {unused:?}");
}

#[test]
fn each_key_binding_says_in_english_what_its_help_says() {
    set_lang(Lang::En);
    for b in repdash::dash::BINDINGS {
        if !b.id.starts_with("tab-") {
            assert_eq!(message(b.id), b.help, "{}", b.id);
        }
    }
}

fn fixture_app(tab: DashTab) -> (DataDir, App) {
    let d = DataDir::fixture();
    let mut store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    // The temporary directory's name would change every snapshot.
    store.origin = "fixture".into();
    let app = App::new(store, tab, None, None);
    (d, app)
}

/// The screen of `app` in `lang` at `w`x`h`, with the fixture's temporary name taken out.
fn screen_in(lang: Lang, app: &App, w: u16, h: u16) -> String {
    set_lang(lang);
    let s = render_text(app, &Theme::new(ThemeName::NoColour), w, h);
    set_lang(Lang::En);
    s
}

#[test]
fn the_overview_and_the_prisoners_tab_in_belarusian_and_russian() {
    for (lang, code) in [(Lang::Be, "be"), (Lang::Ru, "ru")] {
        for tab in [DashTab::Overview, DashTab::Prisoners] {
            let (d, app) = fixture_app(tab);
            let (_d, s) = (d, screen_in(lang, &app, 80, 24));
            insta::assert_snapshot!(format!("{code}_{}_80x24", tab.key()), s);
        }
    }
    let (_d, app) = fixture_app(DashTab::Prisoners);
    let be = screen_in(Lang::Be, &app, 120, 40);
    assert!(
        be.contains("Фільтры:") && be.contains("(5 месяцаў)"),
        "{be}"
    );
    assert!(
        be.contains("1\u{a0}380"),
        "a no-break space groups thousands: {be}"
    );
    assert!(be.contains("? даведка"), "the hint bar keeps help: {be}");
    let ru = screen_in(Lang::Ru, &app, 120, 40);
    assert!(
        ru.contains("Фильтры:") && ru.contains("(5 месяцев)"),
        "{ru}"
    );
    assert!(
        ru.contains("Месяц") && ru.contains("Источник"),
        "the table's header: {ru}"
    );
    let mut with_popup = app.clone();
    with_popup.update(Action::OpenSource);
    let be = screen_in(Lang::Be, &with_popup, 120, 40);
    assert!(
        be.contains("паказана: 1\u{a0}380, бо"),
        "the sources popup: {be}"
    );
    assert!(
        be.contains("спасылка:") && be.contains("https://example.org/fixture/mar"),
        "{be}"
    );
    let ru = screen_in(Lang::Ru, &with_popup, 120, 40);
    assert!(ru.contains("показано: 1\u{a0}380, потому что"), "{ru}");
    assert!(
        ru.contains("1\u{a0}380 (точно) — "),
        "the qualifier in words: {ru}"
    );
    let (_d2, articles) = fixture_app(DashTab::Articles);
    let be = screen_in(Lang::Be, &articles, 120, 40);
    assert!(
        be.contains("справы па артыкулах") && be.contains("Чалавек"),
        "{be}"
    );
    assert!(
        !be.contains("No localization"),
        "every heading has a message: {be}"
    );
    let en = screen_in(Lang::En, &app, 120, 40);
    assert!(en.contains("1,380") && en.contains("(5 months)"), "{en}");
}

#[test]
fn help_and_the_hint_bar_fit_80_columns_in_every_language() {
    for lang in Lang::ALL {
        let (_d, mut app) = fixture_app(DashTab::Prisoners);
        let s = screen_in(lang, &app, 80, 24);
        let bar = s.lines().last().unwrap_or_default().to_string();
        set_lang(lang);
        let help = message("key-global-open-help");
        set_lang(Lang::En);
        assert!(bar.contains(&format!("? {help}")), "{lang:?}: {bar}");
        app.update(Action::OpenHelp);
        let s = screen_in(lang, &app, 80, 24);
        set_lang(lang);
        let heading = message("help-heading");
        set_lang(Lang::En);
        assert!(
            s.contains(&heading[..heading.len().min(20)]),
            "{lang:?}: {s}"
        );
    }
}

/// Status messages follow the language the key was pressed in.
#[test]
fn status_messages_in_belarusian_and_russian() {
    let (_d, mut app) = fixture_app(DashTab::Prisoners);
    set_lang(Lang::Be);
    app.update(Action::ClearFilters);
    let be = app.status().unwrap_or_default().to_string();
    app.update(Action::ToggleFit);
    let fit = app.status().unwrap_or_default().to_string();
    set_lang(Lang::Ru);
    app.update(Action::ClearFilters);
    let ru = app.status().unwrap_or_default().to_string();
    set_lang(Lang::En);
    app.update(Action::ClearFilters);
    let en = app.status().unwrap_or_default().to_string();
    assert_eq!(
        (be.as_str(), ru.as_str(), en.as_str()),
        ("фільтры скінуты", "фильтры сброшены", "filters cleared")
    );
    assert_eq!(fit, "вось y па даных (z: зноў ад 0)");
}

/// `--lang`, then the config's `lang`, then the locale; `config` says which decided.
#[test]
fn the_language_comes_from_the_flag_the_config_or_the_locale() {
    let d = DataDir::fixture();
    let config = d.path().join("config.toml");
    let run = |args: &[&str], lang_env: &str, config_text: &str| {
        std::fs::write(&config, config_text).unwrap();
        let out = repdash()
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang_env)
            .env("REPDASH_CONFIG", &config)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // `config` says what decided each setting in the language it decided.
    assert!(run(&["config"], "be_BY.UTF-8", "").contains("lang       = be  [лакаль]"));
    assert!(run(&["config"], "C", "").contains("lang       = en  [default]"));
    assert!(
        run(&["config"], "be_BY.UTF-8", "lang = \"ru\"\n")
            .contains("lang       = ru  [файл настроек]")
    );
    assert!(
        run(
            &["--lang", "en", "config"],
            "be_BY.UTF-8",
            "lang = \"ru\"\n"
        )
        .contains("lang       = en  [command line]")
    );
    let data = d.path().to_str().unwrap();
    let screen = run(
        &["--data", data, "render", "--size", "80x24"],
        "be_BY.UTF-8",
        "",
    );
    assert!(screen.contains("1 Агляд"), "{screen}");
    let screen = run(
        &["--data", data, "--lang", "ru", "render", "--size", "80x24"],
        "C",
        "",
    );
    assert!(screen.contains("1 Обзор"), "{screen}");
    let out = repdash().args(["--lang", "de", "config"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("en, be or ru"));
}

/// CSV and JSON are data for programs: byte for byte the same in every language.
#[test]
fn machine_formats_are_the_same_in_every_language() {
    let d = DataDir::fixture();
    let data = d.path().to_str().unwrap();
    let outputs = |lang: &str| {
        [
            vec!["export", "--rows", "view", "--totals", "--output", "-"],
            vec!["export", "--rows", "figures", "--output", "-"],
            vec!["diff", "embedded", data, "--format", "csv"],
            vec!["summary", "--format", "json"],
            vec!["report", "--format", "json", "--month", "2024-01"],
        ]
        .map(|args| {
            let out = repdash()
                .args(["--data", data, "--lang", lang])
                .args(&args)
                .output()
                .unwrap();
            // diff's 1 means "they differ", as diff(1) says it.
            assert!(matches!(out.status.code(), Some(0 | 1)), "{args:?}");
            out.stdout
        })
    };
    let en = outputs("en");
    assert_eq!(outputs("be"), en);
    assert_eq!(outputs("ru"), en);
}

/// `report --format md` in Belarusian, read back by a Markdown parser: its headings, the
/// table's heading row, month names in the right case, and every footnote it cites defined.
#[test]
fn a_report_in_belarusian_reads_back_as_markdown() {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let d = DataDir::fixture();
    let out = repdash()
        .args(["--data", d.path().to_str().unwrap(), "--lang", "be"])
        .args(["report", "--month", "2024-01", "--format", "md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let md = String::from_utf8(out.stdout).unwrap();
    let (mut headings, mut cells, mut refs, mut defs) = (vec![], vec![], vec![], vec![]);
    let (mut in_heading, mut in_head_row, mut text) = (false, false, String::new());
    for event in Parser::new_ext(&md, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES) {
        match event {
            Event::Start(Tag::Heading { .. }) => (in_heading, text) = (true, String::new()),
            Event::End(TagEnd::Heading(_)) => {
                in_heading = false;
                headings.push(std::mem::take(&mut text));
            }
            Event::Start(Tag::TableHead) => (in_head_row, text) = (true, String::new()),
            Event::End(TagEnd::TableHead) => in_head_row = false,
            Event::End(TagEnd::TableCell) if in_head_row => cells.push(std::mem::take(&mut text)),
            Event::Text(t) if in_heading || in_head_row => text.push_str(&t),
            Event::FootnoteReference(r) => refs.push(r.to_string()),
            Event::Start(Tag::FootnoteDefinition(r)) => defs.push(r.to_string()),
            _ => {}
        }
    }
    assert_eq!(
        headings[0], "Палітычныя рэпрэсіі ў Беларусі: студзень 2024",
        "{md}"
    );
    for h in [
        "Галоўныя лічбы",
        "Падзеі",
        "Задакументаваныя справы",
        "Пакрыццё",
        "Крыніцы",
    ] {
        assert!(headings.iter().any(|x| x == h), "{h}: {headings:?}");
    }
    assert_eq!(
        cells.first().map(String::as_str),
        Some("Лічба"),
        "{cells:?}"
    );
    assert!(md.contains("ад снежня 2023"), "the genitive after ад: {md}");
    assert!(
        md.contains("1\u{a0}420"),
        "numbers grouped with a no-break space: {md}"
    );
    assert!(
        !refs.is_empty() && refs.iter().all(|r| defs.contains(r)),
        "{refs:?} {defs:?}"
    );
    assert!(!md.contains("No localization"), "{md}");
}

/// `report --format html` in Russian, read back by an HTML parser: the document's language,
/// its heading and the table's heading cells.
#[test]
fn a_report_in_russian_reads_back_as_html() {
    let d = DataDir::fixture();
    let out = repdash()
        .args(["--data", d.path().to_str().unwrap(), "--lang", "ru"])
        .args(["report", "--month", "2024-01", "--format", "html"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let doc = scraper::Html::parse_document(&String::from_utf8(out.stdout).unwrap());
    let pick = |css: &str| scraper::Selector::parse(css).unwrap();
    let lang = doc
        .select(&pick("html"))
        .next()
        .and_then(|h| h.value().attr("lang"));
    assert_eq!(lang, Some("ru"));
    let h1: String = doc.select(&pick("h1")).flat_map(|h| h.text()).collect();
    assert_eq!(h1, "Политические репрессии в Беларуси: январь 2024");
    let th: Vec<String> = doc
        .select(&pick("th"))
        .map(|t| t.text().collect())
        .collect();
    assert_eq!(th.first().map(String::as_str), Some("Цифра"), "{th:?}");
    let h2: Vec<String> = doc
        .select(&pick("h2"))
        .map(|t| t.text().collect())
        .collect();
    assert!(h2.iter().any(|h| h == "Источники"), "{h2:?}");
}

/// Below the smallest size the message says what is needed in every language, whole.
#[test]
fn the_too_small_message_keeps_the_size_in_every_language() {
    for lang in Lang::ALL {
        let (_d, app) = fixture_app(DashTab::Overview);
        let s = screen_in(lang, &app, 30, 8);
        assert!(s.contains("40x12"), "{lang:?}: {s}");
    }
}
