//! The message for a record with the wrong number of fields, which names the likely cause
//! where one is plain to see (a thousands comma in an unquoted number).

use crate::data::load::row::Row;

use crate::data::model::problem::Problem;

/// A record with the wrong number of fields. One more field than the header, where a number
/// and three digits stand side by side, is most often a count typed with a thousands comma
/// ("1,110"): the message says so and names the field it split.
pub(super) fn wrong_width(name: &str, line: u64, fields: &Row<'_>, header: &[&str]) -> Problem {
    let (n, expected) = (fields.len().to_string(), header.len().to_string());
    let msg = crate::tr!("pr-width", n = n, expected = expected);
    let split = (fields.len() > header.len())
        .then(|| (0..header.len()).find(|&i| thousands_split(fields, i)))
        .flatten();
    match split {
        Some(i) => {
            let field = |i: usize| fields.get(i).unwrap_or("");
            let typed = format!("{},{}", field(i), field(i + 1));
            Problem::at(
                name,
                line,
                Some(header[i]),
                crate::tr!(
                    "pr-width-thousands",
                    width = msg,
                    typed = typed.as_str(),
                    plain = typed.replace(',', "")
                ),
            )
        }
        None => Problem::at(name, line, None, msg),
    }
}

/// Whether fields `i` and `i + 1` look like one number cut at a thousands comma.
fn thousands_split(fields: &Row<'_>, i: usize) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match (fields.get(i), fields.get(i + 1)) {
        (Some(a), Some(b)) => digits(a) && a.len() <= 3 && digits(b) && b.len() == 3,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::wrong_width;
    use crate::data::load::row::Row;

    const HEADER: [&str; 4] = ["metric", "article", "value", "qualifier"];

    #[test]
    fn a_thousands_comma_is_named_with_its_field() {
        let fields = Row::of(&["political_prisoners", "", "1", "110", "exact"]);
        let p = wrong_width("s.csv", 4, &fields, &HEADER).to_string();
        assert!(p.contains("value"), "{p}");
        assert!(p.contains("\"1,110\" reads as two fields"), "{p}");
        assert!(p.contains("written 1110"), "{p}");
    }

    #[test]
    fn other_miscounts_keep_the_plain_message() {
        let fields = Row::of(&["political_prisoners", "", "1429", "exact", "x"]);
        let p = wrong_width("s.csv", 4, &fields, &HEADER).to_string();
        assert!(p.ends_with("5 fields, expected 4"), "{p}");
        let short = Row::of(&["political_prisoners"]);
        let p = wrong_width("s.csv", 4, &short, &HEADER).to_string();
        assert!(p.ends_with("1 fields, expected 4"), "{p}");
    }
}
