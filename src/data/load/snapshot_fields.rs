//! The checks of a month snapshot row's fields, one function per column: what makes a
//! metric, article, as-of day or source acceptable, and the words of each refusal.

use crate::data::model::catalog::Catalog;
use crate::data::model::month::Month;
use crate::data::model::text::shown;

/// The last metric key the catalog was found to have: a month file's rows come grouped by
/// metric, so most rows ask about the key the row before did, and comparing it costs less
/// than a lookup (3% of a 1000x export).
#[derive(Default)]
pub(super) struct KnownMetric(Option<String>);

pub(super) fn check_metric(
    catalog: Option<&Catalog>,
    (metric, known): (&str, &mut KnownMetric),
    bad: &mut impl FnMut(&str, String),
) {
    let Some(cat) = catalog else {
        return;
    };
    if known.0.as_deref() == Some(metric) {
        return;
    }
    if cat.metric(metric).is_none() {
        let msg = crate::tr!("pr-unknown-metric", metric = shown(metric));
        bad("metric", msg);
    } else {
        let last = known.0.get_or_insert_with(String::new);
        last.clear();
        last.push_str(metric);
    }
}

pub(super) fn check_article(article: &str, bad: &mut impl FnMut(&str, String)) {
    if !crate::data::model::fields::article_is_valid(article) {
        let shown = crate::data::model::text::shown(article);
        bad("article", crate::tr!("pr-article", article = shown));
    }
}

/// How far from its month an as-of day may be: a reading dated in the first days of the next
/// month is filed under the month it describes, but a day further off is a misfiled row.
const AS_OF_SLACK_DAYS: i64 = 31;

pub(super) fn check_as_of(month: Month, as_of: &str, bad: &mut impl FnMut(&str, String)) {
    if as_of.is_empty() {
        return;
    }
    let shown = crate::data::model::text::shown(as_of);
    match crate::data::model::fields::days_outside(month, as_of) {
        None => bad(
            "as_of",
            crate::tr!("pr-not-date", field = "as_of", value = shown.as_str()),
        ),
        Some(days) if days > AS_OF_SLACK_DAYS => bad(
            "as_of",
            crate::tr!(
                "pr-as-of-far",
                value = shown.as_str(),
                days = days.to_string(),
                month = month.to_string(),
                most = AS_OF_SLACK_DAYS.to_string()
            ),
        ),
        Some(_) => {}
    }
}

pub(super) fn check_source(url: &str, published: &str, bad: &mut impl FnMut(&str, String)) {
    if let Some(msg) = crate::data::model::fields::source_url_problem(url, "figure") {
        bad("source_url", msg);
    }
    if !published.is_empty() && !crate::data::model::fields::is_date(published) {
        let shown = crate::data::model::text::shown(published);
        bad(
            "published",
            crate::tr!("pr-not-date", field = "published", value = shown.as_str()),
        );
    }
}
