//! Stated period totals as the catalog's `covers` column says (issue "one meaning"): a half-year
//! total is checked and shown like a quarter's, quarters inside a range add up with their
//! coverage, and older catalogs without the column still mean what their names said.

mod common;

use common::{DataDir, HEADER_V2, check, repdash};
use serde_json::Value;

const CATALOG: &str = "key,tab,label,unit,kind,description,total_of,covers,companion
detentions,detentions,Detentions,people,flow,Detentions in the month,,,
detentions_half,detentions,Detentions in half (stated),people,period,A stated half-year,detentions,half,
detentions_quarter,detentions,Detentions in quarter (stated),people,period,A stated quarter,detentions,quarter,
";

/// Six months of 100 detentions (600 in the half), a stated half of 500 (which the months
/// exceed), and three of 2024's four quarters stated: 300, at least 280, 310.
fn data() -> DataDir {
    let d = DataDir::new();
    std::fs::write(d.path().join("metrics.csv"), CATALOG).unwrap();
    let url = "https://spring96.org/en/news/1";
    for m in 1..=6 {
        let mut rows = format!("detentions,,100,exact,,{url},Review,,\n");
        match m {
            3 => rows += &format!("detentions_quarter,,300,exact,,{url},Review,,\n"),
            6 => {
                rows += &format!("detentions_quarter,,280,at_least,,{url},Review,,\n");
                rows += &format!("detentions_half,,500,exact,,{url},Review,,\n");
            }
            _ => {}
        }
        d.snapshot(&format!("2024-{m:02}.csv"), format!("{HEADER_V2}{rows}"));
    }
    let q3 = format!("detentions_quarter,,310,exact,,{url},Review,,\n");
    d.snapshot("2024-09.csv", format!("{HEADER_V2}{q3}"));
    std::fs::remove_file(d.path().join("snapshots/2024-01.csv")).ok();
    let jan = format!("detentions,,100,exact,,{url},Review,,\n");
    d.snapshot("2024-01.csv", format!("{HEADER_V2}{jan}"));
    d
}

