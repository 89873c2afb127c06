//! `export --rows cases` without holding the register: every row validated first, then each
//! kept case written to the temp file (or standard output) as it is read again, so the
//! memory is the register's text, not its cases and the whole CSV besides.

use std::io::Write;
use std::path::Path;

use crate::data::load::case_stream::{KeepStreamed, stream_cases};
use crate::data::load::source::RawFile;
use crate::data::model::problem::Problem;
use crate::data::output::csv::atomic::{ExportError, write_atomic_with};
use crate::data::output::csv::export::{CASES_EXPORT_HEADER, case_record};
use crate::data::output::csv::row_writer::RowWriter;

/// Why a streamed export wrote nothing.
#[derive(Debug)]
pub enum StreamError {
    /// The register has problems (every one found); no file was written.
    Data(Vec<Problem>),
    /// Writing failed; no file was left.
    Write(ExportError),
}

/// The header, then the kept cases, through a buffer into `out`; an error (and no rows)
/// when the register has problems, so an atomic write leaves nothing.
fn write_cases(
    out: &mut dyn Write,
    register: Option<(&str, &[u8])>,
    keep: KeepStreamed,
    problems: &mut Vec<Problem>,
) -> std::io::Result<usize> {
    let mut w = std::io::BufWriter::new(out);
    w.write_all(&header_line()?)?;
    let mut written = 0;
    if let Some((name, bytes)) = register {
        // The csv crate's quoting rule without its byte-at-a-time look at every cell.
        let render = |cases: &[crate::data::load::cases::Case]| {
            let mut w = RowWriter::with_capacity(cases.len() * 160);
            for c in cases {
                case_record(c)
                    .iter()
                    .for_each(|cell| w.field(cell.as_bytes()));
                w.end_row();
            }
            w.into_inner()
        };
        let sink = |part: &[u8]| w.write_all(part);
        written = stream_cases(name, bytes, keep, problems, (render, sink))?;
    }
    if !problems.is_empty() {
        // Only the header was written, into the buffer: dropped unwritten (standard output
        // gets nothing), and an atomic write's temp file goes, the target staying as it was.
        let _unwritten = w.into_parts();
        return Err(std::io::Error::other("the register has problems"));
    }
    w.flush()?;
    Ok(written)
}

/// The header line: the CSV writer's own quoting, as the in-memory export writes it.
fn header_line() -> std::io::Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CASES_EXPORT_HEADER)?;
    w.into_inner()
        .map_err(|e| std::io::Error::other(e.to_string()))
}

/// Writes the kept cases of `register` (none without one) as the export's CSV to `output`
/// (atomically; `-` is standard output), and says how many.
pub fn export_cases(
    register: Option<&RawFile>,
    keep: KeepStreamed,
    output: &Path,
    force: bool,
) -> Result<usize, StreamError> {
    let bytes = match register.map(RawFile::bytes).transpose() {
        Ok(b) => b,
        Err(problem) => return Err(StreamError::Data(vec![problem])),
    };
    let name = register.map_or("cases.csv", |f| f.shown.as_str());
    let mut problems = Vec::new();
    let mut written = 0;
    let mut fill = |out: &mut dyn Write| -> std::io::Result<()> {
        written = write_cases(
            out,
            bytes.as_deref().map(|b| (name, b)),
            keep,
            &mut problems,
        )?;
        Ok(())
    };
    let result = if output == Path::new("-") {
        fill(&mut std::io::stdout().lock()).map_err(|source| ExportError::Io {
            path: output.to_path_buf(),
            source,
        })
    } else {
        write_atomic_with(output, force, |file| fill(file))
    };
    match result {
        _ if !problems.is_empty() => Err(StreamError::Data(problems)),
        Err(e) => Err(StreamError::Write(e)),
        Ok(()) => Ok(written),
    }
}
