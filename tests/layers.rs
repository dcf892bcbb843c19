//! The crate's layers hold: every module uses only modules of its own layer or lower ones, and no
//! modules form a circle. The test reads every `crate::`, `role_compare::` and `super::` path in
//! `src/` (inline ones and grouped `use crate::{…}` too, comments and doc links included), so an
//! upward reference fails CI with the names of both files. The layers, lowest first, are written
//! down once, in `src/lib.rs` and ARCHITECTURE.md.

#![cfg(not(target_arch = "wasm32"))] // native: the built-in framework, files and processes

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Layer of a module by its first path segment; the top layer holds the widget, the command-line
/// tool and the fuzz properties.
fn layer(first: &str) -> Option<(usize, &'static str)> {
    Some(match first {
        "framework" => (1, "framework (the model)"),
        "load" => (2, "load"),
        "engine" => (3, "engine"),
        "state" => (4, "state"),
        "output" => (5, "output"),
        "ui" | "bin" | "fuzzing" | "main" => (6, "the top (ui, bin, fuzzing)"),
        _ => return None,
    })
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file below `src/`: `engine/compare.rs` → [engine, compare];
/// `load/import/mod.rs` → [load, import]; `lib.rs` → [].
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// Every path this source names from the crate root, as segments: `crate::engine::compare::Cell`
/// → [engine, compare, Cell]; `super::moves` inside `engine/career.rs` → [engine, moves];
/// `use crate::{framework::Framework, load::csv}` → both.
fn referenced(source: &str, module: &[String], is_mod_file: bool) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let bytes = source.as_bytes();
    let word = |i: usize| i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
    // The path starting at `start`: `a::b::C` ends at the first other character; a group
    // `a::{b, c::{d, e}}` runs to its closing brace, across lines (as rustfmt wraps it).
    let path_at = |start: usize| -> String {
        let mut out = String::new();
        let mut depth = 0usize;
        for c in source[start..].chars() {
            match c {
                '{' => depth += 1,
                '}' if depth > 0 => {
                    depth -= 1;
                    out.push(c);
                    if depth == 0 {
                        break;
                    }
                    continue;
                }
                ';' => break,
                c if depth > 0 => {
                    out.push(if c.is_whitespace() { ' ' } else { c });
                    continue;
                }
                c if c.is_ascii_alphanumeric() || c == '_' || c == ':' => {}
                _ => break,
            }
            out.push(c);
        }
        out
    };
    // Splits "a::b::{c::d, e}" into its paths.
    fn expand(text: &str) -> Vec<Vec<String>> {
        let text = text.trim();
        if let Some(open) = text.find('{') {
            let head: Vec<String> = text[..open]
                .split("::")
                .filter(|s| !s.trim().is_empty())
                .map(|s| s.trim().to_string())
                .collect();
            let close = text.rfind('}').filter(|c| *c > open).unwrap_or(text.len());
            let inner = &text[open + 1..close];
            let mut depth = 0;
            let mut parts = Vec::new();
            let mut current = String::new();
            for c in inner.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        parts.push(std::mem::take(&mut current));
                        continue;
                    }
                    _ => {}
                }
                current.push(c);
            }
            parts.push(current);
            parts
                .iter()
                .filter(|p| !p.trim().is_empty())
                .flat_map(|p| expand(p))
                .map(|tail| head.iter().cloned().chain(tail).collect())
                .collect()
        } else {
            let segments: Vec<String> = text
                .split("::")
                .map(|s| s.split(' ').next().unwrap_or("").to_string())
                .take_while(|s| !s.is_empty() && s != "*")
                .collect();
            vec![segments]
        }
    }
    for root in ["crate::", "role_compare::"] {
        for (i, _) in source.match_indices(root) {
            if word(i) {
                found.extend(expand(&path_at(i + root.len())));
            }
        }
    }
    for (i, _) in source.match_indices("super::") {
        if !word(i) || source[..i].ends_with("super::") {
            continue;
        }
        let mut rest = &source[i..];
        // A mod.rs file's `super` is its folder's parent; another file's is its folder.
        let mut base: Vec<String> = module.to_vec();
        let mut ups = 0;
        while let Some(r) = rest.strip_prefix("super::") {
            rest = r;
            ups += 1;
        }
        // Inside `mod tests { use super::* }` super is the file's own module: counting it as the
        // parent only ever names the same layer, so it cannot hide an upward reference.
        let _ = is_mod_file;
        for _ in 0..ups {
            base.pop();
        }
        for tail in expand(&path_at(i + "super::".len() * ups)) {
            found.push(base.iter().cloned().chain(tail).collect());
        }
    }
    found.retain(|p| !p.is_empty());
    found
}

