//! Where an unquoted field ends: the search the record reader makes once per field, so its
//! cost per call matters more than its speed per byte.

/// The first comma, quote or LF in `bytes` at or after `from` (`bytes.len()` if none). Most
/// fields are short: their first 32 bytes are looked at eight at a time in a plain integer
/// (a memchr call's setup was 64 instructions a field, 15% of a 100x export); a longer
/// field is searched on by memchr's SIMD search (an iterator over all hits measured slower:
/// it keeps state per hit).
pub(super) fn special_from(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    for _ in 0..4 {
        let Some(word) = bytes
            .get(at..at + 8)
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
        else {
            break;
        };
        let w = u64::from_le_bytes(word);
        let hits = zero_bytes(w ^ spread(b','))
            | zero_bytes(w ^ spread(b'"'))
            | zero_bytes(w ^ spread(b'\n'));
        if hits != 0 {
            return at + (hits.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let rest = bytes.get(at..).unwrap_or_default();
    memchr::memchr3(b',', b'"', b'\n', rest).map_or(bytes.len(), |i| at + i)
}

/// `b` in each of a word's eight bytes.
const fn spread(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// The high bit of each zero byte of `w` set (bits above the first zero byte may be set too,
/// but none below it, so the lowest set bit finds the first zero byte exactly).
const fn zero_bytes(w: u64) -> u64 {
    w.wrapping_sub(spread(1)) & !w & spread(0x80)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any text, from any byte: the same answer as a plain search.
        #[test]
        fn finds_what_a_plain_search_finds(text in "[a,\"\n\r é\u{80}-\u{ff}]{0,80}", from in 0..80usize) {
            let bytes = text.as_bytes();
            let from = from.min(bytes.len());
            let plain = bytes[from..]
                .iter()
                .position(|b| matches!(b, b',' | b'"' | b'\n'))
                .map_or(bytes.len(), |i| from + i);
            prop_assert_eq!(special_from(bytes, from), plain);
        }
    }
}
