//! The module graph of a source tree, read from its text: which module names which, through
//! `crate::`, `super::` and `self::` paths, grouped `use a::{b, c::{d, e}}` imports, and
//! re-exports followed to the module that defines the item. It has its own tests (a tiny tree
//! with known violations) because a layout check that cannot see an edge passes silently.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Module path (`data::load::snapshot`) to its file.
pub type Modules = BTreeMap<String, PathBuf>;
/// Module to the modules it uses.
pub type Graph = BTreeMap<String, BTreeSet<String>>;
/// Module to the names it re-exports (`pub use`), each with the path it re-exports.
type Reexports = BTreeMap<String, BTreeMap<String, String>>;

/// Every `.rs` file under `root` by its module path (`mod.rs`, `lib.rs`, `main.rs` name
/// their folder).
pub fn modules_in(root: &Path) -> Modules {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let rel = p.strip_prefix(root).unwrap().with_extension("");
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
pub fn code(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn skip_ws(s: &[char], i: &mut usize) {
    while *i < s.len() && s[*i].is_whitespace() {
        *i += 1;
    }
}

fn join(prefix: &str, path: &str) -> String {
    match (prefix.is_empty(), path.is_empty()) {
        (true, _) => path.to_string(),
        (_, true) => prefix.to_string(),
        _ => format!("{prefix}::{path}"),
    }
}

/// Reads one use tree at `i` (`a::b`, `a::{b, c::{d as e}}`, `a::{self}`) into
/// (full path, name it is known by) pairs.
fn tree(s: &[char], i: &mut usize, prefix: &str, out: &mut Vec<(String, String)>) {
    let mut path = String::new();
    while *i < s.len() && (is_ident(s[*i]) || s[*i] == ':') {
        path.push(s[*i]);
        *i += 1;
    }
    skip_ws(s, i);
    let full = join(prefix, path.trim_end_matches(':'));
    if *i < s.len() && s[*i] == '{' && (path.is_empty() || path.ends_with("::")) {
        *i += 1;
        loop {
            while *i < s.len() && (s[*i].is_whitespace() || s[*i] == ',') {
                *i += 1;
            }
            if *i >= s.len() || s[*i] == '}' {
                *i += 1;
                return;
            }
            let before = *i;
            tree(s, i, &full, out);
            if *i == before {
                *i += 1;
            }
        }
    }
    let full = full.strip_suffix("::self").unwrap_or(&full).to_string();
    let mut name = full.rsplit("::").next().unwrap_or("").to_string();
    if s[*i..].starts_with(&['a', 's']) && s.get(*i + 2).is_some_and(|c| c.is_whitespace()) {
        *i += 2;
        skip_ws(s, i);
        name = s[*i..].iter().take_while(|c| is_ident(**c)).collect();
        *i += name.chars().count();
    }
    out.push((full, name));
}

/// Every path a text names from `crate::`, `super::` or `self::`, grouped imports expanded.
pub fn paths(text: &str) -> Vec<String> {
    let s: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let starts = ["crate::", "super::", "self::"]
            .iter()
            .any(|k| s[i..].starts_with(&k.chars().collect::<Vec<_>>()));
        // Not the second `super::` of `super::super::`, nor `$crate::` or `my_crate::`.
        let inside = i > 0 && (is_ident(s[i - 1]) || s[i - 1] == ':' || s[i - 1] == '$');
        if starts && !inside {
            let mut found = Vec::new();
            tree(&s, &mut i, "", &mut found);
            out.extend(found.into_iter().map(|(p, _)| p));
        } else {
            i += 1;
        }
    }
    out
}

/// The names a module's text re-exports with `pub use`, by the path each one stands for.
fn reexports(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (at, _) in text.match_indices("pub use ") {
        let s: Vec<char> = text[at + "pub use ".len()..].chars().collect();
        let mut found = Vec::new();
        tree(&s, &mut 0, "", &mut found);
        for (path, name) in found {
            // A 2018 relative path (`pub use state::App;`) starts at the module itself.
            let path =
                if ["crate", "super", "self"].contains(&path.split("::").next().unwrap_or("")) {
                    path
                } else {
                    format!("self::{path}")
                };
            out.insert(name, path);
        }
    }
    out
}

/// The module a path (`crate::a::b::Item`, `super::x`) names, seen from `from`, with
/// re-exports followed to the module that holds the item.
fn resolve(mods: &Modules, re: &Reexports, from: &str, path: &str, depth: u8) -> Option<String> {
    let mut segs: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut base: Vec<&str> = from.split("::").filter(|s| !s.is_empty()).collect();
    match segs.first() {
        Some(&"crate") => {
            base.clear();
            segs.remove(0);
        }
        Some(&"self") => {
            segs.remove(0);
        }
        // Each `super` is one step up from the module, whether its file is `mod.rs` or not.
        Some(&"super") => {
            while segs.first() == Some(&"super") {
                base.pop()?;
                segs.remove(0);
            }
        }
        _ => return None,
    }
    let i = (0..=segs.len())
        .rfind(|i| mods.contains_key(&[&base[..], &segs[..*i]].concat().join("::")))?;
    let module = [&base[..], &segs[..i]].concat().join("::");
    if let Some(item) = segs.get(i)
        && depth < 8
        && let Some(target) = re.get(&module).and_then(|m| m.get(*item))
    {
        let rest = segs[i + 1..].join("::");
        let target = join(target, &rest);
        if let Some(found) = resolve(mods, re, &module, &target, depth + 1) {
            return Some(found);
        }
    }
    Some(module)
}

/// Each module's uses of other modules of the tree.
pub fn edges(mods: &Modules) -> Graph {
    let texts: BTreeMap<&String, String> = mods.iter().map(|(m, p)| (m, code(p))).collect();
    let re: Reexports = texts
        .iter()
        .map(|(m, t)| ((*m).clone(), reexports(t)))
        .collect();
    let mut out = BTreeMap::new();
    for (m, text) in &texts {
        let deps: BTreeSet<String> = paths(text)
            .iter()
            .filter_map(|p| resolve(mods, &re, m, p, 0))
            .filter(|d| d != *m)
            .collect();
        out.insert((*m).clone(), deps);
    }
    out
}

/// A cycle through `start`, if any, by depth-first search.
pub fn cycle_from(g: &Graph, start: &str) -> Option<Vec<String>> {
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

#[cfg(test)]
mod tests;
