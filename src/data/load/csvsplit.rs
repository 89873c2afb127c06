//! Reading one large CSV file on every core: cut at record boundaries, read share by share,
//! joined in file order with the line numbers a single reader would give.

use crate::data::load::csv_header::body_start;
use crate::data::load::csvfile::{checked_text, decoded_and_checked, line_at};
use crate::data::load::records::Records;
use crate::data::load::row::Row;
use crate::data::model::problem::Problem;

/// Files smaller than this are read on one thread: below it, threads cost more than they save.
pub const PARALLEL_FROM: usize = 1 << 20;

/// Reads a file's records, a large one on every core: the body is cut into shares at record
/// boundaries, each share is read by `read(share)` on its own thread, and the results come
/// back in file order. `None` when the file could not be read at all (not UTF-8, header
/// wrong, empty).
pub fn read_in_parallel<T: Send>(
    name: &str,
    bytes: &[u8],
    expected: &[&str],
    problems: &mut Vec<Problem>,
    read: impl Fn(Share<'_>, &mut Vec<Problem>) -> T + Sync,
) -> Option<Vec<T>> {
    let text = decoded_and_checked(name, bytes, problems)?;
    let body = body_start(name, &text, expected, problems)?;
    Some(read_body(
        Share::body(&text, body),
        threads_for(&text),
        problems,
        read,
    ))
}

/// How many shares a text is read in: one per core for a large one, else one.
pub fn threads_for(text: &str) -> usize {
    if text.len() < PARALLEL_FROM {
        1
    } else {
        crate::data::model::cores::cores()
    }
}

/// [`read_in_parallel`] with the number of shares given: tests and fuzzing force the parallel
/// path on small files with it, and compare it with one share.
pub fn read_in_shares<T: Send>(
    name: &str,
    text: &str,
    expected: &[&str],
    threads: usize,
    problems: &mut Vec<Problem>,
    read: impl Fn(Share<'_>, &mut Vec<Problem>) -> T + Sync,
) -> Option<Vec<T>> {
    let text = checked_text(name, text, problems)?;
    let body = body_start(name, &text, expected, problems)?;
    let first = Share::body(&text, body);
    Some(read_body(first, threads, problems, read))
}

/// The records of `first` (a whole body, its text checked by [`checked_text`]) read in
/// `threads` shares, results in file order, every share's problems added to `problems`.
pub fn read_body<T: Send>(
    first: Share<'_>,
    threads: usize,
    problems: &mut Vec<Problem>,
    read: impl Fn(Share<'_>, &mut Vec<Problem>) -> T + Sync,
) -> Vec<T> {
    if threads <= 1 || first.from >= first.text.len() {
        return vec![read(first, problems)];
    }
    let targets = share_targets(first.from, first.text.len(), threads);
    let mut out = Vec::with_capacity(threads);
    for (t, p) in read_shares(first, &targets, &read) {
        problems.extend(p);
        out.push(t);
    }
    out
}

/// One thread's part of a file: the records from byte `from` (a record boundary with `lines`
/// LFs before it) up to the first record end at or after `until` that ends a line, or to the
/// end of the text. `text` is the whole file's, so a record's start is its byte in the file.
#[derive(Debug, Clone, Copy)]
pub struct Share<'t> {
    /// The whole text (LF line ends).
    pub text: &'t str,
    /// Where the share's first record starts.
    pub from: usize,
    /// The LFs before `from`: lines are numbered from here.
    pub lines: u64,
    /// Where the next share's cut is looked for (`None`: the share runs to the end).
    until: Option<usize>,
    /// Whether a CR may be left in the text (then each record is searched for one).
    may_have_cr: bool,
}

impl<'t> Share<'t> {
    /// The whole body of a text that [`checked_text`] returned (`Cow::Owned` when it had CRs:
    /// only such a text may still hold one), its records starting at byte `body`.
    pub fn body(text: &'t std::borrow::Cow<'t, str>, body: usize) -> Share<'t> {
        // One search of a text that had CRs spares each of its records a search, when none
        // is left after CRLF became LF.
        let may_have_cr = matches!(text, std::borrow::Cow::Owned(_))
            && memchr::memchr(b'\r', text.as_bytes()).is_some();
        Share {
            text,
            from: body,
            lines: line_at(text, body),
            until: None,
            may_have_cr,
        }
    }

    /// About how many bytes of records the share holds (exactly, for the last share): what
    /// a reader sizes its output by.
    pub fn approx_len(&self) -> usize {
        self.until
            .unwrap_or(self.text.len())
            .saturating_sub(self.from)
    }

    /// Whether a share reading towards `until` stops at byte `pos`, a record end: the cut is
    /// the first record end at or after the target that ends a line (so line numbers are
    /// counted alike in every share) and is not the end of the text.
    fn stops_at(&self, pos: usize) -> bool {
        self.until.is_some_and(|target| {
            pos >= target && pos < self.text.len() && self.text.as_bytes()[pos - 1] == b'\n'
        })
    }

    /// A reader at the share's first record.
    pub(crate) fn records(&self) -> Records<'t> {
        let records = Records::new(self.text, self.from, self.lines + 1);
        if self.may_have_cr {
            records
        } else {
            records.without_cr()
        }
    }

    /// Whether the reader at `pos` (a record end) has read the whole share.
    pub(crate) fn ends_at(&self, pos: usize) -> bool {
        pos >= self.text.len() || self.stops_at(pos)
    }
}

