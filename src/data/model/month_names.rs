//! Month names in the reader's language and the grammatical case a phrase needs: nominative
//! in headings and axes ("студзень 2024", "январь 2024"), genitive after "from" and in dates
//! ("ад студзеня 2024", "31 студзеня 2024"). English has one form. Our own table, not
//! Fluent's or ICU's, so the case is chosen where the phrase is made.

use crate::data::model::lang::{Lang, current};

/// Which form of a month's name a phrase needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// "студзень", "январь": a heading, an axis.
    Nominative,
    /// "студзеня", "января": a day of the month, or after "from" / "since".
    Genitive,
}

const EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const BE_NOM: [&str; 12] = [
    "студзень",
    "люты",
    "сакавік",
    "красавік",
    "май",
    "чэрвень",
    "ліпень",
    "жнівень",
    "верасень",
    "кастрычнік",
    "лістапад",
    "снежань",
];
const BE_GEN: [&str; 12] = [
    "студзеня",
    "лютага",
    "сакавіка",
    "красавіка",
    "мая",
    "чэрвеня",
    "ліпеня",
    "жніўня",
    "верасня",
    "кастрычніка",
    "лістапада",
    "снежня",
];
const RU_NOM: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const RU_GEN: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// The name of month `m` (1-12) in `lang` and `case`.
pub fn name_in(lang: Lang, m: u32, case: Case) -> &'static str {
    let i = (m.clamp(1, 12) - 1) as usize;
    let table = match (lang, case) {
        (Lang::En, _) => &EN,
        (Lang::Be, Case::Nominative) => &BE_NOM,
        (Lang::Be, Case::Genitive) => &BE_GEN,
        (Lang::Ru, Case::Nominative) => &RU_NOM,
        (Lang::Ru, Case::Genitive) => &RU_GEN,
    };
    table[i]
}

/// Three-letter month names for chart axes, where a label has the width of `Jan 24`.
const SHORT: [[&str; 12]; 3] = [
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    [
        "сту", "лют", "сак", "кра", "тра", "чэр", "ліп", "жні", "вер", "кас", "ліс", "сне",
    ],
    [
        "янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
    ],
];

/// The short name of month `m` (1-12) in this thread's language (`Jan`, `сту`, `янв`).
pub fn short_name(m: u32) -> &'static str {
    let i = (m.clamp(1, 12) - 1) as usize;
    let l = Lang::ALL.iter().position(|l| *l == current()).unwrap_or(0);
    SHORT[l.min(2)][i]
}

/// The initial of month `m` in this thread's language, for a grid one column a month (`J`,
/// `С` for студзень, `Я` for январь).
pub fn initial(m: u32) -> String {
    short_name(m)
        .chars()
        .take(1)
        .flat_map(char::to_uppercase)
        .collect()
}

/// The name of month `m` in this thread's language.
pub fn name(m: u32, case: Case) -> &'static str {
    name_in(current(), m, case)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_follow_the_language() {
        let all = |lang| {
            crate::data::model::lang::with(lang, || (1..=12).map(initial).collect::<String>())
        };
        assert_eq!(all(Lang::En), "JFMAMJJASOND");
        assert_eq!(all(Lang::Be), "СЛСКТЧЛЖВКЛС");
        assert_eq!(all(Lang::Ru), "ЯФМАМИИАСОНД");
    }

    #[test]
    fn headings_take_the_nominative_and_dates_the_genitive() {
        assert_eq!(name_in(Lang::Be, 1, Case::Nominative), "студзень");
        assert_eq!(name_in(Lang::Be, 1, Case::Genitive), "студзеня");
        assert_eq!(name_in(Lang::Ru, 1, Case::Nominative), "январь");
        assert_eq!(name_in(Lang::Ru, 1, Case::Genitive), "января");
        assert_eq!(name_in(Lang::Be, 8, Case::Genitive), "жніўня");
        assert_eq!(name_in(Lang::En, 12, Case::Genitive), "December");
    }
}
