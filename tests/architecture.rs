//! The layout rules, checked on the source itself: no import cycle between modules of `src`,
//! the data stages used only downwards (model -> load -> query -> output), the data layer free
//! of ratatui, clap and the layers above it, config free of ui, and every file under 300 lines.
//! Paths are read from `crate::` and `super::` uses outside comments and test modules.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Module path (`data::load::snapshot`) to its file.
fn modules() -> BTreeMap<String, PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let rel = p.strip_prefix(&root).unwrap().with_extension("");
                let mut parts: Vec<String> = rel
                    .iter()
                    .map(|s| s.to_string_lossy().into_owned())
                    .collect();
                if parts.last().is_some_and(|l| l == "mod") {
                    parts.pop();
                }
                if parts == ["lib"] || parts == ["main"] {
                    parts.clear();
                }
                out.insert(parts.join("::"), p);
            }
        }
    }
    out
}

/// The source without comments and without its test module.
fn code(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The longest known module a path (`crate::a::b::Item`, `super::x`) names, seen from `from`.
fn resolve(mods: &BTreeMap<String, PathBuf>, from: &str, path: &str) -> Option<String> {
    let mut segs: Vec<&str> = path.split("::").collect();
    let is_dir = mods
        .get(from)
        .is_some_and(|p| p.ends_with("mod.rs") || p.ends_with("lib.rs"));
    let mut base: Vec<&str> = if from.is_empty() {
        vec![]
    } else {
        from.split("::").collect()
    };
    match segs.first() {
        Some(&"crate") => {
            base.clear();
            segs.remove(0);
        }
        Some(&"super") => {
            if !is_dir {
                base.pop();
            }
            while segs.first() == Some(&"super") {
                base.pop();
                segs.remove(0);
            }
        }
        _ => return None,
    }
    (0..=segs.len())
        .map(|i| [&base[..], &segs[..i]].concat().join("::"))
        .rfind(|c| mods.contains_key(c))
}

fn edges(mods: &BTreeMap<String, PathBuf>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (m, p) in mods {
        let text = code(p);
        let mut deps = BTreeSet::new();
        for (i, _) in text
            .match_indices("crate::")
            .chain(text.match_indices("super::"))
        {
            let path: String = text[i..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            if let Some(dep) = resolve(mods, m, path.trim_end_matches(':'))
                && !dep.is_empty()
                && &dep != m
                && !m.starts_with(&format!("{dep}::"))
                && !dep.starts_with(&format!("{m}::"))
            {
                deps.insert(dep);
            }
        }
        out.insert(m.clone(), deps);
    }
    out
}

/// A cycle through `start`, if any, by depth-first search.
fn cycle_from(g: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut stack = vec![(start.to_string(), vec![start.to_string()])];
    let mut seen = BTreeSet::new();
    while let Some((node, path)) = stack.pop() {
        for next in g.get(&node).into_iter().flatten() {
            if next == start {
                return Some([path.clone(), vec![next.clone()]].concat());
            }
            if seen.insert(next.clone()) {
                stack.push((next.clone(), [path.clone(), vec![next.clone()]].concat()));
            }
        }
    }
    None
}

#[test]
fn no_module_of_src_imports_itself_through_another() {
    let g = edges(&modules());
    assert!(g.len() > 40, "the parser found the modules: {}", g.len());
    assert!(
        g["data::load::snapshot"].contains("data::model::columns"),
        "the parser sees uses"
    );
    for m in g.keys() {
        assert_eq!(cycle_from(&g, m), None, "import cycle");
    }
}

#[test]
fn the_data_stages_are_used_downwards_only() {
    let stage = |m: &str| {
        ["data::model", "data::load", "data::query", "data::output"]
            .iter()
            .position(|s| m == *s || m.starts_with(&format!("{s}::")))
    };
    for (m, deps) in edges(&modules()) {
        for d in deps {
            if let (Some(a), Some(b)) = (stage(&m), stage(&d)) {
                assert!(b <= a, "{m} (stage {a}) uses {d} (stage {b})");
            }
            if m.starts_with("data") {
                let top = [
                    "app", "ui", "cli", "commands", "config", "tui", "watch", "hangup",
                ];
                assert!(
                    !top.iter()
                        .any(|t| d == *t || d.starts_with(&format!("{t}::"))),
                    "{m} uses {d}"
                );
            }
            if m == "config" {
                assert!(!d.starts_with("ui"), "config uses {d}");
            }
        }
    }
}

#[test]
fn the_data_layer_knows_no_terminal_and_no_argument_parser() {
    for (m, p) in modules() {
        if m.starts_with("data") {
            let text = code(&p);
            assert!(!text.contains("ratatui"), "{m} uses ratatui");
            assert!(!text.contains("clap::"), "{m} uses clap");
        }
    }
}

#[test]
fn every_file_of_src_is_under_300_lines() {
    for (m, p) in modules() {
        let lines = fs::read_to_string(&p).unwrap().lines().count();
        assert!(lines <= 300, "{m}: {lines} lines");
    }
}

/// Function bodies, from the `fn` line to its closing brace (counted by braces: good enough
/// for rustfmt-formatted code, where a body closes on a line of its own).
fn function_lengths(text: &str) -> Vec<(usize, usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let t = line.trim_start();
        let is_fn = [
            "fn ",
            "pub fn ",
            "pub(crate) fn ",
            "pub(super) fn ",
            "const fn ",
        ]
        .iter()
        .any(|p| t.starts_with(p));
        if !is_fn || t.ends_with(';') {
            continue;
        }
        let (mut depth, mut opened) = (0i64, false);
        for (i, l) in lines.iter().enumerate().skip(start) {
            depth += l.matches('{').count() as i64 - l.matches('}').count() as i64;
            opened |= l.contains('{');
            if opened && depth <= 0 {
                out.push((start + 1, i - start + 1, t.chars().take(50).collect()));
                break;
            }
            if !opened && l.trim_end().ends_with(';') {
                break;
            }
        }
    }
    out
}

#[test]
fn every_function_of_src_is_under_40_lines() {
    let mut long = Vec::new();
    for (m, path) in modules() {
        for (line, n, head) in function_lengths(&std::fs::read_to_string(&path).unwrap()) {
            if n > 40 {
                long.push(format!("{m}:{line}: {n} lines: {head}"));
            }
        }
    }
    assert!(long.is_empty(), "{long:#?}");
    let sample = "fn a() {\n    let x = 1;\n}\nfn b() -> u8 {\n    2\n}\n";
    assert_eq!(
        function_lengths(sample)
            .iter()
            .map(|f| f.1)
            .collect::<Vec<_>>(),
        [3, 3]
    );
}
