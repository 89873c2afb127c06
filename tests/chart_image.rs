//! `repdash chart` (issue "from a view to a report", part 2) on the fixture data: the SVG read
//! back with an XML parser (lines = runs of months, markers per qualifier, round ticks), the
//! PNG decoded (size, not blank).

mod common;

use common::{DataDir, repdash};

const LINE: &str = "#1F5FAD";

fn chart(d: &DataDir, metric: &str, file: &str, extra: &[&str]) -> std::process::Output {
    repdash()
        .arg("chart")
        .arg("--data")
        .arg(d.path())
        .args(["--metric", metric, "-o", file])
        .args(extra)
        .output()
        .unwrap()
}

fn svg_of(d: &DataDir, metric: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.svg");
    let out = chart(d, metric, file.to_str().unwrap(), &[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(file).unwrap()
}

fn attr<'a>(n: &roxmltree::Node<'a, '_>, name: &str) -> &'a str {
    n.attribute(name).unwrap_or("")
}

#[test]
fn the_svg_breaks_the_line_at_gaps_and_shapes_points_by_qualifier() {
    let d = DataDir::fixture();
    // Detentions: 2023-11 exact, 2023-12 about, 2024-01 exact (disputed), 2024-02 exact,
    // 2024-03 missing: one run of four months, one polyline.
    let svg = svg_of(&d, "detentions");
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let lines: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("polyline") && attr(n, "stroke") == LINE)
        .collect();
    assert_eq!(lines.len(), 1, "one run of consecutive months");
    assert_eq!(attr(&lines[0], "points").split_whitespace().count(), 4);
    let filled = |tag: &str| {
        doc.descendants()
            .filter(|n| n.has_tag_name(tag) && attr(n, "fill") == LINE)
            .count()
    };
    assert_eq!(filled("circle"), 3, "three exact months");
    assert_eq!(filled("rect"), 1, "one 'about' month as a square");
    let rings = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") && attr(n, "fill") == "none")
        .count();
    assert_eq!(rings, 1, "the disputed month is ringed");
}

#[test]
fn political_prisoners_with_a_gap_make_two_lines_and_round_ticks() {
    let d = DataDir::fixture();
    // 2023-11..2024-01 have figures, 2024-02 none, 2024-03 one: a line and a lone point.
    let svg = svg_of(&d, "political_prisoners");
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let lines = doc
        .descendants()
        .filter(|n| n.has_tag_name("polyline") && attr(n, "stroke") == LINE)
        .count();
    assert_eq!(
        lines, 1,
        "the lone month after the gap is a marker, not joined across"
    );
    let texts: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").trim().to_string())
        .collect();
    let ticks: Vec<f64> = texts
        .iter()
        .filter_map(|t| t.replace(',', "").parse::<f64>().ok())
        .collect();
    assert_eq!(ticks.first(), Some(&0.0), "counts start at zero: {texts:?}");
    assert!(ticks.len() >= 3, "{ticks:?}");
    let step = ticks[1] - ticks[0];
    assert!(
        [1.0, 2.0, 5.0].iter().any(|m| {
            let mag = 10f64.powf(step.log10().floor());
            (step / mag - m).abs() < 1e-9
        }),
        "1-2-5 steps: {ticks:?}"
    );
    assert!(
        texts.iter().any(|t| t == "Nov 23") && texts.iter().any(|t| t == "Mar 24"),
        "first and last month labelled: {texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t == "Political prisoners in Belarus · people · 2023-11..2024-03")
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Figures by source: example.org"))
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("1 2023-12-20: Fixture event")),
        "numbered event legend"
    );
}

#[test]
fn the_png_has_the_asked_size_and_is_not_blank() {
    let d = DataDir::fixture();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.png");
    let out = chart(
        &d,
        "political_prisoners",
        file.to_str().unwrap(),
        &["--size", "640x360"],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&file).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!((info.width, info.height), (640, 360));
    let pixels = &buf[..info.buffer_size()];
    let line_blue = pixels.chunks(3).filter(|p| p[2] > 150 && p[0] < 80).count();
    let dark_text = pixels
        .chunks(3)
        .filter(|p| p.iter().all(|&c| c < 60))
        .count();
    assert!(
        line_blue > 100,
        "the series is drawn: {line_blue} blue pixels"
    );
    assert!(
        dark_text > 200,
        "text is drawn without system fonts: {dark_text} dark pixels"
    );
}

#[test]
fn chart_refuses_what_it_cannot_draw_as_usage_errors() {
    let d = DataDir::fixture();
    for (metric, file, extra) in [
        ("political_prisoners", "c.gif", vec![]),
        (
            "political_prisoners",
            "c.png",
            vec!["--size", "65535x65535"],
        ),
        ("no_such_metric", "c.svg", vec![]),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(file);
        let out = chart(&d, metric, path.to_str().unwrap(), &extra);
        assert_eq!(out.status.code(), Some(2), "{metric} {file} {extra:?}");
        assert!(!path.exists());
    }
}
