//! One shared copy of each repeated text (metric keys, source URLs and titles repeat across
//! hundreds of figures), so memory grows with distinct texts, not with rows.

use std::sync::Arc;

/// A set of shared strings.
#[derive(Debug, Default, Clone)]
pub struct Interner {
    set: rustc_hash::FxHashSet<Arc<str>>,
}

impl Interner {
    /// Forgets every text, keeping the room: a reader that shares texts within one record
    /// only (a streamed export) clears it per record instead of growing with the file.
    pub fn clear(&mut self) {
        self.set.clear();
    }

    /// The shared copy of `text`, made on first use.
    pub fn get(&mut self, text: &str) -> Arc<str> {
        if let Some(s) = self.set.get(text) {
            return Arc::clone(s);
        }
        let s: Arc<str> = Arc::from(text);
        self.set.insert(Arc::clone(&s));
        s
    }
}
