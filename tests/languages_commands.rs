//! `summary` and `compare` in Belarusian and Russian (issue 23): their text and Markdown in
//! the reader's language (words, plural forms, grouped numbers, a decimal comma), read back
//! by a Markdown parser, while their CSV and JSON stay byte for byte the same in every language.

mod common;

use common::{DataDir, repdash};

/// The command's stdout on the fixture in `lang`, after checking it exits 0.
fn run(d: &DataDir, lang: &str, args: &[&str]) -> String {
    let out = repdash()
        .args(["--data", d.path().to_str().unwrap(), "--lang", lang])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// The heading cells and the paragraphs of a Markdown document, as a parser reads them.
fn heads_and_paragraphs(md: &str) -> (Vec<String>, Vec<String>) {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let (mut heads, mut paragraphs, mut text) = (vec![], vec![], String::new());
    let (mut in_head, mut in_paragraph) = (false, false);
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::End(TagEnd::TableCell) if in_head => heads.push(std::mem::take(&mut text)),
            Event::Start(Tag::Paragraph) => (in_paragraph, text) = (true, String::new()),
            Event::End(TagEnd::Paragraph) => {
                in_paragraph = false;
                paragraphs.push(std::mem::take(&mut text));
            }
            Event::Text(t) | Event::Code(t) if in_head || in_paragraph => text.push_str(&t),
            _ => {}
        }
    }
    (heads, paragraphs)
}

#[test]
fn a_summary_in_belarusian_reads_back_as_markdown() {
    let d = DataDir::fixture();
    let md = run(
        &d,
        "be",
        &[
            "summary",
            "--from",
            "2024-01",
            "--to",
            "2024-03",
            "--format",
            "md",
            "--changes",
        ],
    );
    let (heads, paragraphs) = heads_and_paragraphs(&md);
    assert_eq!(heads.first().map(String::as_str), Some("Месяц"), "{md}");
    assert!(
        heads.contains(&"Political prisoners: змена".to_string()),
        "{heads:?}"
    );
    // Three months: the Belarusian "few" form; the fixture's labels have no be column.
    assert_eq!(paragraphs[0], "перыяд 2024-01..2024-03 (3 месяцы)", "{md}");
    assert!(
        paragraphs
            .iter()
            .any(|p| p.starts_with("Пазнакі: ≥ не менш за")),
        "{md}"
    );
    assert!(
        md.contains("| 1\u{a0}420 |"),
        "grouped with a no-break space: {md}"
    );
    assert!(
        md.contains("даныя ёсць за"),
        "the facts in Belarusian: {md}"
    );
    assert!(!md.contains("1,420") && !md.contains("had data"), "{md}");
}

#[test]
fn a_summary_in_russian_keeps_its_column_keys_and_speaks_russian_around_them() {
    let d = DataDir::fixture();
    let text = run(
        &d,
        "ru",
        &["summary", "--from", "2023-11", "--to", "2024-03"],
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "период 2023-11..2024-03 (5 месяцев)", "{text}");
    // The columns are metric keys, as a script would name them: the same in every language.
    assert!(lines[1].starts_with("month") && lines[1].contains("political_prisoners"));
    assert!(text.contains("1\u{a0}400"), "{text}");
    assert!(text.contains(">= не менее, > более, ~ около"), "{text}");
    assert!(!text.contains("at least"), "{text}");
}

#[test]
fn a_comparison_in_russian_counts_months_in_russian_plural_forms() {
    let d = DataDir::fixture();
    let args = [
        "compare",
        "--a",
        "2023-12..2024-01",
        "--b",
        "2024-02..2024-03",
        "--metric",
        "detentions",
    ];
    let text = run(&d, "ru", &args);
    assert!(
        text.starts_with("сравнение 2023-12..2024-01 с 2024-02..2024-03\n"),
        "{text}"
    );
    assert!(text.contains("  изменение "), "{text}");
    // "2 из 2 месяцев" (genitive plural), "1 из 2 месяцев", and the month it lacks.
    assert!(
        text.contains("не равноценно: 2023-12..2024-01: 2 из 2 месяцев; 2024-02..2024-03: 1 из 2 месяцев, нет 2024-03"),
        "{text}"
    );
    let md = run(&d, "be", &[&args[..], &["--format", "md"]].concat());
    let (heads, paragraphs) = heads_and_paragraphs(&md);
    assert_eq!(
        heads,
        [
            "Лічба",
            "A: 2023-12..2024-01",
            "B: 2024-02..2024-03",
            "Змена"
        ]
    );
    assert!(
        paragraphs[0].starts_with("Параўнанне 2023-12..2024-01 (A)"),
        "{md}"
    );
    assert!(paragraphs.iter().any(|p| p.starts_with("Пазнакі:")), "{md}");
}

/// The percentage of a change takes the reader's decimal sign: `-4,3%`, never `-4.3%`.
#[test]
fn a_percentage_takes_a_decimal_comma_in_belarusian() {
    let d = DataDir::fixture();
    let args = [
        "compare",
        "--a",
        "2023-11",
        "--b",
        "2024-03",
        "--metric",
        "political_prisoners",
    ];
    let en = run(&d, "en", &args);
    let be = run(&d, "be", &args);
    assert!(en.contains("(-1.4%)"), "{en}");
    assert!(be.contains("(-1,4%)"), "{be}");
}

/// CSV and JSON of summary and compare are data for programs: the same in every language.
#[test]
fn summary_and_compare_csv_and_json_are_the_same_in_every_language() {
    let d = DataDir::fixture();
    let outputs = |lang: &str| {
        [
            vec!["summary", "--format", "csv"],
            vec!["summary", "--format", "json"],
            vec![
                "compare",
                "--a",
                "2023-12..2024-01",
                "--b",
                "2024-02..2024-03",
                "--format",
                "csv",
            ],
            vec![
                "compare",
                "--a",
                "2023-12..2024-01",
                "--b",
                "2024-02..2024-03",
                "--format",
                "json",
            ],
        ]
        .map(|args| run(&d, lang, &args))
    };
    let en = outputs("en");
    assert!(en[0].starts_with("month,"), "{}", en[0]);
    assert_eq!(outputs("be"), en);
    assert_eq!(outputs("ru"), en);
}