#[test]
fn every_module_uses_only_its_own_layer_or_lower_ones_and_no_modules_form_a_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    // The modules there are: each layer's files, one unit per top module of a layer
    // (`engine::compare`, `load::import`, `ui::views`), and the file that holds each unit.
    let unit = |module: &[String]| -> String {
        module
            .iter()
            .take(2)
            .cloned()
            .collect::<Vec<_>>()
            .join("::")
    };
    let mut unit_files: BTreeMap<String, String> = BTreeMap::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let module = module_of(relative);
        if !module.is_empty() {
            unit_files
                .entry(unit(&module))
                .or_insert_with(|| format!("src/{}", relative.display()));
        }
    }
    let mut upward = Vec::new();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut checked = 0;
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let module = module_of(relative);
        let Some(first) = module.first() else {
            continue;
        };
        let Some((own, own_name)) = layer(first) else {
            panic!(
                "src/{} is in no layer: put it in one of the layer folders",
                relative.display()
            );
        };
        let source = std::fs::read_to_string(file).unwrap();
        let is_mod_file = relative.ends_with("mod.rs");
        for path in referenced(&source, &module, is_mod_file) {
            checked += 1;
            let Some((theirs, their_name)) = layer(&path[0]) else {
                continue;
            };
            // The longest known unit the path names (a type in a layer's mod.rs names the layer).
            let target = if unit_files.contains_key(&unit(&path)) {
                unit(&path)
            } else {
                path[0].clone()
            };
            if theirs > own {
                upward.push(format!(
                    "src/{} ({own_name}) uses {} ({their_name}), in {}",
                    relative.display(),
                    path.join("::"),
                    unit_files
                        .get(&target)
                        .cloned()
                        .unwrap_or_else(|| format!("src/{}", path[0]))
                ));
            }
            let from = unit(&module);
            if target != from && own < 6 {
                edges.entry(from).or_default().insert(target);
            }
        }
    }
    assert!(
        checked > 300,
        "only {checked} paths read: the reader is broken"
    );
    assert!(
        upward.is_empty(),
        "upward references:\n{}",
        upward.join("\n")
    );

    // No circle among the modules below the top: a depth-first search for a back edge.
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), 1);
        stack.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(1) => {
                    let at = stack.iter().position(|n| n == next).unwrap();
                    let mut circle = stack[at..].to_vec();
                    circle.push(next.clone());
                    return Some(circle);
                }
                Some(_) => {}
                None => {
                    if let Some(circle) = visit(next, edges, state, stack) {
                        return Some(circle);
                    }
                }
            }
        }
        stack.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in edges.keys() {
        if !state.contains_key(node.as_str()) {
            if let Some(circle) = visit(node, &edges, &mut state, &mut Vec::new()) {
                let named: Vec<String> = circle
                    .iter()
                    .map(|m| format!("{m} ({})", unit_files.get(m).map_or("?", String::as_str)))
                    .collect();
                panic!("modules form a circle: {}", named.join(" → "));
            }
        }
    }
}

#[test]
fn the_reader_finds_inline_grouped_and_super_paths() {
    let module = vec!["engine".to_string(), "moves".to_string()];
    // (`use super::views::*` reads as `ui::views`, which the seam check refuses in core files.)
    let found = referenced(
        "let n = crate::state::selection::MAX_COLUMNS;\nuse crate::{framework::Framework, load::{csv, validate::Problem}};\nuse super::compare::Cell;\nuse crate::{\n    ui::browser,\n    output::export::{\n        Document,\n    },\n};\nif x { crate::engine::lookup::level } else { 1 }",
        &module,
        false,
    );
    let joined: Vec<String> = found.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        joined,
        [
            "state::selection::MAX_COLUMNS",
            "framework::Framework",
            "load::csv",
            "load::validate::Problem",
            "ui::browser",
            "output::export::Document",
            "engine::lookup::level",
            "engine::compare::Cell"
        ]
    );
}

/// The widget's core: what a deep-linked comparison needs to paint and work. Written down in
/// `src/ui/later.rs` and ARCHITECTURE.md.
const CORE: [&str; 27] = [
    "ui/app.rs",
    "ui/texts.rs",
    "ui/widget.rs",
    "ui/link_sync.rs",
    "ui/focus.rs",
    "ui/context.rs",
    "ui/embed.rs",
    "ui/browser.rs",
    "ui/framework_store.rs",
    "ui/framework_loader.rs",
    "ui/state.rs",
    "ui/mod.rs",
    "ui/views/mod.rs",
    "ui/views/cell.rs",
    "ui/views/column_header.rs",
    "ui/views/columns.rs",
    "ui/views/grid.rs",
    "ui/views/heading.rs",
    "ui/views/notices.rs",
    "ui/views/footer.rs",
    "ui/views/role_picker.rs",
    "ui/views/search_box.rs",
    "ui/views/shortcuts.rs",
    "ui/views/starting_points.rs",
    "ui/views/summary.rs",
    "ui/views/view_controls.rs",
    "ui/views/screen_tabs.rs",
];

/// What loads on first use, reached from the core only through `ui::later`.
const LATER: [&str; 16] = [
    "ui::own_framework",
    "state::history",
    "ui::views::team",
    "state::team_file",
    "engine::team",
    "ui::ratings_store",
    "ui::views::moves",
    "ui::views::gap",
    "ui::views::related",
    "ui::views::skill_view",
    "ui::views::take_away",
    "ui::views::framework_file",
    "output",
    "state::ratings",
    "load::import",
    "load::csv",
];

#[test]
fn the_core_reaches_what_loads_on_first_use_only_through_the_seam() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut crossing = Vec::new();
    for file in CORE {
        let path = src.join(file);
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("src/{file} (listed as core) cannot be read: {e}"));
        let module = module_of(Path::new(file));
        for named in referenced(&source, &module, file.ends_with("mod.rs")) {
            let joined = named.join("::");
            if let Some(part) = LATER
                .iter()
                .find(|later| joined == **later || joined.starts_with(&format!("{later}::")))
            {
                crossing.push(format!("src/{file} names {joined} ({part} loads on first use: reach it through ui::later)"));
            }
            // A whole module of views imported (`use super::views;` or `views::*`) would let a
            // core file name a later part as `views::moves::…`, which this reader cannot follow:
            // the core imports views by name.
            if joined == "ui::views" || joined == "ui" {
                crossing.push(format!("src/{file} imports {joined} whole: import each view by name, so the seam stays checkable"));
            }
        }
    }
    assert!(crossing.is_empty(), "{}", crossing.join("\n"));
}
