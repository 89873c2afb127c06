//! The rules for single fields that several files share (dates, articles, values), so a
//! date is a date by one definition whichever file it stands in.

use crate::data::model::month::Month;

/// How many days `date` (`YYYY-MM-DD`) lies before the first or after the last day of
/// `month` (0 inside it); `None` when it is not a real date.
pub fn days_outside(month: Month, date: &str) -> Option<i64> {
    let day = day_of(date)?;
    let first = chrono::NaiveDate::from_ymd_opt(month.year() as i32, month.month(), 1)?;
    let next = month.offset(1)?;
    let after = chrono::NaiveDate::from_ymd_opt(next.year() as i32, next.month(), 1)?;
    let last = after.pred_opt()?;
    Some(if day < first {
        (first - day).num_days()
    } else if day > last {
        (day - last).num_days()
    } else {
        0
    })
}

/// Whether `text` is exactly `YYYY-MM-DD` and a real calendar date (2024-02-30 is not).
pub fn is_date(text: &str) -> bool {
    day_of(text).is_some()
}

/// The day a `YYYY-MM-DD` text names (exactly that form, a real calendar day), read a byte
/// at a time: chrono's format parser was a measurable part of a load, and every figure's
/// as-of day is read twice (its check and its distance from month end).
fn day_of(text: &str) -> Option<chrono::NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    chrono::NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

/// The month of `YYYY-MM-DD` (a real date) or `YYYY-MM`.
pub fn month_of_date(date: &str) -> Option<Month> {
    if date.len() == 10 {
        if !is_date(date) {
            return None;
        }
        return date[..7].parse().ok();
    }
    date.parse().ok()
}

/// Articles are code numbers (`342`, `361-1`, `24.23`, `adm:19.11`, combined with `+`).
pub fn article_is_valid(article: &str) -> bool {
    // By bytes: every allowed character is ASCII, and no byte of another character is.
    article
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'+' | b':'))
}

