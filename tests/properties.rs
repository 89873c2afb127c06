//! Property tests: the query module's arithmetic, gaps that stay gaps, and parsers that never
//! panic on arbitrary input (the in-CI counterpart of the fuzz targets in fuzz/).

use proptest::prelude::*;
use repdash::data::Figure;
use repdash::data::Filter;
use repdash::data::Kind;
use repdash::data::Qualifier;
use repdash::data::Selection;
use repdash::data::Store;
use repdash::data::View;
use repdash::data::testing::RawFile;
use repdash::data::{Aggregate, Cell, testing::aggregate_cells};
use repdash::data::{Month, MonthRange};

fn start() -> Month {
    "2021-01".parse().unwrap()
}

fn qualifier() -> impl Strategy<Value = Qualifier> {
    prop::sample::select(Qualifier::ALL.to_vec())
}

fn raw_cells() -> impl Strategy<Value = Vec<Option<(u32, Qualifier)>>> {
    prop::collection::vec(prop::option::of((0u32..100_000, qualifier())), 1..60)
}

fn to_figures(raw: &[Option<(u32, Qualifier)>]) -> Vec<Option<Figure>> {
    raw.iter()
        .enumerate()
        .map(|(i, c)| {
            c.map(|(v, q)| Figure {
                month: start().offset(i as i32).unwrap(),
                metric: "detentions".into(),
                article: "".into(),
                value: f64::from(v),
                qualifier: q,
                as_of: "".into(),
                end_distance: 0,
                source_url: "https://a".into(),
                source_title: "".into(),
                published: "".into(),
                note: "".into(),
            })
        })
        .collect()
}

fn cells(
    figures: &[Option<Figure>],
) -> impl DoubleEndedIterator<Item = Option<Cell<'_>>> + ExactSizeIterator {
    figures.iter().map(|f| {
        f.as_ref()
            .and_then(|primary| Cell::of(std::slice::from_ref(primary), Kind::Flow))
    })
}

fn range(n: usize) -> MonthRange {
    MonthRange::new(start(), start().offset(n as i32 - 1).unwrap())
}

fn sum_of(agg: &Aggregate) -> (f64, usize) {
    match agg {
        Aggregate::Sum {
            value, with_data, ..
        } => (*value, *with_data),
        Aggregate::NoData => (0.0, 0),
        other => panic!("flows sum, got {other:?}"),
    }
}

