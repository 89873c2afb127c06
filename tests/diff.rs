//! `repdash diff` (what changed, part 1): two data directories compared on the parsed model.
//! The fixture is copied and changed as a monthly update changes it: a correction, a new
//! reading that outranks the one shown, a new month, a source moved; every format is read
//! back with a real parser, and the exit codes are diff(1)'s.

mod common;

use std::path::Path;

use common::versions::{append, copy, edit, updated};
use common::{DataDir, repdash};

fn diff(old: &Path, new: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = repdash()
        .arg("diff")
        .arg(old)
        .arg(new)
        .args(args)
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn the_same_data_has_no_differences_and_exits_0() {
    let d = DataDir::fixture();
    let same = copy(d.path());
    let (code, out, _) = diff(d.path(), same.path(), &[]);
    assert_eq!(code, Some(0));
    assert!(out.ends_with("no differences\n"), "{out}");
}

#[test]
fn a_monthly_update_is_named_change_by_change_with_causes() {
    let d = DataDir::fixture();
    let new = updated(&d);
    let (code, out, err) = diff(d.path(), new.path(), &["--format", "csv"]);
    assert_eq!(code, Some(1), "{err}");
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(
        rdr.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "month",
            "metric",
            "article",
            "level",
            "field",
            "old",
            "new",
            "old_source",
            "new_source",
            "cause"
        ]
    );
    let rows: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    let shown = |m: &str| {
        rows.iter()
            .find(|r| r[0] == m && r[3] == "shown")
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(shown("2023-11")[5..7], ["1400", "1401"]);
    assert_eq!(shown("2023-11")[9], "the reading shown was corrected");
    assert_eq!(shown("2024-04")[6], "1370");
    assert_eq!(shown("2024-04")[9], "a figure where there was none");
    let reading = |m: &str, field: &str| {
        rows.iter()
            .any(|r| r[0] == m && r[3] == "reading" && r[4] == field)
    };
    assert!(reading("2023-11", "value"), "{rows:?}");
    assert!(reading("2024-01", "reading"), "the added reading: {rows:?}");
    assert!(reading("2024-04", "reading"));
}

#[test]
fn a_new_reading_that_comes_first_is_called_outranking() {
    let d = DataDir::fixture();
    let new = copy(d.path());
    // November's administrative cases were "at least 300"; an exact 310 of the same month
    // comes first (exact before a bound) and agrees with the bound: no dispute, a new figure.
    append(
        new.path(),
        "2023-11.csv",
        "admin_cases,,310,exact,,https://example.org/fixture/nov-exact,Exact count,2023-12-20,\n",
    );
    let (code, out, _) = diff(d.path(), new.path(), &["--format", "md"]);
    assert_eq!(code, Some(1));
    let row = out
        .lines()
        .find(|l| l.starts_with("| 2023-11 | admin_cases |  | shown |"))
        .unwrap_or_else(|| panic!("{out}"));
    assert_eq!(
        row,
        "| 2023-11 | admin_cases |  | shown | figure | ≥300 | 310 | a new reading outranks the old |"
    );
}

#[test]
fn a_disagreeing_reading_of_the_same_day_makes_the_figure_disputed() {
    let d = DataDir::fixture();
    let new = copy(d.path());
    // March's figure shown is 1380 (as of 2024-03-31); a reading of the same day from
    // another source that disagrees makes it disputed: the shown figure changes (≠).
    append(
        new.path(),
        "2024-03.csv",
        "political_prisoners,,1381,exact,2024-03-31,https://example.org/fixture/mar-exact,Fixture exact,2024-04-01,\n",
    );
    let (code, out, _) = diff(d.path(), new.path(), &["--format", "json"]);
    assert_eq!(code, Some(1));
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["kind"], "diff");
    assert_eq!(doc["differences"], true);
    let shown: Vec<&serde_json::Value> = doc["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["level"] == "shown")
        .collect();
    assert_eq!(shown.len(), 1, "{out}");
    assert_eq!(shown[0]["month"], "2024-03");
    assert_eq!(shown[0]["old"], "1380");
    assert_eq!(shown[0]["new"], "1380≠");
}

#[test]
fn a_moved_source_is_one_change_and_scope_narrows() {
    let d = DataDir::fixture();
    let new = copy(d.path());
    edit(
        new.path(),
        "2023-11.csv",
        "https://example.org/fixture/list,",
        "https://example.org/fixture/list-archive,",
    );
    let (code, out, _) = diff(d.path(), new.path(), &[]);
    assert_eq!(code, Some(1));
    assert!(
        out.contains(
            "0 added, 0 removed, 0 changed, 1 moved to another source; shown figures: 0 changed"
        ),
        "{out}"
    );
    assert!(out.contains("2023-11 reading source_url: https://example.org/fixture/list -> https://example.org/fixture/list-archive"), "{out}");
    let (code, out, _) = diff(d.path(), new.path(), &["--metric", "political_prisoners"]);
    assert_eq!(code, Some(0), "{out}");
    let (code, _, _) = diff(d.path(), new.path(), &["--from", "2023-12"]);
    assert_eq!(code, Some(0));
}

#[test]
fn a_version_that_does_not_load_is_an_error_never_no_differences() {
    let d = DataDir::fixture();
    let (code, out, err) = diff(d.path(), Path::new("/nonexistent/repdash-data"), &[]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert!(
        err.contains("version \"/nonexistent/repdash-data\" cannot be read"),
        "{err}"
    );
    let broken = copy(d.path());
    append(
        broken.path(),
        "2024-02.csv",
        "political_prisoners,,x,exact,,https://example.org/x,T,,\n",
    );
    let (code, _, err) = diff(d.path(), broken.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("2024-02.csv"), "{err}");
}

/// The Frictionless tabular diff: `+++` an added reading, `->` a changed one with its cell as
/// `old->new`; read back as CSV.
#[test]
fn the_daff_format_marks_rows_and_cells() {
    let d = DataDir::fixture();
    let new = updated(&d);
    let (code, out, _) = diff(d.path(), new.path(), &["--format", "daff"]);
    assert_eq!(code, Some(1));
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(&rdr.headers().unwrap()[0], "@@");
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    let changed = rows.iter().find(|r| &r[0] == "->").unwrap();
    assert_eq!((&changed[1], &changed[6]), ("2023-11", "1400->1401"));
    let added: Vec<&str> = rows
        .iter()
        .filter(|r| &r[0] == "+++")
        .map(|r| &r[1])
        .collect();
    assert_eq!(added, ["2024-01", "2024-04"]);
}

/// A corrected month changes its year's facts, and the diff names them with the figure: the
/// year's sum (and how many months had data) of a flow, a level's derived change.
#[test]
fn a_series_fact_that_changed_with_a_figure_is_listed() {
    let d = DataDir::fixture();
    let new = copy(d.path());
    edit(
        new.path(),
        "2024-02.csv",
        "detentions,,280,",
        "detentions,,290,",
    );
    edit(
        new.path(),
        "2023-11.csv",
        "political_prisoners,,1400,",
        "political_prisoners,,1401,",
    );
    let (code, out, err) = diff(d.path(), new.path(), &["--format", "csv"]);
    assert_eq!(code, Some(1), "{err}");
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(out.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    let fact = |metric: &str, field: &str| {
        rows.iter()
            .find(|r| &r[1] == metric && &r[3] == "series" && &r[4] == field)
            .map(|r| (r[0].to_string(), r[5].to_string(), r[6].to_string()))
    };
    let (period, old, new_words) = fact("detentions", "aggregate").expect("detentions' 2024 sum");
    assert_eq!(period, "2024-01..2024-12");
    assert!(
        old.contains("585") && old.contains("2 of 12 months"),
        "{old}"
    );
    assert!(new_words.contains("595"), "{new_words}");
    let (_, old, new_words) = fact("political_prisoners", "derived").expect("a derived change");
    assert!(
        old.contains("1,400") && new_words.contains("1,401"),
        "{old} / {new_words}"
    );
    assert!(
        fact("political_prisoners", "aggregate").is_none(),
        "December still last"
    );
    let (_, text, _) = diff(d.path(), new.path(), &[]);
    assert!(text.contains("series facts: 2 changed"), "{text}");
    assert!(
        text.contains("2024-01..2024-12 aggregate: sum >=585"),
        "{text}"
    );
    // --tab narrows to the tab's metrics: detentions, not political prisoners.
    let (code, text, _) = diff(d.path(), new.path(), &["--tab", "detentions"]);
    assert_eq!(code, Some(1));
    assert!(
        text.contains("detentions: ") && !text.contains("political_prisoners"),
        "{text}"
    );
    let (code, _, _) = diff(d.path(), new.path(), &["--tab", "extremism"]);
    assert_eq!(code, Some(0), "nothing changed on the extremism tab");
}
