//! The record reader held to the csv crate: the same fields, starts and lines.

use super::*;
use csv::StringRecord;
use proptest::prelude::*;

/// Every record as the csv crate reads it: its fields and the byte it starts at (csv
/// reports where the previous record ended, before the line ends it then skips).
fn by_csv(text: &str) -> Vec<(u64, Vec<String>)> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    let mut record = StringRecord::new();
    while reader.read_record(&mut record).unwrap_or(false) {
        let mut at = record.position().map_or(0, csv::Position::byte) as usize;
        while matches!(text.as_bytes().get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        let at = at as u64;
        out.push((at, record.iter().map(String::from).collect()));
    }
    out
}

/// Every record as [`Records`] reads it; its line is checked to be 1 + the LFs before it.
fn by_records(text: &str) -> Vec<(u64, Vec<String>)> {
    by_records_of(text, false)
}

fn by_records_of(text: &str, without_cr: bool) -> Vec<(u64, Vec<String>)> {
    let mut records = Records::new(text, 0, 1);
    if without_cr {
        records = records.without_cr();
    }
    let mut out = Vec::new();
    let mut row = Row::new(text);
    while let Some(at) = records.read_row(&mut row) {
        assert_eq!(
            row.start(),
            at,
            "the row's start is where the record starts"
        );
        let lfs = memchr::memchr_iter(b'\n', &text.as_bytes()[..at]).count() as u64;
        assert_eq!(
            row.line(),
            lfs + 1,
            "line of the record at {at} in {text:?}"
        );
        out.push((at as u64, row.to_strings()));
    }
    out
}

#[test]
fn quoted_fields_doubled_quotes_and_line_ends_read_as_csv_reads_them() {
    for text in [
        "a,b\nc,d\n",
        "\"x,\"\"y\"\"\",z\n\n\nlast",
        "a,\"open\nstill open",
        "a\"b,c\n",
        "\"q\"tail,c\n",
        "a,b\r\nc\rd\n",
        "é,\"é\"\"é\"\n",
    ] {
        assert_eq!(by_records(text), by_csv(text), "{text:?}");
    }
}

proptest! {
    /// Any text of the characters that matter to CSV reads as the csv crate reads it,
    /// through the fast split or through csv-core.
    #[test]
    fn any_text_reads_as_the_csv_crate_reads_it(text in "[a,\"\n\r é]{0,40}") {
        prop_assert_eq!(by_records(&text), by_csv(&text));
    }

    /// A text with no CR reads the same when the reader is told so.
    #[test]
    fn a_text_without_cr_reads_the_same_unsearched(text in "[a,\"\n é]{0,40}") {
        prop_assert_eq!(by_records_of(&text, true), by_csv(&text));
    }

    /// Skipping records finds the same starts, ends and lines as reading them.
    #[test]
    fn skipping_records_ends_them_where_reading_does(text in "[a,\"\n\r é]{0,40}") {
        let (mut read, mut skipped) = (Records::new(&text, 0, 1), Records::new(&text, 0, 1));
        let (mut row, mut scratch) = (Row::new(&text), Row::new(&text));
        loop {
            let (a, b) = (read.read_row(&mut row), skipped.skip(&mut scratch));
            prop_assert_eq!(a, b);
            prop_assert_eq!(read.position(), skipped.position());
            prop_assert_eq!(read.line, skipped.line);
            if a.is_none() {
                break;
            }
        }
    }
}
