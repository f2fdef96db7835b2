//! Ingest: find the status sheets of a quarter, open each one, and turn its
//! cells into typed rows that remember their source cell.
//!
//! Opening a path ([`read_path`]) is split from reading bytes ([`read_bytes`])
//! so that tests can feed bytes.

pub mod cells;
pub mod sheet;

use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Data, Ods, Range, Reader, Xls, Xlsx, open_workbook_from_rs};

use crate::findings::{Code, Finding, Findings, Location};
use crate::text::key;
pub use cells::Val;
pub use sheet::{AlgoRow, Columns, Field, Labeled, OrgHeader};

/// The file endings read as status sheets.
pub const EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "ods"];

/// One status sheet, read.
#[derive(Debug, Clone)]
pub struct StatusSheet {
    pub org_sheet: String,
    pub alg_sheet: String,
    pub header: OrgHeader,
    pub columns: Columns,
    pub rows: Vec<AlgoRow>,
}

/// What reading one file gave: the sheet when it could be read, and findings.
#[derive(Debug, Clone)]
pub struct FileRead {
    /// The path as shown to the user (`inputs/2025-Q2/politie.xlsx`).
    pub file: String,
    pub sheet: Option<StatusSheet>,
    /// Non-blank rows seen on the Algoritmen sheet.
    pub rows_read: usize,
    pub findings: Vec<Finding>,
}

/// A spreadsheet found in a quarter folder: its path, and how it is shown.
pub type Found = (PathBuf, String);

/// Lists the spreadsheets in a quarter folder, sorted by name. Excel lock
/// files (`~$name.xlsx`) and hidden files are skipped quietly; any other file
/// gets an informational finding, so nothing is passed over unseen.
pub fn discover(folder: &Path, shown: &str) -> std::io::Result<(Vec<Found>, Vec<Finding>)> {
    let mut entries: Vec<_> = std::fs::read_dir(folder)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    let mut files = Vec::new();
    let mut findings = Findings::default();
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("~$") || name.starts_with('.') || entry.file_type()?.is_dir() {
            continue;
        }
        let shown_path = format!("{}/{name}", shown.trim_end_matches('/'));
        let ext = Path::new(&name).extension().map(|e| e.to_string_lossy().to_lowercase());
        if ext.as_deref().is_some_and(|e| EXTENSIONS.contains(&e)) {
            files.push((entry.path(), shown_path));
        } else {
            findings.info(
                Code::BestandOvergeslagen,
                Location::file(shown_path),
                format!(
                    "Dit bestand is geen spreadsheet ({}) en is overgeslagen.",
                    EXTENSIONS.join(", ")
                ),
            );
        }
    }
    Ok((files, findings.0))
}

/// Opens and reads one file.
pub fn read_path(path: &Path, shown: &str) -> FileRead {
    match std::fs::read(path) {
        Ok(bytes) => read_bytes(bytes, shown),
        Err(e) => unreadable(shown, format!("Het bestand kan niet worden geopend ({e}).")),
    }
}

fn unreadable(shown: &str, message: String) -> FileRead {
    FileRead {
        file: shown.to_owned(),
        sheet: None,
        rows_read: 0,
        findings: vec![Finding::new(
            crate::findings::Severity::Fout,
            Code::BestandOnleesbaar,
            Location::file(shown),
            message,
        )],
    }
}

/// Says in plain words why bytes are not a workbook.
fn why_unreadable(bytes: &[u8], error: &str) -> String {
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

/// A workbook of any of the supported kinds, read from memory.
enum Book {
    Xlsx(Xlsx<Cursor<Vec<u8>>>),
    Xls(Xls<Cursor<Vec<u8>>>),
    Ods(Ods<Cursor<Vec<u8>>>),
}

impl Book {
    fn open(bytes: Vec<u8>) -> Result<Book, String> {
        let zip = bytes.starts_with(b"PK");
        let ods = zip
            && bytes
                .windows(39)
                .take(200)
                .any(|w| w == b"application/vnd.oasis.opendocument.spre");
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

    fn sheet_names(&self) -> Vec<String> {
        match self {
            Book::Xlsx(b) => b.sheet_names(),
            Book::Xls(b) => b.sheet_names(),
            Book::Ods(b) => b.sheet_names(),
        }
    }

    fn range(&mut self, name: &str) -> Result<Range<Data>, String> {
        match self {
            Book::Xlsx(b) => b.worksheet_range(name).map_err(|e| e.to_string()),
            Book::Xls(b) => b.worksheet_range(name).map_err(|e| e.to_string()),
            Book::Ods(b) => b.worksheet_range(name).map_err(|e| e.to_string()),
        }
    }
}

/// Reads a status sheet from its bytes.
pub fn read_bytes(bytes: Vec<u8>, shown: &str) -> FileRead {
    let original = bytes[..bytes.len().min(8)].to_vec();
    let mut book = match Book::open(bytes) {
        Ok(b) => b,
        Err(e) => return unreadable(shown, why_unreadable(&original, &e)),
    };
    let names = book.sheet_names();
    let file = Location::file(shown);
    let mut out = Findings::default();
    let mut find = |wanted: &str| -> Option<(String, Range<Data>)> {
        let Some(name) = names.iter().find(|n| key(n) == key(wanted)) else {
            out.fout(
                Code::BladOntbreekt,
                file.clone(),
                format!("Het blad {wanted} ontbreekt. Gevonden bladen: {}.", names.join(", ")),
            );
            return None;
        };
        match book.range(name) {
            Ok(r) => Some((name.clone(), r)),
            Err(e) => {
                out.fout(
                    Code::BestandOnleesbaar,
                    file.sheet(name),
                    format!("Het blad {name} kan niet worden gelezen ({e})."),
                );
                None
            }
        }
    };
    let org = find("Organisatie");
    let alg = find("Algoritmen");
    let (Some((org_sheet, org_range)), Some((alg_sheet, alg_range))) = (org, alg) else {
        return FileRead {
            file: shown.to_owned(),
            sheet: None,
            rows_read: 0,
            findings: out.0,
        };
    };
    let header = sheet::read_org(&org_range, &file.sheet(&org_sheet), &mut out);
    let org_key = header.code.val.ok().map(|c| key(c)).unwrap_or_default();
    let sheet =
        sheet::read_algorithms(&alg_range, &file.sheet(&alg_sheet), &org_key, &mut out).map(|(columns, rows, read)| {
            (
                StatusSheet {
                    org_sheet: org_sheet.clone(),
                    alg_sheet: alg_sheet.clone(),
                    header: header.clone(),
                    columns,
                    rows,
                },
                read,
            )
        });
    let (sheet, rows_read) = match sheet {
        Some((s, n)) => (Some(s), n),
        None => (None, 0),
    };
    FileRead {
        file: shown.to_owned(),
        sheet,
        rows_read,
        findings: out.0,
    }
}
