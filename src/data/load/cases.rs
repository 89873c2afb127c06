//! The case register (`data/cases.csv`): individual documented events with the articles
//! charged. A sample of what monitors record, never a national total.

use crate::data::model::columns::CASES_HEADER;
use crate::data::model::intern::Text;

use crate::data::load::csvsplit;
use crate::data::model::fields::month_of_date;
use crate::data::model::intern::Interner;
use crate::data::model::month::Month;
use crate::data::model::problem::Problem;
use crate::data::model::text::shown;

/// One documented event about one person. Texts are shared ([`Text`], one pointer each):
/// events, courts, sources and notes repeat across many rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    /// `YYYY-MM-DD` when known, else empty.
    pub date: Text,
    /// The month of the event.
    pub month: Month,
    /// The person as the source spells the name.
    pub person: Text,
    /// `detained`, `convicted`, `released`, `pardoned`, `expelled` ...
    pub event: Text,
    /// Articles charged, base numbers; Administrative Code ones prefixed `adm:`. Held in
    /// the case up to two (most cases name one or two), on the heap beyond.
    pub articles: Articles,
    /// The same articles as indices into `Store::case_articles`, filled when the store is
    /// built, so filtering and counting a large register compares numbers, not strings.
    pub article_ids: ArticleIds,
    /// Sentence (or term served) in months, when given; decimal where days were added
    /// ("a year and five days" is 12.2).
    pub sentence_months: Option<f64>,
    /// Court, when given.
    pub court: Text,
    /// Where the event is documented.
    pub source_url: Text,
    /// Short paraphrase.
    pub note: Text,
}

/// A case's articles: as wide as a `Vec` (three words), with no allocation for up to two.
pub type Articles = smallvec::SmallVec<[Text; 2]>;

/// A case's article numbers: as wide as a `Vec`, with no allocation for up to four. At 1000x
/// a list on the heap per case was 386,000 allocations when the store was built.
pub type ArticleIds = smallvec::SmallVec<[u32; 4]>;

/// Decides from a valid row's articles cell (`342;361-1`) whether the case is kept.
pub type KeepCase<'a> = &'a (dyn Fn(&str) -> bool + Sync);

/// Parses cases.csv, keeping only the cases `keep` accepts (the article filter of an export);
/// every row is validated all the same, and bad rows are reported into `problems`.
pub fn parse_cases_with(
    name: &str,
    bytes: &[u8],
    keep: KeepCase,
    problems: &mut Vec<Problem>,
) -> Vec<Case> {
    // A large register (the synthetic 1000x one is 50 MB) is read on every core.
    let read_share = |share: csvsplit::Share<'_>, problems: &mut Vec<Problem>| {
        // Room for a row of every ROW_BYTES: untouched room is never faulted in, while a
        // list grown by doubling copied its cases into fresh memory over and over.
        let mut out = Vec::with_capacity(share.approx_len() / ROW_BYTES + 1);
        let mut interner = Interner::default();
        csvsplit::for_each_body_record(name, share, &CASES_HEADER, problems, |line, f, p| {
            out.extend(parse_case((name, line), f, keep, &mut interner, p));
        });
        out
    };
    let shares = csvsplit::read_in_parallel(name, bytes, &CASES_HEADER, problems, read_share);
    // The later shares are appended to the first: growing it moves its pages without
    // copying them (collecting every share into a new list copied all 46 MB at 1000x).
    let mut shares = shares.unwrap_or_default().into_iter();
    let mut cases = shares.next().unwrap_or_default();
    shares.for_each(|share| cases.extend(share));
    cases
}

/// About half the bytes of a register row (the real register's average 150, the synthetic
/// one's 129): room reserved beyond what is used costs address space only, never faulted
/// in, and a register of shorter rows grows its list as before.
const ROW_BYTES: usize = 64;

