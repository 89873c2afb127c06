//! Identical rows in one snapshot file. A repeated row would count a figure twice, so it is
//! reported; rows a load does not keep are checked too, without holding them in memory.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::data::load::csvfile;
use crate::data::load::row::Row;
use crate::data::model::columns::SNAPSHOT_HEADERS;
use crate::data::model::figure::Figure;
use crate::data::model::problem::Problem;

/// Where a record is: its place among the records the reader handed over (two records can
/// start on one line: a lone CR ends a record, not a line) and its line, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At {
    /// 0-based place among the file's well-formed records.
    pub record: usize,
    /// 1-based line the record starts on.
    pub line: u64,
}

/// Two unkept rows with equal hashes, and where in the problem list a confirmed repeat goes.
#[derive(Debug, Clone, Copy)]
struct Suspect {
    first: At,
    repeat: At,
    slot: usize,
}

/// Identical rows in one file: found by hash, confirmed on the figures for kept rows and, for
/// rows not kept, by reading the file again (only when two hashes meet, which is rare).
#[derive(Default)]
pub struct Duplicates {
    /// Row hash to (index of the kept figure, where the row is).
    seen: FxHashMap<u64, (Option<usize>, At)>,
    /// Further rows whose hash met an earlier, different row's (a 64-bit collision: almost
    /// never, but then the earlier row must stay findable, or a later repeat of it hides).
    collided: Vec<(u64, Option<usize>, At)>,
    /// Unkept rows whose hash was seen before.
    suspects: Vec<Suspect>,
}

impl Duplicates {
    /// A check sized for a file of `bytes`: rows of a snapshot are about 100 bytes or more,
    /// so the table of row hashes is made once instead of grown and rehashed as rows come.
    pub fn for_bytes(bytes: usize) -> Duplicates {
        let mut d = Duplicates::default();
        d.seen.reserve(bytes / 100 + 1);
        d
    }

    /// Whether the row `at` repeats an earlier kept row (then reported); unkept rows with a
    /// known hash are noted for [`Duplicates::confirm_unkept`].
    pub fn is_repeat(
        &mut self,
        at: At,
        fields: &Row<'_>,
        kept: (Option<&Figure>, &[Figure]),
        report: (&str, &mut Vec<Problem>),
    ) -> bool {
        self.is_repeat_hashed(row_hash(fields), at, kept, report)
    }

    /// [`Duplicates::is_repeat`] for a row whose hash is `key`: every earlier row with that
    /// hash is compared, so equal hashes alone never decide.
    fn is_repeat_hashed(
        &mut self,
        key: u64,
        at: At,
        (figure, figures): (Option<&Figure>, &[Figure]),
        (name, problems): (&str, &mut Vec<Problem>),
    ) -> bool {
        let Some(&head) = self.seen.get(&key) else {
            self.seen.insert(key, (figure.map(|_| figures.len()), at));
            return false;
        };
        let more = self
            .collided
            .iter()
            .filter(|c| c.0 == key)
            .map(|c| (c.1, c.2));
        let earlier: Vec<(Option<usize>, At)> = std::iter::once(head).chain(more).collect();
        for (index, first) in earlier {
            match (index, figure) {
                (Some(i), Some(f)) if figures[i] == *f => {
                    problems.push(repeat_problem(name, first, at));
                    return true;
                }
                (None, None) => {
                    let slot = problems.len();
                    self.suspects.push(Suspect {
                        first,
                        repeat: at,
                        slot,
                    });
                    return false;
                }
                _ => {}
            }
        }
        self.collided.push((key, figure.map(|_| figures.len()), at));
        false
    }

    /// Reads the file again for the suspected repeats among unkept rows and reports those
    /// whose fields are identical, each where it would have been reported had the rows been
    /// kept (so the problem list does not depend on what a load keeps).
    pub fn confirm_unkept(self, name: &str, text: &str, problems: &mut Vec<Problem>) {
        if self.suspects.is_empty() {
            return;
        }
        let wanted: FxHashSet<usize> = self
            .suspects
            .iter()
            .flat_map(|s| [s.first.record, s.repeat.record])
            .collect();
        let mut rows: FxHashMap<usize, Vec<String>> = FxHashMap::default();
        let mut record = 0usize;
        csvfile::for_each_record_of(name, text, &SNAPSHOT_HEADERS, &mut Vec::new(), |_, f, _| {
            if wanted.contains(&record) {
                rows.insert(record, f.to_strings());
            }
            record += 1;
        });
        // From the last slot back, so earlier slots stay where they were.
        for s in self.suspects.iter().rev() {
            if let (Some(a), Some(b)) = (rows.get(&s.first.record), rows.get(&s.repeat.record))
                && a == b
            {
                problems.insert(s.slot, repeat_problem(name, s.first, s.repeat));
            }
        }
    }
}

fn repeat_problem(name: &str, first: At, repeat: At) -> Problem {
    let msg = crate::tr!("pr-duplicate", line = first.line.to_string());
    Problem::at(name, repeat.line, None, msg)
}

