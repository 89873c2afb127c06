//! Every file's columns in one place: what the loaders read and the writers write, so a
//! reader and a writer of one file cannot disagree, and no stage imports another for a header.

/// Columns of a snapshot file, in order.
pub const SNAPSHOT_HEADER: [&str; 9] = [
    "metric",
    "article",
    "value",
    "qualifier",
    "as_of",
    "source_url",
    "source_title",
    "published",
    "note",
];

/// The snapshot columns before `as_of` existed: such files still load, with no as-of day.
pub const SNAPSHOT_HEADER_V1: [&str; 8] = [
    "metric",
    "article",
    "value",
    "qualifier",
    "source_url",
    "source_title",
    "published",
    "note",
];

/// Every snapshot layout that loads, the current one first (error messages name it).
pub const SNAPSHOT_HEADERS: [&[&str]; 2] = [&SNAPSHOT_HEADER, &SNAPSHOT_HEADER_V1];

/// Where `as_of` stands in a row of the current layout.
pub const AS_OF: usize = 4;

/// `month` then the columns of a snapshot layout, built at compile time so the two can
/// never drift apart.
const fn with_month<const N: usize, const M: usize>(
    snapshot: [&'static str; N],
) -> [&'static str; M] {
    let mut header = ["month"; M];
    let mut i = 0;
    while i < N {
        header[i + 1] = snapshot[i];
        i += 1;
    }
    header
}

/// Columns of an import table: `month` then the snapshot columns.
pub const IMPORT_HEADER: [&str; 10] = with_month(SNAPSHOT_HEADER);

/// An import table from before `as_of` existed: still imported, with no as-of days.
pub const IMPORT_HEADER_V1: [&str; 9] = with_month(SNAPSHOT_HEADER_V1);

/// Columns of metrics.csv: the label and the description in English, then in Belarusian
/// and Russian.
pub const METRICS_HEADER: [&str; 14] = [
    "key",
    "tab",
    "label",
    "unit",
    "kind",
    "description",
    "total_of",
    "covers",
    "companion",
    "counter",
    "label_be",
    "label_ru",
    "description_be",
    "description_ru",
];

/// metrics.csv before the Belarusian and Russian descriptions: still read, its descriptions
/// English only.
pub const METRICS_HEADER_V5: [&str; 12] = [
    "key",
    "tab",
    "label",
    "unit",
    "kind",
    "description",
    "total_of",
    "covers",
    "companion",
    "counter",
    "label_be",
    "label_ru",
];

/// metrics.csv before the Belarusian and Russian labels: still read, its labels English only.
pub const METRICS_HEADER_V4: [&str; 10] = [
    "key",
    "tab",
    "label",
    "unit",
    "kind",
    "description",
    "total_of",
    "covers",
    "companion",
    "counter",
];

/// metrics.csv before `counter` existed: still read, with no counter named.
pub const METRICS_HEADER_V3: [&str; 9] = [
    "key",
    "tab",
    "label",
    "unit",
    "kind",
    "description",
    "total_of",
    "covers",
    "companion",
];

/// metrics.csv before `covers` and `companion` existed: still read, with both taken from the
/// key's name as earlier versions did.
pub const METRICS_HEADER_V2: [&str; 7] = [
    "key",
    "tab",
    "label",
    "unit",
    "kind",
    "description",
    "total_of",
];

/// metrics.csv before `total_of` existed: still read, with no period totals.
pub const METRICS_HEADER_V1: [&str; 6] = ["key", "tab", "label", "unit", "kind", "description"];

/// Columns of cases.csv.
pub const CASES_HEADER: [&str; 9] = [
    "date",
    "month",
    "person",
    "event",
    "articles",
    "sentence_months",
    "court",
    "source_url",
    "note",
];

/// Columns of events.csv: the label in English, then in Belarusian and Russian.
pub const EVENTS_HEADER: [&str; 6] = [
    "date",
    "kind",
    "label",
    "source_url",
    "label_be",
    "label_ru",
];

/// events.csv before the Belarusian and Russian labels: still read, labels in English only.
pub const EVENTS_HEADER_V1: [&str; 4] = ["date", "kind", "label", "source_url"];

/// Columns of articles.csv: the short name in English, then in Belarusian and Russian.
pub const ARTICLES_HEADER: [&str; 6] = [
    "code",
    "article",
    "short_name",
    "name_source_url",
    "name_be",
    "name_ru",
];

/// articles.csv before the Belarusian and Russian names: still read, names in English only.
pub const ARTICLES_HEADER_V1: [&str; 4] = ["code", "article", "short_name", "name_source_url"];

/// Columns of an export, one row per series and month, then one `range` row per series.
pub const EXPORT_HEADER: [&str; 20] = [
    "row",
    "month",
    "metric",
    "article",
    "value",
    "qualifier",
    "as_of",
    "change_prev",
    "change_year",
    "sources",
    "conflict",
    "source_url",
    "source_title",
    "published",
    "note",
    "other_sources",
    "change_prev_marks",
    "change_year_marks",
    "change_prev_by_source",
    "change_prev_months",
];
