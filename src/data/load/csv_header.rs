//! A CSV file's header: which of the layouts a file may have it starts with, and where its
//! records begin; a mismatch names the current layout.

use crate::data::model::problem::Problem;

/// Checks the header and returns the byte offset where the records start.
pub(crate) fn body_start(
    name: &str,
    text: &str,
    expected: &[&str],
    problems: &mut Vec<Problem>,
) -> Option<usize> {
    body_start_of(name, text, &[expected], problems).map(|(body, _)| body)
}

/// [`body_start`] accepting any of `headers`: the offset and which header matched.
pub(super) fn body_start_of(
    name: &str,
    text: &str,
    headers: &[&[&str]],
    problems: &mut Vec<Problem>,
) -> Option<(usize, usize)> {
    let mut records = super::records::Records::new(text, 0, 1);
    let which = matching_header(name, &mut records, headers, problems)?;
    Some((records.position(), which))
}

/// Which of `headers` the file starts with; a mismatch names the first (current) header.
pub(super) fn matching_header(
    name: &str,
    records: &mut super::records::Records,
    headers: &[&[&str]],
    problems: &mut Vec<Problem>,
) -> Option<usize> {
    let mut header = super::row::Row::new(records.text());
    if records.read_row(&mut header).is_none() {
        problems.push(Problem::at(
            name,
            1,
            Some("header"),
            crate::tr!("pr-no-header"),
        ));
        return None;
    }
    let got: Vec<&str> = header.iter().map(str::trim).collect();
    if let Some(which) = headers.iter().position(|h| got == *h) {
        return Some(which);
    }
    let expected = headers.first().map(|h| h.join(",")).unwrap_or_default();
    let got = crate::data::model::text::shown_up_to(&got.join(","), 200);
    let msg = crate::tr!("pr-header", got = got, expected = expected);
    problems.push(Problem::at(name, 1, Some("header"), msg));
    None
}