/// A row's hash: each field's bytes, read where they are in the file, each followed by 0xFF
/// (a byte UTF-8 text never holds), so equal rows hash alike however they were quoted and
/// `a,bc` differs from `ab,c`. (Joining the fields first, to hash them in one write, cost
/// more than the writes it saves; a hand-written word fold measured no faster.)
fn row_hash(fields: &Row<'_>) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    for f in fields.bytes() {
        h.write(f);
        h.write_u8(0xFF);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::snapshot::{Rules, parse_snapshot_with};
    use crate::data::model::month::Month;

    /// Equal rows hash alike; the same bytes cut into other fields do not.
    #[test]
    fn a_row_hash_sees_where_fields_end() {
        let row = |f: &[&str]| row_hash(&Row::of(f));
        assert_eq!(row(&["a", "bc", ""]), row(&["a", "bc", ""]));
        assert_ne!(row(&["a", "bc"]), row(&["ab", "c"]));
        assert_ne!(row(&["a", "bc", ""]), row(&["a", "", "bc"]));
        assert_ne!(
            row(&["abcdefgh1"]),
            row(&["abcdefgh2"]),
            "the tail past 8 bytes counts"
        );
    }

    const ROW: &str = "detentions,,5,exact,https://a,T,,n\n";

    /// A repeat written with other quotes is the same row; two rows whose fields join to the
    /// same text (a comma moved from one field into the next) are not repeats, kept or not.
    #[test]
    fn repeats_are_rows_of_equal_fields_however_quoted() {
        let header = crate::data::model::columns::SNAPSHOT_HEADER_V1.join(",");
        let quoted = ROW.replace(",n\n", ",\"n\"\n");
        let text = format!("{header}\n{ROW}{quoted}");
        let expected = ["2024-02.csv:3: duplicate of line 2 (identical row)"];
        assert_eq!(problems(&text, &|_| true), expected);
        assert_eq!(problems(&text, &|_| false), expected);
        let a = "detentions,,5,exact,https://a,\"T,\",,n\n";
        let b = "detentions,,5,exact,https://a,T,,\",n\"\n";
        let text = format!("{header}\n{a}{b}");
        assert!(problems(&text, &|_| true).is_empty());
        assert!(problems(&text, &|_| false).is_empty());
    }

    fn problems(text: &str, keep: &dyn Fn(&str) -> bool) -> Vec<String> {
        let rules = Rules {
            name: "2024-02.csv",
            month: Month::new(2024, 2).unwrap(),
            catalog: None,
        };
        let mut problems = Vec::new();
        let mut interner = crate::data::model::intern::Interner::default();
        parse_snapshot_with(&rules, text.as_bytes(), keep, &mut interner, &mut problems);
        problems.iter().map(ToString::to_string).collect()
    }

    /// Kept or not, a repeat is reported at its line, in line order with other problems; rows
    /// that only look alike (same metric, another value) are not repeats.
    #[test]
    fn repeats_are_found_whether_kept_or_not() {
        let text = format!(
            "{}\n{ROW}detentions,,x,exact,https://a,T,,n\n{ROW}{}{ROW}",
            crate::data::model::columns::SNAPSHOT_HEADER_V1.join(","),
            ROW.replace(",5,", ",6,"),
        );
        let all = problems(&text, &|_| true);
        let none = problems(&text, &|_| false);
        assert_eq!(all, none);
        assert_eq!(
            all,
            [
                "2024-02.csv:3: value: value \"x\" is not a number (plain digits, at most 15 significant)",
                "2024-02.csv:4: duplicate of line 2 (identical row)",
                "2024-02.csv:6: duplicate of line 2 (identical row)",
            ]
        );
    }

    /// In a file with LF line ends a lone CR ends a record but not a line, so a repeat and a
    /// malformed record can share a line: the order of their problems must still not depend on
    /// what is kept (found by the snapshot fuzzer; fuzz/seeds/snapshot/lone-cr-and-repeats.csv).
    #[test]
    fn problems_on_one_line_keep_their_order() {
        let text = format!(
            "{}\n{ROW}{}\rbad\n",
            crate::data::model::columns::SNAPSHOT_HEADER_V1.join(","),
            ROW.trim_end()
        );
        let expected = [
            "2024-02.csv:3: duplicate of line 2 (identical row)",
            "2024-02.csv:3: 1 fields, expected 8",
        ];
        assert_eq!(problems(&text, &|_| true), expected);
        assert_eq!(problems(&text, &|_| false), expected);
    }

    /// Two unkept rows whose hashes meet but whose fields differ are not reported.
    #[test]
    fn a_shared_hash_alone_is_not_a_repeat() {
        let mut d = Duplicates::default();
        let at = |record, line| At { record, line };
        d.suspects.push(Suspect {
            first: at(0, 2),
            repeat: at(1, 3),
            slot: 0,
        });
        let text = format!(
            "{}\n{ROW}{}",
            crate::data::model::columns::SNAPSHOT_HEADER_V1.join(","),
            ROW.replace('5', "7")
        );
        let mut problems = Vec::new();
        d.confirm_unkept("x.csv", &text, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
    }

    /// Two different kept rows with one hash: a later repeat of the first is still found.
    #[test]
    fn a_hash_collision_between_kept_rows_does_not_hide_a_repeat() {
        let header = crate::data::model::columns::SNAPSHOT_HEADER_V1.join(",");
        let text = format!("{header}\n{ROW}{}", ROW.replace('5', "7"));
        let rules = Rules {
            name: "2024-02.csv",
            month: Month::new(2024, 2).unwrap(),
            catalog: None,
        };
        let mut interner = crate::data::model::intern::Interner::default();
        let figures = parse_snapshot_with(
            &rules,
            text.as_bytes(),
            &|_| true,
            &mut interner,
            &mut Vec::new(),
        );
        assert_eq!(figures.len(), 2);
        let (a, b) = (&figures[0], &figures[1]);
        let mut d = Duplicates::default();
        let mut problems = Vec::new();
        let at = |record, line| At { record, line };
        let mut kept: Vec<Figure> = Vec::new();
        for (i, f) in [a, b, a].into_iter().enumerate() {
            let report = ("x.csv", &mut problems);
            if !d.is_repeat_hashed(42, at(i, i as u64 + 2), (Some(f), &kept), report) {
                kept.push(f.clone());
            }
        }
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["x.csv:4: duplicate of line 2 (identical row)"]);
        assert_eq!(kept.len(), 2);
    }
}
