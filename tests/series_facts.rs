//! A series' facts are decided once (query::facts) and every output carries them: the range's
//! aggregate, the stated totals, a level's derived change, the companion read beside it. The
//! table below is the rule of which output carries which fact; a writer that drops one fails.

mod common;

use common::{DataDir, HEADER_V2, repdash};
use serde_json::Value;

/// A list's size read twice (3,000 on 5 January, 3,500 in June) and its reported additions in
/// two of six months (40, 50): the additions' sum must never be read without the growth.
fn data() -> DataDir {
    let d = DataDir::new();
    let url = "https://spring96.org/en/news/9";
    let rows = [
        (
            "2024-01",
            "extremist_individuals_total,,3000,exact,2024-01-05",
        ),
        ("2024-03", "extremist_individuals_added,,40,exact,"),
        ("2024-05", "extremist_individuals_added,,50,exact,"),
        ("2024-06", "extremist_individuals_total,,3500,exact,"),
    ];
    for (month, row) in rows {
        let body = format!("{HEADER_V2}{row},{url},List,,\n");
        d.snapshot(&format!("{month}.csv"), body);
    }
    d
}

fn run(d: &DataDir, args: &[&str]) -> String {
    let out = repdash()
        .args(args)
        .args(["--from", "2024-01", "--to", "2024-06", "--data"])
        .arg(d.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const METRICS: [&str; 4] = [
    "--metric",
    "extremist_individuals_added",
    "--metric",
    "extremist_individuals_total",
];

/// The facts in words, with the marks each text output uses.
const SUM: &str = "sum >=90 (2 of 6 months had data)";
const SUM_MD: &str = "sum ≥90 (2 of 6 months had data)";
const GROWTH: &str =
    "derived change +500 from 3,000 (2024-01-05, spring96.org) to 3,500 (2024-06, spring96.org)";
const BESIDE_ADDED: &str = "beside it, Extremist individuals list size: derived change +500";
const BESIDE_TOTAL: &str = "beside it, Added to extremist individuals list: sum";

#[test]
fn every_text_output_carries_the_aggregate_the_derived_change_and_the_companion() {
    let d = data();
    let file = d.path().join("export.csv");
    let file = file.to_str().unwrap();
    let mut export = METRICS.to_vec();
    export.splice(0..0, ["export", "--totals", "--output", file]);
    let summary = [&["summary"][..], &METRICS].concat();
    let summary_md = [&["summary", "--format", "md"][..], &METRICS].concat();
    // Which output carries which fact: every one of these carries all four.
    let outputs: [(&str, Vec<&str>, &str); 5] = [
        ("summary text", summary, SUM),
        ("summary md", summary_md, SUM_MD),
        ("export --totals", export, SUM),
        ("report md", vec!["report", "--format", "md"], SUM_MD),
        ("report html", vec!["report", "--format", "html"], SUM_MD),
    ];
    for (name, args, sum) in outputs {
        let mut text = run(&d, &args).replace("&gt;", ">");
        if name.starts_with("export") {
            text = std::fs::read_to_string(file).unwrap();
            std::fs::remove_file(file).unwrap();
        }
        for fact in [sum, GROWTH, BESIDE_ADDED, BESIDE_TOTAL] {
            assert!(text.contains(fact), "{name} lacks \"{fact}\":\n{text}");
        }
    }
}

fn series_of<'a>(doc: &'a Value, path: &str, key: &str) -> &'a Value {
    let list = doc
        .pointer(path)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("{path} in {doc}"));
    list.iter()
        .find(|s| s["key"] == key)
        .unwrap_or_else(|| panic!("{key} in {doc}"))
}

fn assert_facts(name: &str, added: &Value, total: &Value) {
    assert_eq!(added["aggregate"]["value"].as_f64(), Some(90.0), "{name}");
    assert_eq!(added["aggregate"]["qualifier"], "at_least", "{name}");
    let growth = &added["companion"]["derived"];
    assert_eq!(growth["delta"].as_f64(), Some(500.0), "{name}: {added}");
    assert_eq!(growth["derived"], true, "{name}");
    assert_eq!(growth["from"]["day"], "2024-01-05", "{name}");
    assert_eq!(
        total["derived"]["delta"].as_f64(),
        Some(500.0),
        "{name}: {total}"
    );
    assert_eq!(
        total["companion"]["aggregate"]["value"].as_f64(),
        Some(90.0),
        "{name}"
    );
    assert!(
        added["derived"].is_null(),
        "{name}: a count has no derived change"
    );
}

