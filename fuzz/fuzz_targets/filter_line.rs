//! Any text as the dashboard's filter line: no panic; what parses describes a sane range.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(line) = std::str::from_utf8(data) else { return };
    if let Ok(spec) = repdash::dash::filter_line::parse(line) {
        if let Some(r) = spec.range {
            assert!(r.from() <= r.to());
            assert_eq!(r.months().count(), r.len());
            assert_eq!(r.to_string().parse::<repdash::data::MonthRange>().ok(), Some(r));
        }
        if let Some(Some(a)) = spec.article {
            assert_eq!(a.to_string().parse::<repdash::data::ArticlePattern>().ok(), Some(a));
        }
    }
});
