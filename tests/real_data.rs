//! Query results on the real, embedded dataset: the figures monitors quote must come out exact.
//! The only test file (with the screen snapshots) that pins the dataset's facts.

mod common;

use repdash::data::DataSource;
use repdash::data::Filter;
use repdash::data::Qualifier;
use repdash::data::Store;
use repdash::data::View;
use repdash::data::{Aggregate, Series};
use repdash::data::{CaseFilter, query_cases};
use repdash::data::{Month, MonthRange};

fn store() -> Store {
    Store::load(&DataSource::Embedded).expect("embedded data is valid")
}

fn m(s: &str) -> Month {
    s.parse().unwrap()
}

fn one(store: &Store, metric: &str, range: &str) -> Series {
    let filter = Filter {
        range: range.parse().unwrap(),
        article: None,
        metrics: vec![metric.to_string()],
    };
    let mut series = View::build(store, filter).series;
    assert_eq!(
        series.len(),
        1,
        "{metric} should give one all-article series"
    );
    series.remove(0)
}

#[test]
fn january_2024_political_prisoners_is_1429_exact_from_viasna() {
    let s = one(&store(), "political_prisoners", "2024-01");
    let cell = s.at(m("2024-01")).expect("2024-01 has a figure");
    assert_eq!(cell.primary.value, 1429.0);
    assert_eq!(cell.primary.qualifier, Qualifier::Exact);
    assert_eq!(
        &*cell.primary.source_url,
        "https://spring96.org/en/news/114277"
    );
    assert!(!cell.conflict());
}

#[test]
fn december_2023_keeps_both_sources_as_a_conflict() {
    let s = one(&store(), "political_prisoners", "2023-12");
    let cell = s.at(m("2023-12")).unwrap();
    let mut values: Vec<f64> = cell.all().map(|f| f.value).collect();
    values.sort_by(f64::total_cmp);
    assert_eq!(values, vec![1452.0, 1477.0]);
    assert!(cell.conflict());
    // Documented rule: Viasna first, then the latest published: the annual report (2024-01-15).
    assert_eq!(cell.primary.value, 1452.0);
    assert_eq!(&*cell.primary.published, "2024-01-15");
}

#[test]
fn june_2021_political_prisoners_is_a_gap_not_zero() {
    let s = one(&store(), "political_prisoners", "2021-05..2021-07");
    assert!(s.at(m("2021-06")).is_none());
    assert_eq!(s.points().len(), 3);
    let points: Vec<bool> = s.points().map(|p| p.is_some()).collect();
    assert_eq!(points, vec![true, false, true]);
    // No change can be computed across the gap.
    assert_eq!(s.change(m("2021-07"), 1), None);
}

#[test]
fn criminal_convictions_2022_sum_says_how_many_months_had_data() {
    let s = one(&store(), "criminal_convictions", "2022-01..2022-12");
    match s.aggregate() {
        Aggregate::Sum {
            value,
            qualifier,
            with_data,
            periods: months,
            unit,
        } => {
            assert_eq!((with_data, months, unit), (10, 12, "months"));
            assert_eq!(
                qualifier,
                Qualifier::AtLeast,
                "parts are 'at least', so is the sum"
            );
            assert_eq!(
                value,
                79.0 + 50.0 + 99.0 + 89.0 + 76.0 + 98.0 + 114.0 + 114.0 + 89.0 + 55.0
            );
        }
        other => panic!("expected a sum, got {other:?}"),
    }
}

#[test]
fn levels_show_the_last_month_with_data() {
    let s = one(&store(), "political_prisoners", "2024-01..2024-03");
    assert_eq!(
        s.aggregate(),
        Aggregate::Last {
            value: 1402.0,
            qualifier: Qualifier::Exact,
            month: m("2024-03"),
            as_of: "".into()
        }
    );
}

#[test]
fn month_and_year_changes_need_both_months() {
    let s = one(&store(), "political_prisoners", "2024-01..2024-02");
    let mom = s.change(m("2024-02"), 1).unwrap();
    assert_eq!(mom.delta, 1410.0 - 1429.0);
    assert!(!mom.approximate);
    // Year-on-year reaches back before the range.
    let yoy = s.change(m("2024-01"), 12).unwrap();
    let jan_2023 = one(&store(), "political_prisoners", "2023-01")
        .at(m("2023-01"))
        .unwrap()
        .primary
        .value;
    assert_eq!(yoy.delta, 1429.0 - jan_2023);
}

