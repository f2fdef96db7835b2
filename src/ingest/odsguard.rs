//! A first pass over an `.ods` file's `content.xml`: how large would
//! calamine's dense grid become? OpenDocument can repeat rows and columns, so
//! a file of one kilobyte can describe billions of cells; such a file is
//! refused before calamine reads it. The part is unpacked once, here: calamine
//! gets it back stored, so it does not unpack it a second time.

use std::io::{Cursor, Read, Write};

use memchr::{memchr, memchr3};
use quick_xml::Reader;
use quick_xml::escape::unescape;
use quick_xml::events::{BytesStart, Event};
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
/// read as XML (calamine then says what is wrong).
fn scan(content: &[u8]) -> Option<u64> {
    let xml = std::str::from_utf8(content).ok()?;
    scan_tags(xml).or_else(|| scan_xml(xml))
}

/// A table's extent, counted as its tags go by.
struct Extent {
    largest: u64,
    row: u64,
    last_row: u64,
    width: u64,
    row_repeat: u64,
    col: u64,
    row_width: u64,
}

impl Extent {
    fn new() -> Extent {
        Extent {
            largest: 0,
            row: 0,
            last_row: 0,
            width: 0,
            row_repeat: 1,
            col: 0,
            row_width: 0,
        }
    }

    fn start(&mut self, e: &BytesStart, empty: bool) {
        match e.name().as_ref() {
            "table:table" => (self.row, self.last_row, self.width) = (0, 0, 0),
            "table:table-row" => {
                self.row_repeat = repeat_and_value(e, "table:number-rows-repeated").0;
                (self.col, self.row_width) = (0, 0);
                if empty {
                    self.row = self.row.saturating_add(self.row_repeat);
                }
            }
            "table:table-cell" | "table:covered-table-cell" => {
                let (repeat, value) = repeat_and_value(e, "table:number-columns-repeated");
                self.col = self.col.saturating_add(repeat);
                if !empty || value {
                    self.row_width = self.col;
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "table:table-row" => {
                self.row = self.row.saturating_add(self.row_repeat);
                if self.row_width > 0 {
                    self.last_row = self.row;
                    self.width = self.width.max(self.row_width);
                }
            }
            "table:table" => self.largest = self.largest.max(self.last_row.saturating_mul(self.width)),
            _ => {}
        }
    }
}

/// The fast way: only the element tags matter, so the scan jumps with
/// `memchr` from `<` to `>`, skipping text, comments, CDATA and processing
/// instructions, and reads only the attributes of rows and cells. (A full
/// XML parse cost as much as calamine's own reading of the sheet.) `None`
/// for anything it does not expect in a spreadsheet, such as a DOCTYPE:
/// [`scan_xml`] then reads the content the way calamine does.
fn scan_tags(xml: &str) -> Option<u64> {
    let mut extent = Extent::new();
    let mut at = 0;
    while let Some(lt) = memchr(b'<', &xml.as_bytes()[at..]) {
        let (len, tag) = next_markup(&xml[at + lt + 1..])?;
        at += lt + 1 + len;
        let Some(tag) = tag else { continue };
        if let Some(name) = tag.strip_prefix('/') {
            extent.end(name.trim_end());
            continue;
        }
        let (empty, tag) = match tag.strip_suffix('/') {
            Some(t) => (true, t),
            None => (false, tag),
        };
        let name_len = tag.find(|c: char| c.is_ascii_whitespace()).unwrap_or(tag.len());
        extent.start(&BytesStart::from_content(tag, name_len), empty);
    }
    Some(extent.largest)
}

/// The slow way, for content [`scan_tags`] does not expect: every event of a
/// full XML parse, as calamine reads it.
fn scan_xml(xml: &str) -> Option<u64> {
    let mut reader = Reader::from_str(xml);
    let mut extent = Extent::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) => extent.start(&e, false),
            Event::Empty(e) => extent.start(&e, true),
            Event::End(e) => extent.end(e.name().as_ref()),
            Event::Eof => return Some(extent.largest),
            _ => {}
        }
    }
}

