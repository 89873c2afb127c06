//! CSV rows for the large exports' hot loops. The csv crate's writer looks at each byte of
//! each field on its own (csv-core's `Writer::field` was 1,200 instructions a row of the
//! figures export); this one asks a field once whether it needs quotes, by the same rule.

/// Appends CSV rows to a byte buffer exactly as the csv crate's default writer writes them:
/// a field is quoted when it holds a comma, a quote, a CR or an LF, its quotes doubled; rows
/// end with LF; a row of one empty field is written `""` so it is not read as no row.
pub(crate) struct RowWriter {
    out: Vec<u8>,
    /// Fields written in the current row, and whether the last one was empty.
    fields: usize,
    last_empty: bool,
}

impl RowWriter {
    /// A writer whose buffer starts with room for `bytes`.
    pub(crate) fn with_capacity(bytes: usize) -> RowWriter {
        RowWriter {
            out: Vec::with_capacity(bytes),
            fields: 0,
            last_empty: false,
        }
    }

    /// A writer appending to `buffer` (a chunk's reused buffer, emptied by its owner).
    pub(crate) fn on(buffer: Vec<u8>) -> RowWriter {
        RowWriter {
            out: buffer,
            fields: 0,
            last_empty: false,
        }
    }

    /// Writes the next field of the current row.
    pub(crate) fn field(&mut self, field: &[u8]) {
        if self.fields > 0 {
            self.out.push(b',');
        }
        self.fields += 1;
        self.last_empty = field.is_empty();
        // One pass that the compiler can vectorise, rather than a search per special byte.
        let special = field.iter().fold(false, |any, &b| {
            any | matches!(b, b',' | b'"' | b'\r' | b'\n')
        });
        if !special {
            self.out.extend_from_slice(field);
            return;
        }
        self.out.push(b'"');
        for (i, part) in field.split(|&b| b == b'"').enumerate() {
            if i > 0 {
                self.out.extend_from_slice(b"\"\"");
            }
            self.out.extend_from_slice(part);
        }
        self.out.push(b'"');
    }

    /// Ends the current row.
    pub(crate) fn end_row(&mut self) {
        if self.fields == 1 && self.last_empty {
            self.out.extend_from_slice(b"\"\"");
        }
        self.out.push(b'\n');
        self.fields = 0;
    }

    /// The bytes written.
    pub(crate) fn into_inner(self) -> Vec<u8> {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn by_csv(rows: &[Vec<String>]) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        for row in rows {
            w.write_record(row).unwrap();
        }
        w.into_inner().unwrap()
    }

    fn by_row_writer(rows: &[Vec<String>]) -> Vec<u8> {
        let mut w = RowWriter::with_capacity(0);
        for row in rows {
            for f in row {
                w.field(f.as_bytes());
            }
            w.end_row();
        }
        w.into_inner()
    }

    proptest! {
        /// Any rows of the characters that matter to CSV are written byte for byte as the
        /// csv crate writes them.
        #[test]
        fn rows_are_written_as_the_csv_crate_writes_them(
            rows in proptest::collection::vec(
                proptest::collection::vec("[a,\"\r\n é'=]{0,12}", 1..5),
                0..6,
            )
        ) {
            prop_assert_eq!(by_row_writer(&rows), by_csv(&rows));
        }
    }
}
