//! What happened in a documented case, in the reader's words: the `event` column of
//! cases.csv holds a fixed English word (`convicted`, `died_in_custody`), which files and
//! filters keep as it is; the register shows it in the reader's language.

use crate::data::model::i18n::text;

/// The event `kind` in this thread's language; a word the catalogue does not know is
/// shown as it is written.
pub fn event_here(kind: &str) -> String {
    let id = match kind {
        "recognized" => "case-ev-recognized",
        "convicted" => "case-ev-convicted",
        "released" => "case-ev-released",
        "detained" => "case-ev-detained",
        "pardoned" => "case-ev-pardoned",
        "convicted_in_absentia" => "case-ev-convicted-in-absentia",
        "appeal_rejected" => "case-ev-appeal-rejected",
        "charged" => "case-ev-charged",
        "sentence_extended" => "case-ev-sentence-extended",
        "expelled" => "case-ev-expelled",
        "died_in_custody" => "case-ev-died-in-custody",
        "admin_arrest" => "case-ev-admin-arrest",
        "transferred" => "case-ev-transferred",
        _ => return kind.to_string(),
    };
    text(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::lang::{Lang, with};

    #[test]
    fn known_events_are_translated_and_unknown_ones_kept() {
        assert_eq!(
            with(Lang::Ru, || event_here("convicted_in_absentia")),
            "осуждён заочно"
        );
        assert_eq!(
            with(Lang::Be, || event_here("died_in_custody")),
            "памёр у зняволенні"
        );
        assert_eq!(
            with(Lang::En, || event_here("appeal_rejected")),
            "appeal rejected"
        );
        assert_eq!(with(Lang::Be, || event_here("new_kind")), "new_kind");
    }
}
