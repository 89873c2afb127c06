//! The dashboard's outputs (issue "from a view to a report", parts 2 and 4): the copy key's
//! text and the OSC 52 bytes that carry it, the chart key's PNG, on the fixture data.

mod common;

use base64::Engine as _;
use crossterm::Command as _;
use repdash::dash::{Action, App, DashTab};
use repdash::data::{CopyFormat, DataSource, Store};

fn app_on(d: &common::DataDir, tab: DashTab) -> App {
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    App::new(store, tab, None, None)
}

/// The bytes the terminal loop writes for a copy: crossterm's OSC 52 command.
fn osc52(text: &str) -> String {
    let mut out = String::new();
    crossterm::clipboard::CopyToClipboard::to_clipboard_from(text)
        .write_ansi(&mut out)
        .unwrap();
    out
}

#[test]
fn the_copied_table_travels_as_osc_52_and_decodes_to_the_tsv() {
    let d = common::DataDir::fixture();
    let mut app = app_on(&d, DashTab::Prisoners);
    app.update(Action::Copy);
    let text = app.take_clipboard().expect("something to send");
    assert!(app.take_clipboard().is_none(), "sent once");
    let seq = osc52(&text);
    let payload = seq
        .strip_prefix("\x1b]52;c;")
        .and_then(|s| s.strip_suffix("\x1b\\").or_else(|| s.strip_suffix('\x07')))
        .expect("an OSC 52 clipboard write");
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(payload)
        .unwrap();
    let tsv = String::from_utf8(decoded).unwrap();
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .from_reader(tsv.as_bytes());
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 6, "five months, then the range's facts");
    assert_eq!(&rows[1][0], "2023-12");
    // Spreadsheet-ready: a plain number, its qualifier and dispute in their own columns.
    assert_eq!(
        (&rows[1][1], &rows[1][2], &rows[1][3]),
        ("1450", "exact", "yes")
    );
    assert_eq!((&rows[1][4], &rows[1][5]), ("50", "≠"));
    assert_eq!(
        (&rows[3][1], &rows[3][2]),
        ("", ""),
        "a gap is empty, not a zero"
    );
    assert_eq!(&rows[5][0], "2023-11..2024-03");
    assert!(
        rows[5][1].starts_with("last 1,380 (2024-03, as of 2024-03-31) · derived change -20"),
        "{:?}",
        rows[5]
    );
    assert_eq!(
        app.status(),
        Some("copied 5 months and the range's facts as TSV to the clipboard (OSC 52)")
    );
}

#[test]
fn the_sources_popup_copies_the_figure_with_every_source_as_markdown() {
    let d = common::DataDir::fixture();
    let mut app = app_on(&d, DashTab::Prisoners).with_clipboard(true, CopyFormat::Md);
    app.update(Action::First);
    app.update(Action::Down(1)); // 2023-12
    app.update(Action::OpenSource);
    app.update(Action::Copy);
    let md = app.take_clipboard().unwrap();
    assert!(
        md.starts_with("| Figure | Month | Value | As of |\n|---|---|---|---|\n"),
        "{md}"
    );
    assert!(
        md.contains("| Political prisoners | 2023-12 | 1,450≠ | 2023-12-31 |"),
        "{md}"
    );
    assert!(
        md.contains("https://example.org/fixture/dec-a")
            && md.contains("https://example.org/fixture/dec-b"),
        "{md}"
    );
}

#[test]
fn copied_text_is_cleaned_and_copy_can_be_turned_off() {
    let d = common::DataDir::fixture();
    let cases = std::fs::read_to_string(d.path().join("cases.csv")).unwrap();
    std::fs::write(
        d.path().join("cases.csv"),
        cases.replace(
            "Fixture Person B",
            "Evil\u{1b}]52;c;AAAA\u{7}\u{202e}Name\tTab",
        ),
    )
    .unwrap();
    let mut app = app_on(&d, DashTab::Articles);
    app.update(Action::Copy);
    let tsv = app.take_clipboard().unwrap();
    assert!(
        !tsv.chars()
            .any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\u{202e}'),
        "{tsv:?}"
    );
    assert!(tsv.contains("Evil]52;c;AAAAName Tab\tconvicted"), "{tsv:?}");
    let mut off = app_on(&d, DashTab::Prisoners).with_clipboard(false, CopyFormat::Tsv);
    off.update(Action::Copy);
    assert!(off.take_clipboard().is_none());
    assert_eq!(
        off.status(),
        Some("copy is off (config: clipboard = false)")
    );
}

