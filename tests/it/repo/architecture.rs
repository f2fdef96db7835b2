//! The layout of `src/` is the data flow: the stage order written in
//! `src/lib.rs` holds for every `use crate::` in `src/`, and no two files
//! use each other (directly or round a longer loop).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Source files by path relative to `src/` (`pdf/kwartaal.rs`).
pub(super) type Tree = BTreeMap<String, String>;

/// The stage order: the module names of the numbered list in `lib.rs`'s
/// doc comment (`//! 3. \`maat\` — ...`), first to last.
pub(super) fn stage_order(lib: &str) -> Vec<String> {
    lib.lines()
        .filter_map(|l| l.strip_prefix("//! "))
        .filter(|l| l.split_once(". ").is_some_and(|(n, _)| n.parse::<u32>().is_ok()))
        .filter_map(|l| l.split('`').nth(1).map(str::to_owned))
        .collect()
}

/// The modules `lib.rs` declares, in order.
fn declared(lib: &str) -> Vec<String> {
    lib.lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .map(|m| m.trim_end_matches(';').to_owned())
        .collect()
}

/// A file's module path: `pdf/zinnen/mod.rs` -> `[pdf, zinnen]`.
pub(super) fn module_path(file: &str) -> Vec<String> {
    let mut parts: Vec<String> = file.trim_end_matches(".rs").split('/').map(str::to_owned).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The file of a module path, if the tree has one.
pub(super) fn file_of(tree: &Tree, path: &[String]) -> Option<String> {
    let base = path.join("/");
    [format!("{base}.rs"), format!("{base}/mod.rs")]
        .into_iter()
        .find(|f| tree.contains_key(f))
}

/// The code of a file without its comments (a `crate::` in prose is no use).
fn code(source: &str) -> String {
    source
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The part of `s` (which starts just after a `{`) up to its matching `}`.
fn group_body(s: &str) -> &str {
    let mut depth = 1;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return &s[..i];
                }
            }
            _ => {}
        }
    }
    s
}

/// The items of a group body, split at its top-level commas.
fn group_items(body: &str) -> Vec<&str> {
    let (mut items, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in body.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&body[start..]);
    items.into_iter().map(str::trim).filter(|i| !i.is_empty()).collect()
}

/// The module paths a path names, read from just after its first `::`:
/// `a::b::Item` gives one, a group such as `{a, b::{c, d}}` one per leaf,
/// nested groups included. `self` in a group names the path before it.
fn expand(rest: &str) -> Vec<Vec<String>> {
    let mut prefix: Vec<String> = Vec::new();
    let mut s = rest.trim_start();
    loop {
        if let Some(group) = s.strip_prefix('{') {
            return group_items(group_body(group))
                .into_iter()
                .flat_map(expand)
                .map(|tail| {
                    let tail = if tail.first().is_some_and(|t| t == "self") {
                        vec![]
                    } else {
                        tail
                    };
                    prefix.iter().cloned().chain(tail).collect()
                })
                .collect();
        }
        let seg: String = s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        if seg.is_empty() {
            return vec![prefix];
        }
        s = &s[seg.len()..];
        prefix.push(seg);
        match s.strip_prefix("::") {
            Some(r) => s = r,
            None => return vec![prefix],
        }
    }
}

/// The child modules a file declares in files of their own (`mod rows;`).
fn children(code: &str) -> Vec<String> {
    code.lines()
        .map(str::trim)
        .filter_map(|l| {
            let l = l
                .strip_prefix("pub ")
                .or_else(|| l.strip_prefix("pub(crate) "))
                .unwrap_or(l);
            l.strip_prefix("mod ")?.strip_suffix(';').map(|m| m.trim().to_owned())
        })
        .collect()
}

/// Where a path starts with `word::` as its first segment (not after `::`
/// or inside a longer name).
fn starts_of<'a>(code: &'a str, word: &str) -> Vec<&'a str> {
    let needle = format!("{word}::");
    code.match_indices(&needle)
        .filter(|(i, _)| {
            let before = &code[..*i];
            !before.ends_with("::") && !before.ends_with(|c: char| c.is_alphanumeric() || c == '_')
        })
        .map(|(i, _)| &code[i + needle.len()..])
        .collect()
}

