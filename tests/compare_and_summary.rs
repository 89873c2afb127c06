//! Period comparison and the Markdown / JSON summaries (issue "from a view to a report",
//! parts 3 and 5) on the fixture data, read back with real parsers.

mod common;

use common::{DataDir, repdash};

fn run(d: &DataDir, args: &[&str]) -> (Option<i32>, String) {
    let out = repdash()
        .arg("--data")
        .arg(d.path())
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}

#[test]
fn compare_gives_both_aggregates_the_change_and_coverage() {
    let d = DataDir::fixture();
    let (code, json) = run(
        &d,
        &[
            "compare",
            "2023-11..2023-12",
            "2024-01..2024-02",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, Some(0), "{json}");
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["kind"], "compare");
    assert_eq!(doc["a"]["from"], "2023-11");
    let rows = doc["rows"].as_array().unwrap();
    let pp = rows
        .iter()
        .find(|r| r["key"] == "political_prisoners")
        .unwrap();
    assert_eq!(pp["by"], "last");
    assert_eq!(pp["a"]["aggregate"]["value"], 1450.0);
    assert_eq!(
        pp["b"]["aggregate"]["value"], 1420.0,
        "the last level of B (2024-02 has none)"
    );
    assert_eq!(pp["change"], -30.0);
    assert_eq!(pp["disputed"], true, "December's figure is disputed");
    let det = rows.iter().find(|r| r["key"] == "detentions").unwrap();
    assert_eq!(det["by"], "sum");
    assert_eq!(det["a"]["aggregate"]["value"], 450.0);
    assert_eq!(
        det["a"]["aggregate"]["qualifier"], "about",
        "an about month makes the sum about"
    );
    assert_eq!(det["b"]["aggregate"]["value"], 585.0);
    assert_eq!(det["like_for_like"], true);
    assert_eq!(det["approximate"], true);
    let adm = rows.iter().find(|r| r["key"] == "admin_cases").unwrap();
    assert!(
        adm["change"].is_null(),
        "no data in B: no change, not a fall to zero"
    );
}

#[test]
fn unequal_coverage_is_called_not_like_for_like_with_the_missing_months() {
    let d = DataDir::fixture();
    // Detentions: 2023-11..2024-01 all have figures; 2024-02..2024-03 lacks March.
    let (code, text) = run(
        &d,
        &[
            "compare",
            "--a",
            "2023-12..2024-01",
            "--b",
            "2024-02..2024-03",
            "--metric",
            "detentions",
        ],
    );
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("Detentions (detentions)"), "{text}");
    assert!(
        text.contains("A sum ~555 (2 of 2 months had data) *"),
        "{text}"
    );
    assert!(
        text.contains("B sum >=280 (1 of 2 months had data)"),
        "{text}"
    );
    assert!(text.contains("not like for like: 2023-12..2024-01 has 2 of 2 months; 2024-02..2024-03 has 1 of 2 months, missing 2024-03"), "{text}");
    // A percentage of sums over different coverage means nothing: none is printed.
    let change = text.lines().find(|l| l.starts_with("  change")).unwrap();
    assert!(!change.contains('%'), "{change}");
    let (_, csv) = run(
        &d,
        &[
            "compare",
            "--a",
            "2023-12..2024-01",
            "--b",
            "2024-02..2024-03",
            "--metric",
            "detentions",
            "--format",
            "csv",
        ],
    );
    let mut rdr = csv::Reader::from_reader(csv.as_bytes());
    let row = rdr.records().next().unwrap().unwrap();
    assert_eq!(
        (&row[0], &row[12], &row[15]),
        ("detentions", "2024-03", "no")
    );
}

#[test]
fn compare_refuses_a_bad_period_as_a_usage_error() {
    let d = DataDir::fixture();
    for args in [
        vec!["compare", "2023"],
        vec!["compare", "2023", "20x4"],
        vec!["compare", "--a", "2023"],
    ] {
        let (code, text) = run(&d, &args);
        assert_eq!(code, Some(2), "{args:?}: {text}");
    }
}

#[test]
fn the_markdown_summary_uses_labels_marks_and_plain_legend() {
    let d = DataDir::fixture();
    let (code, md) = run(
        &d,
        &[
            "summary",
            "--metric",
            "political_prisoners",
            "--metric",
            "detentions",
            "--format",
            "md",
            "--changes",
            "--sources",
        ],
    );
    assert_eq!(code, Some(0), "{md}");
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut rows: Vec<Vec<String>> = Vec::new();
    let (mut row, mut cell): (Vec<String>, Option<String>) = (Vec::new(), None);
    let mut quotes = 0;
    let mut defs = 0;
    for e in Parser::new_ext(
        &md,
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH,
    ) {
        match e {
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => row.extend(cell.take()),
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => rows.push(std::mem::take(&mut row)),
            Event::Text(t) => cell.iter_mut().for_each(|c| c.push_str(&t)),
            Event::FootnoteReference(r) => {
                cell.iter_mut().for_each(|c| c.push_str(&format!("[{r}]")))
            }
            Event::Start(Tag::BlockQuote(_)) => quotes += 1,
            Event::Start(Tag::FootnoteDefinition(_)) => defs += 1,
            Event::Start(Tag::Strikethrough) => panic!("strikethrough"),
            _ => {}
        }
    }
    assert_eq!(quotes, 0, "the legend is not a blockquote");
    assert_eq!(
        rows[0],
        [
            "Month",
            "Political prisoners",
            "Political prisoners: change",
            "Detentions",
            "Detentions: change"
        ]
    );
    let dec = rows.iter().find(|r| r[0] == "2023-12").unwrap();
    assert!(dec[1].starts_with("1,450≠["), "{dec:?}");
    assert_eq!(dec[2], "+50≠");
    assert!(dec[3].starts_with("~250["), "{dec:?}");
    let feb = rows.iter().find(|r| r[0] == "2024-02").unwrap();
    assert_eq!(feb[1], "·", "a gap");
    assert!(defs >= 3, "a footnote per source");
    assert!(
        md.contains("- Detentions (`detentions`): sum \\~1,035 (4 of 5 months had data)"),
        "{md}"
    );
    assert!(md.contains("\nMarks: ≥ at least"), "{md}");
    assert!(!md.contains(">="), "{md}");
}

#[test]
fn the_json_summary_has_gaps_as_null_and_sources_as_fields() {
    let d = DataDir::fixture();
    let (code, json) = run(
        &d,
        &[
            "summary",
            "--metric",
            "political_prisoners",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, Some(0), "{json}");
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let s = &doc["series"][0];
    assert_eq!(s["key"], "political_prisoners");
    let months = s["months"].as_array().unwrap();
    let feb = months.iter().find(|m| m["month"] == "2024-02").unwrap();
    assert!(feb["value"].is_null());
    let dec = months.iter().find(|m| m["month"] == "2023-12").unwrap();
    assert_eq!(dec["disputed"], true);
    let urls: Vec<&str> = dec["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x["url"].as_str())
        .collect();
    assert_eq!(
        urls,
        [
            "https://example.org/fixture/dec-a",
            "https://example.org/fixture/dec-b"
        ]
    );
    assert_eq!(s["aggregate"]["by"], "last");
    let (_, gaps) = run(&d, &["check", "--gaps", "--format", "json"]);
    let g: serde_json::Value = serde_json::from_str(&gaps).unwrap();
    let pp = g["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["metric"] == "political_prisoners")
        .unwrap();
    assert_eq!(pp["missing"][0], "2024-02");
}
