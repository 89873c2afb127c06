//! The readings' roles (`query::roles`), decided once and read by every output: each case
//! here is one that two consumers once decided differently (issue 20), on fixture readings.

use repdash::data::testing::{end_distance, rank_sources};
use repdash::data::{Figure, Kind, Month, Place, compatible, month_figure, roles};

fn reading(value: f64, q: &str, as_of: &str, url: &str) -> Figure {
    let month = Month::new(2024, 5).unwrap();
    Figure {
        month,
        metric: "m".into(),
        article: "".into(),
        value,
        qualifier: q.parse().unwrap(),
        as_of: as_of.into(),
        end_distance: end_distance(month, as_of),
        source_url: url.into(),
        source_title: "".into(),
        published: "".into(),
        note: "".into(),
    }
}

fn ranked(kind: Kind, mut run: Vec<Figure>) -> Vec<Figure> {
    rank_sources(&mut run, kind);
    run
}

#[test]
fn two_readings_that_conflict_with_each_other_dispute_the_month_though_both_agree_with_the_shown() {
    let run = ranked(
        Kind::Level,
        vec![
            reading(1000.0, "exact", "", "https://a"),
            reading(920.0, "about", "", "https://b"),
            reading(1080.0, "about", "", "https://c"),
        ],
    );
    let r = roles(Kind::Level, &run);
    assert_eq!(r[0].place, Place::Shown);
    assert!(r[0].conflicts_with.is_empty(), "1,000 is near both");
    // ~920 and ~1,080 are 160 apart, more than 10% of the larger (108).
    let about = run.iter().position(|f| f.value == 920.0).unwrap();
    let bound = run.iter().position(|f| f.value == 1080.0).unwrap();
    assert_eq!(r[about].conflicts_with, [bound]);
    assert_eq!(r[bound].conflicts_with, [about]);
    assert!(month_figure(Kind::Level, &run).unwrap().disputed);
}

#[test]
fn a_second_equal_reading_of_the_day_agrees_and_another_days_readings_are_not_a_dispute() {
    let run = ranked(
        Kind::Level,
        vec![
            reading(45.0, "exact", "", "https://a"),
            reading(45.0, "exact", "", "https://b"),
            // Two sources of 17 May that cannot both be true: their roles say so, the month's
            // figure (the month-end 45) is not disputed by them.
            reading(1185.0, "exact", "2024-05-17", "https://c"),
            reading(1168.0, "exact", "2024-05-17", "https://d"),
        ],
    );
    let r = roles(Kind::Level, &run);
    assert_eq!((r[1].place, r[1].conflicts()), (Place::SameDay, false));
    assert_eq!(r[2].place, Place::OtherDay { earlier: true });
    assert_eq!(r[2].conflicts_with, [3]);
    assert!(!month_figure(Kind::Level, &run).unwrap().disputed);
}

#[test]
fn rule_3_a_whole_month_row_is_the_figure_and_a_batch_of_the_last_day_only_supports_it() {
    let run = ranked(
        Kind::Flow,
        vec![
            reading(5.0, "exact", "2024-05-31", "https://batch"),
            reading(30.0, "at_least", "", "https://month"),
        ],
    );
    let f = month_figure(Kind::Flow, &run).unwrap();
    assert_eq!((f.value, f.batches), (30.0, 0), "not 30 + 5");
    assert_eq!(&*run[0].source_url, "https://month");
    let r = roles(Kind::Flow, &run);
    assert_eq!(r[1].place, Place::SupportsWholeMonth);
    assert!(!f.disputed);
}

#[test]
fn batches_count_each_day_once_and_a_conflict_within_a_day_disputes_the_sum() {
    let run = ranked(
        Kind::Flow,
        vec![
            reading(10.0, "exact", "2024-05-03", "https://a"),
            reading(12.0, "exact", "2024-05-03", "https://b"),
            reading(4.0, "exact", "2024-05-20", "https://c"),
        ],
    );
    let r = roles(Kind::Flow, &run);
    let places: Vec<Place> = r.iter().map(|x| x.place).collect();
    assert_eq!(
        places
            .iter()
            .filter(|p| **p == Place::Batch { counted: true })
            .count(),
        2
    );
    assert_eq!(
        places
            .iter()
            .filter(|p| **p == Place::Batch { counted: false })
            .count(),
        1
    );
    assert!(month_figure(Kind::Flow, &run).unwrap().disputed);
}

#[test]
fn about_tolerance_has_one_base_the_approximation_at_both_edges() {
    let about = reading(1000.0, "about", "", "https://a");
    for (value, q, agrees) in [
        (1100.0, "exact", true),
        (1101.0, "exact", false),
        (900.0, "exact", true),
        (899.0, "exact", false),
        (1100.0, "at_least", true),
        (1101.0, "at_least", false),
        (1105.0, "exact", false),
        (1105.0, "at_least", false),
    ] {
        let other = reading(value, q, "", "https://b");
        assert_eq!(compatible(&about, &other), agrees, "~1,000 and {q} {value}");
        assert_eq!(compatible(&other, &about), agrees, "symmetric: {q} {value}");
    }
}

#[test]
fn of_two_bounds_on_one_day_the_tighter_is_the_figure() {
    let run = ranked(
        Kind::Level,
        vec![
            reading(1400.0, "at_least", "", "https://spring96.org/x"),
            reading(1450.0, "over", "", "https://b"),
        ],
    );
    let f = month_figure(Kind::Level, &run).unwrap();
    assert_eq!((f.value, f.qualifier.key()), (1450.0, "over"));
    let why = repdash::data::testing::why_first(&run[0], run.get(1));
    assert!(why.contains("tightest bound"), "{why}");
}