/// Every module path a file names: `crate::a::b::Item`, groups such as
/// `use crate::{a, b::{c, d}}`, `super::sibling::Item` (resolved against
/// the file's own place), `self::child` and a child called by name
/// (`rows::check_rows`, `pub use rows::Item`).
fn named_paths(file: &str, source: &str) -> Vec<Vec<String>> {
    let code = code(source);
    let own = module_path(file);
    let parent = {
        let mut p = own.clone();
        p.pop();
        p
    };
    let mut found: Vec<Vec<String>> = Vec::new();
    let mut add = |base: &[String], rest: &str| {
        for tail in expand(rest) {
            if !tail.is_empty() {
                found.push(base.iter().cloned().chain(tail).collect());
            }
        }
    };
    for rest in starts_of(&code, "crate") {
        add(&[], rest);
    }
    for rest in starts_of(&code, "super") {
        add(&parent, rest);
    }
    for rest in starts_of(&code, "self") {
        add(&own, rest);
    }
    for child in children(&code) {
        let base: Vec<String> = own.iter().cloned().chain([child.clone()]).collect();
        for rest in starts_of(&code, &child) {
            add(&base, rest);
        }
    }
    found
}

/// The files a file uses: for each named path, the longest prefix that is
/// a file of the tree (not the file itself).
fn uses(tree: &Tree, file: &str) -> BTreeSet<String> {
    let own = module_path(file);
    named_paths(file, &tree[file])
        .into_iter()
        .filter_map(|path| (1..=path.len()).rev().find_map(|n| file_of(tree, &path[..n])))
        .filter(|f| module_path(f) != own)
        .collect()
}

/// Everything wrong with a tree: uses against the stage order, modules
/// missing from it, and loops of files using each other.
fn violations(tree: &Tree) -> Vec<String> {
    let mut out = Vec::new();
    let Some(lib) = tree.get("lib.rs") else {
        return vec!["lib.rs ontbreekt".into()];
    };
    let order = stage_order(lib);
    if declared(lib) != order {
        out.push(format!(
            "lib.rs declares {:?} but its stage order is {:?}",
            declared(lib),
            order
        ));
    }
    let stage = |file: &str| {
        module_path(file)
            .first()
            .and_then(|m| order.iter().position(|o| o == m))
    };
    let graph: BTreeMap<&str, BTreeSet<String>> = tree
        .keys()
        .filter(|f| *f != "lib.rs" && *f != "main.rs")
        .map(|f| (f.as_str(), uses(tree, f)))
        .collect();
    for (file, used) in &graph {
        let Some(own) = stage(file) else {
            out.push(format!("{file}: its module is not in the stage order of lib.rs"));
            continue;
        };
        for u in used {
            if stage(u).is_some_and(|s| s > own) {
                out.push(format!("{file} uses {u}, a later stage"));
            }
        }
    }
    // Loops: a file that can reach itself through the files it uses.
    for start in graph.keys() {
        let (mut seen, mut todo) = (BTreeSet::new(), vec![start.to_string()]);
        while let Some(f) = todo.pop() {
            for u in graph.get(f.as_str()).into_iter().flatten() {
                if u == start {
                    out.push(format!("{start} uses itself through {f}"));
                } else if seen.insert(u.clone()) {
                    todo.push(u.clone());
                }
            }
        }
    }
    out
}

pub(super) fn read_tree(dir: &Path, base: &Path, tree: &mut Tree) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            read_tree(&path, base, tree);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path
                .strip_prefix(base)
                .expect("below src")
                .to_string_lossy()
                .replace('\\', "/");
            tree.insert(rel, std::fs::read_to_string(&path).expect("read file"));
        }
    }
}

#[test]
fn src_follows_the_stage_order_of_lib_rs_without_loops() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut tree = Tree::new();
    read_tree(&src, &src, &mut tree);
    assert!(
        stage_order(&tree["lib.rs"]).len() > 10,
        "no stage order found in lib.rs"
    );
    let found = violations(&tree);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// A small tree in the shape of `src/`: three stages, a folder module.
fn toy() -> Tree {
    let lib = "//! 1. `text` — helpers\n//! 2. `ingest` — reading\n//! 3. `pdf` — output\n\
               pub mod text;\npub mod ingest;\npub mod pdf;\n";
    [
        ("lib.rs", lib),
        ("text.rs", "pub fn key() {}\n"),
        (
            "ingest.rs",
            "use crate::text::key;\n// crate::pdf in a comment is no use\n",
        ),
        (
            "pdf/mod.rs",
            "pub mod a;\npub mod b;\nuse crate::{ingest, text::key};\n",
        ),
        (
            "pdf/a.rs",
            "use super::b::Thing;\n#[cfg(test)]\nmod tests { use super::*; }\n",
        ),
        ("pdf/b.rs", "pub struct Thing;\n"),
    ]
    .into_iter()
    .map(|(f, s)| (f.to_owned(), s.to_owned()))
    .collect()
}

