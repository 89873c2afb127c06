//! Time to first frame and key to frame, on the real data and on SYNTHETIC data at 1000x.
//! Run: `cargo bench --bench frame`. Targets (docs/performance.md): first frame <= 20 ms,
//! key to frame <= 1 ms on the real data and <= 16 ms at 1000x.

mod synthetic;

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use repdash::dash::render_buffer;
use repdash::dash::{Action, App, DashTab};
use repdash::dash::{Theme, ThemeName};
use repdash::data::DataSource;
use repdash::data::Store;

fn frame(app: &App, theme: &Theme) -> usize {
    render_buffer(app, theme, 120, 40).content.len()
}

fn type_filter(app: &mut App, text: &str) {
    app.update(Action::OpenFilter);
    for c in text.chars() {
        app.update(Action::Char(c));
    }
    app.update(Action::Submit);
}

fn key_to_frame(c: &mut Criterion, name: &str, store: &Store) {
    let theme = Theme::new(ThemeName::Dark);
    let mut group = c.benchmark_group(format!("key_to_frame/{name}"));
    group.sample_size(20);
    let mut app = App::new(store.clone(), DashTab::Prisoners, None, None);
    group.bench_function("next_tab", |b| {
        b.iter(|| {
            app.update(Action::NextTab);
            black_box(frame(&app, &theme))
        })
    });
    let mut app = App::new(store.clone(), DashTab::Prisoners, None, None);
    let mut step = 1;
    group.bench_function("move_range_start", |b| {
        b.iter(|| {
            step = -step;
            app.update(Action::ShiftStart(step));
            black_box(frame(&app, &theme))
        })
    });
    let mut app = App::new(store.clone(), DashTab::Articles, None, None);
    let mut flip = false;
    group.bench_function("set_article", |b| {
        b.iter(|| {
            flip = !flip;
            type_filter(&mut app, if flip { "art:411" } else { "art:342" });
            black_box(frame(&app, &theme))
        })
    });
    // The Articles tab's person search narrows the register at each letter: one letter typed
    // and one deleted, each followed by a frame (two keys per iteration).
    let mut app = App::new(store.clone(), DashTab::Articles, None, None);
    app.update(Action::OpenFilter);
    app.update(Action::Char('k'));
    group.bench_function("person_search_two_keys", |b| {
        b.iter(|| {
            app.update(Action::Char('u'));
            black_box(frame(&app, &theme));
            app.update(Action::Backspace);
            black_box(frame(&app, &theme))
        })
    });
    let app = App::new(store.clone(), DashTab::Prisoners, None, None);
    group.bench_function("redraw_only", |b| b.iter(|| black_box(frame(&app, &theme))));
    group.finish();
}

fn bench(c: &mut Criterion) {
    let theme = Theme::new(ThemeName::Dark);
    let mut group = c.benchmark_group("first_frame/real");
    group.sample_size(20);
    for tab in DashTab::ALL {
        group.bench_function(tab.key(), |b| {
            b.iter(|| {
                let store = Store::load(&DataSource::Embedded).unwrap_or_default();
                black_box(frame(&App::new(store, tab, None, None), &theme))
            })
        });
    }
    group.finish();
    if let Ok(store) = Store::load(&DataSource::Embedded) {
        key_to_frame(c, "real", &store);
    }
    let real = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data");
    let dir = std::env::temp_dir().join(format!("repdash-bench-frame-{}", std::process::id()));
    if synthetic::generate(&real, &dir, 1000).is_ok()
        && let Ok(store) = Store::load(&DataSource::Dir(dir.clone()))
    {
        key_to_frame(c, "synthetic_1000x", &store);
    }
    let _ = std::fs::remove_dir_all(&dir);
    articles_at_scale(c, &real);
}

/// One Articles-tab frame (load excluded) with 100,000 SYNTHETIC glossary entries and
/// 100,000 cases of distinct articles: near-linear work, not one glossary scan per article.
fn articles_at_scale(c: &mut Criterion, real: &std::path::Path) {
    let dir = std::env::temp_dir().join(format!("repdash-bench-articles-{}", std::process::id()));
    if synthetic::many_articles(real, &dir, 100_000).is_ok()
        && let Ok(store) = Store::load(&DataSource::Dir(dir.clone()))
    {
        let theme = Theme::new(ThemeName::Dark);
        let mut group = c.benchmark_group("articles_tab/100k_articles");
        group.sample_size(10);
        group.bench_function("open_tab_and_frame", |b| {
            b.iter(|| {
                let app = App::new(store.clone(), DashTab::Articles, None, None);
                black_box(frame(&app, &theme))
            })
        });
        let mut app = App::new(store.clone(), DashTab::Articles, None, None);
        group.bench_function("redraw_only", |b| b.iter(|| black_box(frame(&app, &theme))));
        app.update(Action::OpenArticles);
        group.bench_function("picker_frame", |b| {
            b.iter(|| black_box(frame(&app, &theme)))
        });
        group.finish();
    }
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
