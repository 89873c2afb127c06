//! One CSV record's fields as places in the file's text, not copies of it. Copying every
//! field into a `csv::StringRecord` was 11-14% of the instructions of a 1000x load; a field
//! is copied only when its text differs from the file's bytes (a quoted field with doubled
//! quotes, or a record only csv-core can read).

/// Where one field's text is: a slice of the file (cut once, when the record is split, so
/// reading a field costs no check of where characters start), or a range of the row's own
/// buffer.
#[derive(Debug, Clone, Copy)]
enum Span<'a> {
    Text(&'a str),
    Own(usize, usize),
}

/// The fields of one record, where it starts and on which line.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    text: &'a str,
    own: String,
    spans: Vec<Span<'a>>,
    start: usize,
    line: u64,
}

impl<'a> Row<'a> {
    /// An empty row over `text`, to be filled by [`crate::data::load::records::Records`]
    /// again and again (its buffers are kept from record to record).
    pub fn new(text: &'a str) -> Row<'a> {
        Row {
            text,
            own: String::new(),
            spans: Vec::with_capacity(16),
            start: 0,
            line: 0,
        }
    }

    /// A row of the given fields, none of them in a file (tests build rows with it).
    #[cfg(test)]
    pub(crate) fn of(fields: &[&str]) -> Row<'static> {
        let mut row = Row::new("");
        for f in fields {
            row.push_own(f);
        }
        row
    }

    /// The fields of a record read whole (a small file's kept records), not copied.
    pub fn from_record(record: &'a csv::StringRecord) -> Row<'a> {
        let mut row = Row::new(record.as_slice());
        row.spans.extend(record.iter().map(Span::Text));
        row
    }

    /// Empties the row for the record at byte `start` of the text, on line `line`.
    pub(crate) fn begin(&mut self, start: usize, line: u64) {
        self.spans.clear();
        self.own.clear();
        self.start = start;
        self.line = line;
    }

    /// Adds `text[start..end]` as the next field.
    pub(crate) fn push_text(&mut self, start: usize, end: usize) {
        // The reader cuts only at ASCII bytes or the text's ends: always a character start.
        self.spans
            .push(Span::Text(self.text.get(start..end).unwrap_or("")));
    }

    /// Adds a field whose text is not in the file as it stands (unescaped, or from csv-core).
    pub(crate) fn push_own(&mut self, field: &str) {
        let start = self.own.len();
        self.own.push_str(field);
        self.spans.push(Span::Own(start, self.own.len()));
    }

    /// Puts an empty field at `at`: a row of an older layout read as the current one.
    pub fn insert_empty(&mut self, at: usize) {
        self.spans.insert(at.min(self.spans.len()), Span::Text(""));
    }

    /// How many fields the record has.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Field `i`, `None` past the last.
    pub fn get(&self, i: usize) -> Option<&str> {
        self.spans.get(i).map(|s| self.field(*s))
    }

    fn field(&self, s: Span<'a>) -> &str {
        match s {
            Span::Text(text) => text,
            Span::Own(start, end) => self.own.get(start..end).unwrap_or(""),
        }
    }

    /// The fields in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.spans.iter().map(|s| self.field(*s))
    }

    /// The byte of the text where the record starts.
    pub fn start(&self) -> usize {
        self.start
    }

    /// The 1-based line the record starts on.
    pub fn line(&self) -> u64 {
        self.line
    }

    /// The fields' bytes in order, for hashing a row without copying it.
    pub fn bytes(&self) -> impl Iterator<Item = &[u8]> + '_ {
        self.spans.iter().map(|s| self.field(*s).as_bytes())
    }

    /// The fields as owned texts, for the few records a reader keeps.
    pub fn to_strings(&self) -> Vec<String> {
        self.iter().map(str::to_string).collect()
    }

    /// The fields as a `csv::StringRecord`, for small files whose records are kept whole.
    pub fn to_record(&self) -> csv::StringRecord {
        self.iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_come_from_the_text_or_the_own_buffer() {
        let text = "a,bc,\"q\"";
        let mut row = Row::new(text);
        row.begin(0, 1);
        row.push_text(0, 1);
        row.push_text(2, 4);

        row.push_text(6, 7);
        row.push_own("x\"y");
        assert_eq!(row.to_strings(), ["a", "bc", "q", "x\"y"]);
        let bytes: Vec<&[u8]> = row.bytes().collect();
        assert_eq!(bytes, [&b"a"[..], b"bc", b"q", b"x\"y"]);
        row.insert_empty(1);
        assert_eq!(row.to_strings(), ["a", "", "bc", "q", "x\"y"]);
        assert_eq!(row.len(), 5);
    }
}
