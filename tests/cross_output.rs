//! One decision, many views: for every metric and month, the value, qualifier and `≠` that
//! `export` writes are the ones `summary` (csv and json), `report --format json`, the
//! dashboard's copy key and the dashboard's own table cell (drawn on a TestBackend) give.
//! Run on the fixture (a same-day conflict, batches, bounds, an approximation) and on the
//! embedded research dataset.

mod common;

use std::collections::BTreeMap;

use serde_json::Value;

/// (metric, article, month) to (value, qualifier, disputed).
type Facts = BTreeMap<(String, String, String), (f64, String, bool)>;

const TABS: [&str; 5] = [
    "prisoners",
    "detentions",
    "administrative",
    "extremism",
    "articles",
];

fn run(data: Option<&std::path::Path>, args: &[&str]) -> Vec<u8> {
    let mut cmd = common::repdash();
    if let Some(d) = data {
        cmd.arg("--data").arg(d);
    }
    let out = cmd.args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// What `export` wrote for a tab: its month rows.
fn exported(data: Option<&std::path::Path>, tab: &str) -> Facts {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("view.csv");
    run(
        data,
        &["export", "--tab", tab, "--output", file.to_str().unwrap()],
    );
    let mut rd = csv::Reader::from_path(&file).unwrap();
    let head = rd.headers().unwrap().clone();
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let (row, month, metric, article) = (col("row"), col("month"), col("metric"), col("article"));
    let (value, qualifier, conflict) = (col("value"), col("qualifier"), col("conflict"));
    let mut out = Facts::new();
    for r in rd.records().map(Result::unwrap) {
        if &r[row] != "month" || r[value].is_empty() {
            continue;
        }
        out.insert(
            (r[metric].into(), r[article].into(), r[month].into()),
            (
                r[value].parse().unwrap(),
                r[qualifier].into(),
                &r[conflict] == "yes",
            ),
        );
    }
    out
}

/// What `summary --format json` gave for a tab.
fn summarised(data: Option<&std::path::Path>, tab: &str) -> Facts {
    let json: Value =
        serde_json::from_slice(&run(data, &["summary", "--tab", tab, "--format", "json"])).unwrap();
    let mut out = Facts::new();
    for s in json["series"].as_array().unwrap() {
        let article = s["article"].as_str().unwrap_or("").to_string();
        for m in s["months"].as_array().unwrap() {
            let Some(v) = m["value"].as_f64() else {
                continue;
            };
            let key = (
                s["metric"].as_str().unwrap().into(),
                article.clone(),
                m["month"].as_str().unwrap().into(),
            );
            let q = m["qualifier"].as_str().unwrap().into();
            out.insert(key, (v, q, m["disputed"].as_bool().unwrap()));
        }
    }
    out
}

/// Value and qualifier of `summary --format csv` for the article-less series of a tab.
fn summary_csv(
    data: Option<&std::path::Path>,
    tab: &str,
) -> BTreeMap<(String, String), (f64, String)> {
    let bytes = run(data, &["summary", "--tab", tab, "--format", "csv"]);
    let mut rd = csv::Reader::from_reader(&bytes[..]);
    let head = rd.headers().unwrap().clone();
    let mut out = BTreeMap::new();
    for r in rd.records().map(Result::unwrap) {
        for (i, h) in head.iter().enumerate().skip(1) {
            let q = head.iter().position(|x| x == format!("{h}_qualifier"));
            if let Some(q) = q.filter(|_| !r[i].is_empty()) {
                out.insert(
                    (h.to_string(), r[0].to_string()),
                    (r[i].parse().unwrap(), r[q].to_string()),
                );
            }
        }
    }
    out
}

/// The figures of `report --month` in json, by (key, month).
fn reported(
    data: Option<&std::path::Path>,
    month: &str,
) -> BTreeMap<(String, String), (f64, String, bool)> {
    let json: Value = serde_json::from_slice(&run(
        data,
        &["report", "--month", month, "--format", "json"],
    ))
    .unwrap();
    let mut out = BTreeMap::new();
    for section in json["sections"].as_array().unwrap() {
        for f in section["figures"].as_array().unwrap() {
            let Some(v) = f["value"].as_f64() else {
                continue;
            };
            let q = f["qualifier"].as_str().unwrap().to_string();
            out.insert(
                (f["key"].as_str().unwrap().into(), month.into()),
                (v, q, f["disputed"].as_bool().unwrap()),
            );
        }
    }
    out
}

fn every_output_says_the_same(data: Option<&std::path::Path>) {
    let mut all = Facts::new();
    for tab in TABS {
        let export = exported(data, tab);
        assert!(!export.is_empty(), "{tab}: the export has month rows");
        assert_eq!(
            summarised(data, tab),
            export,
            "{tab}: summary json vs export"
        );
        for ((key, month), (v, q)) in summary_csv(data, tab) {
            // A series by article is `metric@article` in the summary's columns.
            let (metric, article) = key.split_once('@').unwrap_or((&key, ""));
            let e = export
                .get(&(metric.to_string(), article.to_string(), month.clone()))
                .unwrap_or_else(|| panic!("{tab} {key} {month}: in summary csv, not in export"));
            assert_eq!(
                (v, q.as_str()),
                (e.0, e.1.as_str()),
                "{tab} {key} {month}: summary csv vs export"
            );
        }
        all.extend(export);
    }
    let months: std::collections::BTreeSet<&String> = all.keys().map(|k| &k.2).collect();
    let mut compared = 0;
    for month in months {
        for ((key, m), fact) in reported(data, month) {
            // The report names a series by metric (and article, which it has as its own rows).
            if let Some(e) = all.get(&(key.clone(), String::new(), m.clone())) {
                assert_eq!(&fact, e, "{key} {m}: report json vs export");
                compared += 1;
            }
        }
    }
    assert!(
        compared * 4 > all.len(),
        "the report gave {compared} of {} figures",
        all.len()
    );
}

#[test]
fn every_output_gives_one_fact_per_cell_on_the_fixture() {
    let data = common::DataDir::fixture();
    every_output_says_the_same(Some(data.path()));
}

#[test]
fn every_output_gives_one_fact_per_cell_on_the_embedded_data() {
    every_output_says_the_same(None);
}

/// A marked cell as the clipboard copies it (`≥1,184≠`): value, qualifier, disputed.
fn unmark(cell: &str) -> Option<(f64, String, bool)> {
    let disputed = cell.ends_with('≠');
    let cell = cell.trim_end_matches('≠');
    let (q, number) = [("≥", "at_least"), (">", "over"), ("~", "about")]
        .iter()
        .find_map(|(m, q)| cell.strip_prefix(m).map(|n| (*q, n)))
        .unwrap_or(("exact", cell));
    let v = number.replace(',', "").parse().ok()?;
    Some((v, q.to_string(), disputed))
}

/// The copy key on every metric of every metric tab gives the export's facts.
#[test]
fn the_clipboard_copies_the_exports_facts_on_the_fixture() {
    use repdash::dash::{Action, App, DashTab};
    use repdash::data::{CopyFormat, DataSource, Store};
    let data = common::DataDir::fixture();
    let (mut checked, mut checked_all) = (0, 0);
    for (i, tab) in TABS[..4].iter().enumerate() {
        let export = exported(Some(data.path()), tab);
        let store = Store::load(&DataSource::Dir(data.path().to_path_buf())).unwrap();
        let mut app =
            App::new(store, DashTab::ALL[i + 1], None, None).with_clipboard(true, CopyFormat::Tsv);
        let mut seen = std::collections::BTreeSet::new();
        while let Some(s) = app.selected_series() {
            let metric = s.metric.key.clone();
            if !seen.insert(metric.clone()) {
                break;
            }
            app.update(Action::Copy);
            let text = app.take_clipboard().expect("a copy");
            for line in text.lines().skip(1) {
                let cols: Vec<&str> = line.split('\t').collect();
                let key = (metric.clone(), String::new(), cols[0].to_string());
                if !export.contains_key(&key) && cols[1].parse::<f64>().is_err() {
                    continue; // a gap, or the range's facts row
                }
                // TSV: a plain number, the qualifier and the dispute in columns of their own.
                let fact = (
                    cols[1].parse().unwrap(),
                    cols[2].to_string(),
                    cols[3] == "yes",
                );
                assert_eq!(
                    Some(&fact),
                    export.get(&key),
                    "{tab} {key:?}: clipboard vs export"
                );
                checked += 1;
            }
            app.update(Action::NextMetric);
        }
        let expected = export
            .keys()
            .filter(|(m, a, _)| a.is_empty() && seen.contains(m))
            .count();
        checked_all += expected;
        assert_eq!(
            checked, checked_all,
            "{tab}: every exported fact is in a copy"
        );
    }
    assert!(checked > 10, "{checked} cells compared");
}

/// The dashboard's month table as drawn (TestBackend): month to its Value cell, read back
/// from the screen text by the header's column.
fn drawn_values(app: &repdash::dash::App) -> BTreeMap<String, String> {
    use repdash::dash::render_text;
    use repdash::dash::{Theme, ThemeName};
    let screen = render_text(app, &Theme::new(ThemeName::NoColour), 160, 200);
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let header = lines
        .iter()
        .find(|l| l.iter().collect::<String>().starts_with("Month   Value"))
        .expect("the month table is drawn");
    let at = |l: &Vec<char>, from: usize, to: usize| -> String {
        l.get(from..to.min(l.len()))
            .unwrap_or(&[])
            .iter()
            .collect::<String>()
            .trim()
            .to_string()
    };
    // Value is right-aligned in the 11 cells from where its header starts.
    let start = header.iter().collect::<String>().find("Value").unwrap();
    let month = |l: &Vec<char>| {
        let m = at(l, 0, 7);
        let table_row = l.get(7) == Some(&' ');
        (table_row && m.len() == 7 && m.as_bytes()[4] == b'-' && m[..4].parse::<u32>().is_ok())
            .then_some(m)
    };
    lines
        .iter()
        .filter_map(|l| Some((month(l)?, at(l, start, start + 11))))
        .collect()
}

/// The dashboard cell (TestBackend), on every metric of every metric tab, is the export's
/// fact, and every all-article fact the export has for those metrics is drawn.
fn the_screen_draws_the_exports_facts(data: Option<&std::path::Path>) {
    use repdash::dash::{Action, App, DashTab};
    use repdash::data::{DataSource, Store};
    let source = data.map_or(DataSource::Embedded, |d| DataSource::Dir(d.to_path_buf()));
    for (i, tab) in TABS[..4].iter().enumerate() {
        let export = exported(data, tab);
        let store = Store::load(&source).unwrap();
        let mut app = App::new(store, DashTab::ALL[i + 1], None, None);
        let mut seen = std::collections::BTreeSet::new();
        let mut drawn_facts = 0;
        while let Some(s) = app.selected_series() {
            let (metric, months) = (s.metric.key.clone(), s.range.len());
            if !seen.insert(metric.clone()) {
                break;
            }
            let drawn = drawn_values(&app);
            assert_eq!(drawn.len(), months, "{tab} {metric}: every month drawn");
            for (month, cell) in drawn {
                let key = (metric.clone(), String::new(), month);
                let fact = if cell == "·" { None } else { unmark(&cell) };
                assert_eq!(
                    fact.as_ref(),
                    export.get(&key),
                    "{tab} {key:?}: screen vs export"
                );
                drawn_facts += usize::from(fact.is_some());
            }
            app.update(Action::NextMetric);
        }
        let expected = export
            .keys()
            .filter(|(m, a, _)| a.is_empty() && seen.contains(m))
            .count();
        assert!(expected > 0, "{tab}: facts to compare");
        assert_eq!(
            drawn_facts, expected,
            "{tab}: every exported fact is on screen"
        );
    }
}

#[test]
fn the_screen_draws_the_exports_facts_on_the_fixture() {
    let data = common::DataDir::fixture();
    the_screen_draws_the_exports_facts(Some(data.path()));
}

#[test]
fn the_screen_draws_the_exports_facts_on_the_embedded_data() {
    the_screen_draws_the_exports_facts(None);
}
