//! One display-width rule for everything laid out in columns (screen tables, truncation, the
//! plain-text renderer, text reports): unicode-width's, the rule ratatui itself draws by, so an
//! emoji or a CJK Extension B character counts two columns, a combining accent or a zero-width
//! space none, and columns line up wherever the text is shown.

use unicode_width::UnicodeWidthStr;

/// How many terminal columns `text` takes.
pub fn display_width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` cut to at most `max` columns, ending in `…` when cut; never splits a wide character
/// across the limit, and keeps combining marks with their base.
pub fn cut_to_width(text: &str, max: usize) -> String {
    if display_width(text) <= max {
        return text.to_string();
    }
    let room = max.saturating_sub(1);
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    if max > 0 {
        out.push('…');
    }
    out
}

/// `text` padded with spaces to `width` columns, on the right (`left` aligned) or the left.
pub fn pad(text: &str, width: usize, left: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(display_width(text)));
    if left {
        format!("{text}{fill}")
    } else {
        format!("{fill}{text}")
    }
}

/// How many lines `text` takes when wrapped at words into `width` columns (a word wider than
/// the line is cut, as ratatui's word wrapper does): a footer is sized to show it whole.
pub fn wrapped_lines(text: &str, width: u16) -> usize {
    let width = usize::from(width);
    if width == 0 || text.trim().is_empty() {
        return 0;
    }
    let (mut lines, mut col) = (1, 0);
    for word in text.split_whitespace() {
        let w = display_width(word);
        if col == 0 {
            col = w;
        } else if col + 1 + w <= width {
            col += 1 + w;
        } else {
            lines += 1;
            col = w;
        }
        while col > width {
            lines += 1;
            col -= width;
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_combining_and_zero_width_characters_take_their_columns() {
        assert_eq!(display_width("abc"), 3);
        assert_eq!(display_width("日本"), 4);
        assert_eq!(display_width("\u{20000}"), 2, "CJK Extension B is wide");
        assert_eq!(display_width("😀"), 2);
        assert_eq!(
            display_width("e\u{301}"),
            1,
            "a combining accent adds nothing"
        );
        assert_eq!(
            display_width("a\u{200B}b"),
            2,
            "zero-width space adds nothing"
        );
    }

    #[test]
    fn cutting_counts_columns_and_never_splits_a_wide_character() {
        assert_eq!(cut_to_width("日本語テキスト", 5), "日本…");
        assert_eq!(display_width(&cut_to_width("日本語テキスト", 6)), 5);
        assert_eq!(cut_to_width("Kulše\u{301}x", 10), "Kulše\u{301}x");
        assert_eq!(cut_to_width("abcdef", 4), "abc…");
        assert_eq!(cut_to_width("abc", 0), "");
    }

    #[test]
    fn padding_fills_to_columns_not_characters() {
        assert_eq!(pad("日本", 6, true), "日本  ");
        assert_eq!(pad("e\u{301}", 3, false), "  e\u{301}");
    }
}
