//! One shared copy of each repeated text (metric keys, source URLs and titles repeat across
//! hundreds of figures), so memory grows with distinct texts, not with rows.

/// A shared text: one pointer wide (a figure holds seven texts, a case six), where `Arc<str>`
/// is two; cloned by counting, compared and hashed as the `str` it holds. At 1000x a load
/// moves and keeps a million figures and cases, so their size is most of its memory traffic.
pub type Text = arcstr::ArcStr;

/// A set of shared strings.
#[derive(Debug, Default, Clone)]
pub struct Interner {
    set: rustc_hash::FxHashSet<Text>,
    /// The last text given for each of a few columns: rows in a row often repeat a column
    /// (a month file's metric, title, note, publication day), and comparing with the last
    /// one costs less than hashing the text again (7 lookups a figure were a tenth of a
    /// 1000x load).
    recent: [Option<Text>; RECENT],
}

/// How many columns [`Interner::get_in`] remembers a text for.
pub const RECENT: usize = 12;

impl Interner {
    /// Forgets every text, keeping the room: a reader that shares texts within one record
    /// only (a streamed export) clears it per record instead of growing with the file.
    pub fn clear(&mut self) {
        self.set.clear();
        self.recent = Default::default();
    }

    /// How many distinct texts are held.
    pub fn len(&self) -> usize {
        self.set.len()
    }

    /// Whether no text is held.
    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }

    /// [`Interner::get`] for a text of column `column` (below [`RECENT`]; any other is
    /// looked up as `get` does): the last text of that column is tried first.
    pub fn get_in(&mut self, column: usize, text: &str) -> Text {
        if let Some(Some(last)) = self.recent.get(column)
            && **last == *text
        {
            return Text::clone(last);
        }
        let shared = self.get(text);
        if let Some(slot) = self.recent.get_mut(column) {
            *slot = Some(Text::clone(&shared));
        }
        shared
    }

    /// The shared copy of `text`, made on first use.
    pub fn get(&mut self, text: &str) -> Text {
        if let Some(s) = self.set.get(text) {
            return Text::clone(s);
        }
        let s: Text = Text::from(text);
        self.set.insert(Text::clone(&s));
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A column's repeated text is the shared copy `get` gives, whichever way it is asked
    /// for; a new text in the column replaces the remembered one.
    #[test]
    fn a_columns_last_text_is_the_shared_copy() {
        let mut i = Interner::default();
        let a = i.get_in(2, "title");
        assert!(Text::ptr_eq(&a, &i.get_in(2, "title")));
        assert!(Text::ptr_eq(&a, &i.get("title")));
        let b = i.get_in(2, "other");
        assert_eq!(&*b, "other");
        assert!(
            Text::ptr_eq(&a, &i.get_in(5, "title")),
            "shared across columns"
        );
        assert!(
            Text::ptr_eq(&a, &i.get_in(RECENT + 3, "title")),
            "past the remembered columns"
        );
        i.clear();
        assert!(
            !Text::ptr_eq(&a, &i.get_in(2, "title")),
            "forgotten after clear"
        );
    }
}
