//! JSON spellings shared by every JSON writer (summary, report, compare): numbers, a range's
//! aggregate and a series' facts, so one fact has one shape in every document.

use serde_json::{Map, Value, json};

use crate::data::model::text::clean;
use crate::data::query::derived::{Derived, End};
use crate::data::query::facts::{Beside, Facts};
use crate::data::query::series::Aggregate;
use crate::data::query::stated::StatedTotal;

/// The schema name every repdash JSON document carries, so a reader can check what it got.
pub const SCHEMA: &str = "repdash/1";

/// A number as JSON, `null` for a value JSON cannot hold.
pub fn number(v: f64) -> Value {
    serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
}

/// An aggregate as JSON: kind, value, qualifier, months with data.
pub fn aggregate(a: &Aggregate) -> Value {
    match a {
        Aggregate::Last {
            value,
            qualifier,
            month,
            as_of,
        } => json!({
            "by": "last", "value": number(*value), "qualifier": qualifier.key(),
            "month": month.to_string(), "as_of": if as_of.is_empty() { Value::Null } else { json!(clean(as_of)) },
        }),
        Aggregate::Sum {
            value,
            qualifier,
            with_data,
            periods,
            unit,
        } => json!({
            "by": "sum", "value": number(*value), "qualifier": qualifier.key(),
            "with_data": with_data, "periods": periods, "unit": unit,
        }),
        Aggregate::NoData => json!({ "by": "none", "value": Value::Null }),
    }
}

/// A derived change as JSON, always marked `"derived": true` with both ends and sources.
pub fn derived(d: &Derived) -> Value {
    let end = |e: &End| json!({ "value": number(e.value), "day": clean(&e.day), "source": clean(&e.source) });
    json!({
        "derived": true, "delta": number(d.delta), "approximate": d.approximate,
        "disputed": d.disputed, "from": end(&d.from), "to": end(&d.to),
    })
}

/// Stated totals as JSON: period, value, qualifier, source; one shape in every document.
pub fn stated_totals(totals: &[StatedTotal]) -> Value {
    Value::Array(
        totals
            .iter()
            .map(|t| {
                json!({
                    "period": t.period.to_string(), "value": number(t.value),
                    "qualifier": t.qualifier.key(), "url": clean(&t.source_url),
                })
            })
            .collect(),
    )
}

/// A series' facts as the fields of its JSON object: `aggregate`, `stated_totals`,
/// `derived` and `companion` (`null` where there is none).
pub fn facts_fields(f: &Facts) -> Map<String, Value> {
    let stated = stated_totals(&f.stated);
    let companion = f.companion.as_ref().map_or(Value::Null, |c| {
        let (field, value) = match &c.beside {
            Beside::Aggregate(a) => ("aggregate", aggregate(a)),
            Beside::Derived(d) => ("derived", derived(d)),
        };
        json!({ "key": clean(&c.key), "label": clean(&c.label), field: value })
    });
    let mut map = Map::new();
    map.insert("aggregate".into(), aggregate(&f.aggregate));
    map.insert("stated_totals".into(), stated);
    map.insert(
        "derived".into(),
        f.derived.as_ref().map_or(Value::Null, derived),
    );
    map.insert("companion".into(), companion);
    map
}
