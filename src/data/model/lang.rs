//! The reader's language: English, Belarusian or Russian, chosen by `--lang`, the config's
//! `lang`, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`). It is kept per thread, so a
//! test can draw a screen in Belarusian while another draws one in English; machine formats
//! (CSV, JSON) are written in English words whatever it is.

use std::cell::Cell;

/// A language repdash speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English: the source language and the fallback of every message.
    #[default]
    En,
    /// Belarusian.
    Be,
    /// Russian.
    Ru,
}

impl Lang {
    /// Every language, the fallback first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Be, Lang::Ru];

    /// The language code (`en`, `be`, `ru`), as `--lang`, the config and the `.ftl` folders
    /// spell it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Be => "be",
            Lang::Ru => "ru",
        }
    }

    /// The language a locale names (`be_BY.UTF-8` is Belarusian, `ru_RU` Russian); anything
    /// else, `C` and `POSIX` included, is `None`.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let code = locale
            .split(['_', '.', '@', '-'])
            .next()?
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language of the environment: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is
    /// set and not empty decides, as POSIX orders them; `None` when it names no language of
    /// ours (the caller then speaks English).
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|k| get(k).filter(|v| !v.is_empty()))
            .next()
            .and_then(|v| Lang::from_locale(&v))
    }

    /// Whether numbers group thousands with a no-break space and write a decimal comma
    /// ("1 429", "271,25"), as Belarusian and Russian do.
    pub fn spaced_numbers(self) -> bool {
        self != Lang::En
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| format!("unknown language \"{s}\": en, be or ru"))
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language texts are written in on this thread.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Sets the language of this thread's texts.
pub fn set(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// Runs `f` with texts in `lang`, then restores the language before: machine formats are
/// written in English this way.
pub fn with<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = current();
    set(lang);
    let out = f();
    set(before);
    out
}

/// `f` made to run in this thread's language wherever it runs: the loader's worker threads
/// write the problems a reader sees, so they speak the language of the thread that started
/// them.
pub fn carried<T>(f: impl FnOnce() -> T + Send) -> impl FnOnce() -> T + Send {
    let lang = current();
    move || with(lang, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_decides_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Lang::from_env(env(&[("LANG", "be_BY.UTF-8")])),
            Some(Lang::Be)
        );
        assert_eq!(
            Lang::from_env(env(&[("LANG", "ru_RU.UTF-8")])),
            Some(Lang::Ru)
        );
        assert_eq!(Lang::from_env(env(&[("LANG", "de_DE.UTF-8")])), None);
        assert_eq!(Lang::from_env(env(&[("LANG", "C")])), None);
        assert_eq!(
            Lang::from_env(env(&[("LANG", "en_GB.UTF-8")])),
            Some(Lang::En)
        );
        let both = env(&[("LC_ALL", "ru_UA"), ("LANG", "be_BY.UTF-8")]);
        assert_eq!(Lang::from_env(both), Some(Lang::Ru), "LC_ALL wins");
        let empty = env(&[("LC_ALL", ""), ("LC_MESSAGES", "be"), ("LANG", "ru_RU")]);
        assert_eq!(
            Lang::from_env(empty),
            Some(Lang::Be),
            "an empty one is not set"
        );
        assert_eq!("ru".parse::<Lang>(), Ok(Lang::Ru));
        assert!("de".parse::<Lang>().is_err());
    }

    #[test]
    fn with_restores_the_language_before() {
        set(Lang::Be);
        assert_eq!(with(Lang::En, current), Lang::En);
        assert_eq!(current(), Lang::Be);
        set(Lang::En);
    }
}
