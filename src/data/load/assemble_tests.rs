//! Tests of the last steps of a load: the register in month order, groups joined.

use super::*;
use proptest::prelude::*;

fn case(month: u32, i: usize, articles: &[&str]) -> Case {
    let text = |s: &str| Text::from(s);
    Case {
        date: text(""),
        month: Month::new(2020 + month / 12, 1 + month % 12).unwrap(),
        person: text(&i.to_string()),
        event: text("detained"),
        articles: articles.iter().map(|a| text(a)).collect(),
        article_ids: crate::data::load::cases::ArticleIds::new(),
        sentence_months: None,
        court: text(""),
        source_url: text("https://example.invalid/"),
        note: text(""),
    }
}

proptest! {
    /// Any months in any order come out as a stable sort by month leaves them, and each
    /// case's article numbers name its articles in the sorted list.
    #[test]
    fn cases_are_ordered_by_month_stably_and_numbered(
        months in proptest::collection::vec(0..40u32, 0..60),
    ) {
        let names = ["342", "411", "130-1"];
        let cases: Vec<Case> = months
            .iter()
            .enumerate()
            .map(|(i, &m)| case(m, i, &names[..1 + i % 3]))
            .collect();
        let mut expected: Vec<(Month, String)> =
            cases.iter().map(|c| (c.month, c.person.to_string())).collect();
        expected.sort_by_key(|(m, _)| *m);
        let (articles, ordered) = ordered_cases(cases);
        let got: Vec<(Month, String)> =
            ordered.iter().map(|c| (c.month, c.person.to_string())).collect();
        prop_assert_eq!(got, expected);
        prop_assert!(articles.is_sorted());
        for c in &ordered {
            let named: Vec<&str> = c.article_ids.iter().map(|&i| &*articles[i as usize]).collect();
            let own: Vec<&str> = c.articles.iter().map(|a| &**a).collect();
            prop_assert_eq!(named, own);
        }
    }

    /// Groups from two threads, each with its own copy of every article's text, join as
    /// a stable sort by article text of the groups laid end to end.
    #[test]
    fn groups_join_as_a_stable_sort_by_article(
        articles in proptest::collection::vec(0..4usize, 0..40),
        cut in 0..40usize,
    ) {
        let names = ["", "342", "130-1", "411"];
        let copies: Vec<Vec<Text>> =
            (0..2).map(|_| names.iter().map(|n| Text::from(*n)).collect()).collect();
        let metric = Text::from("m");
        let month = Month::new(2024, 1).unwrap();
        let cut = cut.min(articles.len());
        let groups: Vec<Group> = [&articles[..cut], &articles[cut..]]
            .iter()
            .enumerate()
            .map(|(t, part)| Group {
                metric: metric.clone(),
                figures: part
                    .iter()
                    .enumerate()
                    .map(|(i, &a)| {
                        let value = (t * 100 + i) as f64;
                        crate::data::model::figure::bare(&metric, &copies[t][a], month, value)
                    })
                    .collect(),
            })
            .collect();
        let mut expected: Vec<(String, f64)> = groups
            .iter()
            .flat_map(|g| g.figures.iter().map(|f| (f.article.to_string(), f.value)))
            .collect();
        expected.sort_by(|a, b| a.0.cmp(&b.0));
        let got: Vec<(String, f64)> =
            joined(groups).iter().map(|f| (f.article.to_string(), f.value)).collect();
        prop_assert_eq!(got, expected);
    }
}
