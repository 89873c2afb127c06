//! The article picker's entries: computed when the picker opens and at each key typed into
//! it, so a frame draws a list instead of scanning a glossary of 100,000 articles.

use super::mode::{Mode, PromptKind};
use super::state::App;

impl App {
    /// The article picker's entries: glossary articles matching the typed text, with case counts.
    pub fn picker_entries(&self) -> &[(String, String, usize)] {
        &self.views.picker
    }

    /// Recomputes the picker's entries when the picker is open, drops them otherwise.
    pub(super) fn refresh_picker(&mut self) {
        self.views.picker = match &self.mode {
            Mode::Prompt {
                kind: PromptKind::Articles,
                input,
                ..
            } => self.picker_entries_for(input),
            _ => Vec::new(),
        };
    }

    /// The picker's entries for typed text `input`: glossary articles with their short names,
    /// then every other article the register names, marked "(not in glossary)".
    fn picker_entries_for(&self, input: &str) -> Vec<(String, String, usize)> {
        let needle = input.to_lowercase();
        let wanted = |article: &str, name: &str| {
            needle.is_empty() || article.contains(&needle) || name.to_lowercase().contains(&needle)
        };
        let count = |key: &str| self.views.article_counts.get(key).copied().unwrap_or(0);
        let mut out = Vec::new();
        for a in &self.store.articles {
            // The English name matches in every language, the reader's own name too.
            if wanted(&a.article, &a.short_name) || wanted(&a.article, a.name_here()) {
                let key = if a.code == "administrative" {
                    format!("adm:{}", a.article)
                } else {
                    a.article.clone()
                };
                out.push((a.article.clone(), a.name_here().to_string(), count(&key)));
            }
        }
        let outside = crate::tr!("art-not-in-glossary");
        for a in &self.store.case_articles {
            if self.store.glossary_entry(a).is_none() && wanted(a, &outside) {
                out.push((a.to_string(), outside.clone(), count(a)));
            }
        }
        out
    }
}
