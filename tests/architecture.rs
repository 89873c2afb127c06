//! The layout rules, checked on the source itself: no import cycle between modules of `src`,
//! the data stages used only downwards (model -> load -> query -> output), the data layer free
//! of ratatui, clap and the layers above it, config free of ui, and every file under 300 lines.
//! Paths are read by `module_graph` (crate::, super::, self::, grouped imports, re-exports
//! followed), outside comments and test modules; its own tests show it finds each kind.

mod module_graph;

use module_graph::{code, cycle_from, edges};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Module path (`data::load::snapshot`) to its file, for the crate's own `src`.
fn modules() -> BTreeMap<String, PathBuf> {
    module_graph::modules_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

#[test]
fn no_module_of_src_imports_itself_through_another() {
    let g = edges(&modules());
    assert!(g.len() > 40, "the parser found the modules: {}", g.len());
    assert!(
        g["data::load::snapshot"].contains("data::model::columns"),
        "the parser sees uses"
    );
    // `use super::state::App;` in a file that is not mod.rs: the kind of edge once dropped.
    assert!(
        g["app::clipboard"].contains("app::state"),
        "the parser sees super:: uses"
    );
    let cycles: Vec<_> = g.keys().filter_map(|m| cycle_from(&g, m)).collect();
    assert!(cycles.is_empty(), "import cycles: {cycles:#?}");
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

/// What a `ui` file must not name: the store's figure queries, the builders of views and
/// series, and the output writers. Everything a frame needs is in the app's state already.
fn ui_queries(code: &str) -> Vec<&'static str> {
    const FORBIDDEN: [&str; 7] = [
        "figures_in(",
        "figures_of(",
        "shared_figures(",
        "all_figures(",
        "View::build",
        "Series::build",
        "data::output",
    ];
    FORBIDDEN.into_iter().filter(|f| code.contains(f)).collect()
}

#[test]
fn the_ui_queries_nothing_and_writes_nothing() {
    let mut found = Vec::new();
    for (m, p) in modules() {
        if m == "ui" || m.starts_with("ui::") {
            for what in ui_queries(&code(&p)) {
                found.push(format!("{m} names {what}"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
    // The check itself, on the line the month popup once drew from.
    let known = "let figures = app.store().figures_in(month);";
    assert_eq!(ui_queries(known), ["figures_in("]);
}

#[test]
fn docs_architecture_names_every_folder_of_the_data_layer() {
    // The page and the tree stay in step: a folder added without a word fails here.
    let page =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/architecture.md"))
            .unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut missing = Vec::new();
    for dir in ["data", "data/output", ""] {
        for e in fs::read_dir(src.join(dir)).unwrap().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if e.path().is_dir() && !page.contains(&format!("{name}/")) {
                missing.push(format!("{dir}/{name}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in docs/architecture.md: {missing:?}"
    );
}

/// Matches on a tab that may hide a catch-all: `match self.tab {` (or `app.tab()`) instead of
/// `match self.tab.kind() {`, whose arms the compiler checks.
fn tab_matches(code: &str) -> usize {
    code.lines()
        .filter(|l| {
            let l = l.trim();
            l.contains("match ") && (l.ends_with(".tab {") || l.ends_with(".tab() {"))
        })
        .count()
}

#[test]
fn tabs_are_matched_through_their_kind_only() {
    let mut found = Vec::new();
    for (m, p) in modules() {
        if tab_matches(&code(&p)) > 0 && m != "app::tab" {
            found.push(m);
        }
    }
    assert!(found.is_empty(), "match on a tab, not its kind: {found:?}");
    assert_eq!(
        tab_matches("        match self.tab {\n            _ => 0,\n"),
        1
    );
    assert_eq!(tab_matches("        let x = match app.tab() {\n"), 1);
    assert_eq!(tab_matches("        match self.tab.kind() {\n"), 0);
}

/// Facade names used inside the crate: `crate::data::Store` and the like, where a module
/// should name the module that defines what it uses (`crate::data::load::store::Store`), or
/// the module graph loses the edge.
fn facade_uses(code: &str) -> usize {
    code.match_indices("crate::data::")
        .filter(|(at, m)| {
            let rest = &code[at + m.len()..];
            rest.starts_with(|c: char| c.is_ascii_uppercase() || c == '{')
        })
        .count()
}

#[test]
fn inside_the_crate_nothing_goes_through_the_data_facade() {
    let mut found = Vec::new();
    for (m, p) in modules() {
        // The facade itself, and the binary, which is outside the library.
        if m != "data" && !m.is_empty() && facade_uses(&code(&p)) > 0 {
            found.push(m);
        }
    }
    assert!(found.is_empty(), "through the data facade: {found:?}");
    assert_eq!(facade_uses("source: Option<crate::data::DataSource>,"), 1);
    assert_eq!(facade_uses("use crate::data::{Store, View};"), 1);
    assert_eq!(facade_uses("use crate::data::load::store::Store;"), 0);
}

/// Whether `lib` declares `app` and `ui` private to the crate: outside it they are reached
/// through the `dash` facade only, so the dead-code lint sees what nothing uses in them.
fn private_layers(lib: &str) -> Vec<&'static str> {
    ["app", "ui"]
        .into_iter()
        .filter(|m| {
            !lib.lines()
                .any(|l| l.trim() == format!("pub(crate) mod {m};"))
        })
        .collect()
}

#[test]
fn app_and_ui_are_private_to_the_crate_and_nothing_inside_uses_their_facade() {
    let lib = std::fs::read_to_string("src/lib.rs").unwrap();
    assert!(
        private_layers(&lib).is_empty(),
        "public: {:?}",
        private_layers(&lib)
    );
    assert_eq!(
        private_layers("pub mod app;\npub(crate) mod ui;\n"),
        ["app"]
    );
    let mut found = Vec::new();
    for (m, p) in modules() {
        if m != "dash" && code(&p).contains("crate::dash") {
            found.push(m);
        }
    }
    assert!(found.is_empty(), "through the dash facade: {found:?}");
}

/// Places that ask which tab it is by name (`DashTab::Articles`, `== DashTab::…`) instead of
/// asking the tab's unit.
fn tab_names(code: &str) -> usize {
    const VARIANTS: [&str; 7] = [
        "Overview",
        "Prisoners",
        "Detentions",
        "Administrative",
        "Extremism",
        "Articles",
        "Coverage",
    ];
    let named = VARIANTS
        .iter()
        .map(|v| code.matches(&format!("DashTab::{v}")).count())
        .sum::<usize>();
    named + code.matches("== DashTab").count() + code.matches("!= DashTab").count()
}

#[test]
fn only_the_tab_units_ask_which_tab_it_is() {
    let mut found = Vec::new();
    for (m, p) in modules() {
        let layer = m.starts_with("app") || m.starts_with("ui");
        let unit = m == "app::tab" || m.starts_with("app::tabs");
        if layer && !unit && tab_names(&code(&p)) > 0 {
            found.push(m);
        }
    }
    assert!(found.is_empty(), "asks for a tab by name: {found:?}");
    assert_eq!(tab_names("if app.tab() == DashTab::Articles {"), 2);
    assert_eq!(tab_names("if self.tab != other {"), 0);
    assert_eq!(tab_names("for t in DashTab::ALL {"), 0);
}
