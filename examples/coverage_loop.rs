//! Profiling helper: switches to the coverage tab and back N times on a data directory.
//! `cargo run --release --example coverage_loop -- DIR 50`.

use repdash::dash::{Action, App, DashTab};
use repdash::data::DataSource;
use repdash::data::Store;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "data".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
    let Ok(store) = Store::load(&DataSource::Dir(dir.into())) else {
        return;
    };
    let mut app = App::new(store, DashTab::Prisoners, None, None);
    let t = std::time::Instant::now();
    for _ in 0..n {
        app.update(Action::GoTab(6));
        app.update(Action::GoTab(1));
    }
    println!("{:?} per coverage+prisoners switch", t.elapsed() / n as u32);
}