#[test]
fn article_family_filter_selects_361_and_its_sub_articles() {
    let store = store();
    let filter = Filter {
        range: store.full_range().unwrap(),
        article: Some("361*".parse().unwrap()),
        metrics: vec!["convictions_by_article_annual".to_string()],
    };
    let articles: Vec<String> = View::build(&store, filter)
        .series
        .into_iter()
        .map(|s| s.article.to_string())
        .collect();
    assert_eq!(articles, vec!["361", "361-1", "361-4"]);
}

#[test]
fn case_register_filters_by_article_and_counts() {
    let store = store();
    let range: MonthRange = "2020-01..2026-12".parse().unwrap();
    let all = query_cases(
        &store,
        &CaseFilter {
            range,
            article: None,
            event: None,
            name: None,
        },
    );
    assert_eq!(all.len(), store.cases.len());
    let f411 = CaseFilter {
        range,
        article: Some("411".parse().unwrap()),
        event: None,
        name: None,
    };
    let v = query_cases(&store, &f411);
    assert!(!v.is_empty());
    assert!(v.iter().all(|c| c.articles.iter().any(|a| &**a == "411")));
    let n411 = v
        .per_article
        .iter()
        .find(|(a, _)| a == "411")
        .map(|(_, n)| *n);
    assert_eq!(n411, Some(v.len()));
    assert_eq!(v.per_month.values().sum::<usize>(), v.len());
    let convicted = CaseFilter {
        event: Some("convicted".into()),
        name: None,
        ..f411
    };
    assert!(
        query_cases(&store, &convicted)
            .iter()
            .all(|c| &*c.event == "convicted")
    );
}

#[test]
fn every_figure_of_the_research_dataset_is_embedded() {
    let store = store();
    assert_eq!(store.figure_count(), 679);
    assert_eq!(store.full_range().unwrap().to_string(), "2020-08..2026-03");
    assert_eq!(store.events.len(), 8);
}

#[test]
fn indexed_case_query_agrees_with_the_plain_filter() {
    let store = store();
    for (range, article, event) in [
        ("2020-01..2026-12", None, None),
        ("2022-03..2023-08", Some("342"), None),
        ("2021-01..2025-12", Some("361*"), Some("convicted")),
        ("2024-01", Some("adm:19.11"), None),
        ("2019-01..2019-12", None, None),
    ] {
        let filter = CaseFilter {
            range: range.parse().unwrap(),
            article: article.map(|a| a.parse().unwrap()),
            event: event.map(String::from),
            name: None,
        };
        let view = query_cases(&store, &filter);
        let fast: Vec<&repdash::data::Case> = view.iter().collect();
        let plain: Vec<&repdash::data::Case> =
            store.cases.iter().filter(|c| filter.matches(c)).collect();
        assert_eq!(fast, plain, "{range} {article:?} {event:?}");
    }
}

#[test]
fn check_on_the_embedded_data_reports_its_months_and_no_problems() {
    let out = assert_cmd::Command::cargo_bin("repdash")
        .unwrap()
        .env_remove("REPDASH_DATA")
        .env("REPDASH_CONFIG", "/nonexistent")
        .arg("check")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("months: 67 files, 2020-08..2026-03 (68 months)"));
    assert!(stdout.contains("months without a file: 2022-06\n"));
    assert!(stdout.contains("political_prisoners             60 of 68 months"));
    assert!(stdout.contains("problems: none"));
}

#[test]
fn as_of_days_of_the_research_dataset_are_kept() {
    let store = store();
    let dated = store
        .figures_of("political_prisoners")
        .iter()
        .filter(|f| !f.as_of.is_empty())
        .count();
    assert!(dated > 0);
    let may = store
        .figures_of("political_prisoners")
        .iter()
        .find(|f| f.month == m("2024-05") && f.value == 1374.0)
        .expect("the 21 May 2024 reading");
    assert_eq!(&*may.as_of, "2024-05-21");
}