/// What follows a `<`: its length up to and including the closing `>`, and
/// the tag itself when it is an element tag (the text before that `>`, which
/// may sit inside a quoted value). Comments, CDATA sections and processing
/// instructions are skipped whole. `None` for anything else (a DOCTYPE, a
/// tag that is not closed).
fn next_markup(rest: &str) -> Option<(usize, Option<&str>)> {
    for (open, close) in [("!--", "-->"), ("![CDATA[", "]]>"), ("?", "?>")] {
        if rest.starts_with(open) {
            return Some((rest.find(close)? + close.len(), None));
        }
    }
    if rest.starts_with('!') {
        return None;
    }
    let bytes = rest.as_bytes();
    let mut i = 0;
    loop {
        i += memchr3(b'>', b'"', b'\'', &bytes[i..])?;
        match bytes[i] {
            b'>' => return Some((i + 1, Some(&rest[..i]))),
            quote => i += 1 + memchr(quote, &bytes[i + 1..])? + 1,
        }
    }
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
    use proptest::prelude::*;

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

    #[test]
    fn a_doctype_cannot_hide_a_table() {
        // quick-xml, and so calamine, reads a DOCTYPE anywhere. The fast scan
        // leaves such content to the full parse, which is not fooled by the
        // `<table:table>` inside it.
        let bomb = doc(
            r#"<table:table><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="50" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row><!DOCTYPE x [<!ENTITY a ">"> <table:table> ]></table:table>"#,
        );
        assert_eq!(scan_tags(&bomb), None);
        assert_eq!(scan(bomb.as_bytes()), Some(50_000_000));
    }

    /// A random spreadsheet body: tables of rows of cells, with repeats,
    /// values, and the things that may trip a scanner that skips from `<` to
    /// `>`: `>` and quotes in text and attributes, comments, CDATA and
    /// processing instructions that hold tags, white space inside tags.
    fn body() -> impl Strategy<Value = String> {
        let repeat = |name: &'static str| {
            prop_oneof![
                Just(String::new()),
                (0u64..5, any::<bool>()).prop_map(move |(n, single)| {
                    let q = if single { '\'' } else { '"' };
                    format!(" table:{name}={q}{n}{q}")
                }),
                (1u64..3_000_000).prop_map(move |n| format!("\n  table:{name}=\"{n}\"")),
            ]
        };
        let noise = prop_oneof![
            Just(""),
            Just("<!-- <table:table> </table:table-row> -->"),
            Just("<![CDATA[<table:table-row>]]>"),
            Just("<?algoreg a>b ?>"),
            Just("a > b \" ' &gt;"),
        ];
        // An attribute whose value holds a `>`, before the ones that count.
        let style = prop_oneof![
            Just(""),
            Just(r#" table:style-name="c>1/""#),
            Just(" table:style-name='>'")
        ];
        let cell = (
            any::<bool>(),
            style.clone(),
            repeat("number-columns-repeated"),
            any::<bool>(),
            any::<bool>(),
            noise.clone(),
        )
            .prop_map(|(covered, style, rep, value, empty, noise)| {
                let name = if covered {
                    "table:covered-table-cell"
                } else {
                    "table:table-cell"
                };
                let value = if value {
                    r#" office:value-type="string" table:formula="of:=[.A1]>0""#
                } else {
                    ""
                };
                if empty {
                    format!("<{name}{style}{rep}{value} />")
                } else {
                    format!("<{name}{style}{rep}{value}><text:p>{noise}</text:p></{name} >")
                }
            });
        let row = (
            style,
            repeat("number-rows-repeated"),
            prop::collection::vec(cell, 0..4),
            any::<bool>(),
        )
            .prop_map(|(style, rep, cells, empty)| {
                if empty {
                    format!("<table:table-row{style}{rep}/>")
                } else {
                    format!("<table:table-row{style}{rep}>{}</table:table-row>", cells.concat())
                }
            });
        let table = (prop::collection::vec(row, 0..5), noise).prop_map(|(rows, noise)| {
            format!("<table:table table:name=\"a>b\">{noise}{}</table:table>", rows.concat())
        });
        prop::collection::vec(table, 0..3).prop_map(|tables| doc(&tables.concat()))
    }

    proptest::proptest! {
        #[test]
        fn the_fast_scan_counts_what_the_full_parse_counts(content in body()) {
            proptest::prop_assert_eq!(scan_tags(&content), scan_xml(&content));
        }
    }
}
