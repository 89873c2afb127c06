//! The figures export: every reading the filter selects, all sources, in the import columns,
//! so an export of figures can be imported elsewhere. Text cells are written byte for byte
//! with only the reversible apostrophe in front of a formula (`text::unguard` removes it).
//!
//! At 1000x this writes 58,600 rows of 664,000 figures; the rows are formatted on every core
//! a chunk at a time (`cores::in_order`, the order kept) and written as the chunks come, to a
//! file or into memory for standard output, each cell written from the figure's own text
//! without a copy unless it needs the guard.

use crate::data::load::store::Store;
use crate::data::model::columns::IMPORT_HEADER;
use crate::data::model::figure::{Figure, format_plain};
use crate::data::model::text::guarded;
use crate::data::output::csv::atomic::{ExportError, write_atomic_with};
use crate::data::output::csv::row_writer::RowWriter;
use crate::data::query::filter::Filter;

/// Rows a chunk of a written export holds (about 700 KB): small enough that writing the
/// first chunks overlaps formatting the rest, large enough that handing one over is rare.
const CHUNK: usize = 4096;

/// Every figure `filter` selects, in export order.
fn selected<'s>(store: &'s Store, filter: &Filter) -> Vec<&'s Figure> {
    filter
        .metrics
        .iter()
        .flat_map(|metric| store.figures_of(metric).iter())
        .filter(|f| {
            filter.range.contains(f.month)
                && filter
                    .article
                    .as_ref()
                    .is_none_or(|p| f.article.is_empty() || p.matches(&f.article))
        })
        .collect()
}

/// Writes every figure `filter` selects to `output` atomically, as [`figures_to_csv`] makes
/// them, and says how many: the rows are formatted on worker threads a chunk at a time while
/// the chunks before are written (at 1000x, 10 MB formatted and then written took 23 ms; the
/// whole CSV is never held).
pub fn export_figures(
    store: &Store,
    filter: &Filter,
    output: &std::path::Path,
    force: bool,
) -> Result<usize, ExportError> {
    let selected = selected(store, filter);
    write_atomic_with(output, force, |file| write_rows(&selected, file))?;
    Ok(selected.len())
}

/// The header and the rows of `figures` written to `out` a chunk at a time, the chunks
/// formatted on worker threads while the ones before are written.
fn write_rows(figures: &[&Figure], out: &mut impl std::io::Write) -> std::io::Result<()> {
    if figures.is_empty() {
        return out.write_all(&rows_csv(&[], true));
    }
    let render = |i: usize, part: &[&Figure], buffer: &mut Vec<u8>| {
        *buffer = rows_into(std::mem::take(buffer), part, i == 0);
    };
    crate::data::model::cores::in_order(figures, CHUNK, render, |b| out.write_all(b))
}

/// Every figure `filter` selects as CSV bytes, and the number of figures.
pub fn figures_to_csv(store: &Store, filter: &Filter) -> (Vec<u8>, usize) {
    let selected = selected(store, filter);
    let mut out = Vec::with_capacity(selected.len() * 192);
    // Writing into memory cannot fail; the rows are those a file gets, made the same way.
    let _ = write_rows(&selected, &mut out);
    (out, selected.len())
}

/// `figures` as CSV rows, after the header when `header`.
fn rows_csv(figures: &[&Figure], header: bool) -> Vec<u8> {
    rows_into(Vec::with_capacity(figures.len() * 192), figures, header)
}

/// [`rows_csv`] appended to `buffer`.
fn rows_into(buffer: Vec<u8>, figures: &[&Figure], header: bool) -> Vec<u8> {
    let mut w = RowWriter::on(buffer);
    if header {
        IMPORT_HEADER.iter().for_each(|h| w.field(h.as_bytes()));
        w.end_row();
    }
    for f in figures {
        write_row(&mut w, f);
    }
    w.into_inner()
}

/// One figure in the import columns (month, metric, article, value, qualifier, as_of,
/// source_url, source_title, published, note).
fn write_row(w: &mut RowWriter, f: &Figure) {
    w.field(&month_bytes(f.month));
    w.field(guarded(&f.metric).as_bytes());
    w.field(guarded(&f.article).as_bytes());
    write_value(w, f.value);
    w.field(f.qualifier.key().as_bytes());
    w.field(f.as_of.as_bytes());
    for text in [&f.source_url, &f.source_title, &f.published, &f.note] {
        w.field(guarded(text).as_bytes());
    }
    w.end_row();
}

