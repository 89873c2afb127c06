//! Reading metrics.csv into the [`Catalog`]: every row checked, and every period total
//! checked to total a flow of the same catalog.

use crate::data::load::csvfile;
use crate::data::model::catalog::{Catalog, Kind, MetricInfo, Tab, companion_by_name};
use crate::data::model::columns::{
    METRICS_HEADER, METRICS_HEADER_V1, METRICS_HEADER_V2, METRICS_HEADER_V3, METRICS_HEADER_V4,
    METRICS_HEADER_V5,
};
use crate::data::model::covers::Covers;
use crate::data::model::problem::Problem;
use crate::data::model::text::shown;

impl Catalog {
    /// Parses metrics.csv, reporting bad rows into `problems`.
    pub fn parse(name: &str, bytes: &[u8], problems: &mut Vec<Problem>) -> Catalog {
        let mut catalog = Catalog::default();
        let headers: [&[&str]; 6] = [
            &METRICS_HEADER,
            &METRICS_HEADER_V5,
            &METRICS_HEADER_V4,
            &METRICS_HEADER_V3,
            &METRICS_HEADER_V2,
            &METRICS_HEADER_V1,
        ];
        let (records, which) = csvfile::read_file_of(name, bytes, &headers, problems);
        // Only the four newest headers say what a period covers and what is read beside it.
        let by_name = which >= 4;
        let mut lines = Vec::new();
        for rec in records {
            if let Some(info) = metric_row(name, &rec, by_name, &catalog, problems) {
                lines.push(rec.line);
                catalog.push(info);
            }
        }
        for (info, line) in catalog.metrics().iter().zip(lines) {
            for (field, msg) in catalog.broken_links(info, by_name) {
                problems.push(Problem::at(name, line, Some(field), msg));
            }
        }
        catalog
    }

    /// What a row names that this catalog cannot give it: a period total must total a flow,
    /// a stated total must say what it covers, a companion must be a metric here. Otherwise
    /// nothing can be checked against the row, and it is a mistake in the file.
    fn broken_links(&self, info: &MetricInfo, by_name: bool) -> Vec<(&'static str, String)> {
        let key = crate::data::model::text::shown(&info.key);
        let mut out = Vec::new();
        if let Some(flow) = &info.total_of
            && !self.metric(flow).is_some_and(|m| m.kind == Kind::Flow)
        {
            let flow = crate::data::model::text::shown(flow);
            let msg = crate::tr!("pr-totals-no-flow", key = key.as_str(), flow = flow);
            out.push(("total_of", msg));
        }
        if info.kind == Kind::Period && info.covers.is_none() {
            let msg = crate::tr!("pr-period-no-covers", key = key.as_str());
            out.push(("covers", msg));
        }
        // An older catalog's guessed companion may simply not exist: only a stated one is wrong.
        if let Some(other) = &info.companion
            && !by_name
            && self.metric(other).is_none()
        {
            let other = crate::data::model::text::shown(other);
            out.push((
                "companion",
                crate::tr!("pr-no-companion", key = key.as_str(), other = other),
            ));
        }
        out
    }
}

/// One row of metrics.csv, or `None` with its problems reported.
fn metric_row(
    name: &str,
    rec: &csvfile::Record,
    by_name: bool,
    catalog: &Catalog,
    problems: &mut Vec<Problem>,
) -> Option<MetricInfo> {
    let f = |i: usize| rec.fields.get(i).unwrap_or("").to_string();
    let mut bad = |field: &str, msg: String| {
        problems.push(Problem::at(name, rec.line, Some(field), msg));
    };
    new_key(catalog, &f(0)).map_err(|e| bad("key", e)).ok()?;
    let tab = f(1).parse::<Tab>().map_err(|e| bad("tab", e)).ok();
    let kind = f(4).parse::<Kind>().map_err(|e| bad("kind", e)).ok();
    let covers = Covers::parse(&f(7)).map_err(|e| bad("covers", e)).ok();
    let (tab, kind, mut covers) = (tab?, kind?, covers?);
    let mut companion = Some(f(8)).filter(|t| !t.is_empty());
    // Only the newest header says what a period covers; older files meant the key's name.
    if by_name {
        covers = Covers::from_name(&f(0), kind == Kind::Annual);
        companion = companion_by_name(&f(0));
    }
    Some(MetricInfo {
        key: f(0),
        tab,
        label: f(2),
        unit: f(3),
        kind,
        description: f(5),
        total_of: Some(f(6)).filter(|t| !t.is_empty()),
        covers,
        companion,
        counter: Some(f(9)).filter(|t| !t.is_empty()),
        labels: [f(10), f(11)],
        descriptions: [f(12), f(13)],
    })
}

/// Whether `key` is a well-formed key the catalog does not have yet.
fn new_key(catalog: &Catalog, key: &str) -> Result<(), String> {
    check_key(key)?;
    match catalog.metric(key) {
        Some(_) => Err(crate::tr!("pr-key-twice", key = shown(key))),
        None => Ok(()),
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
        let key = crate::data::model::text::shown(key);
        return Err(crate::tr!("pr-key-snake", key = key));
    }
    if key.len() > MAX_KEY {
        let (shown, n) = (crate::data::model::text::shown(key), key.len().to_string());
        return Err(crate::tr!(
            "pr-key-long",
            key = shown,
            n = n,
            most = MAX_KEY.to_string()
        ));
    }
    Ok(())
}
