//! Opening a workbook's bytes with calamine, whatever its kind (xlsx, xls,
//! ods), and reading its sheet names and the cells of a sheet. Every call into
//! calamine goes through [`guarded`], which turns a panic in calamine into an
//! answer; algoreg's own code runs outside it.

use std::io::Cursor;
use std::panic::AssertUnwindSafe;

use calamine::{Data, DataType, Ods, Range, Reader, Xls, Xlsx, open_workbook_from_rs};

use super::sparse::{Cells, Entry, Limits};

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

/// calamine panicked on a file; the panic's message.
#[derive(Debug)]
pub struct Panicked(pub String);

/// Why calamine gave no answer.
#[derive(Debug)]
pub enum Failure {
    /// calamine says what is wrong with the file.
    Error(String),
    /// calamine panicked on the file.
    Panic(Panicked),
}

impl From<Panicked> for Failure {
    fn from(panic: Panicked) -> Failure {
        Failure::Panic(panic)
    }
}

/// Runs one call into calamine. A malformed file can still make calamine
/// panic (fuzzing found a dimension `J10:A1` that makes it subtract past
/// zero); that panic becomes [`Panicked`], so the file gets a finding and the
/// other files go on. Only calamine's own calls run in here: a panic in
/// algoreg's own code is a bug, and goes on up.
pub fn guarded<T>(call: impl FnOnce() -> T) -> Result<T, Panicked> {
    std::panic::catch_unwind(AssertUnwindSafe(call)).map_err(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Panicked(why)
    })
}

/// [`guarded`], for a call that returns calamine's own error.
fn checked<T, E: std::fmt::Display>(call: impl FnOnce() -> Result<T, E>) -> Result<T, Failure> {
    guarded(call)?.map_err(|e| Failure::Error(e.to_string()))
}

/// A workbook of any of the supported kinds, read from memory.
pub enum Book {
    Xlsx(Xlsx<Cursor<Vec<u8>>>),
    Xls(Xls<Cursor<Vec<u8>>>),
    Ods(Ods<Cursor<Vec<u8>>>),
}

impl Book {
    pub fn open(bytes: Vec<u8>) -> Result<Book, Failure> {
        let (zip, ods) = (bytes.starts_with(b"PK"), is_ods(&bytes));
        let cursor = Cursor::new(bytes);
        if ods {
            checked(|| open_workbook_from_rs::<Ods<_>, _>(cursor)).map(Book::Ods)
        } else if zip {
            checked(|| open_workbook_from_rs::<Xlsx<_>, _>(cursor)).map(Book::Xlsx)
        } else {
            checked(|| open_workbook_from_rs::<Xls<_>, _>(cursor)).map(Book::Xls)
        }
    }

    pub fn sheet_names(&self) -> Result<Vec<String>, Panicked> {
        guarded(|| match self {
            Book::Xlsx(b) => b.sheet_names(),
            Book::Xls(b) => b.sheet_names(),
            Book::Ods(b) => b.sheet_names(),
        })
    }

    /// The sheet's non-empty cells. Xlsx is streamed cell by cell, so reading
    /// stops at the cell limit; xls and ods come as a calamine range.
    pub fn cells(&mut self, name: &str, limits: &Limits) -> Result<Cells, Failure> {
        match self {
            Book::Xlsx(b) => {
                let mut reader = checked(|| b.worksheet_cells_reader(name))?;
                collect(
                    || {
                        checked(|| {
                            let cell = reader.next_cell()?;
                            Ok::<_, calamine::XlsxError>(
                                cell.map(|c| (c.get_position(), Data::from(c.get_value().clone()))),
                            )
                        })
                    },
                    limits,
                )
            }
            Book::Xls(b) => range_cells(&checked(|| b.worksheet_range(name))?, limits),
            Book::Ods(b) => range_cells(&checked(|| b.worksheet_range(name))?, limits),
        }
    }
}

/// The non-empty cells of a calamine range.
fn range_cells(range: &Range<Data>, limits: &Limits) -> Result<Cells, Failure> {
    let (r0, c0) = guarded(|| range.start())?.unwrap_or((0, 0));
    let mut used = guarded(|| range.used_cells())?;
    collect(
        || {
            let next = guarded(|| used.find(|(_, _, d)| !d.is_empty()))?;
            Ok(next.map(|(r, c, d)| ((r0 + r as u32, c0 + c as u32), d.clone())))
        },
        limits,
    )
}

/// Collects a sheet's cells, asking calamine for each with `next` until it
/// has no more, fails, or the limits stop reading.
fn collect(mut next: impl FnMut() -> Result<Option<Entry>, Failure>, limits: &Limits) -> Result<Cells, Failure> {
    let mut failure = None;
    let stream = std::iter::from_fn(|| {
        next().unwrap_or_else(|f| {
            failure = Some(f);
            None
        })
    });
    let cells = Cells::collect(stream, limits);
    failure.map_or(Ok(cells), Err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_the_call_becomes_its_message() {
        let Err(Panicked(why)) = guarded(|| -> u32 { panic!("past zero") }) else {
            panic!("the panic was not caught");
        };
        assert_eq!(why, "past zero");
        let n = 3;
        let Err(Panicked(why)) = guarded(|| -> u32 { panic!("row {n}") }) else {
            panic!("the panic was not caught");
        };
        assert_eq!(why, "row 3");
        assert_eq!(guarded(|| 7).unwrap(), 7);
    }

    #[test]
    fn an_error_from_calamine_is_not_a_panic() {
        let failure = checked(|| Err::<(), _>("kapot")).unwrap_err();
        assert!(matches!(failure, Failure::Error(e) if e == "kapot"));
    }
}
