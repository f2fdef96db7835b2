//! Inside a written xlsx, as a person in Excel would see it: the notes on
//! cells and a cell's fill colour; and the small XML helpers that
//! [`crate::common::edit`] shares.

use std::collections::BTreeMap;

use crate::common::files::{part, parts};

/// The package part of the sheet named `sheet` (`xl/worksheets/sheet3.xml`).
fn sheet_part(bytes: &[u8], sheet: &str) -> String {
    sheet_part_of(
        &part(bytes, "xl/workbook.xml"),
        &part(bytes, "xl/_rels/workbook.xml.rels"),
        sheet,
    )
}

/// The same, from the text of `xl/workbook.xml` and its relationships.
pub(super) fn sheet_part_of(workbook: &str, rels: &str, sheet: &str) -> String {
    let tag = find_tag(workbook, "sheet", "name", &escape(sheet)).unwrap_or_else(|| panic!("no sheet {sheet}"));
    let rid = attr(&tag, "r:id").expect("r:id");
    let rel = find_tag(rels, "Relationship", "Id", &rid).expect("relationship");
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

/// The first `<tag ...>` whose attribute `name` is `value`.
fn find_tag(xml: &str, tag: &str, name: &str, value: &str) -> Option<String> {
    xml.split(&format!("<{tag} "))
        .skip(1)
        .map(|t| format!("<{tag} {}", t.split('>').next().unwrap_or_default()))
        .find(|t| attr(t, name).as_deref() == Some(value))
}

pub(super) fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[at..].find('"')?;
    Some(tag[at..at + len].to_owned())
}

fn between<'a>(s: &'a str, from: &str, to: &str) -> Option<&'a str> {
    let a = s.find(from)?;
    let b = a + s[a..].find(to)?;
    Some(&s[a..b])
}

pub(super) fn escape(s: &str) -> String {
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
