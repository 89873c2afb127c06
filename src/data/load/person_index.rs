//! Every case's person, folded once and laid end to end, so a name search is one substring
//! scan of a flat text (memchr's SIMD `memmem`) instead of a string compare per case: a letter
//! typed in the person search stays within a frame on a register of hundreds of thousands.

use memchr::memmem::Finder;

/// The folded persons of the register, in register order, each followed by a NUL (a folded
/// search text never holds one, so no hit spans two persons).
#[derive(Debug, Clone, Default)]
pub struct PersonIndex {
    /// The keys, NUL-terminated, end to end.
    text: Vec<u8>,
    /// Where each key starts in `text`, register order.
    starts: Vec<u32>,
}

impl PersonIndex {
    /// Builds the index from the folded keys, in register order.
    pub fn new<'a>(keys: impl Iterator<Item = &'a str>) -> PersonIndex {
        let mut index = PersonIndex::default();
        for key in keys {
            index.starts.push(index.text.len() as u32);
            index.text.extend(key.bytes().filter(|&b| b != 0));
            index.text.push(0);
        }
        index
    }

    /// Whether each case of `lo..hi` names `needle` (already folded), as a mask over `lo..hi`.
    pub fn matching(&self, needle: &str, lo: usize, hi: usize) -> Vec<bool> {
        let mut out = vec![needle.is_empty(); hi.saturating_sub(lo)];
        if needle.is_empty() || needle.contains('\0') || lo >= hi {
            return out;
        }
        let Some(&from) = self.starts.get(lo) else {
            return out;
        };
        let to = self.starts.get(hi).map_or(self.text.len(), |&s| s as usize);
        let finder = Finder::new(needle.as_bytes());
        let (mut pos, mut key) = (from as usize, lo);
        while let Some(hit) = finder.find(&self.text[pos..to]) {
            // The key holding the hit: the last start at or before it, searched from the key
            // the search went on from (a short needle hits nearly every person: a binary
            // search of all 386,000 starts a hit was most of a 1000x search key).
            key += last_at_or_before(&self.starts[key..], (pos + hit) as u32);
            if let Some(slot) = out.get_mut(key - lo) {
                *slot = true;
            }
            // Go on from the next key: one hit per person is enough.
            key += 1;
            pos = self.starts.get(key).map_or(to, |&s| s as usize);
            if pos >= to {
                break;
            }
        }
        out
    }
}

/// The place of the last of `starts` (ascending, the first at or before `at`) that is at or
/// before `at`: galloping from the front, so a hit in the next few keys costs a few steps.
fn last_at_or_before(starts: &[u32], at: u32) -> usize {
    let mut bound = 1;
    while bound < starts.len() && starts[bound] <= at {
        bound *= 2;
    }
    let from = bound / 2;
    let to = bound.min(starts.len());
    from + starts[from..to]
        .partition_point(|&s| s <= at)
        .saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_person_once_and_never_across_two() {
        let index = PersonIndex::new(["kulsha", "ivanova", "kulsha kulsha", "ab"].into_iter());
        assert_eq!(index.matching("kulsha", 0, 4), [true, false, true, false]);
        assert_eq!(index.matching("kulsha", 1, 3), [false, true]);
        // "a" + NUL + "iv" would span the first two persons: never a hit.
        assert_eq!(index.matching("aiv", 0, 4), [false; 4]);
        assert_eq!(index.matching("", 0, 2), [true, true]);
        assert_eq!(index.matching("b", 3, 4), [true]);
        assert_eq!(index.matching("x", 4, 4), Vec::<bool>::new());
    }

    proptest::proptest! {
        /// Over any names, needle and range, the mask is each name's own `contains`: the
        /// gallop from key to key finds the same person a search of all starts would.
        #[test]
        fn the_mask_is_each_names_contains(
            names in proptest::collection::vec("[ab ]{0,6}", 0..60),
            needle in "[ab]{1,3}",
            lo in 0..60usize,
            len in 0..60usize,
        ) {
            let index = PersonIndex::new(names.iter().map(String::as_str));
            let lo = lo.min(names.len());
            let hi = (lo + len).min(names.len());
            let want: Vec<bool> = names[lo..hi].iter().map(|n| n.contains(&needle)).collect();
            proptest::prop_assert_eq!(index.matching(&needle, lo, hi), want);
        }
    }
}
