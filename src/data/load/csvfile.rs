//! Reading one CSV file strictly: UTF-8 (BOM allowed), CRLF or LF, a fixed header, every
//! problem reported with file and line instead of stopping at the first.

use csv::StringRecord;

use crate::data::load::records::Records;
use crate::data::load::row::Row;
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
    decode_after_bom(name, bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
}

/// [`decode`] of bytes whose byte order mark, if any, is already gone.
fn decode_after_bom<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, Problem> {
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
    visit: impl FnMut(u64, &Row<'_>, &mut Vec<Problem>),
) -> Option<usize> {
    let text = checked_text(name, text, problems)?;
    // Only a text that had CRs was copied (to make CRLF LF), and only it may hold one still.
    let may_have_cr = matches!(text, std::borrow::Cow::Owned(_));
    let mut records = Records::new(&text, 0, 1);
    if !may_have_cr {
        records = records.without_cr();
    }
    let which = super::csv_header::matching_header(name, &mut records, headers, problems)?;
    let header = headers.get(which).copied().unwrap_or(&[]);
    visit_reader(name, records, header, problems, visit, &|_| false);
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
            fields: fields.to_record(),
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
    checked_with(name, text, nul_and_cr(text.as_bytes()), problems)
}

/// [`decode`] and [`checked_text`] in one: the same problems, but a large file's NUL and CR
/// scan runs on another core while this one checks its UTF-8 (the two took 6.5 ms and 3.3 ms
/// one after the other on the 48 MB register, before either could start a share).
pub(crate) fn decoded_and_checked<'a>(
    name: &str,
    bytes: &'a [u8],
    problems: &mut Vec<Problem>,
) -> Option<std::borrow::Cow<'a, str>> {
    if bytes.len() < PARALLEL_SCAN_FROM || crate::data::model::cores::cores() == 1 {
        let text = decode_or_report(name, bytes, problems)?;
        return checked_text(name, text, problems);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, found) = std::thread::scope(|scope| {
        let scan = scope.spawn(|| nul_and_cr_of(bytes));
        let text = decode_after_bom(name, bytes);
        let found = scan.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        (text, found)
    });
    let text = text.map_err(|p| problems.push(p)).ok()?;
    if text.trim().is_empty() {
        problems.push(Problem::file(name, crate::tr!("pr-empty-file")));
        return None;
    }
    checked_with(name, text, found, problems)
}

/// The rest of [`checked_text`], with the text's first NUL and CR already found.
fn checked_with<'a>(
    name: &str,
    text: &'a str,
    (nul, cr): Found,
    problems: &mut Vec<Problem>,
) -> Option<std::borrow::Cow<'a, str>> {
    if let Some(pos) = nul {
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
    Some(if cr.is_none() {
        text.into()
    } else if memchr::memchr(b'\n', text.as_bytes()).is_none() {
        text.replace('\r', "\n").into()
    } else {
        text.replace("\r\n", "\n").into()
    })
}

/// Where a file's first NUL and first CR are, if it has them.
type Found = (Option<usize>, Option<usize>);

/// From this size a file's NUL and CR scan is shared out over every core.
const PARALLEL_SCAN_FROM: usize = 8 * 1024 * 1024;

/// The first NUL and the first CR of `bytes` (a NUL rejects the file, so with one the CR may
/// be missed). The memchr crate's searches, not str's (std's byte search was 16% of a 1000x
/// cases export); both in one pass, since most files have neither; a large file in one part
/// per core (the 48 MB register took 6 ms on one thread while the other waited).
fn nul_and_cr(bytes: &[u8]) -> Found {
    let cores = crate::data::model::cores::cores();
    if bytes.len() < PARALLEL_SCAN_FROM || cores == 1 {
        return nul_and_cr_of(bytes);
    }
    let part = bytes.len().div_ceil(cores);
    let found: Vec<Found> =
        crate::data::model::cores::on_threads(bytes.chunks(part), nul_and_cr_of);
    let first = |pick: fn(&Found) -> Option<usize>| {
        (0..)
            .zip(&found)
            .find_map(|(i, f)| pick(f).map(|at| i * part + at))
    };
    (first(|f| f.0), first(|f| f.1))
}

/// [`nul_and_cr`] of one part, on this thread.
fn nul_and_cr_of(bytes: &[u8]) -> Found {
    match memchr::memchr2(0, b'\r', bytes) {
        Some(at) if bytes[at] == b'\r' => {
            (memchr::memchr(0, &bytes[at..]).map(|n| at + n), Some(at))
        }
        // A NUL rejects the file: where its CRs are does not matter.
        Some(at) => (Some(at), None),
        None => (None, None),
    }
}

/// Number of lines before byte `at`: the line offset of text starting there.
pub(crate) fn line_at(text: &str, at: usize) -> u64 {
    memchr::memchr_iter(b'\n', &text.as_bytes()[..at]).count() as u64
}

/// Reads the records left in `records` (the header, if any, already read); the reader
/// numbers their lines as it splits them.
pub(crate) fn visit_reader<'t>(
    name: &str,
    mut records: Records<'t>,
    header: &[&str],
    problems: &mut Vec<Problem>,
    mut visit: impl FnMut(u64, &Row<'_>, &mut Vec<Problem>),
    done: &dyn Fn(usize) -> bool,
) {
    let width = header.len();
    let mut row = Row::new(records.text());
    while !done(records.position()) && records.read_row(&mut row).is_some() {
        let line = row.line();
        if row.len() != width {
            problems.push(super::field_count::wrong_width(name, line, &row, header));
        } else {
            visit(line, &row, problems);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A large file's scan in parts finds the first NUL and CR where one pass finds them.
    #[test]
    fn a_large_files_nul_and_cr_are_found_in_parts_as_in_one_pass() {
        let mut bytes = vec![b'a'; PARALLEL_SCAN_FROM + 4096];
        assert_eq!(nul_and_cr(&bytes), (None, None));
        let late = PARALLEL_SCAN_FROM;
        bytes[late] = b'\r';
        assert_eq!(nul_and_cr(&bytes), (None, Some(late)));
        bytes[late + 7] = 0;
        bytes[late - 9] = b'\r';
        assert_eq!(nul_and_cr(&bytes), nul_and_cr_of(&bytes));
        assert_eq!(nul_and_cr(&bytes), (Some(late + 7), Some(late - 9)));
        bytes[100] = b'\r';
        assert_eq!(
            nul_and_cr(&bytes),
            (Some(late + 7), Some(100)),
            "the first part's CR"
        );
    }

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
