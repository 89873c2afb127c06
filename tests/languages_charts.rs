//! Chart images in Belarusian and Russian (issue 23): the title (label, counter, unit), the
//! month axis, the caption and the marks in the reader's language, read back from the SVG by
//! an XML parser; the numbers on the axis grouped as the language groups them.

mod common;

use common::{DataDir, repdash};

/// The fixture with a catalog whose prisoners metric has a counter and its be/ru labels.
fn data() -> DataDir {
    let d = DataDir::fixture();
    let metrics = "key,tab,label,unit,kind,description,total_of,covers,companion,counter,label_be,label_ru
political_prisoners,prisoners,Political prisoners,people,level,Fixture level,,,,Viasna count,Палітвязні,Политзаключённые
";
    std::fs::write(d.path().join("metrics.csv"), metrics).unwrap();
    // Only the prisoners' months: the fixture's other metrics are not in this catalog.
    std::fs::remove_dir_all(d.path().join("snapshots")).unwrap();
    std::fs::create_dir(d.path().join("snapshots")).unwrap();
    for (month, value) in [("2023-11", 1400), ("2024-01", 1420), ("2024-03", 1380)] {
        let row = format!(
            "political_prisoners,,{value},exact,{month}-28,https://example.org/fixture/{month},Fixture review,,\n"
        );
        d.snapshot(
            &format!("{month}.csv"),
            format!("{}{row}", common::HEADER_V2),
        );
    }
    d
}

/// Every text of the chart `chart --metric political_prisoners` draws in `lang`.
fn texts(d: &DataDir, lang: &str) -> Vec<String> {
    let file = d.path().join(format!("chart-{lang}.svg"));
    let out = repdash()
        .args([
            "--data",
            d.path().to_str().unwrap(),
            "--lang",
            lang,
            "chart",
        ])
        .args([
            "--metric",
            "political_prisoners",
            "-o",
            file.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let svg = std::fs::read_to_string(file).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(|t| t.trim().to_string()))
        .filter(|t| !t.is_empty())
        .collect()
}

#[test]
fn a_chart_in_belarusian_titles_axes_and_captions_in_belarusian() {
    let d = data();
    let be = texts(&d, "be");
    assert_eq!(
        be[0],
        "Палітвязні ў Беларусі (падлік «Вясны») · чалавек · 2023-11..2024-03"
    );
    assert!(
        be.iter().any(|t| t == "ліс 23") && be.iter().any(|t| t == "сак 24"),
        "{be:?}"
    );
    assert!(
        be.iter().any(|t| t == "1\u{a0}500"),
        "an axis number: {be:?}"
    );
    assert!(
        be.iter()
            .any(|t| t.starts_with("Лічбы па крыніцах: example.org (")),
        "{be:?}"
    );
    assert!(
        be.iter().any(|t| t.starts_with("● дакладна  ▲ не менш за")),
        "{be:?}"
    );
    let ru = texts(&d, "ru");
    assert_eq!(
        ru[0],
        "Политзаключённые в Беларуси (подсчёт «Весны») · человек · 2023-11..2024-03"
    );
    assert!(ru.iter().any(|t| t == "ноя 23"), "{ru:?}");
    let en = texts(&d, "en");
    assert_eq!(
        en[0],
        "Political prisoners in Belarus (Viasna count) · people · 2023-11..2024-03"
    );
    assert!(
        en.iter().any(|t| t == "Nov 23") && en.iter().any(|t| t == "1,500"),
        "{en:?}"
    );
}
