//! `repdash summary --format json`: a view for scripts and websites, in the shape docs/json.md
//! documents: one entry per month per series, `null` for a month without a figure, the
//! qualifier and every source as fields, and the range aggregate with the stated totals.

use serde_json::{Value, json};

use crate::data::model::text::clean;
use crate::data::output::json_values::{SCHEMA, facts_fields, number};
use crate::data::query::series::{Cell, Change, Series};
use crate::data::query::view::View;

fn change(c: Option<Change>) -> Value {
    c.map_or(Value::Null, |c| {
        json!({
            "delta": number(c.delta), "approximate": c.approximate, "disputed": c.disputed,
            "months": c.spans.unwrap_or(1),
        })
    })
}

fn sources(cell: &Cell) -> Vec<Value> {
    cell.all()
        .map(|f| {
            json!({
                "value": number(f.value),
                "qualifier": f.qualifier.key(),
                "as_of": if f.as_of.is_empty() { Value::Null } else { json!(clean(&f.as_of)) },
                "url": clean(&f.source_url),
                "title": clean(&f.source_title),
                "published": if f.published.is_empty() { Value::Null } else { json!(clean(&f.published)) },
            })
        })
        .collect()
}

fn months(s: &Series) -> Vec<Value> {
    s.range
        .months()
        .zip(s.points())
        .map(|(m, p)| match p {
            None => json!({ "month": m.to_string(), "value": Value::Null }),
            Some(c) => json!({
                "month": m.to_string(),
                "value": number(c.value()),
                "qualifier": c.qualifier().key(),
                "disputed": c.conflict(),
                "change_previous": change(s.change_previous(m)),
                "change_year": change(s.change(m, 12)),
                "sources": sources(&c),
            }),
        })
        .collect()
}

/// Renders the view as pretty-printed JSON.
pub fn render(view: &View) -> String {
    let series: Vec<Value> = view
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut entry = json!({
                "key": clean(&s.key()),
                "metric": clean(&s.metric.key),
                "article": if s.article.is_empty() { Value::Null } else { json!(clean(&s.article)) },
                "label": clean(&s.label()),
                "unit": clean(&s.metric.unit),
                "kind": s.metric.kind.key(),
                "months": months(s),
            });
            if let (Some(f), Value::Object(map)) = (view.facts.get(i), &mut entry) {
                map.extend(facts_fields(f));
            }
            entry
        })
        .collect();
    let doc = json!({
        "schema": SCHEMA,
        "kind": "summary",
        "range": { "from": view.filter.range.from().to_string(), "to": view.filter.range.to().to_string() },
        "article": view.filter.article.as_ref().map_or(Value::Null, |a| json!(a.to_string())),
        "series": series,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
