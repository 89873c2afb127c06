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
        let mut pos = from as usize;
        while let Some(hit) = finder.find(&self.text[pos..to]) {
            let at = (pos + hit) as u32;
            // The key holding the hit: the last start at or before it.
            let key = self.starts.partition_point(|&s| s <= at) - 1;
            if let Some(slot) = out.get_mut(key - lo) {
                *slot = true;
            }
            // Go on from the next key: one hit per person is enough.
            pos = self.starts.get(key + 1).map_or(to, |&s| s as usize);
            if pos >= to {
                break;
            }
        }
        out
    }
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
}
