//! `repdash compare` output: text, Markdown, CSV and JSON of a [`Comparison`], each carrying
//! the qualifiers, the coverage of both periods and a "not like for like" note where they
//! differ.

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::data::model::month::MonthRange;
use crate::data::model::qualifier::Qualifier;
use crate::data::model::text::{clean, format_change};
use crate::data::output::brief::md::md_text;
use crate::data::output::json_values::{SCHEMA, aggregate, number, stated_totals};
use crate::data::output::summary::text::{Format, csv_rows};
use crate::data::query::compare::{Comparison, Row, Side};
use crate::data::query::stated::stated_words;
use crate::data::query::view::aggregate_words;

/// Renders the comparison in `format`.
pub fn render(c: &Comparison, format: Format) -> String {
    match format {
        Format::Text => text(c),
        Format::Md => md(c),
        Format::Csv => csv(c),
        Format::Json => json_doc(c),
    }
}

fn side_words(s: &Side, mark: fn(Qualifier) -> &'static str) -> String {
    let disputed = if s.disputed { " ≠" } else { "" };
    let stated = stated_words(&s.stated, mark);
    format!("{}{disputed}{stated}", aggregate_words(&s.aggregate, mark))
}

/// `+12.9%` style, one decimal (`+12,9%` in Belarusian and Russian).
fn percent(p: Option<f64>) -> String {
    p.map_or(String::new(), |p| {
        format!(
            " ({}%)",
            crate::data::model::text::format_signed_tenths(p * 100.0)
        )
    })
}

/// `-187 (-12.9%)`, `~+5 (+2.0%)`, or `·` when a side has no data. Sums over different
/// coverage get no percentage; where both whole periods have a stated total, the change of
/// those totals is the headline and the sums' change is named as not like for like.
fn change_words(c: &Comparison, r: &Row) -> String {
    let Some(d) = r.change() else {
        return "·".to_string();
    };
    let approx = if r.approximate() { "~" } else { "" };
    let disputed = if r.disputed() { "≠" } else { "" };
    let sums = format!(
        "{approx}{}{disputed}{}",
        format_change(d),
        percent(r.relative())
    );
    match c.stated_change(r) {
        Some(s) if !r.like_for_like() => {
            let approx = if s.approximate { "~" } else { "" };
            let stated = format!("{approx}{}{}", format_change(s.delta), percent(s.relative));
            crate::tr!("cmp-stated-change", stated = stated, sums = sums)
        }
        _ => sums,
    }
}

/// "not like for like: 2024 has 11 of 12 months (missing 2024-07)" for rows that need it.
fn caveat(c: &Comparison, r: &Row) -> Option<String> {
    // Without a change there is nothing to qualify.
    if r.like_for_like() || r.change().is_none() {
        return None;
    }
    let part = |name: String, s: &Side| {
        let missing: Vec<String> = s.missing.iter().map(|m| m.to_string()).collect();
        let gaps = if missing.is_empty() {
            String::new()
        } else {
            crate::tr!("cmp-missing", months = missing.join(" "))
        };
        crate::tr!(
            "cmp-part",
            period = name,
            with = s.with_data,
            months = s.months,
            form = crate::data::model::plural::form(s.months),
            missing = gaps
        )
    };
    Some(crate::tr!(
        "cmp-not-like",
        label = clean(&r.label),
        a = part(c.a.to_string(), &r.a),
        b = part(c.b.to_string(), &r.b)
    ))
}

fn text(c: &Comparison) -> String {
    let mut out = crate::tr!("cmp-title", a = c.a.to_string(), b = c.b.to_string());
    out.push('\n');
    let change = crate::tr!("cmp-change");
    for r in &c.rows {
        let _ = writeln!(
            out,
            "{} ({})\n  A {}\n  B {}\n  {change} {}",
            clean(&r.label),
            clean(&r.key),
            side_words(&r.a, Qualifier::ascii_mark).replace(" ≠", " *"),
            side_words(&r.b, Qualifier::ascii_mark).replace(" ≠", " *"),
            change_words(c, r).replace('≠', " *")
        );
    }
    let notes: Vec<String> = c.rows.iter().filter_map(|r| caveat(c, r)).collect();
    if !notes.is_empty() {
        out.push('\n');
        notes.iter().for_each(|n| {
            let _ = writeln!(out, "{n}");
        });
    }
    let _ = writeln!(out, "\n{}", crate::tr!("cmp-legend"));
    out
}

