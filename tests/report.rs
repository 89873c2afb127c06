//! `repdash report` (issue "from a view to a report", part 1) on the fixture data: Markdown
//! read back with a real CommonMark parser, JSON with serde_json, HTML with an HTML parser.

mod common;

use std::fs;

use common::{DataDir, repdash};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

fn report(d: &DataDir, args: &[&str]) -> String {
    let out = repdash()
        .arg("report")
        .arg("--data")
        .arg(d.path())
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Markdown parsed: headings' texts, table rows (cells as text), whether a blockquote
/// appears, footnote references and definitions.
#[derive(Default, Debug)]
struct Parsed {
    headings: Vec<String>,
    rows: Vec<Vec<String>>,
    blockquotes: usize,
    footnote_refs: Vec<String>,
    footnote_defs: Vec<String>,
    text: String,
}

fn parse_md(md: &str) -> Parsed {
    let mut p = Parsed::default();
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let (mut heading, mut cell, mut row): (Option<String>, Option<String>, Vec<String>) =
        (None, None, Vec::new());
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => p.headings.extend(heading.take()),
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => row.extend(cell.take()),
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => {
                p.rows.push(std::mem::take(&mut row))
            }
            Event::Start(Tag::BlockQuote(_)) => p.blockquotes += 1,
            Event::Start(Tag::Strikethrough) => panic!("accidental strikethrough in {md}"),
            Event::FootnoteReference(r) => {
                p.footnote_refs.push(r.to_string());
                cell.iter_mut().for_each(|c| c.push_str(&format!("[^{r}]")));
            }
            Event::Start(Tag::FootnoteDefinition(d)) => p.footnote_defs.push(d.to_string()),
            Event::Text(t) | Event::Code(t) => {
                p.text.push_str(&t);
                heading
                    .iter_mut()
                    .chain(cell.iter_mut())
                    .for_each(|h| h.push_str(&t));
            }
            _ => {}
        }
    }
    p
}

#[test]
fn a_monthly_report_in_markdown_renders_as_intended() {
    let d = DataDir::fixture();
    let md = report(&d, &["--month", "2024-01"]);
    let p = parse_md(&md);
    assert_eq!(p.blockquotes, 0, "no accidental blockquote");
    assert_eq!(
        p.headings[0],
        "Political repression in Belarus: January 2024"
    );
    for h in [
        "Headline figures",
        "Events",
        "Documented cases",
        "Coverage",
        "Sources",
    ] {
        assert!(
            p.headings.iter().any(|x| x == h),
            "heading {h}: {:?}",
            p.headings
        );
    }
    let pp = p
        .rows
        .iter()
        .find(|r| r[0].starts_with("Political prisoners"))
        .unwrap();
    assert_eq!(pp[1], "1,420");
    assert_eq!(pp[2], "2024-01-31");
    assert_eq!(
        pp[3], "-30≠ on December 2023 (1,450≠)",
        "the change on a disputed month is marked"
    );
    // Every footnote reference has its definition, and the figure's points at its source.
    for r in &p.footnote_refs {
        assert!(p.footnote_defs.contains(r), "footnote {r} undefined");
    }
    let note = pp[5].trim_start_matches("[^").trim_end_matches(']');
    let def = md
        .lines()
        .find(|l| l.starts_with(&format!("[^{note}]:")))
        .unwrap();
    assert!(def.contains("<https://example.org/fixture/jan>"), "{def}");
    // The disagreement spelled out, both readings with their sources.
    let dispute = md
        .lines()
        .find(|l| l.starts_with("- Political prisoners, December 2023"))
        .unwrap();
    assert!(
        dispute.contains("sources disagree: Fixture review December[^"),
        "{dispute}"
    );
    assert!(
        dispute.contains("gives 1,450 (≠ 1,470); Fixture year review[^")
            && dispute.ends_with("gives 1,470 (≠ 1,450)"),
        "{dispute}"
    );
    assert!(
        p.text.contains("Criminal convictions, Added to extremist"),
        "coverage line: {}",
        p.text
    );
    assert!(
        p.text
            .contains("A sample from the case register, not totals")
    );
    let cases: Vec<_> = p
        .rows
        .iter()
        .filter(|r| r.len() == 2 && r[0] != "Article")
        .collect();
    assert!(
        cases.iter().any(|r| r[0] == "342" && r[1] == "1"),
        "{cases:?}"
    );
}

