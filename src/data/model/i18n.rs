//! Messages in the reader's language: Fluent files (`i18n/{en,be,ru}/repdash.ftl`) embedded in
//! the binary, one loader per language with English behind it, Fluent's bidi isolation marks
//! off (they are control characters a terminal would show and our cleaning would strip).
//! [`tr!`](crate::tr) checks ids and arguments at compile time; [`text`] looks up an id
//! held in a table (the key bindings), which a test checks against every file.

use std::cell::Cell;
use std::sync::OnceLock;

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;

use crate::data::model::lang::{Lang, current};
use crate::data::model::pseudo::PseudoAssets;

/// The `.ftl` files, compiled in.
#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

/// The loader of `lang`: its messages, then English for any it lacks.
pub fn loader_of(lang: Lang) -> &'static FluentLanguageLoader {
    static LOADERS: [OnceLock<FluentLanguageLoader>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LOADERS[i].get_or_init(|| {
        let loader: FluentLanguageLoader = fluent_language_loader!();
        // English once for English: asking for it twice parsed its file twice.
        let fallback = (lang != Lang::En).then_some(Lang::En);
        let ids: Vec<i18n_embed::unic_langid::LanguageIdentifier> = std::iter::once(lang)
            .chain(fallback)
            .filter_map(|l| l.code().parse().ok())
            .collect();
        // The files are compiled in and checked by the tests: a failure here is a build bug,
        // and the ids then show as themselves rather than stopping the program.
        let _ = loader.load_languages(&Localizations, &ids);
        loader.set_use_isolating(false);
        loader
    })
}

/// The loader of this thread's language, or of the pseudo-locale while it is on.
pub fn loader() -> &'static FluentLanguageLoader {
    if PSEUDO.with(Cell::get) {
        return pseudo_loader();
    }
    loader_of(current())
}

thread_local! {
    static PSEUDO: Cell<bool> = const { Cell::new(false) };
}

/// Turns the pseudo-locale (English stretched 40% in brackets, see
/// [`pseudo`](crate::data::model::pseudo)) on or off for this thread: the width tests draw
/// every screen in it.
pub fn set_pseudo(on: bool) {
    PSEUDO.with(|p| p.set(on));
}

/// The pseudo-locale's loader, built from the English file on first use.
fn pseudo_loader() -> &'static FluentLanguageLoader {
    static LOADER: OnceLock<FluentLanguageLoader> = OnceLock::new();
    LOADER.get_or_init(|| {
        let english = Localizations::get("en/repdash.ftl")
            .map(|f| String::from_utf8_lossy(&f.data).into_owned())
            .unwrap_or_default();
        let loader: FluentLanguageLoader = fluent_language_loader!();
        let en: Vec<i18n_embed::unic_langid::LanguageIdentifier> =
            "en".parse().into_iter().collect();
        let _ = loader.load_languages(&PseudoAssets::from_english(&english), &en);
        loader.set_use_isolating(false);
        loader
    })
}

/// The message `id` in this thread's language (its id when no file has it).
pub fn text(id: &str) -> String {
    loader().get(id)
}

/// Every message id of a language's file, for the tests that check the three agree.
pub fn ids(lang: Lang) -> Vec<String> {
    let path = format!("{}/repdash.ftl", lang.code());
    let Some(file) = Localizations::get(&path) else {
        return Vec::new();
    };
    let source = String::from_utf8_lossy(&file.data).into_owned();
    let mut out: Vec<String> = source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect();
    out.sort();
    out
}

/// A message in this thread's language, its id and arguments checked at compile time
/// against `i18n/en/repdash.ftl`: `tr!("tab-overview")`, `tr!("months-n", n = 3)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::data::model::i18n::loader(), $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::data::model::i18n::loader(), $id, $($args)*)
    };
}

/// How the data's origin names the dataset compiled into the binary; the store keeps this
/// English form (JSON and CSV are the same in every language) and [`origin_here`] shows it.
pub const EMBEDDED_ORIGIN: &str = "embedded dataset";

/// The data's origin as the reader's language says it: the embedded dataset in words, a
/// directory or revision as itself.
pub fn origin_here(origin: &str) -> String {
    if origin == EMBEDDED_ORIGIN {
        crate::tr!("origin-embedded")
    } else {
        origin.to_string()
    }
}