#[test]
fn the_checker_passes_a_tree_in_stage_order() {
    assert_eq!(violations(&toy()), Vec::<String>::new());
    assert_eq!(
        uses(&toy(), "pdf/mod.rs"),
        ["ingest.rs", "text.rs"].map(String::from).into()
    );
    assert_eq!(uses(&toy(), "pdf/a.rs"), ["pdf/b.rs"].map(String::from).into());
}

#[test]
fn the_checker_fails_on_a_back_import() {
    let mut tree = toy();
    tree.insert("text.rs".into(), "use crate::pdf::b::Thing;\n".into());
    let found = violations(&tree);
    assert!(
        found.contains(&"text.rs uses pdf/b.rs, a later stage".to_owned()),
        "{found:?}"
    );
    // A grouped import is seen too.
    tree.insert("text.rs".into(), "use crate::{ingest};\n".into());
    assert!(violations(&tree).contains(&"text.rs uses ingest.rs, a later stage".to_owned()));
}

#[test]
fn the_checker_fails_on_two_files_that_use_each_other() {
    let mut tree = toy();
    tree.insert("pdf/b.rs".into(), "use super::a::helper;\npub struct Thing;\n".into());
    let found = violations(&tree);
    assert!(found.iter().any(|v| v.starts_with("pdf/a.rs uses itself")), "{found:?}");
}

#[test]
fn the_checker_fails_on_a_module_outside_the_stage_order() {
    let mut tree = toy();
    tree.insert("extra.rs".into(), String::new());
    assert!(violations(&tree).contains(&"extra.rs: its module is not in the stage order of lib.rs".to_owned()));
}

#[test]
fn the_checker_sees_nested_groups() {
    let mut tree = toy();
    tree.insert(
        "text.rs".into(),
        "use crate::{model::{Quarter}, pdf::{b::{Thing}}};\n".into(),
    );
    assert!(
        violations(&tree).contains(&"text.rs uses pdf/b.rs, a later stage".to_owned()),
        "{:?}",
        violations(&tree)
    );
    assert_eq!(
        expand("{a::{b, c}, d, e::{self, f}}"),
        [vec!["a", "b"], vec!["a", "c"], vec!["d"], vec!["e"], vec!["e", "f"]]
            .map(|p| p.into_iter().map(String::from).collect::<Vec<_>>())
    );
}

#[test]
fn the_checker_sees_a_parent_calling_its_child() {
    let mut tree = toy();
    // pdf/mod.rs calls its child a by name; a uses its parent: a loop.
    tree.insert(
        "pdf/mod.rs".into(),
        "pub mod a;\npub mod b;\npub fn run() { a::go() }\n".into(),
    );
    tree.insert("pdf/a.rs".into(), "use super::run;\npub fn go() {}\n".into());
    assert_eq!(uses(&tree, "pdf/mod.rs"), ["pdf/a.rs"].map(String::from).into());
    assert!(
        violations(&tree).iter().any(|v| v.starts_with("pdf/a.rs uses itself")),
        "{:?}",
        violations(&tree)
    );
    // A re-export of the child is a use too; `self::` as well.
    tree.insert("pdf/mod.rs".into(), "mod a;\npub use self::a::go;\n".into());
    assert_eq!(uses(&tree, "pdf/mod.rs"), ["pdf/a.rs"].map(String::from).into());
    tree.insert("pdf/mod.rs".into(), "mod a;\npub use a::{go};\n".into());
    assert_eq!(uses(&tree, "pdf/mod.rs"), ["pdf/a.rs"].map(String::from).into());
    // A path that only ends in the child's name is not the child.
    tree.insert(
        "pdf/mod.rs".into(),
        "mod a;\nfn f() { x::a::go(); data::go(); }\n".into(),
    );
    assert!(uses(&tree, "pdf/mod.rs").is_empty());
}

/// The modules of the table in `docs/ontwikkelaars.md` (rows `| 3 | \`maat\` | ...`).
fn documented_order(doc: &str) -> Vec<String> {
    doc.lines()
        .filter_map(|l| l.strip_prefix("| "))
        .filter(|l| l.split(" |").next().is_some_and(|n| n.parse::<u32>().is_ok()))
        .filter_map(|l| l.split('`').nth(1).map(str::to_owned))
        .collect()
}

#[test]
fn the_developers_guide_lists_the_stage_order_of_lib_rs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib = std::fs::read_to_string(root.join("src/lib.rs")).expect("lib.rs");
    let doc = std::fs::read_to_string(root.join("docs/ontwikkelaars.md")).expect("ontwikkelaars.md");
    assert_eq!(documented_order(&doc), stage_order(&lib));
    assert_eq!(
        documented_order("| 1 | `text` | x |\n| # | module | doet |\n| 2 | `model` | y |\n"),
        ["text", "model"]
    );
}
