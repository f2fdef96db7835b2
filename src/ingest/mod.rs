//! Ingest: find the status sheets of a quarter, open each one, and turn its
//! cells into typed rows that remember their source cell.
//!
//! Opening a path ([`read_path`]) is split from reading bytes ([`read_bytes`])
//! so that tests can feed bytes.

pub mod cells;
mod odsguard;
pub mod sheet;
pub mod sparse;

use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Ods, Reader, Xls, Xlsx, open_workbook_from_rs};
use sha2::{Digest, Sha256};

use crate::findings::{Code, Finding, Findings, Location};
use crate::text::key;
pub use cells::Val;
pub use sheet::{AlgoRow, Columns, Field, Labeled, OrgHeader};
pub use sparse::{Cells, Cut, Limits};

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
    /// The file's fingerprint, for the manifest; `None` when it could not be opened.
    pub source: Option<Source>,
}

/// What was read from disk: size and SHA-256, so an auditor can prove which
/// files produced which figures.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Source {
    pub bytes: u64,
    pub sha256: String,
}

impl Source {
    pub fn of(bytes: &[u8]) -> Source {
        Source {
            bytes: bytes.len() as u64,
            sha256: hex(&Sha256::digest(bytes)),
        }
    }

    /// Hashes a file without holding it in memory (for files too large to read).
    pub fn stream(path: &Path) -> std::io::Result<Source> {
        use std::io::Read;
        let (mut file, mut hasher) = (std::fs::File::open(path)?, Sha256::new());
        let (mut buf, mut bytes) = (vec![0u8; 1 << 16], 0u64);
        loop {
            let n = file.read(&mut buf)?;
            if n == 0 {
                return Ok(Source {
                    bytes,
                    sha256: hex(&hasher.finalize()),
                });
            }
            hasher.update(&buf[..n]);
            bytes += n as u64;
        }
    }
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A spreadsheet found in a quarter folder: its path, and how it is shown.
pub type Found = (PathBuf, String);

/// Lists the spreadsheets in a quarter folder, sorted by name. Excel lock
/// files (`~$name.xlsx`) and hidden files are skipped quietly; any other file
/// gets an informational finding, so nothing is passed over unseen.
pub fn discover(folder: &Path, shown: &str, root: &Path) -> std::io::Result<(Vec<Found>, Vec<Finding>)> {
    let root = root.canonicalize()?;
    let folder_inside = folder.canonicalize()?.starts_with(&root);
    let mut entries: Vec<_> = std::fs::read_dir(folder)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    let mut files = Vec::new();
    let mut findings = Findings::default();
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("~$") || name.starts_with('.') {
            continue;
        }
        let shown_path = format!("{}/{name}", shown.trim_end_matches('/'));
        // A plain file is where its folder is; a link may point anywhere: only
        // follow it when it stays inside the inputs folder.
        let kind = entry.file_type()?;
        if kind.is_dir() {
            continue;
        }
        if kind.is_symlink() || !folder_inside {
            match entry.path().canonicalize() {
                Ok(real) if !real.starts_with(&root) => {
                    findings.fout(
                        Code::BestandBuitenMap,
                        Location::file(shown_path),
                        "Dit is een koppeling naar een bestand buiten de map met invoer. Het is niet gelezen. Zet het bestand zelf in de kwartaalmap.",
                    );
                    continue;
                }
                Ok(real) if real.is_dir() => continue,
                Ok(_) => {}
                Err(e) => {
                    findings.fout(
                        Code::BestandOnleesbaar,
                        Location::file(shown_path),
                        format!("Het bestand kan niet worden geopend ({e})."),
                    );
                    continue;
                }
            }
        }
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

/// Opens and reads one file, refusing files larger than the limit before
/// reading them.
/// With `fingerprint`, the file's SHA-256 is kept for the manifest (`run`);
/// `check` writes no manifest and skips it.
pub fn read_path(path: &Path, shown: &str, limits: &Limits, fingerprint: bool) -> FileRead {
    let size = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) => return unreadable(shown, format!("Het bestand kan niet worden geopend ({e}).")),
    };
    if size > limits.max_file_bytes {
        let mut read = refused(
            shown,
            Code::BestandTeGroot,
            too_big(size, limits.max_file_bytes, "", "--max-file-mb"),
        );
        read.source = fingerprint.then(|| Source::stream(path).ok()).flatten();
        return read;
    }
    match std::fs::read(path) {
        Ok(bytes) => {
            let source = fingerprint.then(|| Source::of(&bytes));
            FileRead {
                source,
                ..read_bytes(bytes, shown, limits)
            }
        }
        Err(e) => unreadable(shown, format!("Het bestand kan niet worden geopend ({e}).")),
    }
}

