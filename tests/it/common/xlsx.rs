//! Inside a written xlsx, as a person in Excel would see it: the notes on
//! cells, a cell's fill colour, and typing a new value into a cell (the rest
//! of the package stays as it was).

use std::collections::BTreeMap;

use crate::common::files::{part, parts, patch_zip};

/// The package part of the sheet named `sheet` (`xl/worksheets/sheet3.xml`).
fn sheet_part(bytes: &[u8], sheet: &str) -> String {
    let workbook = part(bytes, "xl/workbook.xml");
    let tag = find_tag(&workbook, "sheet", "name", &escape(sheet)).unwrap_or_else(|| panic!("no sheet {sheet}"));
    let rid = attr(&tag, "r:id").expect("r:id");
    let rels = part(bytes, "xl/_rels/workbook.xml.rels");
    let rel = find_tag(&rels, "Relationship", "Id", &rid).expect("relationship");
    format!("xl/{}", attr(&rel, "Target").expect("target"))
}

/// The notes of a sheet: cell to text.
pub fn notes(bytes: &[u8], sheet: &str) -> BTreeMap<String, String> {
    let sheet_path = sheet_part(bytes, sheet);
    let (dir, file) = sheet_path.rsplit_once('/').expect("path");
    let rels_name = format!("{dir}/_rels/{file}.rels");
    let Some((_, rels)) = parts(bytes).into_iter().find(|(n, _)| *n == rels_name) else {
        return BTreeMap::new();
    };
    let rels = String::from_utf8(rels).expect("utf8");
    let Some(target) = rels
        .split("<Relationship ")
        .skip(1)
        .find(|r| r.contains("relationships/comments\""))
        .and_then(|r| attr(&format!("<Relationship {r}"), "Target"))
    else {
        return BTreeMap::new();
    };
    let comments = part(bytes, &format!("xl/{}", target.trim_start_matches("../")));
    comments
        .split("<comment ")
        .skip(1)
        .map(|c| {
            let cell = attr(&format!("<comment {c}"), "ref").expect("ref");
            let text: String = c
                .split("<t")
                .skip(1)
                .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
                .filter_map(|t| t.split_once("</t>").map(|(s, _)| unescape(s)))
                .collect();
            (cell, text)
        })
        .collect()
}

/// The fill colour of a cell (`FFFFC7CE`), if it has one.
pub fn fill(bytes: &[u8], sheet: &str, cell: &str) -> Option<String> {
    let xml = part(bytes, &sheet_part(bytes, sheet));
    let c = find_tag(&xml, "c", "r", cell)?;
    let style: usize = attr(&c, "s")?.parse().ok()?;
    let styles = part(bytes, "xl/styles.xml");
    let xfs = between(&styles, "<cellXfs", "</cellXfs>")?;
    let xf = xfs.split("<xf ").nth(style + 1)?;
    let fill_id: usize = attr(&format!("<xf {xf}"), "fillId")?.parse().ok()?;
    let fills = between(&styles, "<fills", "</fills>")?;
    let f = fills.split("<fill>").nth(fill_id + 1)?;
    let fg = f.split("<fgColor ").nth(1)?;
    attr(&format!("<fgColor {fg}"), "rgb")
}

/// A value typed into a cell.
pub enum Typed<'a> {
    Text(&'a str),
    Number(f64),
}

/// Types values into cells of `sheet`, as a person in Excel would: the
/// cell keeps its style; only its value changes. Every cell must exist.
pub fn type_into(bytes: &[u8], sheet: &str, edits: &[(&str, Typed)]) -> Vec<u8> {
    let path = sheet_part(bytes, sheet);
    patch_zip(bytes, &path, |mut xml| {
        for (cell, value) in edits {
            let start = xml
                .find(&format!("<c r=\"{cell}\""))
                .unwrap_or_else(|| panic!("no cell {cell} on {sheet}"));
            let open_end = start + xml[start..].find('>').expect("tag end");
            let end = if xml[..open_end].ends_with('/') {
                open_end + 1
            } else {
                open_end + xml[open_end..].find("</c>").expect("close") + 4
            };
            let style = attr(&xml[start..=open_end], "s")
                .map(|s| format!(" s=\"{s}\""))
                .unwrap_or_default();
            let new = match value {
                Typed::Text(t) => format!(
                    "<c r=\"{cell}\"{style} t=\"inlineStr\"><is><t>{}</t></is></c>",
                    escape(t)
                ),
                Typed::Number(n) => format!("<c r=\"{cell}\"{style}><v>{n}</v></c>"),
            };
            xml.replace_range(start..end, &new);
        }
        xml
    })
}

/// The first `<tag ...>` whose attribute `name` is `value`.
fn find_tag(xml: &str, tag: &str, name: &str, value: &str) -> Option<String> {
    xml.split(&format!("<{tag} "))
        .skip(1)
        .map(|t| format!("<{tag} {}", t.split('>').next().unwrap_or_default()))
        .find(|t| attr(t, name).as_deref() == Some(value))
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[at..].find('"')?;
    Some(tag[at..at + len].to_owned())
}

fn between<'a>(s: &'a str, from: &str, to: &str) -> Option<&'a str> {
    let a = s.find(from)?;
    let b = a + s[a..].find(to)?;
    Some(&s[a..b])
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}
