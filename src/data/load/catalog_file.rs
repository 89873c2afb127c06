//! Reading metrics.csv into the [`Catalog`]: every row checked, and every period total
//! checked to total a flow of the same catalog.

use crate::data::load::csvfile;
use crate::data::model::catalog::{Catalog, Kind, MetricInfo, Tab};
use crate::data::model::columns::{METRICS_HEADER, METRICS_HEADER_V1};
use crate::data::model::problem::Problem;

impl Catalog {
    /// Parses metrics.csv, reporting bad rows into `problems`.
    pub fn parse(name: &str, bytes: &[u8], problems: &mut Vec<Problem>) -> Catalog {
        let mut catalog = Catalog::default();
        let headers: [&[&str]; 2] = [&METRICS_HEADER, &METRICS_HEADER_V1];
        let (records, _) = csvfile::read_file_of(name, bytes, &headers, problems);
        let mut totals = Vec::new();
        for rec in records {
            let f = |i: usize| rec.fields.get(i).unwrap_or("").to_string();
            let mut bad = |field: &str, msg: String| {
                problems.push(Problem::at(name, rec.line, Some(field), msg));
            };
            if let Err(e) = check_key(&f(0)) {
                bad("key", e);
                continue;
            }
            let tab = f(1).parse::<Tab>().map_err(|e| bad("tab", e)).ok();
            let kind = f(4).parse::<Kind>().map_err(|e| bad("kind", e)).ok();
            if catalog.metric(&f(0)).is_some() {
                let key = crate::data::model::text::shown(&f(0));
                bad("key", format!("metric \"{key}\" is listed twice"));
                continue;
            }
            if let (Some(tab), Some(kind)) = (tab, kind) {
                let total_of = Some(f(6)).filter(|t| !t.is_empty());
                if let Some(flow) = &total_of {
                    totals.push((rec.line, f(0), flow.clone()));
                }
                catalog.push(MetricInfo {
                    key: f(0),
                    tab,
                    label: f(2),
                    unit: f(3),
                    kind,
                    description: f(5),
                    total_of,
                });
            }
        }
        catalog.check_totals(name, &totals, problems);
        catalog
    }

    /// A period total must total a flow of this catalog: otherwise nothing can be checked
    /// against it and the row is a mistake in the file.
    fn check_totals(
        &self,
        name: &str,
        totals: &[(u64, String, String)],
        problems: &mut Vec<Problem>,
    ) {
        for (line, key, flow) in totals {
            let is_flow = self.metric(flow).is_some_and(|m| m.kind == Kind::Flow);
            if !is_flow {
                let msg = format!(
                    "\"{}\" totals \"{}\", which is not a flow metric of this catalog",
                    crate::data::model::text::shown(key),
                    crate::data::model::text::shown(flow)
                );
                problems.push(Problem::at(name, *line, Some("total_of"), msg));
            }
        }
    }
}

/// The longest metric key: keys become parts of file names and CSV headers.
pub const MAX_KEY: usize = 64;

/// A metric key is ASCII snake_case (`political_prisoners`): it reaches file names, CSV headers
/// and the terminal, so it can hold nothing that needs escaping there.
pub fn check_key(key: &str) -> Result<(), String> {
    let snake = key.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if !snake {
        return Err(format!(
            "metric key \"{}\" is not snake_case (a-z, 0-9 and _, starting with a letter)",
            crate::data::model::text::shown(key)
        ));
    }
    if key.len() > MAX_KEY {
        return Err(format!(
            "metric key \"{}\" is {} characters long; at most {MAX_KEY}",
            crate::data::model::text::shown(key),
            key.len()
        ));
    }
    Ok(())
}
