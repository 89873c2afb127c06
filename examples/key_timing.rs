//! Quick per-action timings (action + one 120x40 frame) on a data directory, for profiling;
//! the measured figures for docs come from `cargo bench --bench frame`.
//! `cargo run --release --example key_timing -- DIR`.

use std::time::Instant;

use repdash::dash::render_buffer;
use repdash::dash::{Action, App, DashTab};
use repdash::dash::{Theme, ThemeName};
use repdash::data::DataSource;
use repdash::data::Store;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data".into());
    let t = Instant::now();
    let store = match Store::load(&DataSource::Dir(dir.into())) {
        Ok(s) => s,
        Err(e) => return eprintln!("{e}"),
    };
    println!("load {:?}", t.elapsed());
    let theme = Theme::new(ThemeName::Dark);
    let mut app = App::new(store, DashTab::Overview, None, None);
    let mut step = |name: &str, action: Action| {
        let t = Instant::now();
        app.update(action);
        let _ = render_buffer(&app, &theme, 120, 40);
        println!("{name:<28} {:?}", t.elapsed());
    };
    for i in 1..=7 {
        step(&format!("tab {i}"), Action::GoTab(i - 1));
    }
    step("tab 2", Action::GoTab(1));
    step("shift start +1", Action::ShiftStart(1));
    step("shift start -1", Action::ShiftStart(-1));
    step("next metric", Action::NextMetric);
    step("row down", Action::Down(1));
    step("open source", Action::OpenSource);
    step("close", Action::Close);
    step("open articles", Action::OpenArticles);
    for c in "411".chars() {
        step("type", Action::Char(c));
    }
    step("apply article", Action::Submit);
    step("tab 6", Action::GoTab(5));
    step("tab 7", Action::GoTab(6));
}
