//! Any bytes as a month snapshot: parsing must not panic, every figure it accepts must be
//! well-formed (finite, non-negative value; a source URL), and keeping no rows (as an export
//! of another metric does) must report exactly the same problems.
#![no_main]

use libfuzzer_sys::fuzz_target;
use repdash::data::Catalog;
use repdash::data::Month;
use repdash::data::testing::Interner;
use repdash::data::testing::{Rules, parse_snapshot, parse_snapshot_with};

fuzz_target!(|data: &[u8]| {
    let mut problems = Vec::new();
    let catalog = Catalog::parse("metrics.csv", include_bytes!("../../data/metrics.csv"), &mut problems);
    assert!(problems.is_empty());
    let month = Month::new(2024, 1).unwrap();
    for f in parse_snapshot("x.csv", month, data, Some(&catalog), &mut problems) {
        assert!(f.value.is_finite() && f.value >= 0.0);
        assert!(!f.source_url.is_empty());
        assert!(catalog.metric(&f.metric).is_some());
    }
    for p in &problems {
        assert_eq!(p.file, "x.csv");
    }
    let rules = Rules { name: "x.csv", month, catalog: Some(&catalog) };
    let mut unkept = Vec::new();
    let kept = parse_snapshot_with(&rules, data, &|_| false, &mut Interner::default(), &mut unkept);
    assert!(kept.is_empty());
    let shown = |ps: &[repdash::data::Problem]| ps.iter().map(|p| p.to_string()).collect::<Vec<_>>();
    assert_eq!(shown(&problems), shown(&unkept));
});