#[test]
fn hostile_titles_cannot_restructure_the_markdown() {
    let d = DataDir::fixture();
    let hostile = "> # [click](javascript:x) | *bold* ~~gone~~ <script>";
    let jan = d.path().join("snapshots/2024-01.csv");
    let text = fs::read_to_string(&jan).unwrap();
    fs::write(
        &jan,
        text.replace("Fixture review January", &format!("\"{hostile}\"")),
    )
    .unwrap();
    let md = report(&d, &["--month", "2024-01"]);
    let p = parse_md(&md);
    assert_eq!(p.blockquotes, 0);
    assert!(
        p.text.contains(hostile),
        "the title survives as text: {}",
        p.text
    );
    let links = Parser::new_ext(&md, Options::all())
        .filter(|e| matches!(e, Event::Start(Tag::Link { dest_url, .. }) if !dest_url.starts_with("https://example.org/")))
        .count();
    assert_eq!(links, 0, "no link but the sources' own");
    let html_events = Parser::new_ext(&md, Options::all())
        .filter(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)))
        .count();
    assert_eq!(html_events, 0, "no raw HTML from data");
}

#[test]
fn a_range_report_gives_aggregates_with_their_coverage() {
    let d = DataDir::fixture();
    let md = report(&d, &["--from", "2023-11", "--to", "2024-03"]);
    let p = parse_md(&md);
    let det = p
        .rows
        .iter()
        .find(|r| r[0].starts_with("Detentions ("))
        .unwrap();
    assert!(
        det[1].starts_with("sum ~1,035 (4 of 5 months had data)"),
        "{det:?}"
    );
    assert!(
        det[1].contains("900"),
        "the stated quarter total beside it: {det:?}"
    );
}

#[test]
fn the_json_report_has_one_documented_shape() {
    let d = DataDir::fixture();
    let doc: serde_json::Value =
        serde_json::from_str(&report(&d, &["--month", "2024-01", "--format", "json"])).unwrap();
    assert_eq!(doc["schema"], "repdash/1");
    assert_eq!(doc["period"]["from"], "2024-01");
    let figures = doc["sections"][0]["figures"].as_array().unwrap();
    let pp = figures
        .iter()
        .find(|f| f["key"] == "political_prisoners")
        .unwrap();
    assert_eq!(pp["value"], 1420.0);
    assert_eq!(pp["qualifier"], "exact");
    assert_eq!(pp["change_previous"]["against"], "2023-12");
    assert_eq!(pp["change_previous"]["disputed"], true);
    let n = pp["source"].as_u64().unwrap() as usize;
    assert_eq!(
        doc["sources"][n - 1]["url"],
        "https://example.org/fixture/jan"
    );
    let conv = figures
        .iter()
        .find(|f| f["key"] == "criminal_convictions")
        .unwrap();
    assert!(conv["value"].is_null(), "a gap is null, never 0");
    let missing: Vec<&str> = doc["missing"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m.as_str())
        .collect();
    assert!(missing.contains(&"Criminal convictions"), "{missing:?}");
}

#[test]
fn report_writes_a_file_atomically_and_never_overwrites_without_force() {
    let d = DataDir::fixture();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("brief.md");
    let run = |force: bool| {
        let mut cmd = repdash();
        cmd.arg("report")
            .arg("--data")
            .arg(d.path())
            .args(["--month", "2024-01", "-o"])
            .arg(&file);
        if force {
            cmd.arg("--force");
        }
        cmd.output().unwrap().status.code()
    };
    assert_eq!(run(false), Some(0));
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .starts_with("# Political repression")
    );
    assert_eq!(run(false), Some(1), "an existing file is not replaced");
    assert_eq!(run(true), Some(0));
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn the_html_report_is_one_file_with_every_data_text_escaped() {
    let d = DataDir::fixture();
    let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
    let jan = d.path().join("snapshots/2024-01.csv");
    let text = fs::read_to_string(&jan).unwrap();
    let quoted = format!("\"{}\"", hostile.replace('"', "\"\""));
    fs::write(&jan, text.replace("Fixture review January", &quoted)).unwrap();
    let events = fs::read_to_string(d.path().join("events.csv")).unwrap();
    fs::write(
        d.path().join("events.csv"),
        events + &format!("2024-01-05,list,{quoted},javascript:alert(3)\n"),
    )
    .unwrap();
    let html = report(&d, &["--month", "2024-01", "--format", "html"]);
    let doc = scraper::Html::parse_document(&html);
    let count = |css: &str| doc.select(&scraper::Selector::parse(css).unwrap()).count();
    assert_eq!(count("script"), 0, "no script");
    assert_eq!(count("img"), 0, "no tag from data");
    assert_eq!(count("[onerror]"), 0, "no attribute from data");
    assert_eq!(count("link, iframe, object, embed"), 0);
    for a in doc.select(&scraper::Selector::parse("a[href]").unwrap()) {
        let href = a.value().attr("href").unwrap();
        assert!(
            href.starts_with('#') || href.starts_with("https://example.org/"),
            "{href}"
        );
    }
    assert!(
        !html.contains("src=\"http") && !html.contains("url("),
        "no external request"
    );
    let body_text: String = doc.root_element().text().collect();
    assert!(
        body_text.contains(hostile),
        "the hostile title is shown as text"
    );
    assert!(
        body_text.contains("javascript:alert(3)"),
        "an unsafe URL stays text"
    );
    assert!(count("svg") >= 1, "inline SVG charts");
    assert!(count("h1") == 1 && count("table") >= 2);
    assert!(html.contains("@media print"));
    let pp = doc
        .select(&scraper::Selector::parse("tr").unwrap())
        .find(|r| {
            r.text()
                .collect::<String>()
                .starts_with("Political prisoners")
        })
        .unwrap();
    let cells: Vec<String> = pp
        .select(&scraper::Selector::parse("td").unwrap())
        .map(|c| c.text().collect())
        .collect();
    assert_eq!(cells[1], "1,420");
    assert_eq!(cells[3], "-30≠ on December 2023 (1,450≠)");
}