#[test]
fn the_chart_key_writes_a_png_beside_the_exports() {
    let d = common::DataDir::fixture();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on(&d, DashTab::Prisoners).with_export_dir(dir.path().to_path_buf());
    app.update(Action::ExportChart);
    let name = "repdash-prisoners-political_prisoners-2023-11..2024-03.png";
    let status = app.status().unwrap().to_string();
    assert!(
        status.starts_with("chart image written to ") && status.ends_with(name),
        "{status}"
    );
    let file = std::fs::File::open(dir.path().join(name)).unwrap();
    let reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .unwrap();
    assert_eq!((reader.info().width, reader.info().height), (960, 540));
    app.update(Action::ExportChart);
    assert!(
        dir.path().join(name.replace(".png", "-2.png")).exists(),
        "never replaces a file"
    );
    let mut overview = app_on(&d, DashTab::Overview).with_export_dir(dir.path().to_path_buf());
    overview.update(Action::ExportChart);
    assert!(
        overview.status().unwrap().starts_with("no chart here"),
        "{:?}",
        overview.status()
    );
}

#[test]
fn the_compare_key_sets_the_range_against_the_months_before_it() {
    let d = common::DataDir::fixture();
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    let range = "2024-01..2024-03".parse().ok();
    let mut app = App::new(store, DashTab::Prisoners, range, None);
    app.update(Action::OpenCompare);
    let theme = repdash::dash::Theme::new(repdash::dash::ThemeName::NoColour);
    let screen = repdash::dash::render_text(&app, &theme, 120, 40);
    assert!(
        screen.contains("compare with the period before"),
        "{screen}"
    );
    assert!(
        screen.contains("compare 2023-10..2023-12 with 2024-01..2024-03"),
        "{screen}"
    );
    assert!(
        screen.contains("A last 1,450 (2023-12, as of 2023-12-31) *"),
        "{screen}"
    );
    assert!(
        screen.contains("B last 1,380 (2024-03, as of 2024-03-31)"),
        "{screen}"
    );
    let mut all = app_on(&d, DashTab::Prisoners);
    all.update(Action::OpenCompare);
    assert_eq!(
        all.status(),
        Some("no months of data before 2023-11..2024-03 to compare with")
    );
}

/// A table too large for a terminal's clipboard write is not sent (it would be dropped or cut
/// without a word); the status says so and points to the export.
#[test]
fn a_copy_larger_than_the_cap_is_refused_with_a_pointer_to_export() {
    let d = common::DataDir::fixture();
    let mut cases =
        String::from("date,month,person,event,articles,sentence_months,court,source_url,note\n");
    for i in 0..1500 {
        cases.push_str(&format!(
            "2024-01-10,2024-01,Fixture Person {i:04} with a long name for size,convicted,342,12,Fixture court,https://example.org/fixture/case-{i},\n"
        ));
    }
    std::fs::write(d.path().join("cases.csv"), cases).unwrap();
    let mut app = app_on(&d, DashTab::Articles);
    app.update(Action::Copy);
    assert!(app.take_clipboard().is_none(), "nothing sent");
    let status = app.status().unwrap_or_default();
    assert!(
        status.contains("too large for the clipboard (1,500 rows): use e to export"),
        "{status}"
    );
    // Under the cap the same key sends (the fixture's own cases).
    let small = common::DataDir::fixture();
    let mut app = app_on(&small, DashTab::Articles);
    app.update(Action::Copy);
    let text = app.take_clipboard().expect("a small table is sent");
    assert!(text.len() < repdash::dash::MAX_COPY_BYTES);
}
