//! Tests of `text`: cells for spreadsheets, numbers in each language, terminal-safe text.
use super::*;

proptest::proptest! {
    /// The cell without a copy is the cleaned, neutralised cell, borrowed only when
    /// nothing had to change.
    #[test]
    fn a_spreadsheet_text_is_the_spreadsheet_cell(cell in "[ -~\t\n\u{1b}\u{202e}=+@é-]{0,12}") {
        let text = spreadsheet_text(&cell);
        let expected = neutralise_formula(&clean(&cell));
        proptest::prop_assert_eq!(&*text, expected.as_str());
        let borrowed = matches!(text, std::borrow::Cow::Borrowed(_));
        proptest::prop_assert!(!borrowed || *text == *cell);
    }
}

#[test]
fn belarusian_and_russian_numbers_group_with_a_no_break_space() {
    use crate::data::model::lang::{Lang, with};
    for lang in [Lang::Be, Lang::Ru] {
        assert_eq!(with(lang, || format_number(1429.0)), "1\u{a0}429");
        assert_eq!(with(lang, || format_number(271.25)), "271,25");
        assert_eq!(
            with(lang, || format_number(-1234567.5)),
            "-1\u{a0}234\u{a0}567,5"
        );
    }
    assert_eq!(with(Lang::En, || format_number(1234567.5)), "1,234,567.5");
}

#[test]
fn strips_terminal_controls() {
    let nasty = "a\u{1b}]52;c;ZXZpbA==\u{7}b\u{1b}[2Jc\r\u{8}d\u{202E}e\u{9b}f";
    assert_eq!(clean(nasty), "a]52;c;ZXZpbA==b[2Jcdef");
    assert_eq!(clean("Minsk\tcourt\n"), "Minsk court ");
}

#[test]
fn plain_numbers_stay_numbers_and_nothing_else_escapes_the_guard() {
    for n in ["-187", "0.1288", "-0.1288", "1452", "0"] {
        assert_eq!(spreadsheet_value(n), n);
    }
    for t in ["-1+2", "-", "-.5", "1e5", "=1", "-1,000", "+5", "- 1"] {
        assert_eq!(spreadsheet_value(t), spreadsheet_cell(t), "{t}");
    }
    assert_eq!(spreadsheet_value("-1+2"), "'-1+2");
}

#[test]
fn neutralises_formulas() {
    assert_eq!(
        neutralise_formula("=HYPERLINK(\"x\")"),
        "'=HYPERLINK(\"x\")"
    );
    assert_eq!(neutralise_formula("-1+2"), "'-1+2");
    assert_eq!(neutralise_formula("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(neutralise_formula("\t=x"), "'\t=x");
    assert_eq!(
        neutralise_formula("\u{1}=HYPERLINK(1)"),
        "'\u{1}=HYPERLINK(1)"
    );
    assert_eq!(neutralise_formula("\u{202E}=1+1"), "'\u{202E}=1+1");
    assert_eq!(neutralise_formula("\n =1"), "'\n =1");
    assert_eq!(
        neutralise_formula("\u{200B}\u{FEFF}@x"),
        "'\u{200B}\u{FEFF}@x"
    );
    assert_eq!(spreadsheet_cell("\u{1}=1"), "'=1");
    assert_eq!(spreadsheet_cell("a\u{1}=1"), "a=1");
    for t in ["=x", "'=x", "''=x", "'x", "x", "'", "", "\u{7}-1", "' =1"] {
        assert_eq!(unguard(&neutralise_formula(t)), t, "round trip of {t:?}");
    }
    assert_eq!(neutralise_formula("Viasna"), "Viasna");
    assert_eq!(neutralise_formula("  =1+1"), "'  =1+1");
    assert_eq!(neutralise_formula("\rx"), "'\rx");
    assert_eq!(neutralise_formula("\tx"), "'\tx");
}

#[test]
fn formats_numbers() {
    assert_eq!(format_number(1429.0), "1,429");
    assert_eq!(format_number(1234567.0), "1,234,567");
    assert_eq!(format_number(271.25), "271.25");
    assert_eq!(format_number(0.5), "0.5");
    assert_eq!(format_number(-1024.0), "-1,024");
    assert_eq!(format_change(12.0), "+12");
    assert_eq!(format_change(0.0), "0");
}
