//! Any text through the person-search folding: no panic; composed and decomposed forms fold
//! alike, and folding is idempotent, so a name and a query meet in one form.
#![no_main]

use libfuzzer_sys::fuzz_target;
use repdash::data::testing::fold;
use unicode_normalization::UnicodeNormalization;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let folded = fold(text);
    assert_eq!(fold(&text.nfd().collect::<String>()), folded, "NFD folds as NFC");
    assert_eq!(fold(&folded), folded, "idempotent");
});
