//! The order of a metric's readings: by article, then month, then the month's primary reading
//! first. Decided here once; `query::reading` and every output read the order it leaves.

use crate::data::model::intern::Text;

use rustc_hash::FxHashMap;

use crate::data::model::catalog::Kind;
use crate::data::model::figure::Figure;

/// Orders figures by (article, month) and, inside one month, puts the month's reading first:
/// the one closest to month end (undated counts as month end), then exact before a bound or
/// an approximation, then Viasna's own page, then the latest published, then file order (the
/// order is stable). For a flow an undated (whole-month) row comes before every dated batch,
/// even one of the month's last day: it is the month's figure and the batches only support it
/// (rule 3). `query::reading` builds the month's figure from this order.
///
/// Done in steps because one sort of every figure by the whole key (two shared texts and the
/// source's host) took 24 ms for the 83,000 figures of one metric at 1000x. The loader hands
/// over each metric's figures already in (article, month) order, so that order is checked in
/// one pass and made only when it is missing, by a stable sort on a number (the article's
/// place and the month); the whole key is used only inside each (article, month) run of
/// more than one reading, a few figures long.
pub fn rank_sources(figures: &mut [Figure], kind: Kind) {
    let ordered = figures.windows(2).all(|w| {
        let (a, b) = (&w[0], &w[1]);
        if Text::ptr_eq(&a.article, &b.article) {
            a.month <= b.month
        } else {
            (&*a.article, a.month) <= (&*b.article, b.month)
        }
    });
    if !ordered {
        let places = article_places(figures);
        let place = |f: &Figure| places.get(&*f.article).copied().unwrap_or(u32::MAX);
        figures.sort_by_cached_key(|f| {
            let month = f.month.year() * 12 + f.month.month();
            (u64::from(place(f)) << 32) | u64::from(month)
        });
    }
    rank_runs(figures, kind == Kind::Flow);
}

/// Puts each (article, month) run's primary reading first, by the whole key.
fn rank_runs(figures: &mut [Figure], flow: bool) {
    let mut start = 0;
    while start < figures.len() {
        let first = &figures[start];
        let len = figures[start..]
            .iter()
            .take_while(|f| f.month == first.month && f.article == first.article)
            .count();
        if len > 1 {
            figures[start..start + len].sort_by_cached_key(|f| {
                let batch = flow && !f.as_of.is_empty();
                (batch, f.rank_key())
            });
        }
        start += len;
    }
}

/// Each distinct article's place in text order: the sort's first key, so figures are
/// compared as numbers, not as texts.
fn article_places(figures: &[Figure]) -> FxHashMap<Text, u32> {
    let mut places: FxHashMap<Text, u32> = FxHashMap::default();
    for f in figures {
        if !places.contains_key(&*f.article) {
            places.insert(Text::clone(&f.article), 0);
        }
    }
    let mut names: Vec<Text> = places.keys().cloned().collect();
    names.sort_unstable();
    for (i, name) in names.into_iter().enumerate() {
        places.insert(name, i as u32);
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::qualifier::Qualifier;
    use proptest::prelude::*;

    /// The order as first written: one stable sort on the whole key. The two-step sort must
    /// leave exactly this order.
    fn by_whole_key(figures: &mut [Figure], kind: Kind) {
        let flow = kind == Kind::Flow;
        figures.sort_by_cached_key(|f| {
            let batch = flow && !f.as_of.is_empty();
            (Text::clone(&f.article), f.month, batch, f.rank_key())
        });
    }

    fn figure((article, month, day, q, viasna, published, n): Spec) -> Figure {
        let text = |s: String| Text::from(s);
        let month = crate::data::model::month::Month::new(2024, month).unwrap();
        // Undated, early, and the last two days (a dated batch at month end ties an undated
        // row on distance: only the flow rule tells them apart).
        let last = [31, 29, 31][month.month() as usize - 1];
        let as_of = match [0, 1, last - 1, last][day as usize] {
            0 => String::new(),
            d => format!("{month}-{d:02}"),
        };
        let host = if viasna {
            "spring96.org"
        } else {
            "example.org"
        };
        Figure {
            month,
            metric: Text::from("m"),
            article: text(["", "342", "411"][article].to_string()),
            value: f64::from(n % 3),
            qualifier: [Qualifier::Exact, Qualifier::AtLeast, Qualifier::About][q],
            end_distance: crate::data::load::snapshot::end_distance(month, &as_of),
            as_of: text(as_of),
            source_url: text(format!("https://{host}/{n}")),
            source_title: text(format!("t{n}")),
            published: text(["", "2024-02-01", "2024-03-01"][published].to_string()),
            note: text(n.to_string()),
        }
    }

    type Spec = (usize, u32, u32, usize, bool, usize, u32);

    fn spec() -> impl Strategy<Value = Spec> {
        (
            0..3usize,
            1..4u32,
            0..4u32,
            0..3usize,
            any::<bool>(),
            0..3usize,
            0..50u32,
        )
    }

    proptest! {
        /// Any mix of articles, months, days, qualifiers, sites and dates, in any file order,
        /// is ordered exactly as the single sort on the whole key orders it.
        #[test]
        fn the_two_step_sort_orders_as_the_whole_key_does(
            specs in proptest::collection::vec(spec(), 0..40),
            flow in any::<bool>(),
        ) {
            let kind = if flow { Kind::Flow } else { Kind::Level };
            let mut fast: Vec<Figure> = specs.into_iter().map(figure).collect();
            let mut slow = fast.clone();
            rank_sources(&mut fast, kind);
            by_whole_key(&mut slow, kind);
            prop_assert_eq!(fast, slow);
        }
    }
}