/// How much of a share's reading it costs to walk past a byte without reading its fields
/// (measured: 4.5 ms to walk half the 1000x register, about 35 ms to read that half).
const WALK_COST: f64 = 0.12;

/// Where share `k` (of `n`) should start, as offsets into `body..len`: thread `k` first walks
/// from the body to its cut, so later shares are made shorter and every thread ends about
/// when the others do (share k starts at (1 - r^k) / (1 - r^n) of the body, r = 1 - the walk's
/// cost).
fn share_targets(body: usize, len: usize, n: usize) -> Vec<usize> {
    let r = 1.0 - WALK_COST;
    let whole = (len - body) as f64;
    (1..n)
        .map(|k| {
            let part = (1.0 - r.powi(k as i32)) / (1.0 - r.powi(n as i32));
            // Past the body's first byte: the first share must read at least its first
            // record, which no walk can end before (a tiny body rounded a target down to it).
            (body + (whole * part) as usize).max(body + 1)
        })
        .collect()
}

/// Reads the shares on a thread each, results in order, each with its own problems. Thread
/// `k` walks from the body to its own cut while the threads before it are reading (the walk
/// was 4.5 ms on one thread before any share started at 1000x), then reads up to the next
/// target; the share before it stops at the same record end by the same rule. A panic in a
/// reader is passed on, not swallowed.
fn read_shares<T: Send>(
    first: Share<'_>,
    targets: &[usize],
    read: &(impl Fn(Share<'_>, &mut Vec<Problem>) -> T + Sync),
) -> Vec<(T, Vec<Problem>)> {
    let bounds = (0..=targets.len()).map(|k| {
        let start = k.checked_sub(1).map(|i| targets[i]);
        (start, targets.get(k).copied())
    });
    crate::data::model::cores::on_threads(bounds, |(start, until)| {
        let mut local = Vec::new();
        let from = match start {
            None => Some((first.from, first.lines)),
            Some(target) => cut_at(first, target),
        };
        // No record end after the target: the share before this one reads to the end.
        let (from, lines) = from.unwrap_or((first.text.len(), 0));
        let share = Share {
            from,
            lines,
            until,
            ..first
        };
        (read(share, &mut local), local)
    })
}

/// Walks the records from the body to the first record end at which a share reading towards
/// `target` stops ([`Share::stops_at`]): that byte and the LFs before it. The walk uses the
/// share readers' own record reader ([`Records`]: a byte search for regular records, csv-core
/// for any other), so a quote inside an unquoted field (`a 27" monitor`) cannot shift a cut
/// into a quoted field.
fn cut_at(first: Share<'_>, target: usize) -> Option<(usize, u64)> {
    let share = Share {
        until: Some(target),
        ..first
    };
    let mut records = first.records();
    let mut scratch = Row::new(first.text);
    while records.skip(&mut scratch).is_some() {
        let pos = records.position();
        if share.stops_at(pos) {
            return Some((pos, records.line() - 1));
        }
    }
    None
}

/// Reads a share produced by [`read_in_parallel`]: its header-less records, each with its line.
pub fn for_each_body_record(
    name: &str,
    share: Share<'_>,
    header: &[&str],
    problems: &mut Vec<Problem>,
    visit: impl FnMut(u64, &Row<'_>, &mut Vec<Problem>),
) {
    let records = share.records();
    let done = |pos: usize| share.ends_at(pos);
    crate::data::load::csvfile::visit_reader(name, records, header, problems, visit, &done);
}

/// Every record of a headed CSV as (line, fields) and every problem as text, read in `shares`
/// shares: what the single and the parallel reader must agree on.
pub fn split_read(
    text: &str,
    header: &[&str],
    shares: usize,
) -> (Vec<(u64, Vec<String>)>, Vec<String>) {
    let mut problems = Vec::new();
    let read = |share: Share<'_>, problems: &mut Vec<Problem>| {
        let mut out = Vec::new();
        for_each_body_record("t.csv", share, header, problems, |line, f, _| {
            out.push((line, f.iter().map(str::to_string).collect()));
        });
        out
    };
    let records = read_in_shares("t.csv", text, header, shares, &mut problems, read)
        .map_or_else(Vec::new, |s| s.into_iter().flatten().collect());
    (records, problems.iter().map(ToString::to_string).collect())
}

#[cfg(test)]
#[path = "csvsplit_tests.rs"]
mod tests;
