//! What a load keeps. Every file a load reads is validated in full, but a command that writes
//! one metric or one article's cases need not hold every other row in memory: at 1000x the
//! data that would cost hundreds of megabytes and a third of the export's time.

use crate::data::model::pattern::ArticlePattern;

/// For one kind of row: skip the files, keep every row, or keep only the rows that match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keep<T> {
    /// The files are not read at all (so their problems are not reported either).
    Unread,
    /// Every valid row is kept.
    All,
    /// Every row is validated; only matching rows are kept.
    Only(T),
}

/// The rows a [`crate::data::load::store::Store`] load keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// Whether the glossary and the events are read (the dashboard and summaries show them;
    /// exports do not).
    pub context: bool,
    /// Snapshot figures; `Only` lists the metric keys kept.
    pub figures: Keep<Vec<String>>,
    /// The case register; `Only` keeps the cases charged under a matching article.
    pub cases: Keep<ArticlePattern>,
}

impl Selection {
    /// Everything, as the dashboard, `summary` and `check` need it.
    pub fn everything() -> Selection {
        Selection {
            context: true,
            figures: Keep::All,
            cases: Keep::All,
        }
    }

    /// The catalog and the snapshots, keeping only `metrics` (`None`: all of them).
    pub fn figures(metrics: Option<Vec<String>>) -> Selection {
        Selection {
            context: false,
            figures: metrics.map_or(Keep::All, Keep::Only),
            cases: Keep::Unread,
        }
    }

    /// The catalog alone, validated: a streamed export reads the register itself.
    pub fn catalog_only() -> Selection {
        Selection {
            context: false,
            figures: Keep::Unread,
            cases: Keep::Unread,
        }
    }

    /// The catalog and the case register, keeping only cases under `article` (`None`: all).
    pub fn cases(article: Option<ArticlePattern>) -> Selection {
        Selection {
            context: false,
            figures: Keep::Unread,
            cases: article.map_or(Keep::All, Keep::Only),
        }
    }

    /// Whether a figure of `metric` is kept (the snapshots being read).
    pub fn keeps_metric(&self, metric: &str) -> bool {
        match &self.figures {
            Keep::Unread => false,
            Keep::All => true,
            Keep::Only(keys) => keys.iter().any(|k| k == metric),
        }
    }

    /// Whether a case whose articles cell reads `articles` (`342;361-1`) is kept (the
    /// register being read).
    pub fn keeps_case(&self, articles: &str) -> bool {
        match &self.cases {
            Keep::Unread => false,
            Keep::All => true,
            Keep::Only(p) => p.matches(articles),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_keeps_what_matches() {
        let s = Selection::figures(Some(vec!["detentions".into()]));
        assert!(s.keeps_metric("detentions"));
        assert!(!s.keeps_metric("political_prisoners"));
        assert!(!s.keeps_case("411"), "register unread");
        let c = Selection::cases(Some("361*".parse().unwrap()));
        assert!(c.keeps_case("342;361-1"));
        assert!(!c.keeps_case("342;411") && !c.keeps_case("3611"));
        assert!(!c.keeps_metric("detentions"), "snapshots unread");
        let all = Selection::everything();
        assert!(all.keeps_metric("anything") && all.keeps_case(""));
    }
}