/// Only http(s) URLs become links, in the Markdown brief as in the HTML one (one function,
/// `text::is_web_link`): another scheme, upper case, or whitespace in front is text.
#[test]
fn only_web_addresses_become_links_in_every_report_format() {
    let d = DataDir::fixture();
    let hostile = [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(2)",
        "HTTPS://example.org/upper",
        "\" https://example.org/space\"",
        "\"data:text/html;base64,PHNjcmlwdD4=\"",
        "file:///etc/passwd",
    ];
    let events = fs::read_to_string(d.path().join("events.csv")).unwrap();
    let rows: String = hostile
        .iter()
        .enumerate()
        .map(|(i, u)| format!("2024-01-0{},list,Event {i},{u}\n", i + 1))
        .collect();
    fs::write(d.path().join("events.csv"), events + &rows).unwrap();
    let md = report(&d, &["--month", "2024-01"]);
    let mut links = Vec::new();
    for event in Parser::new_ext(&md, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES) {
        if let Event::Start(Tag::Link { dest_url, .. }) = event {
            links.push(dest_url.to_string());
        }
    }
    assert!(!links.is_empty(), "the fixture's own sources are links");
    for l in &links {
        assert!(
            l.starts_with("https://") || l.starts_with("http://"),
            "md link {l}"
        );
    }
    assert!(
        md.contains("javascript:alert(1)"),
        "the URL is kept as text"
    );
    let html = report(&d, &["--month", "2024-01", "--format", "html"]);
    let doc = scraper::Html::parse_document(&html);
    for a in doc.select(&scraper::Selector::parse("a[href]").unwrap()) {
        let href = a.value().attr("href").unwrap();
        assert!(
            href.starts_with('#') || href.starts_with("https://"),
            "html link {href}"
        );
    }
}

/// The brief leaves no documented case out: it gives their number, the cases without an
/// article as their own row, and each death in custody by name with its source.
#[test]
fn the_brief_counts_every_case_and_names_each_death_in_custody() {
    let d = DataDir::fixture();
    let cases = fs::read_to_string(d.path().join("cases.csv")).unwrap()
        + "2024-01-25,2024-01,Fixture Person E,died_in_custody,,,,https://example.org/fixture/case-e,\n\
           2024-01-26,2024-01,Fixture Person F,released,,,,https://example.org/fixture/case-f,\n";
    fs::write(d.path().join("cases.csv"), cases).unwrap();
    let md = report(&d, &["--month", "2024-01"]);
    assert!(md.contains("4 cases documented in this period."), "{md}");
    let p = parse_md(&md);
    let none = p.rows.iter().find(|r| r[0] == "(no article)").unwrap();
    assert_eq!(none[1], "2", "{:?}", p.rows);
    assert!(
        md.contains("- 2024-01-25: Fixture Person E <https://example.org/fixture/case-e>"),
        "{md}"
    );
    let html = report(&d, &["--month", "2024-01", "--format", "html"]);
    let doc = scraper::Html::parse_document(&html);
    let li: Vec<String> = doc
        .select(&scraper::Selector::parse("li").unwrap())
        .map(|l| l.text().collect())
        .collect();
    assert!(li.iter().any(|l| l.contains("Fixture Person E")), "{li:?}");
    let json: serde_json::Value =
        serde_json::from_str(&report(&d, &["--month", "2024-01", "--format", "json"])).unwrap();
    let c = &json["documented_cases"];
    assert_eq!(
        (c["total"].as_u64(), c["without_article"].as_u64()),
        (Some(4), Some(2))
    );
    assert_eq!(c["deaths_in_custody"][0]["person"], "Fixture Person E");
}