fn md(c: &Comparison) -> String {
    let (a, b) = (c.a.to_string(), c.b.to_string());
    let mut out = format!(
        "{}\n\n{}\n|---|---|---|---|\n",
        crate::tr!("cmp-md-title", a = a.clone(), b = b.clone()),
        crate::tr!("cmp-md-head", a = a, b = b)
    );
    for r in &c.rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            md_text(&r.label),
            md_text(&side_words(&r.a, Qualifier::mark)),
            md_text(&side_words(&r.b, Qualifier::mark)),
            md_text(&change_words(c, r))
        );
    }
    out.push('\n');
    for n in c.rows.iter().filter_map(|r| caveat(c, r)) {
        let _ = writeln!(out, "- {}", md_text(&n));
    }
    let _ = writeln!(out, "\n{}", crate::tr!("cmp-md-legend"));
    out
}

fn months_list(s: &Side) -> String {
    s.missing
        .iter()
        .map(|m| m.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

const CSV_HEADER: [&str; 18] = [
    "key",
    "label",
    "by",
    "a_range",
    "a_value",
    "a_qualifier",
    "a_months_with_data",
    "a_missing",
    "b_range",
    "b_value",
    "b_qualifier",
    "b_months_with_data",
    "b_missing",
    "change",
    "change_relative",
    "like_for_like",
    "stated_change",
    "stated_change_relative",
];

/// A side's range, value, qualifier, coverage and missing months as CSV cells.
fn side_cells(range: MonthRange, s: &Side) -> [String; 5] {
    let plain = crate::data::model::figure::format_plain;
    let (v, q) = s.value().map_or((String::new(), String::new()), |(v, q)| {
        (plain(v), q.key().to_string())
    });
    let coverage = format!("{} of {}", s.with_data, s.months);
    [range.to_string(), v, q, coverage, months_list(s)]
}

fn csv(c: &Comparison) -> String {
    let plain = crate::data::model::figure::format_plain;
    let rows = c.rows.iter().map(|r| {
        let [a0, a1, a2, a3, a4] = side_cells(c.a, &r.a);
        let [b0, b1, b2, b3, b4] = side_cells(c.b, &r.b);
        let by = if r.sums { "sum" } else { "last" };
        let stated = c.stated_change(r);
        [
            r.key.clone(),
            r.label.clone(),
            by.to_string(),
            a0,
            a1,
            a2,
            a3,
            a4,
            b0,
            b1,
            b2,
            b3,
            b4,
            r.change().map_or(String::new(), plain),
            r.relative().map_or(String::new(), |p| format!("{p:.4}")),
            if r.like_for_like() { "yes" } else { "no" }.to_string(),
            stated.map_or(String::new(), |s| plain(s.delta)),
            stated
                .and_then(|s| s.relative)
                .map_or(String::new(), |p| format!("{p:.4}")),
        ]
    });
    csv_rows(&CSV_HEADER, rows)
}

fn side_json(s: &Side) -> Value {
    json!({
        "aggregate": aggregate(&s.aggregate),
        "stated_totals": stated_totals(&s.stated),
        "months_with_data": s.with_data,
        "months": s.months,
        "missing": s.missing.iter().map(|m| m.to_string()).collect::<Vec<_>>(),
    })
}

fn json_doc(c: &Comparison) -> String {
    let rows: Vec<Value> = c
        .rows
        .iter()
        .map(|r| {
            json!({
                    "key": clean(&r.key),
                    "label": clean(&r.label),
                    "by": if r.sums { "sum" } else { "last" },
                    "a": side_json(&r.a),
                    "b": side_json(&r.b),
                    "change": r.change().map_or(Value::Null, number),
                    "change_relative": r.relative().map_or(Value::Null, number),
                    "approximate": r.approximate(),
            "disputed": r.disputed(),
                    "like_for_like": r.like_for_like(),
                    "stated_change": c.stated_change(r).map_or(Value::Null, |s| json!({
                        "a": number(s.a), "b": number(s.b), "delta": number(s.delta),
                        "relative": s.relative.map_or(Value::Null, number),
                        "approximate": s.approximate,
                    })),
                })
        })
        .collect();
    let doc = json!({
        "schema": SCHEMA,
        "kind": "compare",
        "a": { "from": c.a.from().to_string(), "to": c.a.to().to_string() },
        "b": { "from": c.b.from().to_string(), "to": c.b.to().to_string() },
        "rows": rows,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
