//! Any bytes as a month file, written as the brief in Markdown, HTML and JSON: no panic; the
//! JSON parses, the HTML holds no tag or link that came from the data, the Markdown links
//! only to http(s).
#![no_main]

use libfuzzer_sys::fuzz_target;
use repdash::data::testing::{Brief, RawFile, brief_html, brief_json, brief_md};
use repdash::data::{MonthRange, Selection, Store};

fuzz_target!(|data: &[u8]| {
    let catalog = include_bytes!("../../data/metrics.csv").to_vec();
    let files = vec![
        RawFile::in_memory("metrics.csv", catalog),
        RawFile::in_memory("snapshots/2024-01.csv", data.to_vec()),
    ];
    let mut problems = Vec::new();
    let store = Store::from_files(&files, &Selection::everything(), &mut problems);
    let Ok(range) = "2024-01..2024-01".parse::<MonthRange>() else { return };
    let brief = Brief::build(&store, range);
    let json = brief_json(&brief, "fuzz");
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok(), "json parses");
    let html = brief_html(&brief, "fuzz");
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script") && !lower.contains("<img") && !lower.contains("<iframe"));
    assert!(!lower.contains("href=\"javascript") && !lower.contains("href=\"data:"));
    let md = brief_md(&brief, "fuzz");
    for (i, _) in md.match_indices("](") {
        // The brief writes no inline links: every link is an http(s) autolink.
        assert!(md[..i].ends_with("\\]") || md[..i].ends_with('\\'), "inline link in md");
    }
    for part in md.split('<').skip(1) {
        if let Some(link) = part.split('>').next().filter(|l| l.contains(':') && !l.contains(' ')) {
            assert!(link.starts_with("http://") || link.starts_with("https://"), "autolink {link}");
        }
    }
});