/// Issue acceptance: the month's figure and `≠` follow the rules of docs/data-format.md.
#[test]
fn the_rules_on_the_researched_months() {
    let store = store();
    let cell = |metric: &str, month: &str| {
        let s = one(&store, metric, month);
        let c = s.at(m(month)).expect("a figure");
        (
            c.value(),
            c.qualifier(),
            c.figure.batches,
            c.conflict(),
            c.figure.others,
        )
    };
    let added = "extremist_individuals_added";
    assert_eq!(
        cell(added, "2023-12"),
        (26.0, Qualifier::AtLeast, 2, false, 0)
    );
    assert_eq!(
        cell(added, "2022-10"),
        (768.0, Qualifier::AtLeast, 2, false, 0)
    );
    let total = "extremist_individuals_total";
    assert_eq!(
        cell(total, "2022-10"),
        (1469.0, Qualifier::Exact, 0, false, 1)
    );
    let pp = "political_prisoners";
    let (v, _, _, conflict, _) = cell(pp, "2025-12");
    assert_eq!(
        (v, conflict),
        (1131.0, false),
        "\">1,100\" agrees; 31 Dec is the figure"
    );
    assert!(cell(pp, "2023-12").3, "1,452 vs 1,477 stays disputed");
    let (v, _, _, conflict, others) = cell(pp, "2024-05");
    assert_eq!(
        (v, conflict, others),
        (1410.0, false, 1),
        "1,374 (21 May) is earlier"
    );
    let s = one(&store, pp, "2023-12..2024-01");
    let change = s.change(m("2024-01"), 1).unwrap();
    assert!(change.disputed, "a change on the disputed 2023-12 figure");
}

#[test]
fn a_2024_detentions_sum_is_at_least_and_says_how_many_months() {
    let s = one(&store(), "detentions", "2024-01..2024-12");
    match s.aggregate() {
        Aggregate::Sum {
            qualifier,
            with_data,
            periods: months,
            ..
        } => {
            assert_eq!(qualifier, Qualifier::AtLeast);
            assert!(
                with_data < months && months == 12,
                "{with_data} of {months}"
            );
        }
        other => panic!("{other:?}"),
    }
}

/// The consistency warnings the research data really has (shared/data/README.md names it:
/// pp_pardoned_ytd measures two things under one key), and no stated total is exceeded.
#[test]
fn check_on_the_embedded_data_warns_of_the_falling_pardon_count() {
    let w = repdash::data::check_consistency(&store());
    let said: Vec<&str> = w.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        said,
        [
            "pp_pardoned_ytd 2025-11: a year-to-date count of 24 is below 170 in 2025-09, in the same year"
        ]
    );
    let bin = env!("CARGO_BIN_EXE_repdash");
    let run = |strict: &[&str]| {
        std::process::Command::new(bin)
            .arg("check")
            .args(strict)
            .env_remove("REPDASH_DATA")
            .env("REPDASH_CONFIG", "/nonexistent")
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(run(&[]), Some(0));
    assert_eq!(run(&["--strict"]), Some(1));
}

/// The stated totals stand beside the monthly sums they can be read against.
#[test]
fn stated_2024_totals_stand_beside_the_monthly_sums() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_repdash"))
        .args([
            "summary",
            "--metric",
            "detentions",
            "--metric",
            "criminal_convictions",
        ])
        .args(["--from", "2024-01", "--to", "2024-12"])
        .env_remove("REPDASH_DATA")
        .env("REPDASH_CONFIG", "/nonexistent")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(
        "criminal_convictions: sum >=936 (6 of 12 months had data) · stated for 2024: 1,721 [spring96.org]"
    ), "{text}");
    assert!(
        text.contains(
            "detentions: sum >=406 (1 of 12 months had data) · stated for 2024-01..2024-06: >=1,437 [spring96.org] · stated for 2024-01..2024-03: 987"
        ),
        "{text}"
    );
    assert!(
        text.contains("stated for 2024-04..2024-06: >=450")
            && text.contains("stated for 2024-07..2024-09: >=360"),
        "{text}"
    );
}