proptest! {
    #[test]
    fn a_flow_range_sums_its_months(raw in raw_cells()) {
        let n = raw.len();
        let figs = to_figures(&raw);
        let agg = aggregate_cells(Kind::Flow, None, range(n), cells(&figs));
        let expected: f64 = raw.iter().flatten().map(|(v, _)| f64::from(*v)).sum();
        let present = raw.iter().flatten().count();
        prop_assert_eq!(sum_of(&agg), (expected, present));
        if let Aggregate::Sum { periods: months, qualifier, .. } = agg {
            prop_assert_eq!(months, n);
            // An about part makes the sum about (it is no floor); else a lower-bound part, or
            // a month without a figure, makes it "at least"; else it is exact.
            let parts: Vec<Qualifier> = raw.iter().flatten().map(|(_, q)| *q).collect();
            let expected = if parts.contains(&Qualifier::About) {
                Qualifier::About
            } else if parts.iter().any(|q| q.is_lower_bound()) || present < n {
                Qualifier::AtLeast
            } else {
                Qualifier::Exact
            };
            prop_assert_eq!(qualifier, expected);
        } else {
            prop_assert_eq!(present, 0, "no data only when no month has a figure");
        }
    }

    #[test]
    fn splitting_a_range_never_changes_the_total(raw in raw_cells(), cut in 0usize..60) {
        let n = raw.len();
        let k = cut % n;
        let figs = to_figures(&raw);
        let whole = sum_of(&aggregate_cells(Kind::Flow, None, range(n), cells(&figs)));
        let left = if k == 0 { (0.0, 0) } else { sum_of(&aggregate_cells(Kind::Flow, None, range(k), cells(&figs[..k]))) };
        let right_range = MonthRange::new(start().offset(k as i32).unwrap(), start().offset(n as i32 - 1).unwrap());
        let right = sum_of(&aggregate_cells(Kind::Flow, None, right_range, cells(&figs[k..])));
        prop_assert_eq!(whole, (left.0 + right.0, left.1 + right.1));
    }

    #[test]
    fn levels_show_the_last_month_with_data(raw in raw_cells()) {
        let figs = to_figures(&raw);
        let agg = aggregate_cells(Kind::Level, None, range(raw.len()), cells(&figs));
        match raw.iter().rposition(Option::is_some) {
            Some(i) => {
                let (v, q) = raw[i].unwrap();
                prop_assert_eq!(agg, Aggregate::Last { value: f64::from(v), qualifier: q, month: start().offset(i as i32).unwrap(), as_of: "".into() });
            }
            None => prop_assert_eq!(agg, Aggregate::NoData),
        }
    }

    #[test]
    fn gaps_never_become_zeros(raw in raw_cells()) {
        let catalog = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/metrics.csv")).unwrap();
        let mut files = vec![RawFile::in_memory("metrics.csv", catalog)];
        for (i, c) in raw.iter().enumerate() {
            let month = start().offset(i as i32).unwrap();
            let row = match c {
                Some((v, q)) => format!("detentions,,{v},{q},https://a,T,,n\n"),
                None => "political_prisoners,,1,exact,https://a,T,,keeps the month in the data\n".to_string(),
            };
            let text = format!("metric,article,value,qualifier,source_url,source_title,published,note\n{row}");
            files.push(RawFile::in_memory(format!("snapshots/{month}.csv"), text.into_bytes()));
        }
        let mut problems = Vec::new();
        let store = Store::from_files(&files, &Selection::everything(), &mut problems);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        // An export keeps only the metric it writes: the months without it are gaps all the same.
        let only = Selection::figures(Some(vec!["detentions".into()]));
        let kept = Store::from_files(&files, &only, &mut problems);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        prop_assert_eq!(kept.figures_of("political_prisoners").len(), 0);
        prop_assert_eq!(kept.months().count(), raw.len());
        let filter = Filter { range: range(raw.len()), article: None, metrics: vec!["detentions".into()] };
        let (a, b) = (View::build(&kept, filter.clone()), View::build(&store, filter.clone()));
        prop_assert_eq!(a.series[0].points().collect::<Vec<_>>(), b.series[0].points().collect::<Vec<_>>());
        let view = View::build(&store, filter);
        let points: Vec<Option<(f64, Qualifier)>> =
            view.series[0].points().map(|c| c.map(|c| (c.primary.value, c.primary.qualifier))).collect();
        let expected: Vec<Option<(f64, Qualifier)>> = raw.iter().map(|c| c.map(|(v, q)| (f64::from(v), q))).collect();
        prop_assert_eq!(points, expected);
        // Walked from the front, the back or both ends at once, over the whole range or a
        // part with figures on either side of it, the points are each month's own cell.
        let inner = if raw.len() > 2 { MonthRange::new(start().offset(1).unwrap(), start().offset(raw.len() as i32 - 2).unwrap()) } else { range(raw.len()) };
        for r in [range(raw.len()), inner] {
            let view = View::build(&store, Filter { range: r, article: None, metrics: vec!["detentions".into()] });
            let s = &view.series[0];
            let by_month: Vec<_> = s.range.months().map(|m| s.at(m)).collect();
            prop_assert_eq!(&s.points().collect::<Vec<_>>(), &by_month);
            let mut backward: Vec<_> = s.points().rev().collect();
            backward.reverse();
            prop_assert_eq!(&backward, &by_month);
            let (mut it, mut front, mut back) = (s.points(), Vec::new(), Vec::new());
            for k in 0.. {
                prop_assert_eq!(it.len(), by_month.len() - front.len() - back.len());
                let next = if k % 3 == 0 { it.next_back().map(|c| back.push(c)) } else { it.next().map(|c| front.push(c)) };
                if next.is_none() { break; }
            }
            back.reverse();
            front.extend(back);
            prop_assert_eq!(&front, &by_month);
        }
    }

    /// Random bytes never panic, and never give a figure a file-wide problem refused (a file
    /// that cannot be read as text gives no figures at all).
    #[test]
    fn snapshot_parser_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let mut problems = Vec::new();
        let figures = repdash::data::testing::parse_snapshot("x.csv", start(), &bytes, None, &mut problems);
        let refused = problems.iter().any(|p| p.line.is_none());
        prop_assert!(!refused || figures.is_empty(), "{:?} {:?}", problems, figures);
        prop_assert!(std::str::from_utf8(&bytes).is_ok() || figures.is_empty());
    }

    /// No row is dropped silently: every record a real CSV parser finds after the header
    /// became a figure or has a problem naming a line.
    #[test]
    fn every_row_is_a_figure_or_a_problem(
        lines in prop::collection::vec(prop_oneof![
            "[a-z_0-9,.\"\r\n -]{0,80}",
            "detentions,,[0-9]{1,4},(exact|at_least|about),https://a\\.org/[0-9],T,,n",
        ], 0..20)
    ) {
        let text = format!("metric,article,value,qualifier,source_url,source_title,published,note\n{}", lines.join("\n"));
        let mut problems = Vec::new();
        let figures = repdash::data::testing::parse_snapshot("x.csv", start(), text.as_bytes(), None, &mut problems);
        let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
        let records: Vec<u64> = rdr
            .records()
            .filter_map(Result::ok)
            .filter(|r| r.iter().any(|f| !f.trim().is_empty()))
            .filter_map(|r| r.position().map(|p| p.line()))
            .collect();
        // A lone CR ends a record but not an editor's line, so two records may share a line
        // number: count the problems, not the lines.
        let reported: Vec<u64> = problems.iter().filter_map(|p| p.line).collect();
        let whole_file = problems.iter().any(|p| p.line.is_none());
        prop_assert!(
            whole_file || figures.len() + reported.len() >= records.len(),
            "{} records, {} figures, problems {:?}", records.len(), figures.len(), problems
        );
    }

    #[test]
    fn snapshot_parser_never_panics_on_csv_like_text(lines in prop::collection::vec("[a-z_0-9,.\"\r\n -]{0,80}", 0..20)) {
        let text = format!("metric,article,value,qualifier,source_url,source_title,published,note\n{}", lines.join("\n"));
        let mut problems = Vec::new();
        repdash::data::testing::parse_snapshot("x.csv", start(), text.as_bytes(), None, &mut problems);
        // Every problem names a line that is in the file (a lone CR can end the last one).
        let last = text.split(['\n', '\r']).count() as u64 + 1;
        prop_assert!(problems.iter().all(|p| p.line.is_none_or(|l| (1..=last).contains(&l))), "{:?}", problems);
    }

    /// What a load keeps never changes what it reports: rows drawn from a small pool (so
    /// repeats are common), some malformed, ended by LF or a lone CR.
    #[test]
    fn keeping_fewer_rows_reports_the_same_problems(
        rows in prop::collection::vec((0usize..6, any::<bool>()), 0..30)
    ) {
        use repdash::data::testing::Interner;
        use repdash::data::testing::{Rules, parse_snapshot_with};
        const POOL: [&str; 6] = [
            "detentions,,5,exact,https://a,T,,n",
            "detentions,,6,over,https://a,T,,n",
            "political_prisoners,,1429,exact,https://b,T,2024-02-06,n",
            "political_prisoners,,x,exact,https://b,T,,n",
            "bad",
            "detentions,,5,exact,https://a,T,,\"two\nlines\"",
        ];
        let mut text = "metric,article,value,qualifier,source_url,source_title,published,note\n".to_string();
        for (i, lone_cr) in &rows {
            text.push_str(POOL[*i]);
            text.push(if *lone_cr { '\r' } else { '\n' });
        }
        let rules = Rules { name: "x.csv", month: start(), catalog: None };
        let parse = |keep: &dyn Fn(&str) -> bool| {
            let mut problems = Vec::new();
            let figures = parse_snapshot_with(&rules, text.as_bytes(), keep, &mut Interner::default(), &mut problems);
            (figures, problems.iter().map(ToString::to_string).collect::<Vec<_>>())
        };
        let (all, reported) = parse(&|_| true);
        let (none, none_reported) = parse(&|_| false);
        let (some, some_reported) = parse(&|m| m == "detentions");
        prop_assert!(none.is_empty());
        prop_assert_eq!(&none_reported, &reported);
        prop_assert_eq!(&some_reported, &reported);
        let expected: Vec<_> = all.into_iter().filter(|f| &*f.metric == "detentions").collect();
        prop_assert_eq!(some, expected);
    }

    #[test]
    fn filter_line_parser_never_panics(line in "\\PC{0,60}") {
        let _ = repdash::dash::filter_line::parse(&line);
    }

    #[test]
    fn month_and_article_parsers_never_panic(s in "\\PC{0,20}") {
        let _ = s.parse::<Month>();
        let _ = s.parse::<MonthRange>();
        let _ = s.parse::<repdash::data::ArticlePattern>();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn import_of_any_table_never_panics_and_writes_nothing_on_error(
        lines in prop::collection::vec("(2024-0[1-3]|2024-13|x),(detentions|nope),(|342| ),(1|-1|1,5|x),(exact|over|maybe),(https://a|),T,(|2024-01-01|bad),n", 0..8)
    ) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/data/metrics.csv"), dir.path().join("metrics.csv")).unwrap();
        let table = dir.path().join("in.csv");
        let text = format!("month,metric,article,value,qualifier,source_url,source_title,published,note\n{}\n", lines.join("\n"));
        std::fs::write(&table, text).unwrap();
        match repdash::data::import(&table, dir.path()) {
            Ok(changes) => {
                let added: usize = changes.iter().map(|c| c.added).sum();
                prop_assert!(added <= lines.len());
            }
            Err(_) => prop_assert!(!dir.path().join("snapshots").exists(), "nothing written on error"),
        }
    }
}
