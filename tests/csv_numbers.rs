//! Numbers stay numbers in every CSV written for people: the formula guard makes text of what
//! could be evaluated, never of a plain number (`'-187` is text to a spreadsheet, and a sum over
//! the column skips it without a word). Read back as a spreadsheet would: a cell is a number
//! when it parses as one, and a guarded cell must not be a number under its apostrophe.

mod common;

fn csv_cells(bytes: &[u8]) -> Vec<csv::StringRecord> {
    let mut rd = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    rd.records().map(Result::unwrap).collect()
}

fn assert_no_guarded_number(what: &str, bytes: &[u8]) -> usize {
    let mut numbers = 0;
    for r in csv_cells(bytes) {
        for cell in r.iter() {
            if let Some(rest) = cell.strip_prefix('\'') {
                assert!(
                    rest.parse::<f64>().is_err(),
                    "{what}: a number made text: {cell:?}"
                );
            } else if cell.parse::<f64>().is_ok() {
                numbers += 1;
            }
        }
    }
    numbers
}

#[test]
fn negative_changes_are_numbers_in_every_csv_output() {
    let data = common::DataDir::fixture();
    let out_dir = tempfile::tempdir().unwrap();
    let export = out_dir.path().join("view.csv");
    let runs: Vec<(&str, Vec<&str>)> = vec![
        (
            "compare",
            vec![
                "compare",
                "2023-11..2023-12",
                "2024-01..2024-02",
                "--format",
                "csv",
            ],
        ),
        ("summary", vec!["summary", "--format", "csv"]),
        ("gaps", vec!["check", "--gaps", "--format", "csv"]),
    ];
    for (what, args) in runs {
        let out = common::repdash()
            .arg("--data")
            .arg(data.path())
            .args(&args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{what}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_no_guarded_number(what, &out.stdout);
    }
    let out = common::repdash()
        .arg("--data")
        .arg(data.path())
        .args(["export", "--tab", "prisoners", "--output"])
        .arg(&export)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(assert_no_guarded_number("export", &std::fs::read(&export).unwrap()) > 0);
    // The fixture's prisoners fall from 1,450 to 1,420 between the two ranges: a negative change.
    let out = common::repdash()
        .arg("--data")
        .arg(data.path())
        .args([
            "compare",
            "2023-12",
            "2024-01",
            "--tab",
            "prisoners",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    let rows = csv_cells(&out.stdout);
    let col = rows[0].iter().position(|h| h == "change").unwrap();
    let pp = rows
        .iter()
        .find(|r| &r[0] == "political_prisoners")
        .unwrap();
    assert_eq!(pp[col].parse::<f64>().ok(), Some(-30.0), "{pp:?}");
}