pub(super) fn parse_case(
    (name, line): (&str, u64),
    fields: &crate::data::load::row::Row<'_>,
    keep: KeepCase,
    interner: &mut Interner,
    problems: &mut Vec<Problem>,
) -> Option<Case> {
    let f = |i: usize| fields.get(i).unwrap_or("");
    let before = problems.len();
    let mut bad =
        |field: &str, msg: String| problems.push(Problem::at(name, line, Some(field), msg));
    let month = f(1)
        .parse::<Month>()
        .map_err(|e| bad("month", e.to_string()))
        .ok();
    check_date(f(0), f(1), month, &mut bad);
    check_articles(f(4), &mut bad);
    let sentence_months = parse_sentence(f(5), &mut bad);
    if let Some(msg) = crate::data::model::fields::source_url_problem(f(7), "case") {
        bad("source_url", msg);
    }
    if problems.len() > before || !keep(f(4)) {
        return None;
    }
    Some(Case {
        date: interner.get_in(0, f(0)),
        month: month?,
        person: Text::from(f(2)),
        event: interner.get_in(3, f(3)),
        articles: articles_of(f(4)).map(|a| interner.get_in(4, a)).collect(),
        article_ids: ArticleIds::new(),
        sentence_months,
        court: interner.get_in(6, f(6)),
        source_url: interner.get_in(7, f(7)),
        note: interner.get_in(8, f(8)),
    })
}

/// A case's day, when given, must be a date in its month.
fn check_date(
    date: &str,
    month_cell: &str,
    month: Option<Month>,
    bad: &mut impl FnMut(&str, String),
) {
    if !date.is_empty() && month_of_date(date) != month {
        let msg = crate::tr!(
            "pr-case-date",
            date = shown(date),
            month = shown(month_cell)
        );
        bad("date", msg);
    }
}

/// The article numbers of a cell: `342;361-1` is 342 and 361-1.
fn articles_of(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(';').filter(|a| !a.is_empty())
}

/// Reports the first article of a cell that is not an article number.
fn check_articles(cell: &str, bad: &mut impl FnMut(&str, String)) {
    if let Some(a) = articles_of(cell).find(|a| !crate::data::model::fields::article_is_valid(a)) {
        bad("articles", crate::tr!("pr-article", article = shown(a)));
    }
}

/// An empty sentence is unknown; anything else must be a number of months.
fn parse_sentence(text: &str, bad: &mut impl FnMut(&str, String)) -> Option<f64> {
    if text.is_empty() {
        return None;
    }
    let parsed = crate::data::model::fields::parse_value(text);
    if parsed.is_none() {
        let value = shown(text);
        bad("sentence_months", crate::tr!("pr-sentence", value = value));
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A load moves every case (386,000 at 1000x) at least once: held inline, a case's two
    /// lists must not make it wider than with two heap lists (15 words), and up to two
    /// articles and four numbers need no allocation.
    #[test]
    fn a_case_stays_fifteen_words_and_short_lists_stay_inline() {
        assert!(std::mem::size_of::<Case>() <= 15 * std::mem::size_of::<usize>());
        let articles: Articles = ["342", "361-1"].into_iter().map(Text::from).collect();
        let ids: ArticleIds = [1, 2, 3, 4].into_iter().collect();
        assert!(!articles.spilled() && !ids.spilled());
    }

    /// A register big enough to be read in parallel, with quoted newlines and bad rows at known
    /// lines: the parallel read must number lines exactly as a file reader would.
    #[test]
    fn parallel_read_keeps_order_and_line_numbers() {
        let mut text = CASES_HEADER.join(",") + "\n";
        let mut line = 2u64;
        let mut bad_lines = Vec::new();
        let rows = 40_000;
        for i in 0..rows {
            if i % 9_001 == 17 {
                text.push_str(&format!(
                    ",2024-13,P{i},convicted,342,,,https://a,bad month\n"
                ));
                bad_lines.push(line);
                line += 1;
            } else if i % 997 == 0 {
                text.push_str(&format!(
                    ",2024-01,P{i},convicted,342,,,https://a,\"two\nlines, \"\"quoted\"\"\"\n"
                ));
                line += 2;
            } else {
                text.push_str(&format!(
                    "2024-01-15,2024-01,P{i},convicted,342;411,12.5,Court,https://a,n\n"
                ));
                line += 1;
            }
        }
        assert!(text.len() > csvsplit::PARALLEL_FROM);
        let mut problems = Vec::new();
        let cases = parse_cases_with("c.csv", text.as_bytes(), &|_| true, &mut problems);
        assert_eq!(cases.len(), rows - bad_lines.len());
        let persons: Vec<usize> = cases
            .iter()
            .map(|c| c.person[1..].parse().unwrap())
            .collect();
        assert!(persons.windows(2).all(|w| w[0] < w[1]), "file order kept");
        let lines: Vec<Option<u64>> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, bad_lines.into_iter().map(Some).collect::<Vec<_>>());
        assert!(cases.iter().any(|c| &*c.note == "two\nlines, \"quoted\""));
    }
}
