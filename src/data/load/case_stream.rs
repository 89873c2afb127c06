//! The case register read twice instead of held: once to validate every row and note where
//! each kept one starts, then once more in month order to hand each kept case to a writer and
//! drop it. A 200 MB register's export then holds its text and 24 bytes a kept case, not
//! every case as objects and the whole CSV as bytes.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::data::load::cases::{Case, parse_case};
use crate::data::load::row::Row;
use crate::data::load::{csvfile, csvsplit};
use crate::data::model::columns::CASES_HEADER;
use crate::data::model::intern::Interner;
use crate::data::model::month::Month;
use crate::data::model::problem::Problem;

/// Which cases a stream hands on: by month and by the articles cell (`342;361-1`).
pub type KeepStreamed<'a> = &'a (dyn Fn(Month, &str) -> bool + Sync);

/// Validates every row of the register; if all are valid, renders the kept cases in month
/// order (file order within a month, as a load sorts them), a batch at a time, hands the
/// output to `sink` in that order and returns how many cases there were. With any problem
/// nothing is rendered: the problems are reported into `problems`.
pub fn stream_cases<E>(
    name: &str,
    bytes: &[u8],
    keep: KeepStreamed,
    problems: &mut Vec<Problem>,
    (render, mut sink): (
        impl Fn(&[Case]) -> Vec<u8> + Sync,
        impl FnMut(&[u8]) -> Result<(), E>,
    ),
) -> Result<usize, E> {
    let before = problems.len();
    let Some(text) = csvfile::decoded_and_checked(name, bytes, problems) else {
        return Ok(0);
    };
    let Some(body) = super::csv_header::body_start(name, &text, &CASES_HEADER, problems) else {
        return Ok(0);
    };
    let mut kept = first_reading(name, csvsplit::Share::body(&text, body), keep, problems);
    if problems.len() > before {
        return Ok(0);
    }
    // Stable: cases of one month keep their file order, as the store's load keeps them.
    kept.sort_by_key(|(month, _)| *month);
    emit_at(name, &text, &kept, &render, &mut sink)?;
    Ok(kept.len())
}

/// Every record of `body` validated, and where each kept one starts (its month and byte in
/// the text).
fn first_reading(
    name: &str,
    body: csvsplit::Share<'_>,
    keep: KeepStreamed,
    problems: &mut Vec<Problem>,
) -> Vec<(Month, u64)> {
    // The first reading, on every core: each share reads the records of the whole text from
    // its cut, so a record's start is its byte in the text.
    let read_share = |share: csvsplit::Share<'_>, p: &mut Vec<Problem>| {
        let mut kept = Vec::new();
        let mut interner = Interner::default();
        csvsplit::for_each_body_record(name, share, &CASES_HEADER, p, |line, f, p| {
            if let Some(m) = valid_and_kept(name, line, f, keep, &mut interner, p) {
                kept.push((m, f.start() as u64));
            }
        });
        kept
    };
    let threads = csvsplit::threads_for(body.text);
    let shares = csvsplit::read_body(body, threads, problems, read_share);
    shares.into_iter().flatten().collect()
}

/// Validates one record (problems reported) and says its month when it is valid and kept.
/// No case is built: that is left to the second reading.
fn valid_and_kept(
    name: &str,
    line: u64,
    f: &Row<'_>,
    keep: KeepStreamed,
    interner: &mut Interner,
    problems: &mut Vec<Problem>,
) -> Option<Month> {
    let month = f.get(1).and_then(|m| m.parse::<Month>().ok());
    // parse_case asks `keep` only once the row is valid; answering no builds nothing.
    let kept = AtomicBool::new(false);
    let keep_case = |articles: &str| {
        kept.store(month.is_some_and(|m| keep(m, articles)), Ordering::Relaxed);
        false
    };
    let _ = parse_case((name, line), f, &keep_case, interner, problems);
    month.filter(|_| kept.into_inner())
}

/// Kept cases turned into output a batch at a time: bounded memory, and on every core.
const BATCH: usize = 32_768;

/// Below this many kept cases one thread writes them all.
const PARALLEL_FROM: usize = 1024;

/// The second reading: the kept records read again where the first one saw them, in
/// batches; each batch is cut in one part per core, each part parsed into cases (valid: the
/// first reading checked them) and `render`ed, and the parts go to `sink` in order.
fn emit_at<E>(
    name: &str,
    text: &str,
    kept: &[(Month, u64)],
    render: &(impl Fn(&[Case]) -> Vec<u8> + Sync),
    sink: &mut impl FnMut(&[u8]) -> Result<(), E>,
) -> Result<(), E> {
    // A few cases (the real register's article 411: 21) are not worth a thread.
    let threads = match kept.len() {
        0..PARALLEL_FROM => 1,
        _ => crate::data::model::cores::cores(),
    };
    for batch in kept.chunks(BATCH) {
        let part = batch.len().div_ceil(threads).max(1);
        let outputs: Vec<Vec<u8>> =
            crate::data::model::cores::on_threads(batch.chunks(part), |part| {
                render(&cases_at(name, text, part))
            });
        for out in &outputs {
            sink(out)?;
        }
    }
    Ok(())
}

/// How many texts the second reading shares before it forgets them all.
const SHARED_TEXTS: usize = 4096;

/// The cases whose records start at the given bytes of `text`, read again and parsed.
fn cases_at(name: &str, text: &str, kept: &[(Month, u64)]) -> Vec<Case> {
    let mut records = super::records::Records::new(text, 0, 1);
    let mut fields = Row::new(text);
    let mut ignored = Vec::new();
    let mut interner = Interner::default();
    let mut out = Vec::with_capacity(kept.len());
    for &(_, byte) in kept {
        records.seek(byte as usize);
        if records.read_row(&mut fields).is_none() {
            continue;
        }
        let all = |_: &str| true;
        // Texts repeat from case to case (events, courts, notes), but nothing may grow with
        // the register: the shared texts are forgotten once a few thousand are held.
        if interner.len() >= SHARED_TEXTS {
            interner.clear();
        }
        out.extend(parse_case(
            (name, 0),
            &fields,
            &all,
            &mut interner,
            &mut ignored,
        ));
    }
    out
}
