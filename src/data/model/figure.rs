//! One sourced figure: a number about one month, with its qualifier and where it came from.

use crate::data::model::intern::Text;

use crate::data::model::month::Month;
use crate::data::model::qualifier::Qualifier;

/// A published figure as it stands in a month snapshot file. Texts are shared ([`Text`], one
/// pointer each): the same source page backs many figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The month the figure is about (not the month it was published).
    pub month: Month,
    /// Metric key from the catalog, e.g. `political_prisoners`.
    pub metric: Text,
    /// Criminal or Administrative Code article, empty for figures about all articles.
    pub article: Text,
    /// The number as published.
    pub value: f64,
    /// "at least", "over", "about" or exact: part of the figure.
    pub qualifier: Qualifier,
    /// The day the figure refers to (`YYYY-MM-DD`) where the source states one, else empty:
    /// a mid-month reading is not the month-end level, a dated batch is one event.
    pub as_of: Text,
    /// Days between `as_of` and the month's last day (0 when undated), computed once at load:
    /// ranking and same-day checks read it on every frame.
    pub end_distance: u16,
    /// Where the figure was read; never empty.
    pub source_url: Text,
    /// Title of the source page.
    pub source_title: Text,
    /// Publication date of the source (`YYYY-MM-DD`), empty when the page shows none.
    pub published: Text,
    /// Short paraphrase of what the source says about the figure.
    pub note: Text,
}

/// Where a reading stands among the readings of its month (rule 1), compared field by field
/// in this order: the smallest key is the month's figure. One type, so the sort and the words
/// that explain it ("because it is the reading closest to month end") cannot drift apart.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RankKey {
    /// Days from the as-of day to month end (undated counts as month end).
    pub end_distance: u16,
    /// A bound or an approximation ranks after an exact value.
    pub inexact: bool,
    /// Of two bounds the tighter first (the higher value; `over` before `at least` at one
    /// value); approximations after bounds. Values are finite and not negative (the loader
    /// checks), so their bit patterns order as the numbers do.
    pub looser: std::cmp::Reverse<(u64, bool)>,
    /// Another site ranks after Viasna's own page.
    pub not_viasna: bool,
    /// The latest published first; no date last.
    pub published: std::cmp::Reverse<(bool, Text)>,
}

impl Figure {
    /// This reading's place among its month's readings.
    pub fn rank_key(&self) -> RankKey {
        RankKey {
            end_distance: self.end_distance,
            inexact: self.qualifier != crate::data::model::qualifier::Qualifier::Exact,
            looser: std::cmp::Reverse(self.bound_key()),
            not_viasna: !self.is_viasna(),
            published: std::cmp::Reverse((
                !self.published.is_empty(),
                Text::clone(&self.published),
            )),
        }
    }

    /// How tight a bound is, for ranking: (value bits, over); (0, false) for other readings.
    fn bound_key(&self) -> (u64, bool) {
        use crate::data::model::qualifier::Qualifier::{AtLeast, Over};
        match self.qualifier {
            AtLeast | Over => (self.value.to_bits(), self.qualifier == Over),
            _ => (0, false),
        }
    }

    /// Whether the figure comes from Viasna's own site, the primary monitor for these series.
    pub fn is_viasna(&self) -> bool {
        let host = host(&self.source_url);
        host == "spring96.org" || host.ends_with(".spring96.org")
    }

    /// Value and qualifier as people read them, e.g. `≥1,429`.
    pub fn display_value(&self) -> String {
        format!(
            "{}{}",
            self.qualifier.mark(),
            crate::data::model::text::format_number(self.value)
        )
    }

    /// Same as [`Figure::display_value`] with ASCII marks (`>=1,429`) for plain-text output.
    pub fn ascii_value(&self) -> String {
        format!(
            "{}{}",
            self.qualifier.ascii_mark(),
            crate::data::model::text::format_number(self.value)
        )
    }

    /// The snapshot-file fields of this figure, in column order (used by import and tests).
    pub fn snapshot_fields(&self) -> [String; 9] {
        [
            self.metric.to_string(),
            self.article.to_string(),
            format_plain(self.value),
            self.qualifier.key().to_string(),
            self.as_of.to_string(),
            self.source_url.to_string(),
            self.source_title.to_string(),
            self.published.to_string(),
            self.note.to_string(),
        ]
    }
}

/// A value written back the way the data files write it: no separators, no trailing `.0`.
pub fn format_plain(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// `https://www.spring96.org/en/news/1` -> `spring96.org`: the one reading of a source's
/// host, so every output names a source the same way (and Viasna is recognised by it);
/// enough to tell two sources apart in a line of text, exports carry the full URLs.
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    // `spring96.org.` (a fully qualified name, as some rows give it) is spring96.org.
    let host = host.strip_suffix('.').unwrap_or(host);
    host.strip_prefix("www.").unwrap_or(host)
}

/// A figure with only its metric, article, month and value set (exact, undated, texts
/// empty): what tests of grouping and indexing need.
#[cfg(test)]
pub(crate) fn bare(metric: &Text, article: &Text, month: Month, value: f64) -> Figure {
    let empty: Text = Text::from("");
    Figure {
        month,
        metric: Text::clone(metric),
        article: Text::clone(article),
        value,
        qualifier: crate::data::model::qualifier::Qualifier::Exact,
        as_of: empty.clone(),
        end_distance: 0,
        source_url: empty.clone(),
        source_title: empty.clone(),
        published: empty.clone(),
        note: empty,
    }
}

#[cfg(test)]
mod tests {
    use super::host;

    #[test]
    fn one_source_has_one_host_in_every_output() {
        for url in [
            "https://www.spring96.org/en/news/1",
            "https://spring96.org./be?x=1",
            "http://spring96.org#top",
        ] {
            assert_eq!(host(url), "spring96.org", "{url}");
        }
        assert_eq!(host("https://news.spring96.org/a"), "news.spring96.org");
    }

    /// A load moves and keeps every figure (679,000 at 1000x): its size is most of the load's
    /// memory traffic, so a text field that grows it back to two words a text (`Arc<str>`,
    /// 128 bytes a figure) fails here, not only in a benchmark.
    #[test]
    fn a_figure_stays_nine_words() {
        assert!(std::mem::size_of::<super::Figure>() <= 9 * std::mem::size_of::<usize>());
    }
}