/// Parses a non-negative decimal written with digits and at most one point (`1429`, `271.25`).
/// Thousands separators, signs, exponents, `NaN` and infinities are refused.
pub fn parse_value(text: &str) -> Option<f64> {
    // Most values are counts of people: at most 15 digits and nothing else, exact as an
    // integer and as a double, so this is the value the float parser gives. Looked at first,
    // by its bytes alone (the general checks below were 175 instructions a value).
    let bytes = text.as_bytes();
    if (1..=15).contains(&bytes.len()) && bytes.iter().all(u8::is_ascii_digit) {
        let whole = bytes.iter().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
        return Some(whole as f64);
    }
    let (int, frac) = text.split_once('.').unwrap_or((text, "0"));
    let digits = |s: &str| !s.is_empty() && s.len() <= 15 && s.bytes().all(|b| b.is_ascii_digit());
    // At most 15 significant digits in all: what a double holds exactly, so the number an
    // export writes is the number it read (999999999999999.99 would come back as 1e15).
    let significant =
        int.trim_start_matches('0').len() + if text.contains('.') { frac.len() } else { 0 };
    if !digits(int) || !digits(frac) || significant > 15 {
        return None;
    }
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// How many days a reading's as-of day lies from the last day of its month (before or after);
/// an undated reading counts as month end (0), as does an unreadable date (it is refused on
/// load).
pub fn days_from_month_end(month: Month, as_of: &str) -> i64 {
    let Some(day) = day_of(as_of) else {
        return 0;
    };
    let last = month
        .offset(1)
        .and_then(|n| chrono::NaiveDate::from_ymd_opt(n.year() as i32, n.month(), 1))
        .and_then(|d| d.pred_opt());
    last.map_or(0, |last| (last - day).num_days().abs())
}

/// Why a source URL cell is refused, if it is: every figure and every case must say where it
/// comes from, and a URL with spaces or control characters is damaged or hostile.
pub fn source_url_problem(url: &str, what: &str) -> Option<String> {
    // Nearly every URL is printable ASCII: one byte test each, no character decoding (this
    // check was 6% of a 1000x load). Anything else takes the full check below.
    // A fold, not `all`: with no early exit the compiler checks 32 bytes at a time (this was
    // still 6% of a cases export's instructions a byte at a time).
    let printable = url
        .bytes()
        .fold(true, |ok, b| ok & (b.wrapping_sub(0x21) < 0x5e));
    if !url.is_empty() && printable {
        return None;
    }
    if url.trim().is_empty() {
        Some(crate::tr!("pr-no-url", what = what))
    } else if url
        .chars()
        .any(|c| c.is_whitespace() || crate::data::model::text::is_unsafe(c))
    {
        Some(crate::tr!("pr-url-unsafe"))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A whole number reads as the float parser reads it, up to 15 digits; the limits hold.
    #[test]
    fn whole_numbers_read_as_the_float_parser_reads_them() {
        for text in [
            "0",
            "7",
            "1429",
            "000123",
            "999999999999999",
            "100000000000000",
        ] {
            assert_eq!(parse_value(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in [
            "",
            "1000000000000000",
            "-5",
            "+5",
            "1,429",
            "1e3",
            "١٢",
            " 5",
        ] {
            assert_eq!(parse_value(text), None, "{text}");
        }
        assert_eq!(parse_value("271.25"), Some(271.25));
    }

    /// The byte reader takes exactly what chrono's `%Y-%m-%d` took in that form, and no
    /// sign, short field, other digit or impossible day.
    #[test]
    fn a_day_is_read_as_chrono_reads_the_strict_form() {
        for text in [
            "2024-02-29",
            "2023-12-31",
            "1900-01-01",
            "2199-12-31",
            "0001-01-01",
        ] {
            let chrono = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
            assert_eq!(day_of(text), chrono, "{text}");
            assert!(day_of(text).is_some(), "{text}");
        }
        for text in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-05",
            "+024-01-01",
            "2024-01-1x",
            "２０２４-01-01",
            "2024/01/01",
            "",
        ] {
            assert_eq!(day_of(text), None, "{text}");
        }
    }

    #[test]
    fn source_urls_fast_and_slow_paths_agree_on_what_is_refused() {
        let bad = |u: &str| source_url_problem(u, "figure").is_some();
        assert!(!bad("https://spring96.org/en/news/114277?a=1#x"));
        assert!(!bad("https://example.org/ü/kulša"));
        for refused in [
            "",
            "   ",
            "https://a b",
            "https://a\tb",
            "https://a\x1b[31m",
            "https://a\x7f",
            "https://a\u{202e}b",
            "https://a\u{a0}b",
        ] {
            assert!(bad(refused), "{refused:?}");
        }
    }

    #[test]
    fn values_are_plain_decimals() {
        assert_eq!(parse_value("1429"), Some(1429.0));
        assert_eq!(parse_value("271.25"), Some(271.25));
        assert_eq!(parse_value("999999999999999"), Some(999_999_999_999_999.0));
        assert_eq!(parse_value("9999999999999.99"), Some(9_999_999_999_999.99));
        for bad in [
            "1,429",
            "-5",
            "NaN",
            "1e309",
            "",
            " 5",
            ".5",
            "5.",
            "inf",
            "1.2.3",
            "999999999999999.99",
            "0.0000000000000001",
        ] {
            assert_eq!(parse_value(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn as_of_days_are_measured_from_the_month() {
        let feb = Month::new(2024, 2).unwrap();
        assert_eq!(days_outside(feb, "2024-02-29"), Some(0));
        assert_eq!(days_outside(feb, "2024-03-05"), Some(5));
        assert_eq!(days_outside(feb, "2024-01-01"), Some(31));
        assert_eq!(days_outside(feb, "2024-02-30"), None);
        assert_eq!(days_from_month_end(feb, "2024-02-21"), 8);
        assert_eq!(days_from_month_end(feb, "2024-03-02"), 2);
        assert_eq!(days_from_month_end(feb, ""), 0);
    }
}
