//! The article filter says what it filters (monitor's month, round three): it narrows
//! figures by article; a metric with none (national detentions) is left out of an
//! article-filtered view, never exported or drawn under the article's name.

mod common;

use common::{DataDir, repdash};
use repdash::dash::{Action, App, DashTab};
use repdash::data::{DataSource, Store};

#[test]
fn export_with_an_article_on_a_national_metric_says_so_and_writes_nothing() {
    let d = DataDir::fixture();
    let file = d.path().join("out.csv");
    let out = repdash()
        .args([
            "export",
            "--article",
            "342",
            "--metric",
            "detentions",
            "--output",
        ])
        .arg(&file)
        .arg("--data")
        .arg(d.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("detentions has no figures by article: --article 342 does not apply to it"),
        "{err}"
    );
    assert!(!file.exists());
}

#[test]
fn an_article_filtered_view_keeps_only_figures_by_article_and_says_so() {
    let d = DataDir::fixture();
    let run = |args: &[&str]| {
        let out = repdash()
            .args(args)
            .arg("--data")
            .arg(d.path())
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let csv = run(&[
        "summary",
        "--format",
        "csv",
        "--article",
        "342",
        "--tab",
        "articles",
    ]);
    let mut rdr = csv::Reader::from_reader(csv.as_bytes());
    let head: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    assert!(
        head.iter().any(|h| h == "convictions_by_article@342"),
        "{head:?}"
    );
    assert!(
        !head.iter().any(|h| h == "convictions_by_article"),
        "no national column: {head:?}"
    );
    let text = run(&["summary", "--article", "342", "--tab", "detentions"]);
    assert!(
        text.starts_with(
            "range 2023-11..2024-03 (5 months), article 342 (figures by article only)"
        ),
        "{text}"
    );
    assert!(!text.contains("detentions"), "{text}");
}

#[test]
fn the_dashboard_says_why_a_tab_is_empty_under_an_article_filter() {
    let d = DataDir::fixture();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    let mut app = App::new(store, DashTab::Detentions, None, None);
    app.update(Action::OpenFilter);
    for c in "art:342".chars() {
        app.update(Action::Char(c));
    }
    app.update(Action::Submit);
    let theme = repdash::dash::Theme::new(repdash::dash::ThemeName::NoColour);
    let screen = repdash::dash::render_text(&app, &theme, 120, 40);
    assert!(
        screen.contains("no figures by article 342 on this tab"),
        "{screen}"
    );
    app.update(Action::Export);
    assert_eq!(app.status(), Some("nothing to export here"));
}
