//! Any bytes as a three-column register: reading it in 2 to 8 shares gives exactly the
//! records, line numbers and problems of one reader (the cut points come from csv-core).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&shares, rest)) = data.split_first() else { return };
    let Ok(body) = std::str::from_utf8(rest) else { return };
    let text = format!("a,b,c\n{body}");
    let header = ["a", "b", "c"];
    let one = repdash::data::testing::split_read(&text, &header, 1);
    let many = repdash::data::testing::split_read(&text, &header, 2 + usize::from(shares % 7));
    assert_eq!(one, many);
});
