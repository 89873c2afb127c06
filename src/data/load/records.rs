//! The records of a CSV body, split by a byte search where a record is regular (unquoted
//! fields, and quoted ones that close right before a comma or a line end) and by csv-core,
//! the csv crate's own state machine, for any other record: the same fields as the csv crate
//! reads, at several times its speed on the records data files hold. Fields stay in the text
//! ([`Row`]) and line numbers are counted as records are split, not by a second search.

use crate::data::load::row::Row;

/// A reader of the records of `text[from..]` (no header), one at a time.
pub(crate) struct Records<'a> {
    text: &'a str,
    pos: usize,
    /// The line `pos` is on: 1 + the LFs before it (the same however a file is cut into
    /// shares; csv's own count also counts some lone CRs).
    line: u64,
    /// Whether the text may hold a CR: a CR ends a record where csv-core reads it, so each
    /// record of such a text is searched for one. A text checked to have none skips that.
    may_have_cr: bool,
    /// Built on the first irregular record (building one costs as much as a small file).
    core: Option<Box<csv_core::Reader>>,
    /// A quoted field with doubled quotes, unescaped.
    scratch: String,
    /// csv-core's output: the fields' bytes and where each ends.
    out: Vec<u8>,
    ends: Vec<usize>,
}

/// How a regular record's split ended: the record is done (the byte after it and the LFs it
/// held), or it is not regular after all.
enum Split {
    Done(usize, u64),
    Irregular,
}

impl<'a> Records<'a> {
    /// Records of `text` from byte `from`, which must start a record on line `line`.
    pub(crate) fn new(text: &'a str, from: usize, line: u64) -> Records<'a> {
        Records {
            text,
            pos: from.min(text.len()),
            line,
            may_have_cr: true,
            core: None,
            scratch: String::new(),
            out: Vec::new(),
            ends: Vec::new(),
        }
    }

    /// Says the text has no CR (its reader checked), so no record is searched for one.
    pub(crate) fn without_cr(mut self) -> Records<'a> {
        self.may_have_cr = false;
        self
    }

    /// The text the records are read from.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// The line the reader is on: 1 + the LFs before [`Records::position`] (after a
    /// [`Records::seek`], not known).
    pub(crate) fn line(&self) -> u64 {
        self.line
    }

    /// The byte after the last record read: where the body starts once a header is read.
    pub(crate) fn position(&self) -> usize {
        self.pos
    }

    /// Moves to `byte`, which must start a record: a reader of chosen records reads each one
    /// there, keeping its buffers. Line numbers after a jump are not known (reported as 0).
    pub(crate) fn seek(&mut self, byte: usize) {
        self.pos = byte.min(self.text.len());
        self.line = 0;
    }

    /// Reads the next record into `row` and returns the byte it starts at; `None` at the end.
    /// Line ends before a record are skipped, as csv does.
    pub(crate) fn read_row(&mut self, row: &mut Row<'a>) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let start = self.next_start()?;
        row.begin(start, self.line);
        match self.split(start, row) {
            // A CR left in the text (a lone one: CRLF was made LF) ends a record where the
            // csv crate reads it: csv-core reads such a record (one more search of its bytes
            // costs less than one of the whole text for a reader that jumps, as cases' does).
            Split::Done(end, lfs)
                if !self.may_have_cr || memchr::memchr(b'\r', &bytes[start..end]).is_none() =>
            {
                self.pos = end;
                self.line += lfs;
            }
            _ => {
                row.begin(start, self.line);
                let end = self.by_core(start, row);
                self.line += memchr::memchr_iter(b'\n', &bytes[start..end]).count() as u64;
                self.pos = end;
            }
        }
        Some(start)
    }

    /// Moves past the next record without keeping its fields and returns where it started
    /// (`None` at the end): the walk that finds where a large file's shares begin. A record
    /// with no quote and no CR before its LF ends at that LF, found by one search; any other
    /// is read as [`Records::read_row`] reads it, so both agree on where records end.
    pub(crate) fn skip(&mut self, scratch: &mut Row<'a>) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let start = self.next_start()?;
        match memchr::memchr3(b'\n', b'"', b'\r', &bytes[start..]) {
            Some(at) if bytes[start + at] == b'\n' => {
                self.pos = start + at + 1;
                self.line += 1;
            }
            None => self.pos = bytes.len(),
            Some(_) => return self.read_row(scratch),
        }
        Some(start)
    }

