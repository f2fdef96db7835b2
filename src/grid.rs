//! Plain workbooks from a grid of cells, written as `.xlsx` or `.ods`: the
//! sample inputs, the test fixtures and the benchmark batches are made with it.
//! (The status-sheet template, with dropdowns and comments, is `excel::template`.)

use std::io::{Cursor, Write};

use anyhow::Result;
use chrono::NaiveDate;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Formula, Workbook};
use zip::write::SimpleFileOptions;

/// One cell's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    Number(f64),
    /// A real date cell (not text).
    Date(NaiveDate),
    /// A formula with its last computed result, such as `#REF!`.
    Formula {
        formula: String,
        result: String,
    },
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<NaiveDate> for Value {
    fn from(d: NaiveDate) -> Self {
        Value::Date(d)
    }
}

impl From<f64> for Value {
    fn from(n: f64) -> Self {
        Value::Number(n)
    }
}

/// A workbook: sheets, each a list of rows.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    pub sheets: Vec<(String, Vec<Vec<Value>>)>,
}

impl Grid {
    pub fn sheet(mut self, name: &str, rows: Vec<Vec<Value>>) -> Self {
        self.sheets.push((name.to_owned(), rows));
        self
    }

    /// Writes `.xlsx`; the same grid gives the same bytes.
    pub fn to_xlsx(&self) -> Result<Vec<u8>> {
        let mut book = Workbook::new();
        let fixed = ExcelDateTime::from_ymd(2025, 1, 1)?;
        book.set_properties(&DocProperties::new().set_creation_datetime(&fixed));
        let date = Format::new().set_num_format("dd-mm-yyyy");
        for (name, rows) in &self.sheets {
            let sheet = book.add_worksheet();
            sheet.set_name(name)?;
            for (r, row) in rows.iter().enumerate() {
                for (c, value) in row.iter().enumerate() {
                    let (r, c) = (r as u32, c as u16);
                    match value {
                        Value::Empty => {}
                        Value::Text(s) => {
                            sheet.write_string(r, c, s)?;
                        }
                        Value::Number(n) => {
                            sheet.write_number(r, c, *n)?;
                        }
                        Value::Date(d) => {
                            sheet.write_datetime_with_format(r, c, d, &date)?;
                        }
                        Value::Formula { formula, result } => {
                            sheet.write_formula(r, c, Formula::new(formula).set_result(result))?;
                        }
                    }
                }
            }
        }
        Ok(book.save_to_buffer()?)
    }

    /// Writes `.ods` (OpenDocument spreadsheet) with a minimal package.
    pub fn to_ods(&self) -> Result<Vec<u8>> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        let deflated = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("mimetype", stored)?;
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")?;
        zip.start_file("META-INF/manifest.xml", deflated)?;
        zip.write_all(ODS_MANIFEST.as_bytes())?;
        zip.start_file("content.xml", deflated)?;
        zip.write_all(self.ods_content().as_bytes())?;
        Ok(zip.finish()?.into_inner())
    }

    fn ods_content(&self) -> String {
        let mut x = String::from(ODS_CONTENT_HEAD);
        for (name, rows) in &self.sheets {
            x.push_str(&format!("<table:table table:name=\"{}\">", xml_escape(name)));
            for row in rows {
                x.push_str("<table:table-row>");
                for value in row {
                    match value {
                        Value::Empty => x.push_str("<table:table-cell/>"),
                        Value::Text(s) => x.push_str(&format!(
                            "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                            xml_escape(s)
                        )),
                        Value::Number(n) => x.push_str(&format!(
                            "<table:table-cell office:value-type=\"float\" office:value=\"{n}\"><text:p>{n}</text:p></table:table-cell>"
                        )),
                        Value::Formula { result, .. } => x.push_str(&format!(
                            "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                            xml_escape(result)
                        )),
                        Value::Date(d) => x.push_str(&format!(
                            "<table:table-cell office:value-type=\"date\" office:date-value=\"{}\"><text:p>{}</text:p></table:table-cell>",
                            d.format("%Y-%m-%d"),
                            d.format("%d-%m-%Y")
                        )),
                    }
                }
                x.push_str("</table:table-row>");
            }
            x.push_str("</table:table>");
        }
        x.push_str("</office:spreadsheet></office:body></office:document-content>");
        x
    }
}

pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const ODS_MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"#;

const ODS_CONTENT_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>"#;

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Reader};

    fn grid() -> Grid {
        let d = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
        Grid::default().sheet(
            "Blad <1>",
            vec![vec![
                "tekst & meer".into(),
                12.5.into(),
                d.into(),
                Value::Empty,
                "x".into(),
            ]],
        )
    }

    fn first_row(bytes: Vec<u8>) -> Vec<Data> {
        let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
        assert_eq!(book.sheet_names(), ["Blad <1>"]);
        let range = book.worksheet_range("Blad <1>").unwrap();
        range.rows().next().unwrap().to_vec()
    }

    #[test]
    fn xlsx_and_ods_read_back_alike() {
        for bytes in [grid().to_xlsx().unwrap(), grid().to_ods().unwrap()] {
            let row = first_row(bytes);
            assert_eq!(row[0], Data::String("tekst & meer".into()));
            assert_eq!(row[1], Data::Float(12.5));
            let date = match &row[2] {
                Data::DateTime(dt) => dt.as_datetime().unwrap().date(),
                Data::DateTimeIso(s) => crate::text::parse_date(s).unwrap(),
                other => panic!("no date: {other:?}"),
            };
            assert_eq!(date, NaiveDate::from_ymd_opt(2025, 6, 30).unwrap());
            assert_eq!(row[3], Data::Empty);
            assert_eq!(row[4], Data::String("x".into()));
        }
    }

    #[test]
    fn same_grid_same_bytes() {
        assert_eq!(grid().to_xlsx().unwrap(), grid().to_xlsx().unwrap());
        assert_eq!(grid().to_ods().unwrap(), grid().to_ods().unwrap());
    }
}