fn too_big(size: u64, limit: u64, what: &str, option: &str) -> String {
    format!(
        "Het bestand is te groot{what}: {} MB, de grens is {} MB. Het is niet gelezen. Verhoog de grens met {option} als het bestand echt zo groot hoort te zijn.",
        size.div_ceil(1 << 20),
        limit >> 20
    )
}

fn refused(shown: &str, code: Code, message: String) -> FileRead {
    FileRead {
        file: shown.to_owned(),
        source: None,
        sheet: None,
        rows_read: 0,
        findings: vec![Finding::new(
            crate::findings::Severity::Fout,
            code,
            Location::file(shown),
            message,
        )],
    }
}

fn unreadable(shown: &str, message: String) -> FileRead {
    refused(shown, Code::BestandOnleesbaar, message)
}

/// For zip-based workbooks (xlsx, ods): the unpacked size its parts declare,
/// checked before any part is unpacked.
/// Sizes come from the zip's central directory; nothing is unpacked here.
fn unpacked_size(bytes: &[u8]) -> Option<u64> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut total = 0u64;
    for i in 0..zip.len() {
        total = total.saturating_add(zip.by_index_raw(i).map_or(u64::MAX, |f| f.size()));
    }
    Some(total)
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

/// An OpenDocument spreadsheet: a zip whose first part, `mimetype`, says so.
fn is_ods(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK")
        && bytes
            .windows(39)
            .take(200)
            .any(|w| w == b"application/vnd.oasis.opendocument.spre")
}

/// A workbook of any of the supported kinds, read from memory.
enum Book {
    Xlsx(Xlsx<Cursor<Vec<u8>>>),
    Xls(Xls<Cursor<Vec<u8>>>),
    Ods(Ods<Cursor<Vec<u8>>>),
}

impl Book {
    fn open(bytes: Vec<u8>) -> Result<Book, String> {
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

    fn sheet_names(&self) -> Vec<String> {
        match self {
            Book::Xlsx(b) => b.sheet_names(),
            Book::Xls(b) => b.sheet_names(),
            Book::Ods(b) => b.sheet_names(),
        }
    }

    /// The sheet's non-empty cells. Xlsx is streamed cell by cell, so reading
    /// stops at the cell limit; xls and ods come as a calamine range.
    fn cells(&mut self, name: &str, limits: &Limits) -> Result<Cells, String> {
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

/// Reads a status sheet from its bytes. A panic inside the spreadsheet
/// readers (a malformed file can still find one: fuzzing found a dimension
/// `A10:B1` that makes calamine subtract past zero) becomes a finding for
/// this file; the other files go on.
pub fn read_bytes(bytes: Vec<u8>, shown: &str, limits: &Limits) -> FileRead {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_workbook(bytes, shown, limits))).unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        unreadable(shown, format!("Het bestand kan niet worden gelezen: het is op een onverwachte manier opgebouwd ({why}). Sla het opnieuw op als .xlsx."))
    })
}

