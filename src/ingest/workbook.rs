//! Opening a workbook's bytes with calamine, whatever its kind (xlsx, xls,
//! ods), and reading its sheet names and the cells of a sheet.

use std::io::Cursor;

use calamine::{Ods, Reader, Xls, Xlsx, open_workbook_from_rs};

use super::sparse::{Cells, Limits};

/// Says in plain words why bytes are not a workbook.
pub fn why_unreadable(bytes: &[u8], error: &str) -> String {
    let hint = if bytes.is_empty() {
        "Het bestand is leeg.".to_owned()
    } else if bytes.starts_with(b"%PDF") {
        "Dit is een PDF-bestand, geen spreadsheet.".to_owned()
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        "Het bestand is met een wachtwoord beveiligd, of het is beschadigd. Sla het op zonder wachtwoord.".to_owned()
    } else if bytes.starts_with(b"PK") {
        format!("Het bestand is beschadigd of onvolledig ({error}).")
    } else {
        "Dit is geen spreadsheet. Sla het bestand op als .xlsx of .ods.".to_owned()
    };
    format!("Het bestand kan niet worden gelezen. {hint}")
}

/// An OpenDocument spreadsheet: a zip whose first part, `mimetype`, says so.
fn is_ods(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK")
        && bytes
            .windows(39)
            .take(200)
            .any(|w| w == b"application/vnd.oasis.opendocument.spre")
}

/// A workbook of any of the supported kinds, read from memory.
pub enum Book {
    Xlsx(Xlsx<Cursor<Vec<u8>>>),
    Xls(Xls<Cursor<Vec<u8>>>),
    Ods(Ods<Cursor<Vec<u8>>>),
}

impl Book {
    pub fn open(bytes: Vec<u8>) -> Result<Book, String> {
        let (zip, ods) = (bytes.starts_with(b"PK"), is_ods(&bytes));
        let cursor = Cursor::new(bytes);
        if ods {
            open_workbook_from_rs(cursor)
                .map(Book::Ods)
                .map_err(|e: calamine::OdsError| e.to_string())
        } else if zip {
            open_workbook_from_rs(cursor)
                .map(Book::Xlsx)
                .map_err(|e: calamine::XlsxError| e.to_string())
        } else {
            open_workbook_from_rs(cursor)
                .map(Book::Xls)
                .map_err(|e: calamine::XlsError| e.to_string())
        }
    }

    pub fn sheet_names(&self) -> Vec<String> {
        match self {
            Book::Xlsx(b) => b.sheet_names(),
            Book::Xls(b) => b.sheet_names(),
            Book::Ods(b) => b.sheet_names(),
        }
    }

    /// The sheet's non-empty cells. Xlsx is streamed cell by cell, so reading
    /// stops at the cell limit; xls and ods come as a calamine range.
    pub fn cells(&mut self, name: &str, limits: &Limits) -> Result<Cells, String> {
        match self {
            Book::Xlsx(b) => {
                let mut reader = b.worksheet_cells_reader(name).map_err(|e| e.to_string())?;
                let mut error = None;
                let stream = std::iter::from_fn(|| match reader.next_cell() {
                    Ok(Some(cell)) => Some((cell.get_position(), calamine::Data::from(cell.get_value().clone()))),
                    Ok(None) => None,
                    Err(e) => {
                        error = Some(e.to_string());
                        None
                    }
                });
                let cells = Cells::collect(stream, limits);
                error.map_or(Ok(cells), Err)
            }
            Book::Xls(b) => b
                .worksheet_range(name)
                .map(|r| Cells::from_range(&r, limits))
                .map_err(|e| e.to_string()),
            Book::Ods(b) => b
                .worksheet_range(name)
                .map(|r| Cells::from_range(&r, limits))
                .map_err(|e| e.to_string()),
        }
    }
}