#[test]
fn both_json_documents_carry_the_same_facts_in_the_same_shape() {
    let d = data();
    let summary: Value = serde_json::from_str(&run(
        &d,
        &[&["summary", "--format", "json"][..], &METRICS].concat(),
    ))
    .unwrap();
    let added = series_of(&summary, "/series", "extremist_individuals_added");
    let total = series_of(&summary, "/series", "extremist_individuals_total");
    assert_facts("summary json", added, total);
    let report: Value = serde_json::from_str(&run(&d, &["report", "--format", "json"])).unwrap();
    let sections = report["sections"].as_array().unwrap();
    let figures: Vec<&Value> = sections
        .iter()
        .flat_map(|s| s["figures"].as_array().into_iter().flatten())
        .collect();
    let find = |k: &str| *figures.iter().find(|f| f["key"] == k).unwrap();
    assert_facts(
        "report json",
        find("extremist_individuals_added"),
        find("extremist_individuals_total"),
    );
}

#[test]
fn the_dashboard_footer_says_the_same_facts() {
    use repdash::data::{DataSource, Store};
    let d = data();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    let filter = repdash::data::Filter {
        range: "2024-01..2024-06".parse().unwrap(),
        article: None,
        metrics: vec![
            "extremist_individuals_added".into(),
            "extremist_individuals_total".into(),
        ],
    };
    let view = repdash::data::View::build(&store, filter);
    let words = view.facts[0].words(repdash::data::Qualifier::ascii_mark, " *");
    assert!(words.starts_with(SUM), "{words}");
    assert!(words.contains(BESIDE_ADDED), "{words}");
}

#[test]
fn a_list_size_change_between_readings_off_month_end_is_labelled_derived_with_both_days() {
    let d = data();
    let out = repdash()
        .args(["report", "--month", "2024-06", "--data"])
        .arg(d.path())
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&out.stdout);
    // 5 January is no month end: the +500 is the list's growth between two readings.
    assert!(
        md.contains("derived +500 on January 2024 (3,000, 2024-01-05 to 2024-06)"),
        "{md}"
    );
    let out = repdash()
        .args(["report", "--month", "2024-06", "--format", "json", "--data"])
        .arg(d.path())
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let figures: Vec<&Value> = doc["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["figures"].as_array().into_iter().flatten())
        .collect();
    let total = figures
        .iter()
        .find(|f| f["key"] == "extremist_individuals_total")
        .unwrap();
    assert_eq!(total["change_previous"]["derived"], true, "{total}");
    assert_eq!(total["change_previous"]["against"], "2024-01", "{total}");
}

#[test]
fn a_change_across_a_gap_is_on_the_previous_month_with_data_and_says_its_span_everywhere() {
    let d = DataDir::new();
    let url = "https://spring96.org/en/news/3";
    d.snapshot(
        "2024-03.csv",
        format!("{HEADER_V2}political_prisoners,,1400,exact,,{url},Review,,\n"),
    );
    let args = [
        "--metric",
        "political_prisoners",
        "--from",
        "2024-01",
        "--to",
        "2024-03",
        "--data",
    ];
    let go = |extra: &[&str]| {
        let out = repdash()
            .args(extra)
            .args(args)
            .arg(d.path())
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let text = go(&["summary"]);
    let march = text.lines().find(|l| l.starts_with("2024-03")).unwrap();
    assert!(march.contains("-29 (2 months)"), "{text}");
    let json: Value = serde_json::from_str(&go(&["summary", "--format", "json"])).unwrap();
    let change = &json["series"][0]["months"][2]["change_previous"];
    assert_eq!(
        (change["delta"].as_f64(), change["months"].as_u64()),
        (Some(-29.0), Some(2))
    );
    let file = d.path().join("v.csv");
    repdash()
        .args(["export", "--output"])
        .arg(&file)
        .args(args)
        .arg(d.path())
        .assert()
        .success();
    let mut rdr = csv::Reader::from_path(&file).unwrap();
    let header = rdr.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let mar = rows.iter().find(|r| &r[col("month")] == "2024-03").unwrap();
    assert_eq!(
        (&mar[col("change_prev")], &mar[col("change_prev_months")]),
        ("-29", "2")
    );
}
