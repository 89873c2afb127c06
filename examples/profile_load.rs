//! Prints where load and query time goes on a data directory (for docs/performance.md):
//! `cargo run --release --example profile_load -- DIR`.

use std::time::Instant;

use repdash::data::DataSource;
use repdash::data::Filter;
use repdash::data::Store;
use repdash::data::View;

fn dir_bytes(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| {
            let p = e.path();
            if p.is_dir() {
                dir_bytes(&p)
            } else {
                e.metadata().map_or(0, |m| m.len())
            }
        })
        .sum()
}

fn main() {
    let dir: std::path::PathBuf = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "data".into())
        .into();
    let bytes = dir_bytes(&dir);
    let t = Instant::now();
    let (store, problems) = Store::load_lenient(&DataSource::Dir(dir));
    let load = t.elapsed();
    let Some(range) = store.full_range() else {
        return;
    };
    let t = Instant::now();
    let view = View::build(
        &store,
        Filter {
            range,
            article: None,
            metrics: vec!["political_prisoners".into()],
        },
    );
    let query = t.elapsed();
    println!(
        "{} figures, {:.1} MB: load+validate {load:?} ({:.0} MB/s), query {query:?} ({} series), {} problems",
        store.figure_count(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / load.as_secs_f64(),
        view.series.len(),
        problems.len()
    );
}
