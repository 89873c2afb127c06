//! `export --rows cases` streams the register (hostile input, round three: a 200 MB register
//! held as cases and CSV took 825 MiB): the file it writes is byte for byte what the loaded
//! register gives, in month order, for a register big enough to be read on every core, and
//! a bad row anywhere still writes nothing.

mod common;

use common::{DataDir, repdash};
use repdash::data::{CaseFilter, DataSource, Store, cases_to_csv, query_cases};

const HEADER: &str = "date,month,person,event,articles,sentence_months,court,source_url,note\n";

/// A SYNTHETIC register of `n` rows over 2023-11..2024-03, months out of order (as a
/// register merged from several sheets is), past the size read in shares.
fn big_register(n: usize) -> String {
    let months = ["2024-02", "2023-11", "2024-03", "2023-12", "2024-01"];
    let mut out = String::from(HEADER);
    for i in 0..n {
        let m = months[i % months.len()];
        let article = ["342", "411", "361-1;342", "", "adm:24.23"][i / 5 % 5];
        out.push_str(&format!(
            "{m}-{:02},{m},SYNTHETIC person {i},convicted,{article},{},Court {},https://example.org/synthetic/{i},\"note, with comma {i}\"\n",
            i % 28 + 1,
            i % 40,
            i % 7
        ));
    }
    out
}

fn export(d: &DataDir, args: &[&str]) -> (Option<i32>, Vec<u8>, String) {
    let out = repdash()
        .args(["export", "--rows", "cases", "-o", "-"])
        .args(args)
        .arg("--data")
        .arg(d.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code(), out.stdout, err)
}

fn loaded(d: &DataDir, filter: impl Fn(&mut CaseFilter)) -> Vec<u8> {
    let store = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap();
    let mut f = CaseFilter {
        range: store.full_range().unwrap(),
        article: None,
        event: None,
        name: None,
    };
    filter(&mut f);
    cases_to_csv(query_cases(&store, &f).iter())
}

#[test]
fn a_register_read_on_every_core_streams_what_the_store_holds() {
    let d = DataDir::fixture();
    let register = big_register(14_000);
    assert!(
        register.len() > 1 << 20,
        "past the parallel reader's threshold"
    );
    std::fs::write(d.path().join("cases.csv"), &register).unwrap();
    let (code, all, err) = export(&d, &[]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(all, loaded(&d, |_| {}));
    let mut rows = csv::Reader::from_reader(all.as_slice());
    let months: Vec<String> = rows.records().map(|r| r.unwrap()[1].to_string()).collect();
    assert_eq!(months.len(), 14_000);
    assert!(months.windows(2).all(|w| w[0] <= w[1]), "month order");

    let (_, some, _) = export(
        &d,
        &["--article", "342", "--from", "2023-12", "--to", "2024-01"],
    );
    let want = loaded(&d, |f| {
        f.article = Some("342".parse().unwrap());
        f.range = "2023-12..2024-01".parse().unwrap();
    });
    assert_eq!(some, want);
    assert!(some.len() > 1000);
}

#[test]
fn a_bad_row_at_the_end_writes_nothing_and_names_its_line() {
    let d = DataDir::fixture();
    let mut register = big_register(14_000);
    register.push_str("2024-13-01,2024-13,Bad row,convicted,342,,,https://example.org/x,\n");
    std::fs::write(d.path().join("cases.csv"), &register).unwrap();
    let file = d.path().join("out.csv");
    let out = repdash()
        .args(["export", "--rows", "cases", "-o"])
        .arg(&file)
        .arg("--data")
        .arg(d.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cases.csv:14002: month"), "{err}");
    assert!(!file.exists());
    let left: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(left.is_empty(), "no temp file: {left:?}");
    // To standard output: nothing at all, not even the header.
    let (code, stdout, _) = export(&d, &[]);
    assert_eq!(code, Some(1));
    assert!(stdout.is_empty(), "{}", String::from_utf8_lossy(&stdout));
}

#[test]
fn crlf_and_a_carriage_return_in_a_field_stream_the_same_cases() {
    let d = DataDir::fixture();
    let register = format!(
        "{}\r\n2024-01-10,2024-01,Person CR,convicted,342,12,Court,https://example.org/a,\"line\rbreak\"\r\n2023-12-01,2023-12,Person B,convicted,411,,,https://example.org/b,\r\n",
        HEADER.trim_end()
    ) + "\r\n";
    std::fs::write(d.path().join("cases.csv"), register).unwrap();
    let (code, got, err) = export(&d, &[]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(got, loaded(&d, |_| {}));
    let text = String::from_utf8(got).unwrap();
    assert!(text.lines().nth(1).unwrap().contains("Person B"), "{text}");
}
