//! A first pass over an `.ods` file's `content.xml`: how large would
//! calamine's dense grid become? OpenDocument can repeat rows and columns, so
//! a file of one kilobyte can describe billions of cells; such a file is
//! refused before calamine reads it. The part is unpacked once, here: calamine
//! gets it back stored, so it does not unpack it a second time.

use std::io::{Cursor, Read, Write};

use memchr::{memchr, memchr3};
use quick_xml::escape::unescape;
use quick_xml::events::BytesStart;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// What the first pass found.
pub enum Checked {
    /// The bytes to give calamine: the same file, with `content.xml` stored
    /// (or the file as it came, when it could not be scanned: calamine then
    /// says what is wrong).
    Fine(Vec<u8>),
    /// A table would span this many cells (rows x columns), over the budget.
    TooDense(u64),
}

/// Scans `content.xml` (unpacking at most `max_unpacked` bytes of it) and
/// refuses the file when a table spans more than `budget` cells.
pub fn check(bytes: Vec<u8>, budget: u64, max_unpacked: u64) -> Checked {
    let repacked = match ZipArchive::new(Cursor::new(&bytes[..])) {
        Ok(mut zip) => match unpack_and_scan(&mut zip, max_unpacked) {
            Some((_, cells)) if cells > budget => return Checked::TooDense(cells),
            Some((content, _)) => stored(&mut zip, &content).ok(),
            None => None,
        },
        Err(_) => None,
    };
    Checked::Fine(repacked.unwrap_or(bytes))
}

type Zip<'a> = ZipArchive<Cursor<&'a [u8]>>;

fn unpack_and_scan(zip: &mut Zip, max_unpacked: u64) -> Option<(Vec<u8>, u64)> {
    let file = zip.by_name("content.xml").ok()?;
    let mut content = Vec::with_capacity(file.size().min(max_unpacked) as usize);
    file.take(max_unpacked).read_to_end(&mut content).ok()?;
    let cells = scan(&content)?;
    Some((content, cells))
}

/// The package again, with `content.xml` stored instead of compressed and
/// every other part copied as it was.
fn stored(zip: &mut Zip, content: &[u8]) -> zip::result::ZipResult<Vec<u8>> {
    // The other parts (styles, settings, manifest) are small next to the content.
    let mut out = ZipWriter::new(Cursor::new(Vec::with_capacity(content.len() + (64 << 10))));
    for i in 0..zip.len() {
        let part = zip.by_index_raw(i)?;
        if part.name().is_ok_and(|n| n == "content.xml") {
            drop(part);
            let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
            out.start_file("content.xml", options)?;
            out.write_all(content)?;
        } else {
            out.raw_copy_file(part)?;
        }
    }
    Ok(out.finish()?.into_inner())
}

/// The largest number of cells (rows x columns, up to the last filled row
/// and column) any table of the content spans; `None` when it cannot be
/// scanned.
///
/// Only the element tags matter, so the scan jumps from `<` to `>` and skips
/// text, comments, CDATA and processing instructions; the attributes of rows
/// and cells are read with quick-xml's own parser. A full XML parse here cost
/// as much as calamine's reading of the sheet.
fn scan(content: &[u8]) -> Option<u64> {
    let xml = std::str::from_utf8(content).ok()?;
    let (mut largest, mut row, mut last_row, mut width) = (0u64, 0u64, 0u64, 0u64);
    let (mut row_repeat, mut col, mut row_width) = (1u64, 0u64, 0u64);
    let mut at = 0;
    while let Some(lt) = memchr(b'<', &xml.as_bytes()[at..]) {
        let rest = &xml[at + lt + 1..];
        let Some(tag) = next_tag(rest)? else {
            at += lt + 1 + skipped(rest)?;
            continue;
        };
        at += lt + 1 + tag.len() + 1;
        if let Some(name) = tag.strip_prefix('/') {
            match name.trim_end() {
                "table:table-row" => {
                    row = row.saturating_add(row_repeat);
                    if row_width > 0 {
                        last_row = row;
                        width = width.max(row_width);
                    }
                }
                "table:table" => largest = largest.max(last_row.saturating_mul(width)),
                _ => {}
            }
            continue;
        }
        let (empty, tag) = match tag.strip_suffix('/') {
            Some(t) => (true, t),
            None => (false, tag),
        };
        let name_len = tag.find(|c: char| c.is_ascii_whitespace()).unwrap_or(tag.len());
        let element = BytesStart::from_content(tag, name_len);
        match &tag[..name_len] {
            "table:table" => (row, last_row, width) = (0, 0, 0),
            "table:table-row" => {
                (row_repeat, col, row_width) = (repeat_and_value(&element, "table:number-rows-repeated").0, 0, 0);
                if empty {
                    row = row.saturating_add(row_repeat);
                }
            }
            "table:table-cell" | "table:covered-table-cell" => {
                let (repeat, value) = repeat_and_value(&element, "table:number-columns-repeated");
                col = col.saturating_add(repeat);
                if !empty || value {
                    row_width = col;
                }
            }
            _ => {}
        }
    }
    Some(largest)
}

