//! `repdash report --format json`: the brief in one documented shape (docs/json.md) for
//! scripts and websites. Qualifiers and sources are fields, a gap is `null`, never 0.

use serde_json::{Value, json};

use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::clean;
use crate::data::output::brief::rows::{ChangeLine, FigureLine, Notes, figure_lines};
pub use crate::data::output::json_values::SCHEMA;
use crate::data::output::json_values::{facts_fields, number};
use crate::data::query::brief::Brief;
use crate::data::query::view::View;

fn change(c: &Option<ChangeLine>) -> Value {
    c.as_ref().map_or(Value::Null, |c| {
        json!({
            "against": c.against.to_string(),
            "delta": number(c.change.delta),
            "approximate": c.change.approximate,
            "disputed": c.change.disputed,
            "derived": c.derived,
        })
    })
}

fn figure(l: &FigureLine) -> Value {
    let (value, qualifier, disputed) = match l.figure {
        Some((v, q, d)) => (number(v), json!(q.key()), d),
        None => (Value::Null, Value::Null, false),
    };
    let disputes: Vec<Value> = l
        .disputes
        .iter()
        .map(|d| {
            json!({
                "month": d.month.to_string(),
                "readings": d.readings.iter().map(|r| json!({
                    "source": r.note, "value": number(r.value), "qualifier": r.qualifier.key(),
                    "conflicts_with": r.conflicts_with.iter().map(|c| clean(c)).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut line = json!({
        "key": clean(&l.key),
        "label": clean(&l.label),
        "value": value,
        "qualifier": qualifier,
        "disputed": disputed,
        "as_of": if l.as_of.is_empty() { Value::Null } else { json!(clean(&l.as_of)) },
        "source": l.note,
        "change_previous": change(&l.previous),
        "change_year": change(&l.year),
        "disputes": disputes,
    });
    // A range line carries the series' facts (aggregate, stated totals, derived, companion).
    if let (Some(f), Value::Object(map)) = (&l.facts, &mut line) {
        map.extend(facts_fields(f));
    }
    line
}

fn section(title: &str, view: &View, brief: &Brief, notes: &mut Notes) -> Value {
    let figures: Vec<Value> = figure_lines(view, brief, notes)
        .iter()
        .map(figure)
        .collect();
    json!({ "title": title, "figures": figures })
}

/// Renders the brief as pretty-printed JSON.
pub fn render(brief: &Brief, origin: &str) -> String {
    let mut notes = Notes::default();
    let mut sections = vec![section("Headline figures", &brief.core, brief, &mut notes)];
    for (tab, view) in &brief.others {
        sections.push(section(tab.heading(), view, brief, &mut notes));
    }
    let doc = json!({
        "schema": SCHEMA,
        "kind": "report",
        "origin": clean(origin),
        "period": { "from": brief.range.from().to_string(), "to": brief.range.to().to_string(), "months": brief.range.len() },
        "qualifiers": Qualifier::ALL.iter().map(|q| q.key()).collect::<Vec<_>>(),
        "sections": sections,
        "events": brief.events.iter().map(|e| json!({
            "date": clean(&e.date), "kind": clean(&e.kind), "label": clean(&e.label),
            "source_url": if e.source_url.is_empty() { Value::Null } else { json!(clean(&e.source_url)) },
        })).collect::<Vec<_>>(),
        "documented_cases": {
            "note": "a sample from the case register, not totals",
            "total": brief.cases.total,
            "without_article": brief.cases.without_article,
            "by_article": brief.cases.by_article.iter().map(|(a, n)| json!({ "article": clean(a), "cases": n })).collect::<Vec<_>>(),
            "deaths_in_custody": brief.cases.deaths.iter().map(|d| json!({
                "date": clean(&d.date), "person": clean(&d.person), "source_url": clean(&d.source_url),
            })).collect::<Vec<_>>(),
        },
        "missing": brief.missing.iter().map(|m| clean(m)).collect::<Vec<_>>(),
        "revised": super::revised::json(brief),
        "stated_totals": brief.stated.iter().map(|(label, period, f)| json!({
            "of": clean(label), "period": period.to_string(), "value": number(f.value),
            "qualifier": f.qualifier.key(), "source": notes.number(f),
        })).collect::<Vec<_>>(),
        "sources": notes.list.iter().enumerate().map(|(i, n)| json!({
            "n": i + 1, "title": clean(&n.title), "publisher": clean(&n.publisher),
            "published": if n.published.is_empty() { Value::Null } else { json!(clean(&n.published)) },
            "url": clean(&n.url),
        })).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