    /// Where the next record starts, past the line ends before it (csv skips them too);
    /// `None` at the end of the text.
    fn next_start(&mut self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            match b {
                b'\n' => self.line += 1,
                b'\r' => {}
                _ => break,
            }
            self.pos += 1;
        }
        (self.pos < bytes.len()).then_some(self.pos)
    }

    /// The first comma, quote or LF at or after `from` (the text's length if none).
    fn special_from(&self, from: usize) -> usize {
        super::field_end::special_from(self.text.as_bytes(), from)
    }

    /// The fast split of the record at `pos`: fields pushed onto `row` until a line end or
    /// the end of the text, or `Irregular` at a quote not closed or a closing quote followed
    /// by anything but a comma, a line end or the end.
    fn split(&mut self, mut pos: usize, row: &mut Row<'a>) -> Split {
        let bytes = self.text.as_bytes();
        let mut lfs = 0;
        loop {
            let end = if bytes.get(pos) == Some(&b'"') {
                let Some((field, after, field_lfs)) = self.quoted(pos + 1) else {
                    return Split::Irregular;
                };
                match field {
                    Some(end) => row.push_text(pos + 1, end),
                    None => row.push_own(&self.scratch),
                }
                lfs += field_lfs;
                after
            } else {
                // A quote inside an unquoted field is text, as csv reads it.
                let mut end = self.special_from(pos);
                while bytes.get(end) == Some(&b'"') {
                    end = self.special_from(end + 1);
                }
                row.push_text(pos, end);
                end
            };
            match bytes.get(end) {
                Some(b',') => pos = end + 1,
                Some(b'\n') => return Split::Done(end + 1, lfs + 1),
                None => return Split::Done(end, lfs),
                Some(_) => return Split::Irregular,
            }
        }
    }

    /// The next quote at or after `from` (`None`: none is left), adding the LFs before it
    /// to `lfs`: a quoted field's line ends are counted by the search that ends it.
    fn quote_from(&self, mut from: usize, lfs: &mut u64) -> Option<usize> {
        let bytes = self.text.as_bytes();
        loop {
            let at = from + memchr::memchr2(b'"', b'\n', &bytes[from..])?;
            if bytes[at] == b'"' {
                return Some(at);
            }
            *lfs += 1;
            from = at + 1;
        }
    }

    /// A quoted field whose text starts at `from`: where its text ends (`None`: it is in
    /// `scratch`, unescaped), the byte after its closing quote and the LFs it holds; `None`
    /// when the quote never closes.
    fn quoted(&mut self, from: usize) -> Option<(Option<usize>, usize, u64)> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let mut lfs = 0;
        let mut q = self.quote_from(from, &mut lfs)?;
        if bytes.get(q + 1) != Some(&b'"') {
            return Some((Some(q), q + 1, lfs));
        }
        // Doubled quotes: the field is unescaped into the scratch buffer.
        self.scratch.clear();
        let mut at = from;
        while bytes.get(q + 1) == Some(&b'"') {
            self.scratch.push_str(&text[at..=q]);
            at = q + 2;
            q = self.quote_from(at, &mut lfs)?;
        }
        self.scratch.push_str(&text[at..q]);
        Some((None, q + 1, lfs))
    }

    /// The record at `start` read by csv-core; returns the byte after it.
    fn by_core(&mut self, start: usize, row: &mut Row<'a>) -> usize {
        use csv_core::ReadRecordResult as R;
        // `ReaderBuilder::build` builds the DFA the reader runs; `Reader::default` has none.
        let core = self
            .core
            .get_or_insert_with(|| Box::new(csv_core::ReaderBuilder::new().build()));
        core.reset();
        if self.out.is_empty() {
            (self.out, self.ends) = (vec![0; 1024], vec![0; 64]);
        }
        let bytes = self.text.as_bytes();
        let (mut pos, mut outlen, mut endlen) = (start, 0, 0);
        loop {
            let (result, read, wrote, ended) = core.read_record(
                &bytes[pos..],
                &mut self.out[outlen..],
                &mut self.ends[endlen..],
            );
            (pos, outlen, endlen) = (pos + read, outlen + wrote, endlen + ended);
            match result {
                R::OutputFull => self.out.resize(self.out.len() * 2, 0),
                R::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                // All the text was given: the next call's empty input tells csv-core it ended.
                R::InputEmpty => {}
                R::Record | R::End => break,
            }
        }
        let mut from = 0;
        for &end in &self.ends[..endlen] {
            // csv-core only drops ASCII quotes from UTF-8 text: each field is UTF-8 still.
            row.push_own(&String::from_utf8_lossy(&self.out[from..end]));
            from = end;
        }
        pos
    }
}

#[cfg(test)]
#[path = "records_tests.rs"]
mod tests;
