//! The graph reader on tiny trees with known edges: each kind of reference the layout check
//! relies on must be found, or the check passes on a tree that breaks it.

use super::*;

/// A source tree in a temporary folder, from (file, text) pairs.
fn tree_of(files: &[(&str, &str)]) -> (tempfile::TempDir, Graph) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let p = dir.path().join(name);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }
    let g = edges(&modules_in(dir.path()));
    (dir, g)
}

fn has(g: &Graph, from: &str, to: &str) -> bool {
    g.get(from).is_some_and(|d| d.contains(to))
}

#[test]
fn super_in_a_file_that_is_not_mod_rs_is_its_sibling() {
    let (_d, g) = tree_of(&[
        ("lib.rs", "mod app;"),
        ("app/mod.rs", "mod clipboard; mod state;"),
        ("app/clipboard.rs", "use super::state::App;"),
        (
            "app/state.rs",
            "pub struct App { c: crate::app::clipboard::Clipboard }",
        ),
    ]);
    assert!(has(&g, "app::clipboard", "app::state"), "{g:?}");
    assert!(has(&g, "app::state", "app::clipboard"), "{g:?}");
    assert!(cycle_from(&g, "app::state").is_some(), "the cycle is found");
}

#[test]
fn super_in_mod_rs_and_super_super_step_up_once_each() {
    let (_d, g) = tree_of(&[
        ("lib.rs", "mod a; mod top;"),
        ("top.rs", "pub fn f() {}"),
        ("a/mod.rs", "fn g() { super::top::f() }"),
        ("a/b/mod.rs", "fn h() { super::super::top::f() }"),
        ("a/b/c.rs", "use super::super::super::top;"),
    ]);
    assert!(has(&g, "a", "top"), "{g:?}");
    assert!(has(&g, "a::b", "top"), "{g:?}");
    assert!(has(&g, "a::b::c", "top"), "{g:?}");
    // The inner `super::` of `super::super::` is not read as a path of its own.
    assert!(!has(&g, "a::b", "a"), "{g:?}");
}

#[test]
fn grouped_imports_are_read_past_the_brace() {
    let (_d, g) = tree_of(&[
        ("lib.rs", "mod x;"),
        ("x/mod.rs", "mod p; mod q; mod r;"),
        (
            "x/p.rs",
            "use crate::x::{\n    q::Q,\n    r::{self, R as S},\n};",
        ),
        ("x/q.rs", "pub struct Q;"),
        ("x/r.rs", "pub struct R;"),
    ]);
    assert!(has(&g, "x::p", "x::q"), "{g:?}");
    assert!(has(&g, "x::p", "x::r"), "{g:?}");
}

#[test]
fn a_use_through_a_reexport_reaches_the_defining_module() {
    let (_d, g) = tree_of(&[
        ("lib.rs", "mod chart;"),
        (
            "chart/mod.rs",
            "mod draw; mod image;\npub use image::{WIDTH, encode as png};",
        ),
        ("chart/draw.rs", "use super::WIDTH;\npub fn draw() {}"),
        (
            "chart/image.rs",
            "pub const WIDTH: u32 = 1;\npub fn encode() { super::draw::draw() }",
        ),
        ("other.rs", "fn f() { crate::chart::png() }"),
    ]);
    assert!(has(&g, "chart::draw", "chart::image"), "{g:?}");
    assert!(
        !has(&g, "chart::draw", "chart"),
        "the facade is not the edge: {g:?}"
    );
    assert!(
        has(&g, "other", "chart::image"),
        "an alias is followed: {g:?}"
    );
    assert!(cycle_from(&g, "chart::draw").is_some(), "{g:?}");
}

#[test]
fn a_tree_without_cycles_has_none() {
    let (_d, g) = tree_of(&[
        ("lib.rs", "mod a; mod b;"),
        ("a.rs", "use crate::b::B;"),
        ("b.rs", "pub struct B; const C: &str = \"$crate::a\";"),
    ]);
    assert!(has(&g, "a", "b"), "{g:?}");
    for m in g.keys() {
        assert_eq!(cycle_from(&g, m), None);
    }
}
