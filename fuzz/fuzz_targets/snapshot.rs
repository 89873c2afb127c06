//! Any bytes as a month snapshot: parsing must not panic, and every figure it accepts must be
//! well-formed (finite, non-negative value; a source URL).
#![no_main]

use libfuzzer_sys::fuzz_target;
use repdash::data::catalog::Catalog;
use repdash::data::month::Month;
use repdash::data::snapshot::parse_snapshot;

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
});
