//! Text from data files is untrusted: these helpers make it safe for terminals and spreadsheets.

/// Removes characters that could drive a terminal: C0/C1 controls (ESC, BEL, CR, backspace ...),
/// DEL, and Unicode bidi overrides/isolates that can reorder what a reader sees.
/// Tabs and newlines become spaces so a cell stays on one line.
pub fn clean(text: &str) -> String {
    cleaned(text).into_owned()
}

/// [`clean`] without a copy when there is nothing to clean: a streamed cases export writes
/// nine cells a case, and two copies of each were most of its allocations.
pub fn cleaned(text: &str) -> std::borrow::Cow<'_, str> {
    // Printable ASCII holds nothing to clean, and most cells are just that: one pass with no
    // early exit, which the compiler checks many bytes at a time, decides it (a character at
    // a time this was 5,000 instructions a case of a cases export).
    if text
        .bytes()
        .fold(true, |plain, b| plain & (0x20..0x7f).contains(&b))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(clean_chars(text))
}

/// [`clean`] a character at a time.
fn clean_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\t' || c == '\n' {
            out.push(' ');
        } else if !is_unsafe(c) {
            out.push(c);
        }
    }
    out
}

/// Anything repdash prints (reports, paths, config values, error texts): line breaks kept,
/// every other control, escape and bidi character removed, as for data on screen.
pub fn terminal_safe(text: &str) -> String {
    text.split('\n').map(clean).collect::<Vec<_>>().join("\n")
}

/// Data text quoted in a message: cleaned, and cut at 60 characters so a 50 MB field cannot
/// flood the terminal.
pub fn shown(text: &str) -> String {
    shown_up_to(text, 60)
}

/// Data text quoted in a message, cut at `max` characters (a header gets more room than a
/// field, so a near miss can be read).
pub fn shown_up_to(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max + 1).collect();
    if out.chars().count() > max {
        out = out.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
    }
    clean(&out)
}

/// Whether `c` must never reach a terminal.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Makes a text cell safe to open in a spreadsheet (OWASP CSV-injection advice): a cell whose
/// first visible character is `=`, `+`, `-` or `@` gets a leading apostrophe so it stays text.
/// "Visible" looks through whitespace, control characters and invisible format characters
/// (zero-width spaces, bidi marks, BOM): a spreadsheet may drop those and then evaluate.
/// A cell that starts with an apostrophe followed by such a cell gets one more, so
/// [`unguard`] gives back exactly the text (the `--rows figures` -> `import` round trip).
pub fn neutralise_formula(cell: &str) -> String {
    guarded(cell).into_owned()
}

/// [`neutralise_formula`] without a copy when the cell needs no guard, as nearly none does:
/// the figures export writes 600,000 rows at 1000x.
pub fn guarded(cell: &str) -> std::borrow::Cow<'_, str> {
    if needs_guard(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// The one cell function of every CSV written for people (view, cases, summary, gaps):
/// cleaned of control and bidi characters first, then neutralised, so nothing removed later
/// can uncover a formula.
pub fn spreadsheet_cell(text: &str) -> String {
    spreadsheet_text(text).into_owned()
}

/// [`spreadsheet_cell`] without a copy for a cell that needs neither cleaning nor a guard.
pub fn spreadsheet_text(text: &str) -> std::borrow::Cow<'_, str> {
    match cleaned(text) {
        std::borrow::Cow::Borrowed(plain) => guarded(plain),
        std::borrow::Cow::Owned(cleaned) => std::borrow::Cow::Owned(neutralise_formula(&cleaned)),
    }
}

/// Whether a cell is a plain decimal number (`-187`, `0.1288`, `1452`): a spreadsheet reads
/// it as a number and can evaluate nothing in it, so the formula guard must leave it alone
/// (a guarded `'-187` is text, and a sum over the column silently skips it).
pub fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(int) && all_digits(frac)
}