/// `YYYY-MM` as `Month` displays it, by digits (the formatter's machinery was most of a row's
/// cost after the cells themselves): a month's year has four digits (1900-2199).
fn month_bytes(month: crate::data::model::month::Month) -> [u8; 7] {
    let (y, m) = (month.year(), month.month());
    let digit = |n: u32| b'0' + (n % 10) as u8;
    [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
    ]
}

/// The value as [`format_plain`] writes it, without a new string for a whole number (every
/// count is one): its digits written from the last.
fn write_value(w: &mut RowWriter, value: f64) {
    if value.fract() == 0.0 && (0.0..1e15).contains(&value) {
        let mut digits = [0u8; 16];
        let (mut n, mut at) = (value as u64, digits.len());
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        w.field(&digits[at..]);
    } else {
        w.field(format_plain(value).as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use crate::data::model::intern::Text;

    use super::*;
    use crate::data::model::qualifier::Qualifier;

    /// A SYNTHETIC figure whose note and title differ per row, one in seven a formula.
    fn figure(i: usize) -> Figure {
        let text = |t: String| -> Text { Text::from(t.as_str()) };
        Figure {
            month: crate::data::model::month::Month::new(
                2000 + (i % 150) as u32,
                1 + (i % 12) as u32,
            )
            .unwrap(),
            metric: Text::from("detentions"),
            article: Text::from(if i.is_multiple_of(3) { "342" } else { "" }),
            value: i as f64 + if i.is_multiple_of(5) { 0.25 } else { 0.0 },
            qualifier: Qualifier::ALL[i % Qualifier::ALL.len()],
            as_of: Text::from("2024-01-31"),
            end_distance: 0,
            source_url: text(format!("https://example.invalid/{i}")),
            source_title: text(if i.is_multiple_of(7) {
                format!("=SUM(A{i})")
            } else {
                format!("t, \"{i}\"")
            }),
            published: Text::from(""),
            note: text(format!("SYNTHETIC {i}\nline two")),
        }
    }

    /// Months and whole values are written by digits exactly as their display and
    /// `format_plain` write them.
    #[test]
    fn months_and_values_by_digits_match_their_display() {
        for (y, m) in [(2020, 8), (2024, 12), (1900, 1), (2199, 10)] {
            let month = crate::data::model::month::Month::new(y, m).unwrap();
            assert_eq!(month_bytes(month).as_slice(), month.to_string().as_bytes());
        }
        for v in [
            0.0,
            7.0,
            10.0,
            1429.0,
            999_999_999_999_999.0,
            271.25,
            1e15,
            0.5,
        ] {
            let mut w = RowWriter::with_capacity(0);
            write_value(&mut w, v);
            w.end_row();
            assert_eq!(
                w.into_inner(),
                format!("{}\n", format_plain(v)).into_bytes(),
                "{v}"
            );
        }
    }

    /// Each row written reads back through the csv crate as the figure's cells.
    #[test]
    fn rows_read_back_as_the_figures_cells() {
        let figures: Vec<Figure> = (0..3 * CHUNK).map(figure).collect();
        let refs: Vec<&Figure> = figures.iter().collect();
        let mut joined = Vec::new();
        write_rows(&refs, &mut joined).unwrap();
        let mut rdr = csv::ReaderBuilder::new().from_reader(joined.as_slice());
        let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, IMPORT_HEADER);
        let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), figures.len());
        let seventh = &rows[7];
        assert_eq!(&seventh[7], "'=SUM(A7)", "a formula is guarded");
        assert_eq!(&rows[8][7], "t, \"8\"");
        assert_eq!(&rows[5][3], "5.25");
        assert_eq!(&rows[9][9], "SYNTHETIC 9\nline two");
        assert_eq!(&rows[9][0], figures[9].month.to_string());
    }

    /// Written a chunk at a time on several threads, the rows are the bytes one writer
    /// makes: the header once, every chunk whole and in order; no figure is the header alone.
    #[test]
    fn rows_written_in_chunks_are_the_rows_held_in_memory() {
        let figures: Vec<Figure> = (0..2 * CHUNK + 7).map(figure).collect();
        let refs: Vec<&Figure> = figures.iter().collect();
        let mut written = Vec::new();
        write_rows(&refs, &mut written).unwrap();
        assert_eq!(written, rows_csv(&refs, true));
        let mut header = Vec::new();
        write_rows(&[], &mut header).unwrap();
        assert_eq!(
            header,
            format!("{}\n", IMPORT_HEADER.join(",")).into_bytes()
        );
    }
}
