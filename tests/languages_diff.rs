//! `repdash diff` in Belarusian and Russian (issue 23): its text and Markdown in the reader's
//! language (causes, counts with their plural forms), read back by a Markdown parser, while
//! its CSV, JSON and daff stay byte for byte the same in every language.

mod common;

use common::versions::updated;
use common::{DataDir, repdash};

/// `diff OLD NEW` in `lang` with `args`: the exit code and stdout.
fn diff(d: &DataDir, new: &tempfile::TempDir, lang: &str, args: &[&str]) -> (Option<i32>, String) {
    let out = repdash()
        .args(["--lang", lang, "diff"])
        .arg(d.path())
        .arg(new.path())
        .args(args)
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn a_diff_in_russian_names_each_change_and_its_cause_in_russian() {
    let d = DataDir::fixture();
    let new = updated(&d);
    let (code, ru) = diff(&d, &new, "ru", &[]);
    assert_eq!(
        code,
        Some(1),
        "different: diff(1)'s exit code in every language\n{ru}"
    );
    assert!(
        ru.contains("\nзаписи: добавлено — 2, удалено — 0, изменено — 1,"),
        "{ru}"
    );
    // Three changes of political_prisoners' shown figures and readings: the "few" form.
    let head = ru
        .lines()
        .find(|l| l.starts_with("political_prisoners: "))
        .unwrap_or_default();
    assert!(
        head.ends_with(" изменений") || head.ends_with(" изменения"),
        "{ru}"
    );
    assert!(
        ru.contains("2023-11 показанная цифра 1400 -> 1401 (показанная запись исправлена;"),
        "{ru}"
    );
    assert!(
        ru.contains("(новая запись имеет приоритет над старой;"),
        "{ru}"
    );
    assert!(ru.contains("2024-04 добавлена запись: 1370"), "{ru}");
    assert!(
        !ru.contains("shown figure") && !ru.contains("reading added"),
        "{ru}"
    );
    let (_, same) = diff(&d, &common::versions::copy(d.path()), "be", &[]);
    assert!(same.ends_with("адрозненняў няма\n"), "{same}");
}

#[test]
fn a_diff_in_belarusian_reads_back_as_a_markdown_table() {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let d = DataDir::fixture();
    let new = updated(&d);
    let (_, md) = diff(&d, &new, "be", &["--format", "md"]);
    let (mut heading, mut cells, mut text) = (String::new(), Vec::new(), String::new());
    let mut in_heading = false;
    for event in Parser::new_ext(&md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) => in_heading = true,
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Start(Tag::TableCell) => text.clear(),
            Event::End(TagEnd::TableCell) => cells.push(std::mem::take(&mut text)),
            Event::Text(t) if in_heading => heading.push_str(&t),
            Event::Text(t) => text.push_str(&t),
            _ => {}
        }
    }
    assert!(heading.starts_with("Змены: "), "{md}");
    assert_eq!(&cells[..3], ["месяц", "паказчык", "артыкул"], "{md}");
    assert!(
        cells.contains(&"паказаны запіс выпраўлены".to_string()),
        "{cells:?}"
    );
}

#[test]
fn diff_csv_json_and_daff_are_the_same_in_every_language() {
    let d = DataDir::fixture();
    let new = updated(&d);
    for format in ["csv", "json", "daff"] {
        let (_, en) = diff(&d, &new, "en", &["--format", format]);
        assert!(en.contains("1401"), "{format}: {en}");
        assert_eq!(
            diff(&d, &new, "be", &["--format", format]).1,
            en,
            "{format}"
        );
        assert_eq!(
            diff(&d, &new, "ru", &["--format", format]).1,
            en,
            "{format}"
        );
    }
}
