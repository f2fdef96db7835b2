//! The layout of the tests: one test binary (`tests/it/`), every file in it
//! a module that is compiled, and its top modules `common`, `repo` and then
//! stages of `src/lib.rs`, in the stage order.

use std::path::Path;

use super::architecture::{Tree, file_of, module_path, read_tree, stage_order};

/// The modules a file declares with `mod name;` (or `pub mod name;`).
fn declared(source: &str) -> Vec<String> {
    source
        .lines()
        .map(|l| l.trim().trim_start_matches("pub "))
        .filter_map(|l| l.strip_prefix("mod ")?.strip_suffix(';'))
        .map(str::to_owned)
        .collect()
}

/// What is out of place in a test tree (files relative to `tests/it/`).
fn misplaced(tree: &Tree, stages: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for file in tree.keys().filter(|f| *f != "main.rs") {
        let path = module_path(file);
        let (name, parent) = path.split_last().expect("a module path");
        let parent_file = if parent.is_empty() {
            Some("main.rs".to_owned())
        } else {
            file_of(tree, parent)
        };
        if !parent_file.is_some_and(|p| declared(&tree[&p]).contains(name)) {
            found.push(format!("{file}: no `mod {name};` declares it, so it never runs"));
        }
    }
    let mut last = 0;
    for module in declared(&tree["main.rs"]) {
        if module == "common" || module == "repo" {
            continue;
        }
        match stages.iter().position(|s| *s == module) {
            None => found.push(format!("main.rs: `{module}` is no stage of src/lib.rs")),
            Some(at) if at < last => found.push(format!("main.rs: `{module}` comes after a later stage")),
            Some(at) => last = at,
        }
    }
    found
}

#[test]
fn the_tests_are_one_binary_in_the_stage_order() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Cargo makes a test binary of each tests/*.rs and tests/*/main.rs.
    let mut binaries = Vec::new();
    for entry in std::fs::read_dir(root.join("tests")).expect("tests/") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "rs") || path.join("main.rs").exists() {
            binaries.push(path.strip_prefix(root).expect("in the repo").display().to_string());
        }
    }
    assert_eq!(binaries, ["tests/it"], "one test binary (see docs/ontwikkelaars.md)");

    let it = root.join("tests/it");
    let mut tree = Tree::new();
    read_tree(&it, &it, &mut tree);
    let lib = std::fs::read_to_string(root.join("src/lib.rs")).expect("lib.rs");
    let found = misplaced(&tree, &stage_order(&lib));
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_layout_check_finds_a_file_that_never_runs_and_a_module_out_of_order() {
    let stages = ["text", "ingest", "pdf"].map(String::from);
    let mut tree: Tree = [
        ("main.rs", "mod common;\nmod repo;\n\nmod ingest;\nmod pdf;\n"),
        ("common/mod.rs", "pub mod run;\n"),
        ("common/run.rs", ""),
        ("repo.rs", ""),
        ("ingest.rs", ""),
        ("pdf/mod.rs", "mod reports;\n"),
        ("pdf/reports.rs", ""),
    ]
    .into_iter()
    .map(|(f, s)| (f.to_owned(), s.to_owned()))
    .collect();
    assert_eq!(misplaced(&tree, &stages), Vec::<String>::new());

    tree.insert("pdf/koers.rs".into(), String::new());
    tree.insert(
        "main.rs".into(),
        "mod common;\nmod pdf;\nmod ingest;\nmod extra;\n".into(),
    );
    tree.insert("extra.rs".into(), String::new());
    assert_eq!(
        misplaced(&tree, &stages),
        [
            "pdf/koers.rs: no `mod koers;` declares it, so it never runs",
            "repo.rs: no `mod repo;` declares it, so it never runs",
            "main.rs: `ingest` comes after a later stage",
            "main.rs: `extra` is no stage of src/lib.rs",
        ]
    );
}