/// The extremist list grew by about a thousand entries in 2024 while the additions found sum
/// to ≥132: both are on the tab, the growth labelled derived.
#[test]
fn the_2024_list_growth_is_a_derived_figure_beside_the_reported_additions() {
    let s = one(&store(), "extremist_individuals_total", "2024-01..2024-12");
    let d = repdash::data::derived_change(&s).unwrap();
    assert_eq!(
        (d.from.value, d.to.value, d.delta),
        (3664.0, 4707.0, 1043.0)
    );
    assert_eq!(d.from.day, "2024-01-05");
    assert_eq!(
        d.words("≠"),
        "derived change +1,043 from 3,664 (2024-01-05, pozirk.online) to 4,707 (2024-12, ecoi.net)"
    );
    let added = one(&store(), "extremist_individuals_added", "2024-01..2024-12");
    assert!(repdash::data::derived_change(&added).is_none());
    let out = common::repdash()
        .args([
            "summary",
            "--tab",
            "extremism",
            "--from",
            "2024-01",
            "--to",
            "2024-12",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("extremist_individuals_added: sum >=132 (3 of 12 months had data) · beside it, Extremist individuals list size: derived change +1,043"),
        "{text}"
    );
}

#[test]
fn embedded_snapshots_match_a_fresh_import_of_the_research_dataset() {
    let shared = common::repo().join("../shared/data/figures.csv");
    if !shared.exists() {
        // CI always has ../shared beside the clone: there a missing file is a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "../shared/data/figures.csv is missing, and CI is set"
        );
        eprintln!("SKIPPED: ../shared/data/figures.csv not beside the repo");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::repo().join("data/metrics.csv"),
        dir.path().join("metrics.csv"),
    )
    .unwrap();
    common::repdash()
        .arg("import")
        .arg(&shared)
        .arg("--into")
        .arg(dir.path())
        .assert()
        .success();
    // Both sides' file lists first: a month that only the research dataset has (2026-01 once)
    // would otherwise pass unseen, as the loop below walks only the embedded files.
    let names = |dir: &std::path::Path| {
        let mut v: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        names(&dir.path().join("snapshots")),
        names(&common::repo().join("data/snapshots")),
        "month files of a fresh import vs data/snapshots"
    );
    for entry in std::fs::read_dir(common::repo().join("data/snapshots"))
        .unwrap()
        .flatten()
    {
        let fresh = std::fs::read(dir.path().join("snapshots").join(entry.file_name())).unwrap();
        assert_eq!(
            fresh,
            std::fs::read(entry.path()).unwrap(),
            "{:?}",
            entry.file_name()
        );
    }
}

