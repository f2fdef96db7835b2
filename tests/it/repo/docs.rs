//! The documentation holds together: every relative link in README.md and
//! docs/ points to a file that exists and, with `#anker`, to a heading in
//! it; README stays short (the guide is in docs/).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A heading's anchor as GitHub makes it: lower case, punctuation dropped
/// (letters with accents stay), spaces to `-`.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The anchors of a Markdown text's headings (outside code blocks).
fn anchors(text: &str) -> BTreeSet<String> {
    let mut in_code = false;
    let mut out = BTreeSet::new();
    for line in text.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
        } else if !in_code && line.starts_with('#') {
            out.insert(slug(line.trim_start_matches('#')));
        }
    }
    out
}

/// The link targets of a Markdown text (outside code blocks and code spans).
fn links(text: &str) -> Vec<String> {
    let mut in_code = false;
    let mut out = Vec::new();
    for line in text.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        let prose: String = line.split('`').step_by(2).collect::<Vec<_>>().join("");
        let mut rest = prose.as_str();
        while let Some(i) = rest.find("](") {
            let after = &rest[i + 2..];
            let Some(end) = after.find(')') else { break };
            out.push(after[..end].to_owned());
            rest = &after[end..];
        }
    }
    out
}

/// Every dead relative link in `file`, as `file: target`.
fn dead_links(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).expect("read markdown");
    let mut dead = Vec::new();
    for target in links(&text) {
        if target.starts_with("http://") || target.starts_with("https://") || target.starts_with("mailto:") {
            continue;
        }
        let (path, anchor) = target.split_once('#').unwrap_or((&target, ""));
        let linked = if path.is_empty() {
            file.to_path_buf()
        } else {
            file.parent().expect("folder").join(path)
        };
        let ok = match std::fs::read_to_string(&linked) {
            Ok(t) => anchor.is_empty() || anchors(&t).contains(anchor),
            Err(_) => linked.is_dir() && anchor.is_empty(),
        };
        if !ok {
            dead.push(format!("{}: {target}", file.display()));
        }
    }
    dead
}

fn docs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    let mut in_docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("docs folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    in_docs.sort();
    files.extend(in_docs);
    files
}

#[test]
fn no_link_in_readme_or_docs_is_dead() {
    let files = docs();
    assert!(files.len() >= 4, "README and the three documents in docs/: {files:?}");
    let dead: Vec<String> = files.iter().flat_map(|f| dead_links(f)).collect();
    assert!(dead.is_empty(), "dead links:\n{}", dead.join("\n"));
}

#[test]
fn readme_stays_under_1500_words_and_links_the_guide() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README");
    let words = readme.split_whitespace().count();
    assert!(words < 1500, "README has {words} words");
    for doc in ["docs/handleiding.md", "docs/ontwikkelaars.md", "docs/prestaties.md"] {
        assert!(readme.contains(&format!("]({doc}")), "README does not link {doc}");
    }
}

#[test]
fn the_checker_finds_a_dead_file_a_dead_anchor_and_passes_good_links() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("b.md"),
        "# Het kwartaal in stappen\n## `organisaties.csv`\n",
    )
    .unwrap();
    let a = dir.path().join("a.md");
    std::fs::write(
        &a,
        "Zie [b](b.md#het-kwartaal-in-stappen), [c](b.md#organisatiescsv), [web](https://x.nl/y) \
         en `[code](weg.md)`.\n```\n[ook code](weg.md)\n```\n# Eigen kop\n[hier](#eigen-kop)\n",
    )
    .unwrap();
    assert_eq!(dead_links(&a), Vec::<String>::new());
    std::fs::write(&a, "[weg](weg.md) [anker](b.md#bestaat-niet) [zelf](#geen-kop)\n").unwrap();
    let found = dead_links(&a);
    assert_eq!(found.len(), 3, "{found:?}");
}
