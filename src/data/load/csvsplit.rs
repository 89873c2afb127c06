//! Reading one large CSV file on every core: cut at record boundaries, read share by share,
//! joined in file order with the line numbers a single reader would give.

use crate::data::load::csv_header::body_start;
use crate::data::load::csvfile::{checked_text, line_at};
use crate::data::load::records::Records;
use crate::data::load::row::Row;
use crate::data::model::problem::Problem;

/// Files smaller than this are read on one thread: below it, threads cost more than they save.
pub const PARALLEL_FROM: usize = 1 << 20;

/// Reads a file's records, a large one on every core: the body is cut into shares at newlines
/// outside quotes (an even number of `"` before them), each share is read by `read(share)`
/// with its own line offset, and the results come back in file order. `None` when the file
/// could not be read at all (header wrong, empty).
pub fn read_in_parallel<T: Send>(
    name: &str,
    text: &str,
    expected: &[&str],
    problems: &mut Vec<Problem>,
    read: impl Fn(&str, u64, &mut Vec<Problem>) -> T + Sync,
) -> Option<Vec<T>> {
    let threads = if text.len() < PARALLEL_FROM {
        1
    } else {
        crate::data::model::cores::cores()
    };
    read_in_shares(name, text, expected, threads, problems, read)
}

/// [`read_in_parallel`] with the number of shares given: tests and fuzzing force the parallel
/// path on small files with it, and compare it with one share.
pub fn read_in_shares<T: Send>(
    name: &str,
    text: &str,
    expected: &[&str],
    threads: usize,
    problems: &mut Vec<Problem>,
    read: impl Fn(&str, u64, &mut Vec<Problem>) -> T + Sync,
) -> Option<Vec<T>> {
    let text = checked_text(name, text, problems)?;
    let body = body_start(name, &text, expected, problems)?;
    let cuts = record_cuts(&text, body, threads);
    if let [(from, lines), (to, _)] = cuts[..] {
        return Some(vec![read(&text[from..to], lines, problems)]);
    }
    let mut out = Vec::with_capacity(cuts.len());
    for (t, p) in read_shares(&text, &cuts, &read) {
        problems.extend(p);
        out.push(t);
    }
    Some(out)
}

/// Reads `text[cuts[i]..cuts[i + 1]]` on a thread each, its lines numbered from the LFs
/// before its cut; results in order, each with its own problems. A panic in a reader is
/// passed on, not swallowed.
fn read_shares<T: Send>(
    text: &str,
    cuts: &[(usize, u64)],
    read: &(impl Fn(&str, u64, &mut Vec<Problem>) -> T + Sync),
) -> Vec<(T, Vec<Problem>)> {
    crate::data::model::cores::on_threads(cuts.windows(2), |w| {
        let (share, offset) = (&text[w[0].0..w[1].0], w[0].1);
        let mut local = Vec::new();
        (read(share, offset, &mut local), local)
    })
}

/// Byte offsets that cut `text[body..]` into about `n` shares at record boundaries, found by
/// csv-core (the csv crate's own state machine, set up as the share readers are), so a quote
/// inside an unquoted field (`a 27" monitor`) cannot shift a cut into a quoted field. A cut
/// always follows a `\n`, so line numbers are counted the same in every share. Each cut comes
/// with the LFs before it, counted by the walk that found it (counting them again, on one
/// thread before the shares start, was 2 ms of a 1000x cases export).
fn record_cuts(text: &str, body: usize, n: usize) -> Vec<(usize, u64)> {
    let bytes = text.as_bytes();
    let header_lines = line_at(text, body);
    let mut cuts = vec![(body, header_lines)];
    let mut records = RecordEnds::new(text, body, header_lines);
    for k in 1..n {
        let target = body + (bytes.len() - body) * k / n;
        let cut = records
            .by_ref()
            .find(|&(end, _)| end >= target && bytes[end - 1] == b'\n');
        match cut {
            Some((end, lines)) if end < bytes.len() => cuts.push((end, lines)),
            _ => break,
        }
    }
    cuts.push((bytes.len(), 0));
    cuts.dedup_by_key(|c| c.0);
    cuts
}

/// The byte offsets where records end (after their terminator), in order, found by the
/// share readers' own record reader ([`Records`]: a byte search for regular records, csv-core
/// for any other). The cuts are found on one thread before the shares are read on all of
/// them, so this walk is serial: csv-core alone took 9% of a 1000x cases export here.
struct RecordEnds<'a> {
    records: Records<'a>,
    record: Row<'a>,
}

impl<'a> RecordEnds<'a> {
    fn new(text: &'a str, from: usize, lines_before: u64) -> RecordEnds<'a> {
        RecordEnds {
            records: Records::new(text, from, lines_before + 1),
            record: Row::new(text),
        }
    }
}

impl Iterator for RecordEnds<'_> {
    /// Where a record ends, and the LFs before that byte.
    type Item = (usize, u64);

    fn next(&mut self) -> Option<(usize, u64)> {
        self.records.skip(&mut self.record)?;
        Some((self.records.position(), self.records.line() - 1))
    }
}

/// Reads a share produced by [`read_in_parallel`]: header-less records, lines from `offset`.
pub fn for_each_body_record(
    name: &str,
    share: &str,
    offset: u64,
    header: &[&str],
    problems: &mut Vec<Problem>,
    visit: impl FnMut(u64, &Row<'_>, &mut Vec<Problem>),
) {
    crate::data::load::csvfile::visit_records(name, share, offset, header, problems, visit);
}

/// Every record of a headed CSV as (line, fields) and every problem as text, read in `shares`
/// shares: what the single and the parallel reader must agree on.
pub fn split_read(
    text: &str,
    header: &[&str],
    shares: usize,
) -> (Vec<(u64, Vec<String>)>, Vec<String>) {
    let mut problems = Vec::new();
    let read = |share: &str, offset: u64, problems: &mut Vec<Problem>| {
        let mut out = Vec::new();
        for_each_body_record("t.csv", share, offset, header, problems, |line, f, _| {
            out.push((line, f.iter().map(str::to_string).collect()));
        });
        out
    };
    let records = read_in_shares("t.csv", text, header, shares, &mut problems, read)
        .map_or_else(Vec::new, |s| s.into_iter().flatten().collect());
    (records, problems.iter().map(ToString::to_string).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_fall_on_record_boundaries() {
        let text = format!("h1,h2\n{}", "a,\"x\ny\"\n".repeat(1000));
        for n in [2, 3, 7] {
            let cuts = record_cuts(&text, 6, n);
            assert_eq!(cuts.len(), n + 1, "{n} shares");
            for &(c, lines) in &cuts[1..cuts.len() - 1] {
                assert_eq!(text.as_bytes()[c - 1], b'\n');
                assert_eq!(lines, line_at(&text, c), "the LFs before the cut at {c}");
                assert_eq!(
                    text[..c].matches('"').count() % 2,
                    0,
                    "cut at {c} is inside quotes"
                );
            }
        }
    }
}