/// What follows a `<`: `Some(Some(tag))` for an element tag (the text up to
/// its `>`, which may sit inside a quoted value), `Some(None)` for a comment,
/// CDATA, declaration or processing instruction, `None` when the tag is not
/// closed.
fn next_tag(rest: &str) -> Option<Option<&str>> {
    if rest.starts_with(['!', '?']) {
        return Some(None);
    }
    let bytes = rest.as_bytes();
    let mut i = 0;
    loop {
        i += memchr3(b'>', b'"', b'\'', &bytes[i..])?;
        match bytes[i] {
            b'>' => return Some(Some(&rest[..i])),
            quote => i += 1 + memchr(quote, &bytes[i + 1..])? + 1,
        }
    }
}

/// The length of a comment, CDATA section, declaration or processing
/// instruction after its `<`.
fn skipped(rest: &str) -> Option<usize> {
    let end = if rest.starts_with("!--") {
        "-->"
    } else if rest.starts_with("![CDATA[") {
        "]]>"
    } else if rest.starts_with('?') {
        "?>"
    } else {
        ">"
    };
    Some(rest.find(end)? + end.len())
}

/// An element's repeat count (`1` when it has none) and whether it holds a
/// value. A repeat attribute that appears twice counts with its larger value,
/// so a file cannot hide a repeat behind a harmless first copy.
fn repeat_and_value(e: &BytesStart, name: &str) -> (u64, bool) {
    let (mut repeat, mut value) = (None, false);
    for a in e.attributes().with_checks(false).flatten() {
        let key = a.key.as_ref();
        if key == name {
            let n = unescape(&a.value).ok().and_then(|v| v.trim().parse().ok()).unwrap_or(1);
            repeat = Some(repeat.map_or(n, |r: u64| r.max(n)));
        } else if key == "office:value-type" {
            value = true;
        }
    }
    (repeat.unwrap_or(1), value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> String {
        format!(
            "<office:document-content><office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>"
        )
    }

    #[test]
    fn counts_repeats_up_to_the_last_filled_cell() {
        let cell = r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>"#;
        let normal = doc(&format!(
            r#"<table:table><table:table-row>{cell}{cell}<table:table-cell table:number-columns-repeated="1000"/></table:table-row>
               <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>"#
        ));
        assert_eq!(
            scan(normal.as_bytes()),
            Some(2),
            "trailing empty rows and columns do not count"
        );
        let bomb = doc(
            r#"<table:table><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="50" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>"#,
        );
        assert_eq!(scan(bomb.as_bytes()), Some(50_000_000));
        let hidden = doc(
            r#"<table:table><table:table-row table:number-rows-repeated="1" table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="50" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>"#,
        );
        assert_eq!(
            scan(hidden.as_bytes()),
            Some(50_000_000),
            "a repeat given twice counts with its larger value"
        );
        let wide = doc(&format!(
            r#"<table:table><table:table-row>{cell}<table:table-cell table:number-columns-repeated="16000"/>{cell}</table:table-row></table:table>"#
        ));
        assert_eq!(scan(wide.as_bytes()), Some(16_002));
    }
}
