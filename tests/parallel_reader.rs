//! The parallel reader of large registers against the single-threaded one: the same records,
//! line numbers and problems, whatever the quotes, line endings and multi-line fields, with
//! the parallel path forced on small inputs.

use proptest::prelude::*;
use repdash::data::testing::split_read;

const HEADER: [&str; 3] = ["a", "b", "c"];

/// One field: plain, with a stray quote inside (`27" monitor`), quoted with commas, doubled
/// quotes and line breaks, or empty.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z ]{0,6}",
        "[a-z]{1,3}\"[a-z ]{0,3}",
        "\"[a-z,]{0,4}(\n|\r\n)?[a-z\"]{0,3}\"".prop_map(|s| {
            // A quoted field's inner quotes are doubled, as a writer would.
            let inner = &s[1..s.len() - 1];
            format!("\"{}\"", inner.replace('"', "\"\""))
        }),
        Just(String::new()),
        Just("\"open".to_string()),
    ]
}

fn row() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(field(), 1..5),
        prop_oneof![Just("\n"), Just("\r\n")],
    )
        .prop_map(|(fields, end)| format!("{}{end}", fields.join(",")))
}

fn register() -> impl Strategy<Value = String> {
    prop::collection::vec(row(), 0..40).prop_map(|rows| format!("a,b,c\n{}", rows.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn shares_read_what_one_reader_reads(text in register(), shares in 2usize..9) {
        let one = split_read(&text, &HEADER, 1);
        let many = split_read(&text, &HEADER, shares);
        prop_assert_eq!(one, many, "{:?}", text);
    }
}

/// The case the issue found: a literal quote in an unquoted field, then a quoted two-line
/// note; counting quotes put a cut inside the note and the register was refused on 2 cores.
#[test]
fn a_stray_quote_before_a_multi_line_note_does_not_move_a_cut() {
    let mut text = String::from("a,b,c\n");
    text.push_str("x,a 27\" monitor,y\n");
    for i in 0..200 {
        text.push_str(&format!("r{i},\"note\nsecond line of {i}\",z\n"));
    }
    let one = split_read(&text, &HEADER, 1);
    assert!(one.1.is_empty(), "{:?}", one.1);
    assert_eq!(one.0.len(), 201);
    for shares in 2..9 {
        assert_eq!(split_read(&text, &HEADER, shares), one, "{shares} shares");
    }
}

/// Found by the parallel_reader fuzz target: a lone CR before a CRLF (`z\r\r\n`) made the csv
/// crate count a line the cut shares did not, so problems were one line apart.
#[test]
fn a_lone_cr_before_crlf_numbers_lines_alike_in_every_share() {
    let header = ["a", "b", "c"];
    for body in [
        "x,a 2z\r\nq\nline,z\r\r\ne\",z\r,\"a\"\"b\"c\n",
        // and with a blank line after the CRLF (the fuzzer's second find)
        "x,a 2z\r\nq\nlne,z\r\r2z\r\nq\nlne,z\r\r\n\ne\",z\r,\"a\"\"b\"c\n",
    ] {
        let text = format!("a,b,c\n{body}");
        let one = repdash::data::testing::split_read(&text, &header, 1);
        for shares in 2..=8 {
            assert_eq!(
                one,
                repdash::data::testing::split_read(&text, &header, shares),
                "{shares} shares"
            );
        }
    }
}
