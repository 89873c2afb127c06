//! Tests of cutting a large CSV body into shares read side by side.

use super::*;

#[test]
fn cuts_fall_on_record_boundaries() {
    let text = format!("h1,h2\n{}", "a,\"x\ny\"\n".repeat(1000));
    let first = Share {
        text: &text,
        from: 6,
        lines: 1,
        until: None,
        may_have_cr: false,
    };
    for n in [2, 3, 7] {
        let targets = share_targets(6, text.len(), n);
        assert_eq!(targets.len(), n - 1, "{n} shares");
        let cuts: Vec<(usize, u64)> = targets.iter().filter_map(|&t| cut_at(first, t)).collect();
        assert_eq!(cuts.len(), n - 1, "a cut for every target");
        assert!(cuts.windows(2).all(|w| w[0].0 < w[1].0), "{cuts:?}");
        for &(c, lines) in &cuts {
            assert_eq!(text.as_bytes()[c - 1], b'\n');
            assert_eq!(lines, line_at(&text, c), "the LFs before the cut at {c}");
            assert_eq!(
                text[..c].matches('"').count() % 2,
                0,
                "cut at {c} is inside quotes"
            );
        }
    }
}

/// Later shares start later than an even split would start them (their threads walk to
/// them first), and on two cores the first share is a little over half.
#[test]
fn targets_leave_the_walking_threads_less_to_read() {
    let two = share_targets(100, 1100, 2);
    assert!((600..=650).contains(&two[0]), "{two:?}");
    let eight = share_targets(0, 8000, 8);
    let sizes: Vec<usize> = std::iter::once(0)
        .chain(eight.iter().copied())
        .chain([8000])
        .collect::<Vec<_>>()
        .windows(2)
        .map(|w| w[1] - w[0])
        .collect();
    assert!(sizes.windows(2).all(|w| w[0] > w[1]), "{sizes:?}");
    assert_eq!(share_targets(6, 8, 3), [7, 7], "a two-byte body");
}
