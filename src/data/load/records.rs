//! The records of a CSV body, split by a byte search where a record is regular (unquoted
//! fields, and quoted ones that close right before a comma or a line end) and by csv-core,
//! the csv crate's own state machine, for any other record: the same fields as the csv crate
//! reads, at several times its speed on the records data files hold.

use csv::StringRecord;

/// A reader of the records of `text[from..]` (no header), one at a time.
pub(crate) struct Records<'a> {
    text: &'a str,
    pos: usize,
    /// Built on the first irregular record (building one costs as much as a small file).
    core: Option<Box<csv_core::Reader>>,
    /// A quoted field with doubled quotes, unescaped.
    scratch: String,
    /// csv-core's output: the fields' bytes and where each ends.
    out: Vec<u8>,
    ends: Vec<usize>,
}

/// How a regular record's split ended: the record is done, or it is not regular after all.
enum Split {
    Done(usize),
    Irregular,
}

impl<'a> Records<'a> {
    /// Records of `text` from byte `from`, which must start a record.
    pub(crate) fn new(text: &'a str, from: usize) -> Records<'a> {
        Records {
            text,
            pos: from.min(text.len()),
            core: None,
            scratch: String::new(),
            out: Vec::new(),
            ends: Vec::new(),
        }
    }

    /// The byte after the last record read: where the body starts once a header is read.
    pub(crate) fn position(&self) -> usize {
        self.pos
    }

    /// Moves to `byte`, which must start a record: a reader of chosen records reads each one
    /// there, keeping its buffers.
    pub(crate) fn seek(&mut self, byte: usize) {
        self.pos = byte.min(self.text.len());
    }

    /// Reads the next record into `record` (its position's byte set to where it starts) and
    /// returns that byte; `None` at the end. Line ends before a record are skipped, as csv does.
    pub(crate) fn read_into(&mut self, record: &mut StringRecord) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let start = self.next_start()?;
        record.clear();
        self.pos = match self.split(start, record) {
            // A CR left in the text (a lone one: CRLF was made LF) ends a record where the
            // csv crate reads it: csv-core reads such a record (one more search of its bytes
            // costs less than one of the whole text for a reader that jumps, as cases' does).
            Split::Done(end) if memchr::memchr(b'\r', &bytes[start..end]).is_none() => end,
            _ => {
                record.clear();
                self.by_core(start, record)
            }
        };
        let mut at = csv::Position::new();
        at.set_byte(start as u64);
        record.set_position(Some(at));
        Some(start)
    }

    /// Moves past the next record without keeping its fields and returns where it started
    /// (`None` at the end): the walk that finds where a large file's shares begin. A record
    /// with no quote and no CR before its LF ends at that LF, found by one search; any other
    /// is read as [`Records::read_into`] reads it, so both agree on where records end.
    pub(crate) fn skip(&mut self, scratch: &mut StringRecord) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let start = self.next_start()?;
        match memchr::memchr3(b'\n', b'"', b'\r', &bytes[start..]) {
            Some(at) if bytes[start + at] == b'\n' => self.pos = start + at + 1,
            None => self.pos = bytes.len(),
            Some(_) => return self.read_into(scratch),
        }
        Some(start)
    }

    /// Where the next record starts, past the line ends before it (csv skips them too);
    /// `None` at the end of the text.
    fn next_start(&mut self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        while matches!(bytes.get(self.pos), Some(b'\r' | b'\n')) {
            self.pos += 1;
        }
        (self.pos < bytes.len()).then_some(self.pos)
    }

    /// The first comma, quote or LF at or after `from` (the text's length if none): one SIMD
    /// search per field (an iterator over all hits measured slower: it keeps state per hit).
    fn special_from(&self, from: usize) -> usize {
        let bytes = self.text.as_bytes();
        memchr::memchr3(b',', b'"', b'\n', &bytes[from..]).map_or(bytes.len(), |at| from + at)
    }

    /// The fast split of the record at `pos`: fields pushed onto `record` until a line end
    /// or the end of the text, or `Irregular` at a quote not closed or a closing quote
    /// followed by anything but a comma, a line end or the end.
    fn split(&mut self, mut pos: usize, record: &mut StringRecord) -> Split {
        let (text, bytes) = (self.text, self.text.as_bytes());
        loop {
            let end = if bytes.get(pos) == Some(&b'"') {
                let Some((field, after)) = self.quoted(pos + 1) else {
                    return Split::Irregular;
                };
                record.push_field(field.unwrap_or(&self.scratch));
                after
            } else {
                // A quote inside an unquoted field is text, as csv reads it.
                let mut end = self.special_from(pos);
                while bytes.get(end) == Some(&b'"') {
                    end = self.special_from(end + 1);
                }
                record.push_field(&text[pos..end]);
                end
            };
            match bytes.get(end) {
                Some(b',') => pos = end + 1,
                Some(b'\n') => return Split::Done(end + 1),
                None => return Split::Done(end),
                Some(_) => return Split::Irregular,
            }
        }
    }

    /// The next quote at or after `from` (`None`: none is left).
    fn quote_from(&self, from: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        memchr::memchr(b'"', &bytes[from..]).map(|at| from + at)
    }

    /// A quoted field whose text starts at `from`: its text (`None`: it is in `scratch`,
    /// unescaped) and the byte after its closing quote; `None` when the quote never closes.
    fn quoted(&mut self, from: usize) -> Option<(Option<&'a str>, usize)> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let mut q = self.quote_from(from)?;
        if bytes.get(q + 1) != Some(&b'"') {
            return Some((Some(&text[from..q]), q + 1));
        }
        // Doubled quotes: the field is unescaped into the scratch buffer.
        self.scratch.clear();
        let mut at = from;
        while bytes.get(q + 1) == Some(&b'"') {
            self.scratch.push_str(&text[at..=q]);
            at = q + 2;
            q = self.quote_from(at)?;
        }
        self.scratch.push_str(&text[at..q]);
        Some((None, q + 1))
    }

    /// The record at `start` read by csv-core; returns the byte after it.
    fn by_core(&mut self, start: usize, record: &mut StringRecord) -> usize {
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
            record.push_field(&String::from_utf8_lossy(&self.out[from..end]));
            from = end;
        }
        pos
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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

    fn by_records(text: &str) -> Vec<(u64, Vec<String>)> {
        let mut records = Records::new(text, 0);
        let mut out = Vec::new();
        let mut record = StringRecord::new();
        while let Some(at) = records.read_into(&mut record) {
            let pos = record.position().map_or(u64::MAX, csv::Position::byte);
            assert_eq!(pos, at as u64, "the record's position is where it starts");
            out.push((pos, record.iter().map(String::from).collect()));
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

        /// Skipping records finds the same starts and ends as reading them.
        #[test]
        fn skipping_records_ends_them_where_reading_does(text in "[a,\"\n\r é]{0,40}") {
            let (mut read, mut skipped) = (Records::new(&text, 0), Records::new(&text, 0));
            let mut record = StringRecord::new();
            loop {
                let (a, b) = (read.read_into(&mut record), skipped.skip(&mut record));
                prop_assert_eq!(a, b);
                prop_assert_eq!(read.position(), skipped.position());
                if a.is_none() {
                    break;
                }
            }
        }
    }
}
