//! Load + query on the real data and on SYNTHETIC data at 10x, 100x and 1000x, and load
//! throughput (MB/s) next to counting the lines of the same bytes, as `wc -l` would.
//! Run: `cargo bench --bench query`. Figures go to docs/performance.md, not to unit tests.

mod synthetic;

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use repdash::data::DataSource;
use repdash::data::Filter;
use repdash::data::Store;
use repdash::data::View;

fn filter(store: &Store) -> Filter {
    Filter {
        range: store
            .full_range()
            .unwrap_or_else(|| "2020-01".parse().unwrap_or_else(|_| unreachable!())),
        article: None,
        metrics: vec!["political_prisoners".into(), "criminal_convictions".into()],
    }
}

fn bench(c: &mut Criterion) {
    let real = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data");
    let tmp = std::env::temp_dir().join(format!("repdash-bench-{}", std::process::id()));
    let mut sources = vec![("real".to_string(), DataSource::Dir(real.clone()))];
    for scale in [10, 100, 1000] {
        let dir = tmp.join(format!("synthetic-{scale}x"));
        if synthetic::generate(&real, &dir, scale).is_ok() {
            sources.push((format!("synthetic_{scale}x"), DataSource::Dir(dir)));
        }
    }
    let mut group = c.benchmark_group("load_and_query");
    group.sample_size(10);
    for (name, source) in &sources {
        group.bench_function(format!("load/{name}"), |b| {
            b.iter(|| black_box(Store::load(source).map(|s| s.figure_count())))
        });
        if let Ok(store) = Store::load(source) {
            let f = filter(&store);
            group.bench_function(format!("query/{name}"), |b| {
                b.iter(|| black_box(View::build(&store, f.clone())))
            });
        }
    }
    group.finish();
    throughput(c, &sources);
    let _ = std::fs::remove_dir_all(&tmp);
}

/// Every file under `dir`, recursively (the data files a load reads).
fn files_under(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Load (read, parse, validate, group) in MB/s, beside reading the same files and counting
/// their newlines: the floor any CSV loader stands on.
fn throughput(c: &mut Criterion, sources: &[(String, DataSource)]) {
    let mut group = c.benchmark_group("throughput");
    group.sample_size(10);
    for (name, source) in sources {
        let DataSource::Dir(dir) = source else {
            continue;
        };
        let files = files_under(dir);
        let bytes: u64 = files
            .iter()
            .filter_map(|f| std::fs::metadata(f).ok())
            .map(|m| m.len())
            .sum();
        group.throughput(Throughput::Bytes(bytes));
        // Dropped outside the timing: every command forgets its store at exit (main.rs),
        // so freeing it is no part of what a person waits for.
        group.bench_function(format!("load/{name}"), |b| {
            b.iter_with_large_drop(|| Store::load(source))
        });
        // One buffer for every file, as `wc -l` reads: a new buffer per file made the count
        // depend on what the loads before it had left in the allocator (the same code
        // counted 100x at 1.3 GiB/s in one run and 2.0 GiB/s in another).
        let mut buffer = Vec::new();
        group.bench_function(format!("count_lines/{name}"), |b| {
            b.iter(|| {
                let lines: usize = files.iter().map(|f| count_newlines(f, &mut buffer)).sum();
                black_box(lines)
            })
        });
    }
    group.finish();
}

/// The newlines of the file at `path`, read into `buffer` (kept from file to file); 0 when
/// it cannot be read.
fn count_newlines(path: &std::path::Path, buffer: &mut Vec<u8>) -> usize {
    use std::io::Read;
    buffer.clear();
    let read = std::fs::File::open(path).and_then(|mut f| f.read_to_end(buffer));
    match read {
        Ok(_) => buffer.iter().filter(|&&c| c == b'\n').count(),
        Err(_) => 0,
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
