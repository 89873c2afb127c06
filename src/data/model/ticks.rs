//! Round axis ticks (1-2-5 steps), shared by the terminal chart and the chart images so both
//! label the same values.

/// Round tick values covering `lo..=hi`: 1, 2 or 5 times a power of ten apart, at least three
/// of them and about `target`, never closer than 1 (the series are counts of people and cases).
pub fn nice_ticks(lo: f64, hi: f64, target: usize) -> Vec<f64> {
    let hi = if hi > lo { hi } else { lo + 1.0 };
    let target = target.max(3);
    let mut steps = step_ladder((hi - lo) / (target - 1) as f64);
    let mut ticks = ticks_with(lo, hi, steps.0);
    // The smallest round step at or above the raw step can leave only two ticks: go one rung
    // down the 1-2-5 ladder until there are three.
    while ticks.len() < 3 && steps.0 > 1.0 {
        steps = step_ladder(steps.0 * 0.99 / 2.5);
        ticks = ticks_with(lo, hi, steps.0);
    }
    ticks
}

/// The smallest 1-2-5 step at or above `raw` (at least 1), and its power of ten.
fn step_ladder(raw: f64) -> (f64, f64) {
    let raw = raw.max(1.0);
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * magnitude);
    (step, magnitude)
}

fn ticks_with(lo: f64, hi: f64, step: f64) -> Vec<f64> {
    let first = (lo / step).floor() as i64;
    let last = (hi / step).ceil() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}
