//! Identical rows in one snapshot file. A repeated row would count a figure twice, so it is
//! reported; rows a load does not keep are checked too, without holding them in memory.

use rustc_hash::{FxHashMap, FxHashSet};

use super::csvfile;
use super::figure::Figure;
use super::problem::Problem;
use super::snapshot::SNAPSHOT_HEADER;

/// Identical rows in one file: found by hash, confirmed on the figures for kept rows and, for
/// rows not kept, by reading the file again (only when two hashes meet, which is rare).
#[derive(Default)]
pub struct Duplicates {
    /// Row hash to (index of the kept figure, line).
    seen: FxHashMap<u64, (Option<usize>, u64)>,
    /// (first line, repeat line) pairs of unkept rows with equal hashes.
    suspects: Vec<(u64, u64)>,
}

impl Duplicates {
    /// Whether the row at `line` repeats an earlier kept row (then reported); unkept rows with
    /// a known hash are noted for [`Duplicates::confirm_unkept`].
    pub fn is_repeat(
        &mut self,
        line: u64,
        fields: &csv::StringRecord,
        figure: Option<&Figure>,
        figures: &[Figure],
        (name, problems): (&str, &mut Vec<Problem>),
    ) -> bool {
        let key = row_hash(fields);
        if let Some(&(index, first)) = self.seen.get(&key) {
            match (index, figure) {
                (Some(i), Some(f)) if figures[i] == *f => {
                    let msg = format!("duplicate of line {first} (identical row)");
                    problems.push(Problem::at(name, line, None, msg));
                    return true;
                }
                (None, None) => {
                    self.suspects.push((first, line));
                    return false;
                }
                _ => {}
            }
        }
        let index = figure.map(|_| figures.len());
        self.seen.insert(key, (index, line));
        false
    }

    /// Reads the file again for the suspected repeats among unkept rows and reports those
    /// whose fields are identical, in line order with the file's other problems.
    pub fn confirm_unkept(self, name: &str, text: &str, problems: &mut Vec<Problem>, from: usize) {
        if self.suspects.is_empty() {
            return;
        }
        let wanted: FxHashSet<u64> = self.suspects.iter().flat_map(|&(a, b)| [a, b]).collect();
        let mut rows: FxHashMap<u64, csv::StringRecord> = FxHashMap::default();
        csvfile::for_each_record(name, text, &SNAPSHOT_HEADER, &mut Vec::new(), |l, f, _| {
            if wanted.contains(&l) {
                rows.insert(l, f.clone());
            }
        });
        for (first, line) in self.suspects {
            if let (Some(a), Some(b)) = (rows.get(&first), rows.get(&line))
                && a.iter().eq(b.iter())
            {
                let msg = format!("duplicate of line {first} (identical row)");
                problems.push(Problem::at(name, line, None, msg));
            }
        }
        problems[from..].sort_by_key(|p| p.line);
    }
}

fn row_hash(fields: &csv::StringRecord) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    for f in fields {
        f.hash(&mut h);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::super::month::Month;
    use super::super::snapshot::{Rules, parse_snapshot_with};
    use super::*;

    const ROW: &str = "detentions,,5,exact,https://a,T,,n\n";

    fn problems(text: &str, keep: &dyn Fn(&str) -> bool) -> Vec<String> {
        let rules = Rules {
            name: "2024-02.csv",
            month: Month::new(2024, 2).unwrap(),
            catalog: None,
        };
        let mut problems = Vec::new();
        let mut interner = super::super::intern::Interner::default();
        parse_snapshot_with(&rules, text.as_bytes(), keep, &mut interner, &mut problems);
        problems.iter().map(ToString::to_string).collect()
    }

    /// Kept or not, a repeat is reported at its line, in line order with other problems; rows
    /// that only look alike (same metric, another value) are not repeats.
    #[test]
    fn repeats_are_found_whether_kept_or_not() {
        let text = format!(
            "{}\n{ROW}detentions,,x,exact,https://a,T,,n\n{ROW}{}{ROW}",
            SNAPSHOT_HEADER.join(","),
            ROW.replace(",5,", ",6,"),
        );
        let all = problems(&text, &|_| true);
        let none = problems(&text, &|_| false);
        assert_eq!(all, none);
        assert_eq!(
            all,
            [
                "2024-02.csv:3: value: value \"x\" is not a number",
                "2024-02.csv:4: duplicate of line 2 (identical row)",
                "2024-02.csv:6: duplicate of line 2 (identical row)",
            ]
        );
    }

    /// Two unkept rows whose hashes meet but whose fields differ are not reported.
    #[test]
    fn a_shared_hash_alone_is_not_a_repeat() {
        let mut d = Duplicates::default();
        d.suspects.push((2, 3));
        let text = format!(
            "{}\n{ROW}{}",
            SNAPSHOT_HEADER.join(","),
            ROW.replace('5', "7")
        );
        let mut problems = Vec::new();
        d.confirm_unkept("x.csv", &text, &mut problems, 0);
        assert!(problems.is_empty(), "{problems:?}");
    }
}
