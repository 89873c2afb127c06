//! The rules that make a month's figure (docs/data-format.md, "Rules"), each on small
//! fixture readings: which reading is shown, what a disagreement is, batches of a flow, sums.

use proptest::prelude::*;
use repdash::data::Figure;
use repdash::data::Kind;
use repdash::data::Month;
use repdash::data::Qualifier;
use repdash::data::testing::rank_sources;
use repdash::data::{MonthFigure, compatible, month_figure};

fn reading(value: f64, q: &str, as_of: &str, url: &str) -> Figure {
    Figure {
        month: Month::new(2024, 5).unwrap(),
        metric: "m".into(),
        article: "".into(),
        value,
        qualifier: q.parse().unwrap(),
        as_of: as_of.into(),
        end_distance: repdash::data::testing::end_distance(Month::new(2024, 5).unwrap(), as_of),
        source_url: url.into(),
        source_title: "".into(),
        published: "".into(),
        note: "".into(),
    }
}

fn figure(kind: Kind, mut run: Vec<Figure>) -> (MonthFigure, Figure) {
    rank_sources(&mut run, kind);
    (month_figure(kind, &run).unwrap(), run[0].clone())
}

#[test]
fn rule_1_the_reading_closest_to_month_end_is_the_figure() {
    let (f, first) = figure(
        Kind::Level,
        vec![
            reading(1374.0, "exact", "2024-05-21", "https://spring96.org/a"),
            reading(1410.0, "exact", "", "https://b"),
        ],
    );
    assert_eq!((f.value, f.others, f.disputed), (1410.0, 1, false));
    assert_eq!(
        &*first.source_url, "https://b",
        "undated counts as month end"
    );
    // Same day: exact before a bound, then Viasna's page.
    let (f, first) = figure(
        Kind::Level,
        vec![
            reading(1400.0, "at_least", "", "https://spring96.org/x"),
            reading(1401.0, "exact", "", "https://c"),
            reading(1401.0, "exact", "", "https://spring96.org/y"),
        ],
    );
    assert_eq!((f.value, f.sources), (1401.0, 3));
    assert_eq!(&*first.source_url, "https://spring96.org/y");
}

#[test]
fn rule_2_only_readings_that_cannot_both_be_true_disagree() {
    let r = |v, q| reading(v, q, "", "https://a");
    assert!(!compatible(&r(1452.0, "exact"), &r(1477.0, "exact")));
    assert!(compatible(&r(1135.0, "exact"), &r(1100.0, "over")));
    assert!(!compatible(&r(1100.0, "exact"), &r(1100.0, "over")));
    assert!(compatible(&r(1100.0, "exact"), &r(1100.0, "at_least")));
    assert!(!compatible(&r(1099.0, "exact"), &r(1100.0, "at_least")));
    assert!(compatible(&r(1000.0, "about"), &r(1090.0, "exact")));
    assert!(!compatible(&r(1000.0, "about"), &r(1200.0, "exact")));
    assert!(
        compatible(&r(5.0, "at_least"), &r(900.0, "over")),
        "bounds never disagree"
    );
    let (f, _) = figure(Kind::Level, vec![r(1452.0, "exact"), r(1477.0, "exact")]);
    assert!(f.disputed);
    // Readings of two days are both true: not a disagreement.
    let (f, _) = figure(
        Kind::Level,
        vec![
            reading(843.0, "exact", "2024-05-21", "https://a"),
            reading(1469.0, "exact", "2024-05-28", "https://b"),
        ],
    );
    assert_eq!((f.value, f.disputed, f.others), (1469.0, false, 1));
}

#[test]
fn rule_3_dated_batches_of_a_flow_add_up_and_one_days_sources_count_once() {
    let (f, _) = figure(
        Kind::Flow,
        vec![
            reading(143.0, "at_least", "2024-05-21", "https://a"),
            reading(625.0, "at_least", "2024-05-28", "https://b"),
            reading(625.0, "at_least", "2024-05-28", "https://c"),
        ],
    );
    assert_eq!(
        (f.value, f.qualifier, f.batches),
        (768.0, Qualifier::AtLeast, 2)
    );
    // An undated whole-month figure is the figure; batches only support it.
    let (f, _) = figure(
        Kind::Flow,
        vec![
            reading(13.0, "at_least", "2024-05-22", "https://a"),
            reading(40.0, "exact", "", "https://b"),
        ],
    );
    assert_eq!((f.value, f.batches, f.others), (40.0, 0, 1));
}

fn qualifier() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("exact"), Just("at_least"), Just("over"), Just("about")]
}

proptest! {
    /// Adding a source that agrees with the shown figure never creates a disagreement.
    #[test]
    fn an_agreeing_source_never_creates_a_conflict(
        values in prop::collection::vec((1u32..5000, qualifier()), 1..4),
        kind in prop_oneof![Just(Kind::Level), Just(Kind::Flow)],
    ) {
        let run: Vec<Figure> = values.iter().map(|(v, q)| reading(f64::from(*v), q, "", "https://a")).collect();
        let (before, first) = figure(kind, run.clone());
        let mut more = run;
        more.push(reading(first.value, first.qualifier.key(), &first.as_of, "https://agrees"));
        let (after, _) = figure(kind, more);
        prop_assert!(!after.disputed || before.disputed);
        prop_assert_eq!(after.value, before.value);
    }

    /// Adding a batch on a new day never lowers a flow's month figure.
    #[test]
    fn a_batch_on_a_new_day_never_lowers_a_flow(
        days in prop::collection::btree_map(1u32..29, 1u32..500, 1..5),
        new_day in 1u32..31,
        new_value in 1u32..500,
    ) {
        let run: Vec<Figure> = days.iter().map(|(d, v)| reading(f64::from(*v), "at_least", &format!("2024-05-{d:02}"), "https://a")).collect();
        let (before, _) = figure(Kind::Flow, run.clone());
        prop_assume!(!days.contains_key(&new_day));
        let mut more = run;
        more.push(reading(f64::from(new_value), "at_least", &format!("2024-05-{new_day:02}"), "https://b"));
        let (after, _) = figure(Kind::Flow, more);
        prop_assert!(after.value >= before.value);
    }
}