#[test]
fn check_gaps_names_the_months_without_a_political_prisoner_figure() {
    let out = common::repdash()
        .args(["check", "--gaps", "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let pp: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("political_prisoners,"))
        .collect();
    assert_eq!(pp.len(), 68 - 60, "60 of 68 months have a figure");
    assert!(pp.contains(&"2021-06"), "{pp:?}");
}

/// One person under two spellings in the register (Kulša in German pages, Kulsha in English
/// ones) is found by either.
#[test]
fn a_name_search_finds_both_spellings() {
    let store = store();
    let find = |name: &str| {
        let filter = CaseFilter {
            range: store.full_range().unwrap(),
            article: None,
            event: None,
            name: Some(name.into()),
        };
        let v = query_cases(&store, &filter);
        let mut people: Vec<String> = v.iter().map(|c| c.person.to_string()).collect();
        people.sort();
        people.dedup();
        people
    };
    assert_eq!(find("kulsha"), ["Viktoryia Kulsha", "Viktoryja Kulša"]);
    assert_eq!(find("Kulša"), find("KULSHA"));
}

/// The January 2024 brief: Viasna's 1,429 with its source note, and the change on December
/// 2023 marked disputed (the annual report's 1,452 against the December review's 1,477).
#[test]
fn the_january_2024_report_names_its_source_and_the_disputed_change() {
    let out = common::repdash()
        .args(["report", "--month", "2024-01"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    let row = md
        .lines()
        .find(|l| l.starts_with("| Political prisoners (`political_prisoners`)"))
        .unwrap();
    assert!(row.contains("| 1,429 |"), "{row}");
    assert!(row.contains("\\-23≠ on December 2023 (1,452≠)"), "{row}");
    let note = row
        .rsplit("[^")
        .next()
        .unwrap()
        .trim_end_matches(" |")
        .trim_end_matches(']');
    let def = md
        .lines()
        .find(|l| l.starts_with(&format!("[^{note}]:")))
        .unwrap();
    assert!(def.contains("spring96.org/en/news/114277"), "{def}");
    assert!(
        md.contains("gives 1,452 (≠ 1,477); ") && md.contains("gives 1,477 (≠ 1,452)"),
        "the disagreement spelled out"
    );
}

/// Compare 2023 with 2024 on the prisoners tab: both years' last levels and the recognitions
/// sums with their coverage (2024 lacks July).
#[test]
fn compare_2023_with_2024_gives_levels_and_recognition_sums_with_coverage() {
    let out = common::repdash()
        .args(["compare", "2023", "2024", "--tab", "prisoners"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("A last 1,452 (2023-12, as of 2023-12-31) *"),
        "{text}"
    );
    assert!(
        text.contains("B last 1,265 (2024-12, as of 2024-12-31)"),
        "{text}"
    );
    assert!(
        text.contains("A sum 619 (12 of 12 months had data)"),
        "{text}"
    );
    assert!(
        text.contains("B sum >=521 (11 of 12 months had data)"),
        "{text}"
    );
    assert!(
        text.contains("Recognised in month: not like for like"),
        "{text}"
    );
    assert!(text.contains("missing 2024-07"), "{text}");
}

/// The political prisoners chart from 2020-08: one polyline per run of months with data.
#[test]
fn the_political_prisoners_chart_breaks_at_every_gap() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pp.svg");
    let out = common::repdash()
        .args([
            "chart",
            "--metric",
            "political_prisoners",
            "--from",
            "2020-08",
            "-o",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let svg = std::fs::read_to_string(&file).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let lines = doc
        .descendants()
        .filter(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some("#1F5FAD"))
        .count();
    let store = store();
    let s = one(&store, "political_prisoners", "2020-08..2026-03");
    let mut runs = 0;
    let mut previous = false;
    for p in s.points() {
        if p.is_some() && !previous {
            runs += 1;
        }
        previous = p.is_some();
    }
    let lone = {
        let pts: Vec<bool> = s.points().map(|p| p.is_some()).collect();
        (0..pts.len())
            .filter(|&i| pts[i] && (i == 0 || !pts[i - 1]) && (i + 1 == pts.len() || !pts[i + 1]))
            .count()
    };
    assert!(runs > 1, "the real series has gaps");
    assert_eq!(
        lines,
        runs - lone,
        "a polyline per run of two or more months"
    );
}

#[test]
fn the_three_stated_detention_quarters_of_2024_add_up_to_at_least_1797() {
    let s = one(&store(), "detentions_quarter", "2024-01..2024-12");
    let Aggregate::Sum {
        value,
        qualifier,
        with_data,
        periods,
        unit,
    } = s.aggregate()
    else {
        panic!("quarters inside a year add up: {:?}", s.aggregate());
    };
    // 987 (Q1) + at least 450 (Q2) + at least 360 (Q3); Q4 not stated.
    assert_eq!((value, qualifier), (1797.0, Qualifier::AtLeast));
    assert_eq!((with_data, periods, unit), (3, 4, "quarters"));
}

#[test]
fn the_2024_year_to_date_recognitions_stand_beside_the_monthly_sum() {
    let store = store();
    let view = View::build(
        &store,
        Filter {
            range: "2024-01..2024-12".parse().unwrap(),
            article: None,
            metrics: vec!["pp_recognized".to_string()],
        },
    );
    let words = view.facts_text(0);
    assert!(words.contains("stated for 2024: 593"), "{words}");
}

/// The prisoners' chart over all months: the title names Viasna's count, and the legend keeps
/// the 2025-09-11 release (the newest event), leaving out list starts instead.
#[test]
fn the_real_prisoners_chart_names_the_count_and_keeps_the_newest_event() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pp.svg");
    let out = common::repdash()
        .args(["chart", "--metric", "political_prisoners", "-o"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let svg = std::fs::read_to_string(file).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .map(str::trim)
        .collect();
    assert!(
        texts[0].starts_with("Political prisoners in Belarus (Viasna count) · people · 2020-08.."),
        "{}",
        texts[0]
    );
    assert!(
        texts.contains(&"8 2025-09-11: 52 prisoners released and expelled to Lithuania"),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"also marked on the axis: 2, 3"),
        "{texts:?}"
    );
}