fn summary_json(d: &DataDir, metric: &str) -> Value {
    let out = repdash()
        .args(["summary", "--format", "json", "--metric", metric])
        .args(["--from", "2024-01", "--to", "2024-12", "--data"])
        .arg(d.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn quarters_inside_a_range_add_up_with_their_coverage() {
    let d = data();
    let doc = summary_json(&d, "detentions_quarter");
    let agg = &doc["series"][0]["aggregate"];
    assert_eq!(agg["by"], "sum", "{agg}");
    assert_eq!(agg["value"].as_f64(), Some(890.0));
    assert_eq!(
        agg["qualifier"], "at_least",
        "a missing quarter and a bound: at least"
    );
    assert_eq!(
        (agg["with_data"].as_u64(), agg["periods"].as_u64()),
        (Some(3), Some(4))
    );
    assert_eq!(agg["unit"], "quarters");
    let text = repdash()
        .args([
            "summary",
            "--metric",
            "detentions_quarter",
            "--from",
            "2024-01",
            "--to",
            "2024-12",
            "--data",
        ])
        .arg(d.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("sum >=890 (3 of 4 quarters had data)"),
        "{text}"
    );
}

#[test]
fn a_range_without_a_whole_quarter_shows_the_last_stated_one() {
    let d = data();
    let out = repdash()
        .args([
            "summary",
            "--format",
            "json",
            "--metric",
            "detentions_quarter",
        ])
        .args(["--from", "2024-05", "--to", "2024-07", "--data"])
        .arg(d.path())
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let agg = &doc["series"][0]["aggregate"];
    // April to June is not inside May..July: nothing adds up, the June quarter is shown.
    assert_eq!(
        (agg["by"].as_str(), agg["value"].as_f64()),
        (Some("last"), Some(280.0))
    );
}

#[test]
fn a_half_year_total_is_checked_and_stands_beside_the_monthly_sum() {
    let d = data();
    let (code, text) = check(d.path());
    assert_eq!(code, Some(0), "warnings do not fail check: {text}");
    assert!(
        text.contains("detentions_half 2024-01..2024-06: the months of detentions add up to at least 600 (6 of 6 months), more than the stated total 500"),
        "{text}"
    );
    let doc = summary_json(&d, "detentions");
    let stated = doc["series"][0]["stated_totals"].as_array().unwrap();
    let periods: Vec<&str> = stated.iter().filter_map(|t| t["period"].as_str()).collect();
    assert_eq!(
        periods,
        [
            "2024-01..2024-06",
            "2024-01..2024-03",
            "2024-04..2024-06",
            "2024-07..2024-09"
        ]
    );
}

#[test]
fn a_catalog_without_the_columns_still_means_what_its_names_said() {
    let d = data();
    let old: String = CATALOG
        .lines()
        .map(|l| l.rsplitn(3, ',').nth(2).unwrap_or(l).to_string() + "\n")
        .collect();
    assert!(
        old.starts_with("key,tab,label,unit,kind,description,total_of\n"),
        "{old}"
    );
    std::fs::write(d.path().join("metrics.csv"), old).unwrap();
    let doc = summary_json(&d, "detentions_quarter");
    assert_eq!(doc["series"][0]["aggregate"]["unit"], "quarters");
    let (_, text) = check(d.path());
    assert!(text.contains("detentions_half 2024-01..2024-06"), "{text}");
}

#[test]
fn a_bad_covers_value_or_link_names_the_file_line_and_field() {
    let d = data();
    let bad = CATALOG.replace(",detentions,half,", ",detentions,5,")
        + "stated_thing,detentions,Thing,people,period,No period,detentions,,\n"
        + "list_added,extremism,Added,people,flow,Added,,,list_size\n";
    std::fs::write(d.path().join("metrics.csv"), bad).unwrap();
    let (code, text) = check(d.path());
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("metrics.csv:3: covers: covers \"5\" is not a period"),
        "{text}"
    );
    assert!(
        text.contains(
            "metrics.csv:5: covers: \"stated_thing\" is a stated period total but says no period"
        ),
        "{text}"
    );
    assert!(text.contains("metrics.csv:6: companion: \"list_added\" is read beside \"list_size\", which is not a metric"), "{text}");
}

#[test]
fn compare_heads_with_the_stated_totals_when_the_sums_are_not_like_for_like() {
    let d = data();
    let catalog = CATALOG.to_string()
        + "detentions_year,detentions,Detentions in year (stated),people,period,A stated year,detentions,year,\n";
    std::fs::write(d.path().join("metrics.csv"), catalog).unwrap();
    let url = "https://spring96.org/en/news/2";
    let year = |v: u32| format!("detentions_year,,{v},exact,,{url},Annual,,\n");
    let dec23 = format!("detentions,,100,exact,,{url},Review,,\n") + &year(1000);
    d.snapshot("2023-12.csv", format!("{HEADER_V2}{dec23}"));
    d.snapshot("2024-12.csv", format!("{HEADER_V2}{}", year(1100)));
    let args = [
        "compare",
        "2023",
        "2024",
        "--metric",
        "detentions",
        "--data",
    ];
    let out = repdash().args(args).arg(d.path()).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("A sum >=100 (1 of 12 months had data) · stated for 2023: 1,000"),
        "{text}"
    );
    assert!(
        text.contains(
            "change +100 (+10.0%) between the stated totals; the sums' ~+500 is not like for like"
        ),
        "{text}"
    );
    let out = repdash()
        .args(args)
        .arg(d.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let row = &doc["rows"][0];
    assert!(row["change_relative"].is_null(), "{row}");
    assert_eq!(
        row["stated_change"]["relative"].as_f64(),
        Some(0.1),
        "{row}"
    );
    let stated = row["b"]["stated_totals"].as_array().unwrap();
    assert!(
        stated.iter().any(|t| t["period"] == "2024-01..2024-12"),
        "{row}"
    );
}
