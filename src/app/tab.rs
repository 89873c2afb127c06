//! The dashboard's tabs, in order; `next`/`prev` wrap and never panic at the ends.

use crate::data::model::catalog::{Catalog, Tab};
use crate::data::query::filter::CORE_METRICS;

/// One tab of the dashboard.
///
/// The command line names them by `key` (clap derives the names from the variants).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum DashTab {
    /// One tile per core series.
    #[default]
    Overview,
    /// Political prisoners.
    Prisoners,
    /// Detentions, criminal cases and convictions.
    Detentions,
    /// Administrative cases, arrests, fines.
    Administrative,
    /// Extremist and terrorist lists.
    Extremism,
    /// Case register and figures by article.
    Articles,
    /// Month x metric grid of what is known.
    Coverage,
}

/// How much room a tab's title has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleWidth {
    /// "Political prisoners".
    Full,
    /// "Prisoners".
    Medium,
    /// "Prison".
    Short,
}

/// What a tab is made of. `app/tabs` gives each kind its unit (rows, selection, keys,
/// export, copy) in one exhaustive match, and `ui::frame` its drawing in another: a new tab
/// says here which it is, and a new kind makes the compiler list those two places.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TabKind {
    /// Tiles of the core series; no table.
    Overview,
    /// A chart and month table of one selected metric of a catalog tab.
    Metric,
    /// The case register and the figures by article.
    Articles,
    /// The month x metric grid: rows are metrics, columns months.
    Coverage,
}

impl DashTab {
    /// What this tab is made of.
    pub const fn kind(self) -> TabKind {
        match self {
            DashTab::Overview => TabKind::Overview,
            DashTab::Prisoners
            | DashTab::Detentions
            | DashTab::Administrative
            | DashTab::Extremism => TabKind::Metric,
            DashTab::Articles => TabKind::Articles,
            DashTab::Coverage => TabKind::Coverage,
        }
    }

    /// Every tab in display order (digits 1-7 select them).
    pub const ALL: [DashTab; 7] = [
        DashTab::Overview,
        DashTab::Prisoners,
        DashTab::Detentions,
        DashTab::Administrative,
        DashTab::Extremism,
        DashTab::Articles,
        DashTab::Coverage,
    ];

    /// Title shown in the tab bar and in help (the one spelling of each tab's name).
    pub const fn title(self) -> &'static str {
        match self {
            DashTab::Overview => "Overview",
            DashTab::Prisoners => "Political prisoners",
            DashTab::Detentions => "Detentions",
            DashTab::Administrative => "Administrative",
            DashTab::Extremism => "Extremist lists",
            DashTab::Articles => "Articles / cases",
            DashTab::Coverage => "Coverage",
        }
    }

    /// The title in the reader's language, full, middling ("Prisoners") or short ("Prison"),
    /// from the messages `tab-{key}`, `tab-medium-{key}`, `tab-short-{key}`.
    pub fn title_in(self, width: TitleWidth) -> String {
        let tier = match width {
            TitleWidth::Full => "",
            TitleWidth::Medium => "medium-",
            TitleWidth::Short => "short-",
        };
        crate::data::model::i18n::text(&format!("tab-{tier}{}", self.key()))
    }

    /// Title for narrow terminals.
    pub fn short_title(self) -> &'static str {
        match self {
            DashTab::Overview => "Overview",
            DashTab::Prisoners => "Prison",
            DashTab::Detentions => "Detain",
            DashTab::Administrative => "Admin",
            DashTab::Extremism => "Extrem",
            DashTab::Articles => "Articles",
            DashTab::Coverage => "Coverage",
        }
    }

    /// Name used on the command line and in export file names: the catalog's key for the
    /// tabs of metrics.csv, so one tab has one name (a test checks clap's names agree).
    pub fn key(self) -> &'static str {
        match (self, self.catalog_tab()) {
            (_, Some(t)) => t.key(),
            (DashTab::Coverage, None) => "coverage",
            (_, None) => "overview",
        }
    }

    /// Position in [`DashTab::ALL`].
    pub fn index(self) -> usize {
        DashTab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// The tab after this one, wrapping to the first.
    pub fn next(self) -> DashTab {
        DashTab::ALL[(self.index() + 1) % DashTab::ALL.len()]
    }

    /// The tab before this one, wrapping to the last.
    pub fn prev(self) -> DashTab {
        DashTab::ALL[(self.index() + DashTab::ALL.len() - 1) % DashTab::ALL.len()]
    }

    /// The catalog tab whose metrics this tab charts, if any.
    pub fn catalog_tab(self) -> Option<Tab> {
        match self {
            DashTab::Prisoners => Some(Tab::Prisoners),
            DashTab::Detentions => Some(Tab::Detentions),
            DashTab::Administrative => Some(Tab::Administrative),
            DashTab::Extremism => Some(Tab::Extremism),
            DashTab::Articles => Some(Tab::Articles),
            DashTab::Overview | DashTab::Coverage => None,
        }
    }

    /// The metric keys the tab shows: the core ones on the overview, every one on coverage, the
    /// catalog's for the others. One place, so the dashboard and the commands agree.
    pub fn metrics(self, catalog: &Catalog) -> Vec<String> {
        match (self, self.catalog_tab()) {
            (DashTab::Overview, _) => CORE_METRICS.iter().map(|s| s.to_string()).collect(),
            (DashTab::Coverage, _) => catalog.metrics().iter().map(|m| m.key.clone()).collect(),
            (_, Some(t)) => catalog.on_tab(t).map(|m| m.key.clone()).collect(),
            (_, None) => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_name_per_tab_for_clap_the_catalog_and_exports() {
        use clap::ValueEnum;
        for t in DashTab::ALL {
            let clap_name = t.to_possible_value().map(|v| v.get_name().to_string());
            assert_eq!(clap_name.as_deref(), Some(t.key()), "{t:?}");
        }
        assert_eq!(DashTab::Overview.key(), "overview");
        assert_eq!(DashTab::Coverage.key(), "coverage");
    }

    #[test]
    fn wraps_both_ways() {
        assert_eq!(DashTab::Coverage.next(), DashTab::Overview);
        assert_eq!(DashTab::Overview.prev(), DashTab::Coverage);
        for t in DashTab::ALL {
            assert_eq!(t.next().prev(), t);
        }
    }
}
