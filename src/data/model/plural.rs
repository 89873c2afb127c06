//! CLDR plural categories of whole numbers, decided here rather than by Fluent: the plural
//! rules crate Fluent uses (intl_pluralrules 7.0.2) gives Belarusian 15, 22 and 25 the
//! category `other`, where CLDR says `many`, `few`, `many`. Counted messages select on the
//! `form` argument this returns (`{ $form -> [one] … [few] … [many] … *[other] … }`).

use crate::data::model::lang::Lang;

/// The plural category of `n` in `lang`: `one`, `few`, `many` or `other`.
pub fn category(lang: Lang, n: u64) -> &'static str {
    match lang {
        Lang::En => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        // Belarusian and Russian share the rule for whole numbers (CLDR: one, few, many).
        Lang::Be | Lang::Ru => {
            let (d, h) = (n % 10, n % 100);
            if d == 1 && h != 11 {
                "one"
            } else if (2..=4).contains(&d) && !(12..=14).contains(&h) {
                "few"
            } else {
                "many"
            }
        }
    }
}

/// The category of `n` in this thread's language.
pub fn form(n: usize) -> &'static str {
    category(crate::data::model::lang::current(), n as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table: 0, 1, 2, 5, 11, 21, 22, 25, 101, 111 in each language (CLDR).
    #[test]
    fn the_plural_table_follows_cldr() {
        let ns = [0, 1, 2, 5, 11, 21, 22, 25, 101, 111, 15, 68, 112, 1004];
        let slavic = [
            "many", "one", "few", "many", "many", "one", "few", "many", "one", "many", "many",
            "many", "many", "few",
        ];
        for lang in [Lang::Be, Lang::Ru] {
            let got: Vec<&str> = ns.iter().map(|&n| category(lang, n)).collect();
            assert_eq!(got, slavic, "{lang:?}");
        }
        let en: Vec<&str> = ns.iter().map(|&n| category(Lang::En, n)).collect();
        assert_eq!(en[..3], ["other", "one", "other"]);
        assert!(en[3..].iter().all(|c| *c == "other"));
    }
}
