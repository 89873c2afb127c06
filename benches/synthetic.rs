//! SYNTHETIC data for benchmarks only: scales the real snapshots up by repeating them in later
//! month blocks and under made-up article codes. Every generated row says SYNTHETIC in its note
//! and points at example.invalid; it is never written into `data/`.

use std::fs;
use std::io::Write as _;
use std::path::Path;

/// Writes a data directory at `scale` times the real data's rows into `out`.
/// Rows are spread over up to 10 month blocks (68 months each) and `scale / blocks` article copies.
pub fn generate(real: &Path, out: &Path, scale: usize) -> std::io::Result<usize> {
    let blocks = scale.clamp(1, 10);
    let copies = (scale / blocks).max(1);
    fs::create_dir_all(out.join("snapshots"))?;
    for f in ["metrics.csv", "articles.csv", "events.csv"] {
        fs::copy(real.join(f), out.join(f))?;
    }
    write_cases(real, out, blocks, copies)?;
    let mut rows = 0;
    let mut names: Vec<_> = fs::read_dir(real.join("snapshots"))?
        .flatten()
        .map(|e| e.path())
        .collect();
    names.sort();
    for block in 0..blocks {
        for path in &names {
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let (y, m) = stem.split_once('-').unwrap_or(("2020", "01"));
            let (y, m): (u32, u32) = (y.parse().unwrap_or(2020), m.parse().unwrap_or(1));
            let idx = y * 12 + m - 1 + (block as u32) * 68;
            let name = format!("{:04}-{:02}.csv", idx / 12, idx % 12 + 1);
            let text = fs::read_to_string(path)?;
            let mut w = fs::File::create(out.join("snapshots").join(name))?;
            let mut lines = text.lines();
            writeln!(w, "{}", lines.next().unwrap_or(""))?;
            let body: Vec<&str> = lines.collect();
            for copy in 0..copies {
                for (i, line) in body.iter().enumerate() {
                    rows += 1;
                    writeln!(w, "{}", synth_row(line, block, copy, i))?;
                }
            }
        }
    }
    Ok(rows)
}

/// Rewrites one real row as a synthetic one: article `syn<copy>` (copy 0 keeps the article),
/// source at example.invalid, note SYNTHETIC, no as-of day.
fn synth_row(line: &str, block: usize, copy: usize, row: usize) -> String {
    let mut rec = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(line.as_bytes());
    let fields: Vec<String> = match rec.records().next() {
        Some(Ok(r)) => r.iter().map(str::to_string).collect(),
        _ => return line.to_string(),
    };
    let article = if copy == 0 {
        fields[1].clone()
    } else {
        format!("syn{copy}")
    };
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    let _ = w.write_record([
        fields[0].as_str(),
        &article,
        &fields[2],
        &fields[3],
        // The month is shifted per block, so the real as-of day would lie outside it.
        "",
        &format!("https://example.invalid/synthetic/{block}/{copy}/{row}"),
        "SYNTHETIC benchmark row",
        &fields[7],
        "SYNTHETIC: generated for benchmarks, not a real figure",
    ]);
    String::from_utf8(w.into_inner().unwrap_or_default())
        .unwrap_or_default()
        .trim_end()
        .to_string()
}

/// The case register repeated per block (months shifted) and copy, names marked SYNTHETIC,
/// dates left empty (month only) so no impossible day is made up.
fn write_cases(real: &Path, out: &Path, blocks: usize, copies: usize) -> std::io::Result<()> {
    let mut rdr = csv::Reader::from_path(real.join("cases.csv"))?;
    let rows: Vec<csv::StringRecord> = rdr.records().flatten().collect();
    let mut w = csv::Writer::from_path(out.join("cases.csv"))?;
    w.write_record(rdr.headers()?)?;
    for block in 0..blocks {
        for copy in 0..copies {
            for r in &rows {
                let (y, m) = r[1].split_once('-').unwrap_or(("2020", "01"));
                let (y, m): (u32, u32) = (y.parse().unwrap_or(2020), m.parse().unwrap_or(1));
                let idx = y * 12 + m - 1 + (block as u32) * 68;
                let month = format!("{:04}-{:02}", idx / 12, idx % 12 + 1);
                let person = format!("{} (SYNTHETIC {block}.{copy})", &r[2]);
                w.write_record([
                    "",
                    &month,
                    &person,
                    &r[3],
                    &r[4],
                    &r[5],
                    &r[6],
                    &r[7],
                    "SYNTHETIC",
                ])?;
            }
        }
    }
    w.flush()
}

/// Writes a data directory with the real figures plus `n` SYNTHETIC glossary entries and `n`
/// SYNTHETIC cases, each case under its own article (`9000-<i>`): the size at which the
/// Articles tab was once quadratic in articles (100,000 of each took over 20 s a frame).
#[allow(dead_code)]
pub fn many_articles(real: &Path, out: &Path, n: usize) -> std::io::Result<()> {
    fs::create_dir_all(out.join("snapshots"))?;
    for f in ["metrics.csv", "events.csv"] {
        fs::copy(real.join(f), out.join(f))?;
    }
    for e in fs::read_dir(real.join("snapshots"))?.flatten() {
        fs::copy(e.path(), out.join("snapshots").join(e.file_name()))?;
    }
    let mut glossary = fs::read_to_string(real.join("articles.csv"))?;
    let mut cases =
        String::from("date,month,person,event,articles,sentence_months,court,source_url,note\n");
    for i in 0..n {
        let url = format!("https://example.invalid/synthetic/article/{i}");
        glossary.push_str(&format!("criminal,9000-{i},SYNTHETIC article {i},{url}\n"));
        let month = format!("{}-{:02}", 2021 + (i % 5), i % 12 + 1);
        cases.push_str(&format!(
            ",{month},SYNTHETIC person {i},convicted,9000-{i},,,{url},SYNTHETIC\n"
        ));
    }
    fs::write(out.join("articles.csv"), glossary)?;
    fs::write(out.join("cases.csv"), cases)
}
