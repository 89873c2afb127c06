//! Reading one CSV file strictly: UTF-8 (BOM allowed), CRLF or LF, a fixed header, every
//! problem reported with file and line instead of stopping at the first.

use csv::StringRecord;

use crate::data::model::problem::Problem;

/// One data record and the 1-based line it starts on.
pub struct Record {
    /// Line of the record in the file, for messages.
    pub line: u64,
    /// The fields, already checked to match the header's count.
    pub fields: StringRecord,
}

/// Decodes `bytes` as UTF-8, dropping a leading BOM; an invalid byte is a problem naming its line.
pub fn decode<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64
            + 1;
        Problem::at(name, line, None, crate::tr!("pr-not-utf8"))
    })
}

/// [`decode`], reporting the problem instead of returning it: `None` when the file is not text.
pub fn decode_or_report<'a>(
    name: &str,
    bytes: &'a [u8],
    problems: &mut Vec<Problem>,
) -> Option<&'a str> {
    decode(name, bytes).map_err(|p| problems.push(p)).ok()
}

/// Streams the records of `text` to `visit(line, fields, problems)` without keeping them, so a
/// million-row file costs one record buffer. The file may have any of several headers (a
/// current one first, then older layouts still read): returns which one it had, `None` when
/// it was unreadable.
pub fn for_each_record_of(
    name: &str,
    text: &str,
    headers: &[&[&str]],
    problems: &mut Vec<Problem>,
    visit: impl FnMut(u64, &StringRecord, &mut Vec<Problem>),
) -> Option<usize> {
    let text = checked_text(name, text, problems)?;
    let mut records = super::records::Records::new(&text, 0);
    let which = super::csv_header::matching_header(name, &mut records, headers, problems)?;
    let header = headers.get(which).copied().unwrap_or(&[]);
    let lines = super::lines::Lines::new(text.as_bytes(), 0);
    visit_reader(name, records, lines, header, problems, visit);
    Some(which)
}

/// Decodes and reads a whole small file (catalog, cases) that may have any of several
/// headers: the readable records and which header the file had; every problem goes to
/// `problems`.
pub fn read_file_of(
    name: &str,
    bytes: &[u8],
    headers: &[&[&str]],
    problems: &mut Vec<Problem>,
) -> (Vec<Record>, usize) {
    let Some(text) = decode_or_report(name, bytes, problems) else {
        return (Vec::new(), 0);
    };
    let mut records = Vec::new();
    let which = for_each_record_of(name, text, headers, problems, |line, fields, _| {
        records.push(Record {
            line,
            fields: fields.clone(),
        });
    });
    (records, which.unwrap_or(0))
}

/// The file's text with CRLF made LF, after the checks that reject a file as a whole.
pub(crate) fn checked_text<'a>(
    name: &str,
    text: &'a str,
    problems: &mut Vec<Problem>,
) -> Option<std::borrow::Cow<'a, str>> {
    if text.trim().is_empty() {
        problems.push(Problem::file(name, crate::tr!("pr-empty-file")));
        return None;
    }
    // The memchr crate's searches, not str's: these scans run on one thread over the whole
    // file before a large one is read on every core (std's byte search was 16% of a 1000x
    // cases export).
    let has = |b: u8| memchr::memchr(b, text.as_bytes());
    if let Some(pos) = has(0) {
        let line = text[..pos].matches('\n').count() as u64 + 1;
        problems.push(Problem::at(name, line, None, crate::tr!("pr-nul")));
        return None;
    }
    if text.lines().next().is_some_and(|l| l.trim().is_empty()) {
        problems.push(Problem::at(
            name,
            1,
            Some("header"),
            crate::tr!("pr-empty-header"),
        ));
        return None;
    }
    // The csv crate ends records at CRLF, LF or a lone CR but counts only LFs as lines. CRLF
    // becomes LF; a file with no LF at all (old Mac line ends) has its CRs read as LFs, so its
    // problems name their lines. A CR inside a quoted field of an LF file stays text.
    Some(if has(b'\n').is_none() {
        text.replace('\r', "\n").into()
    } else if has(b'\r').is_some() {
        text.replace("\r\n", "\n").into()
    } else {
        text.into()
    })
}

/// Number of lines before byte `at`: the line offset of text starting there.
pub(crate) fn line_at(text: &str, at: usize) -> u64 {
    text.as_bytes()[..at]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u64
}

/// Reads header-less records, numbering lines from `offset`.
pub(crate) fn visit_records(
    name: &str,
    body: &str,
    offset: u64,
    header: &[&str],
    problems: &mut Vec<Problem>,
    visit: impl FnMut(u64, &StringRecord, &mut Vec<Problem>),
) {
    let records = super::records::Records::new(body, 0);
    let lines = super::lines::Lines::new(body.as_bytes(), offset);
    visit_reader(name, records, lines, header, problems, visit);
}

/// Reads the records left in `records` (the header, if any, already read), numbering their
/// lines with `lines`, which counts over the same bytes.
fn visit_reader(
    name: &str,
    mut records: super::records::Records,
    mut lines: super::lines::Lines,
    header: &[&str],
    problems: &mut Vec<Problem>,
    mut visit: impl FnMut(u64, &StringRecord, &mut Vec<Problem>),
) {
    let width = header.len();
    let mut fields = StringRecord::new();
    while records.read_into(&mut fields).is_some() {
        let line = lines.at(fields.position());
        if fields.len() != width {
            problems.push(super::field_count::wrong_width(name, line, &fields, header));
        } else {
            visit(line, &fields, problems);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_bad_utf8_line() {
        let err = decode("x.csv", b"a,b\n1,2\n\xff\n").unwrap_err();
        assert_eq!(err.line, Some(3));
    }

    #[test]
    fn accepts_bom_and_crlf() {
        let mut problems = Vec::new();
        let (recs, _) = read_file_of(
            "x.csv",
            b"\xEF\xBB\xBFa,b\r\n1,2\r\n",
            &[&["a", "b"]],
            &mut problems,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(recs.len(), 1);
        assert_eq!(&recs[0].fields[1], "2");
        assert_eq!(recs[0].line, 2);
    }

    #[test]
    fn wrong_column_count_names_line() {
        let mut problems = Vec::new();
        let (recs, _) = read_file_of(
            "x.csv",
            b"a,b\n1,2\n1,2,3\n4\n",
            &[&["a", "b"]],
            &mut problems,
        );
        assert_eq!(recs.len(), 1);
        let lines: Vec<_> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![Some(3), Some(4)]);
    }
}
