//! A cheap first pass over an `.ods` file's `content.xml`: how large would
//! calamine's dense grid become? OpenDocument can repeat rows and columns, so
//! a file of one kilobyte can describe billions of cells; such a file is
//! refused before calamine reads it.

use std::io::{BufRead, BufReader, Cursor};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

fn repeat(e: &BytesStart, name: &str) -> u64 {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.value.parse().ok())
        .unwrap_or(1)
}

/// The largest number of cells (rows x columns, up to the last filled row
/// and column) any table of the file spans; `None` when the file cannot be
/// scanned (calamine then says what is wrong).
pub fn dense_cells(bytes: &[u8]) -> Option<u64> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let content = zip.by_name("content.xml").ok()?;
    scan(BufReader::new(content))
}

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
