//! Any bytes as an import table: no panic, and on any error nothing is written.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else { return };
    let _ = std::fs::write(dir.path().join("metrics.csv"), include_bytes!("../../data/metrics.csv"));
    let table = dir.path().join("in.csv");
    if std::fs::write(&table, data).is_err() {
        return;
    }
    match repdash::data::import(&table, dir.path()) {
        Ok(changes) => {
            for c in changes.iter().filter(|c| c.added > 0) {
                let text = std::fs::read(dir.path().join(format!("snapshots/{}.csv", c.month))).unwrap();
                let mut problems = Vec::new();
                let figures = repdash::data::testing::parse_snapshot("s", c.month, &text, None, &mut problems);
                assert!(problems.is_empty(), "import wrote a file that does not load: {problems:?}");
                assert_eq!(figures.len(), c.added);
            }
        }
        Err(_) => assert!(!dir.path().join("snapshots").exists(), "wrote despite an error"),
    }
});
