//! A first pass over an `.ods` file's `content.xml`: how large would
//! calamine's dense grid become? OpenDocument can repeat rows and columns, so
//! a file of one kilobyte can describe billions of cells; such a file is
//! refused before calamine reads it. The part is unpacked once, here: calamine
//! gets it back stored, so it does not unpack it a second time.

use std::io::{BufRead, Cursor, Read, Write};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

fn repeat(e: &BytesStart, name: &str) -> u64 {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.value.parse().ok())
        .unwrap_or(1)
}

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
    let cells = scan(&content[..])?;
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
fn scan(content: impl BufRead) -> Option<u64> {
    let mut xml = Reader::from_reader(content);
    let mut buf = Vec::new();
    let (mut largest, mut row, mut last_row, mut width) = (0u64, 0u64, 0u64, 0u64);
    let (mut row_repeat, mut col, mut row_width) = (1u64, 0u64, 0u64);
    loop {
        let event = xml.read_event_into(&mut buf).ok()?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "table:table" => (row, last_row, width) = (0, 0, 0),
                "table:table-row" => {
                    (row_repeat, col, row_width) = (repeat(&e, "table:number-rows-repeated"), 0, 0);
                    if empty {
                        row = row.saturating_add(row_repeat);
                    }
                }
                "table:table-cell" | "table:covered-table-cell" => {
                    col = col.saturating_add(repeat(&e, "table:number-columns-repeated"));
                    let filled = !empty || e.try_get_attribute("office:value-type").ok().flatten().is_some();
                    if filled {
                        row_width = col;
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                "table:table-row" => {
                    row = row.saturating_add(row_repeat);
                    if row_width > 0 {
                        last_row = row;
                        width = width.max(row_width);
                    }
                }
                "table:table" => largest = largest.max(last_row.saturating_mul(width)),
                _ => {}
            },
            Event::Eof => return Some(largest),
            _ => {}
        }
        buf.clear();
    }
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
        let wide = doc(&format!(
            r#"<table:table><table:table-row>{cell}<table:table-cell table:number-columns-repeated="16000"/>{cell}</table:table-row></table:table>"#
        ));
        assert_eq!(scan(wide.as_bytes()), Some(16_002));
    }
}
