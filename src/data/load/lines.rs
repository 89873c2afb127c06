//! Line numbers of records, counted the same way however a file is cut into shares.

/// Line numbers from byte positions: 1 + the LFs before a record's first byte, counted
/// once as the reader moves on. The csv crate's own line count also counts some lone CRs, so
/// a share that starts mid-file would number lines differently from one reader; LFs before a
/// byte are the same however the file is cut (found by the parallel_reader fuzz target).
pub(super) struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    /// Lines of `bytes`, whose first byte is on line `offset + 1`.
    pub(super) fn new(bytes: &'a [u8], offset: u64) -> Lines<'a> {
        Lines {
            bytes,
            pos: 0,
            line: offset + 1,
        }
    }

    /// The line of a record starting at `position` (positions only move forward).
    pub(super) fn at(&mut self, position: Option<&csv::Position>) -> u64 {
        let mut to = position
            .map_or(self.pos, |p| p.byte() as usize)
            .min(self.bytes.len());
        // csv reports a record as starting where the previous one's terminator ended: on the
        // LF of a CRLF, or on blank lines it skips. No record starts with CR or LF (an
        // unquoted field cannot hold one), so the record's first byte is past them.
        while matches!(self.bytes.get(to), Some(b'\r' | b'\n')) {
            to += 1;
        }
        if to > self.pos {
            // A record holds one LF or a few: a SIMD search per LF costs less than looking
            // at each of its bytes.
            self.line += memchr::memchr_iter(b'\n', &self.bytes[self.pos..to]).count() as u64;
            self.pos = to;
        }
        self.line
    }
}