fn read_workbook(bytes: Vec<u8>, shown: &str, limits: &Limits) -> FileRead {
    if let Some(size) = unpacked_size(&bytes).filter(|s| *s > limits.max_unpacked_bytes) {
        return refused(
            shown,
            Code::BestandTeGroot,
            too_big(
                size,
                limits.max_unpacked_bytes,
                " als het is uitgepakt",
                "--max-file-mb",
            ),
        );
    }
    // calamine reads .ods into a dense grid: refuse what would not fit. Any
    // zip with a content.xml is checked, whatever its mimetype says.
    let bytes = if bytes.starts_with(b"PK") {
        let budget = (limits.max_cells as u64).saturating_mul(4);
        match odsguard::check(bytes, budget, limits.max_unpacked_bytes) {
            odsguard::Checked::Fine(bytes) => bytes,
            odsguard::Checked::TooDense(cells) => {
                return refused(
                    shown,
                    Code::BladTeGroot,
                    format!(
                        "Een blad in dit bestand beslaat {cells} cellen (rijen maal kolommen); de grens is {budget}. Het bestand is niet gelezen. Verhoog de grens met --max-cells als het echt zo groot hoort te zijn."
                    ),
                );
            }
        }
    } else {
        bytes
    };
    let original = bytes[..bytes.len().min(8)].to_vec();
    let mut book = match Book::open(bytes) {
        Ok(b) => b,
        Err(e) => return unreadable(shown, why_unreadable(&original, &e)),
    };
    let names = book.sheet_names();
    let file = Location::file(shown);
    let mut out = Findings::default();
    let mut find = |wanted: &str| -> Option<(String, Cells)> {
        let Some(name) = names.iter().find(|n| key(n) == key(wanted)) else {
            let mut found = names.iter().take(10).cloned().collect::<Vec<_>>().join(", ");
            if names.len() > 10 {
                found.push_str(&format!(" en {} andere", names.len() - 10));
            }
            out.fout(
                Code::BladOntbreekt,
                file.clone(),
                format!("Het blad {wanted} ontbreekt. Gevonden bladen: {found}."),
            );
            return None;
        };
        match book.cells(name, limits) {
            Ok(cells) => {
                report_limits(&cells, &file.sheet(name), limits, &mut out);
                Some((name.clone(), cells))
            }
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
    let (Some((org_sheet, org_cells)), Some((alg_sheet, alg_cells))) = (org, alg) else {
        return FileRead {
            file: shown.to_owned(),
            source: None,
            sheet: None,
            rows_read: 0,
            findings: out.0,
        };
    };
    let header = sheet::read_org(&org_cells, &file.sheet(&org_sheet), &mut out);
    let org_key = header.code.val.ok().map(|c| key(c)).unwrap_or_default();
    match sheet::read_algorithms(&alg_cells, &file.sheet(&alg_sheet), &org_key, &mut out) {
        Some((columns, rows, read)) => FileRead {
            file: shown.to_owned(),
            source: None,
            sheet: Some(StatusSheet {
                org_sheet,
                alg_sheet,
                header,
                columns,
                rows,
            }),
            rows_read: read,
            findings: out.0,
        },
        None => FileRead {
            file: shown.to_owned(),
            source: None,
            sheet: None,
            rows_read: 0,
            findings: out.0,
        },
    }
}

/// Says when a sheet was not read whole.
fn report_limits(cells: &Cells, at: &Location, limits: &Limits, out: &mut Findings) {
    if cells.ignored_right {
        out.info(
            Code::BladTeGroot,
            at.clone(),
            format!(
                "Rechts van kolom {} staan nog cellen. Die zijn niet gelezen.",
                crate::text::column_letters(limits.max_columns - 1)
            ),
        );
    }
    if let Some(Cut::TooManyCells { row }) = cells.cut {
        out.fout(
            Code::BladTeGroot,
            at.cell(crate::text::cell_ref(row, 0)),
            format!(
                "Het blad heeft meer dan {} gevulde cellen. Vanaf rij {} is het niet gelezen. Verhoog de grens met --max-cells als het blad echt zo groot hoort te zijn.",
                limits.max_cells,
                row + 1
            ),
        );
    }
}