/// A cell of a CSV for people that may hold a number: a plain number as it is, any other
/// text through [`spreadsheet_cell`].
pub fn spreadsheet_value(text: &str) -> String {
    if is_plain_number(text) {
        text.to_string()
    } else {
        spreadsheet_cell(text)
    }
}

/// Undoes [`neutralise_formula`] on a cell read back by `import`: one leading apostrophe goes
/// when the rest is a cell that needed it; any other text is kept as it is.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => cell,
    }
}

/// Whether a cell would be read as a formula, or is an apostrophe in front of one.
fn needs_guard(cell: &str) -> bool {
    let first_visible = cell
        .chars()
        .find(|c| !c.is_whitespace() && !is_invisible(*c));
    matches!(first_visible, Some('=' | '+' | '-' | '@'))
        || cell.starts_with(['\t', '\r'])
        || cell.strip_prefix('\'').is_some_and(needs_guard)
}

/// Characters that show nothing: controls, bidi marks and format characters.
fn is_invisible(c: char) -> bool {
    is_unsafe(c)
        || matches!(
            c,
            '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
        )
}

/// Whether a source URL may become a link in a report: exactly `http://` or `https://` in
/// front (lower case, nothing before it) and no space or control character in it. Every
/// writer that makes links (Markdown autolinks, HTML anchors) asks this one function; any
/// other URL (`javascript:`, `HTTP:`, ` https:`, `file:`) is written as plain text.
pub fn is_web_link(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || is_unsafe(c) || c.is_control())
}

/// Formats a number for people: thousands separators, decimals only where the value has them.
pub fn format_number(value: f64) -> String {
    let negative = value < 0.0;
    let abs = value.abs();
    let rounded = (abs * 100.0).round() / 100.0;
    let int = rounded.trunc() as u64;
    let frac = ((rounded - rounded.trunc()) * 100.0).round() as u64;
    // English groups with a comma and a decimal point; Belarusian and Russian with a
    // no-break space and a decimal comma ("1 429", "271,25"), never a dot.
    let (group, point) = if crate::data::model::lang::current().spaced_numbers() {
        ('\u{a0}', ',')
    } else {
        (',', '.')
    };
    let digits = int.to_string();
    let mut grouped = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(group);
        }
        grouped.push(d);
    }
    let sign = if negative && (int > 0 || frac > 0) {
        "-"
    } else {
        ""
    };
    match frac {
        0 => format!("{sign}{grouped}"),
        f if f % 10 == 0 => format!("{sign}{grouped}{point}{}", f / 10),
        f => format!("{sign}{grouped}{point}{f:02}"),
    }
}

/// Formats a change with an explicit sign (`+12`, `-1,024`, `0`).
pub fn format_change(delta: f64) -> String {
    if delta > 0.0 {
        format!("+{}", format_number(delta))
    } else {
        format_number(delta)
    }
}

/// A signed number with one decimal (`+12.9`, `-0.5`), the decimal point of the reader's
/// language (`+12,9` in Belarusian and Russian): percentages of a change.
pub fn format_signed_tenths(value: f64) -> String {
    let s = format!("{value:+.1}");
    if crate::data::model::lang::current().spaced_numbers() {
        s.replace('.', ",")
    } else {
        s
    }
}

/// What a command counts when it says what it wrote or found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// Rows of a table.
    Rows,
    /// Figures (readings) of the snapshots.
    Figures,
    /// Cases of the register.
    Cases,
    /// Documented cases, as the register's listing says.
    DocumentedCases,
}

/// "1 case", "2 cases", "5 спраў": a count with its noun in the plural form the count takes
/// in the reader's language.
pub fn count_of(n: usize, what: Counted) -> String {
    let (count, form) = (n.to_string(), crate::data::model::plural::form(n));
    match what {
        Counted::Rows => crate::tr!("copy-rows", n = count, form = form),
        Counted::Figures => crate::tr!("count-figures", n = count, form = form),
        Counted::Cases => crate::tr!("count-cases", n = count, form = form),
        Counted::DocumentedCases => crate::tr!("count-documented-cases", n = count, form = form),
    }
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
