//! A chart image stands alone in a report (monitor's month, round three, item 3): the title
//! names what is counted, where and by whom, and a full legend keeps the headline events and
//! the newest ones, saying which numbers it left out. The SVG is read back with an XML parser.

mod common;

use common::{DataDir, repdash};

/// Nine events over the fixture's months: two headline ones (an election early, a release
/// last) among definition breaks and list starts.
const EVENTS: &str = "date,kind,label,source_url
2023-11-02,election,Fixture election,
2023-11-10,definition_break,Break one,
2023-11-20,list,List one,
2023-12-01,definition_break,Break two,
2023-12-15,list,List two,
2024-01-05,definition_break,Break three,
2024-01-25,list,List three,
2024-02-10,definition_break,Break four,
2024-03-11,release,Fixture release,
";

fn svg_texts(d: &DataDir, metric: &str) -> Vec<String> {
    svg_texts_sized(d, metric, "960x540")
}

fn svg_texts_sized(d: &DataDir, metric: &str, size: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.svg");
    let out = repdash()
        .arg("chart")
        .arg("--data")
        .arg(d.path())
        .args(["--metric", metric, "--size", size, "-o"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let svg = std::fs::read_to_string(file).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").trim().to_string())
        .collect()
}

/// The fixture's catalog in the current layout, with a counter for the prisoners' count.
fn with_counters(d: &DataDir) {
    let path = d.path().join("metrics.csv");
    let old = std::fs::read_to_string(&path).unwrap();
    let mut out =
        String::from("key,tab,label,unit,kind,description,total_of,covers,companion,counter\n");
    for line in old.lines().skip(1) {
        let covers = if line.starts_with("detentions_quarter,") {
            "quarter"
        } else {
            ""
        };
        let counter = if line.starts_with("political_prisoners,") {
            "Fixture count"
        } else {
            ""
        };
        out.push_str(&format!("{line},{covers},,{counter}\n"));
    }
    std::fs::write(path, out).unwrap();
}

#[test]
fn the_title_names_the_country_and_the_counter_from_the_catalog() {
    let d = DataDir::fixture();
    with_counters(&d);
    let texts = svg_texts(&d, "political_prisoners");
    assert_eq!(
        texts[0],
        "Political prisoners in Belarus (Fixture count) · people · 2023-11..2024-03"
    );
    // A metric the catalog names no counter for has no brackets.
    let texts = svg_texts(&d, "detentions");
    assert_eq!(
        texts[0],
        "Detentions in Belarus · people · 2023-11..2024-03"
    );
}

#[test]
fn a_full_legend_keeps_headline_and_newest_events_and_names_the_rest() {
    let d = DataDir::fixture();
    std::fs::write(d.path().join("events.csv"), EVENTS).unwrap();
    let texts = svg_texts(&d, "political_prisoners");
    let legend: Vec<&str> = texts
        .iter()
        .map(String::as_str)
        .filter(|t| t.len() > 3 && t.as_bytes()[0].is_ascii_digit() && t.contains(": "))
        .collect();
    assert_eq!(
        legend,
        [
            "1 2023-11-02: Fixture election",
            "5 2023-12-15: List two",
            "6 2024-01-05: Break three",
            "7 2024-01-25: List three",
            "8 2024-02-10: Break four",
            "9 2024-03-11: Fixture release",
        ]
    );
    assert!(
        texts
            .iter()
            .any(|t| t == "also marked on the axis: 2, 3, 4"),
        "{texts:?}"
    );
    // Every event keeps its number on the axis.
    for n in 1..=9 {
        assert!(texts.iter().any(|t| *t == n.to_string()), "marker {n}");
    }
}

/// A small chart (a report's trend grid) drops the range, then the unit, from its title
/// rather than cutting it: what is counted, where and by whom always stays.
#[test]
fn a_small_chart_shortens_its_title_without_cutting_it() {
    let d = DataDir::fixture();
    with_counters(&d);
    let texts = svg_texts_sized(&d, "political_prisoners", "640x360");
    assert_eq!(
        texts[0],
        "Political prisoners in Belarus (Fixture count) · people"
    );
    let texts = svg_texts_sized(&d, "political_prisoners", "480x300");
    assert_eq!(texts[0], "Political prisoners in Belarus (Fixture count)");
}
