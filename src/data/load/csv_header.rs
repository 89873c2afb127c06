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
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let which = matching_header(name, &mut reader, headers, problems)?;
    Some(((reader.position().byte() as usize).min(text.len()), which))
}

/// Which of `headers` the file starts with; a mismatch names the first (current) header.
pub(super) fn matching_header(
    name: &str,
    reader: &mut csv::Reader<&[u8]>,
    headers: &[&[&str]],
    problems: &mut Vec<Problem>,
) -> Option<usize> {
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            problems.push(Problem::at(
                name,
                1,
                None,
                format!("unreadable header: {e}"),
            ));
            return None;
        }
    };
    let got: Vec<&str> = header.iter().map(str::trim).collect();
    if let Some(which) = headers.iter().position(|h| got == *h) {
        return Some(which);
    }
    let expected = headers.first().map(|h| h.join(",")).unwrap_or_default();
    let msg = format!(
        "header is \"{}\", expected \"{expected}\"",
        crate::data::model::text::shown_up_to(&got.join(","), 200)
    );
    problems.push(Problem::at(name, 1, Some("header"), msg));
    None
}
