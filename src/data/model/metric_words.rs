//! A metric's unit and counter in the reader's language. `metrics.csv` spells them in English
//! from a small set ("people", "Viasna count"); each known one has a message, and one the
//! catalog does not know yet is shown as the file spells it rather than dropped.

use crate::data::model::catalog::MetricInfo;

impl MetricInfo {
    /// The unit in the reader's language (`people`, `чалавек`, `человек`): chart titles and
    /// the chart tabs' titles name it.
    pub fn unit_here(&self) -> String {
        match self.unit.as_str() {
            "people" => crate::tr!("unit-word-people"),
            "cases" => crate::tr!("unit-word-cases"),
            "days" => crate::tr!("unit-word-days"),
            "base values" => crate::tr!("unit-word-base-values"),
            "entries" => crate::tr!("unit-word-entries"),
            "pages" => crate::tr!("unit-word-pages"),
            "years" => crate::tr!("unit-word-years"),
            // BYN, USD and any unit not listed: as written.
            other => other.to_string(),
        }
    }

    /// Whose count the figures are, in the reader's language (`Viasna count`, `падлік
    /// «Вясны»`); `None` where the catalog names no counter.
    pub fn counter_here(&self) -> Option<String> {
        let counter = self.counter.as_deref()?;
        Some(match counter {
            "Viasna count" => crate::tr!("counter-viasna"),
            "Interior Ministry list" => crate::tr!("counter-interior-ministry"),
            "KGB list" => crate::tr!("counter-kgb"),
            "Ministry of Information list" => crate::tr!("counter-information-ministry"),
            other => other.to_string(),
        })
    }
}
