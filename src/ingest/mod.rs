//! Ingest: find the status sheets of a quarter, open each one, and turn its
//! cells into typed rows that remember their source cell.
//!
//! Opening a path ([`read_path`]) is split from reading bytes ([`read_bytes`])
//! so that tests can feed bytes. The other parts each own one step:
//! [`discover()`] finds the files, `source` fingerprints them, `guard` refuses
//! what is too large, `workbook` opens the bytes with calamine, and `sheet`
//! turns the cells into rows.

pub mod bevestiging;
pub mod cells;
mod discover;
pub mod guard;
mod lengte;
mod odsguard;
pub mod sheet;
mod source;
pub mod sparse;
pub mod workbook;

use std::path::Path;

use crate::bevinding::{Bevinding, Bevindingen, Code, Location};
use crate::model::Quarter;
use crate::text::{key, quote};
pub use cells::{Val, Written};
pub use discover::{EXTENSIONS, Found, discover};
pub use sheet::{AlgoRow, Columns, Field, Labeled, OrgHeader};
pub use source::{Input, Source};
pub use sparse::{Cells, Cut, Limits};
use workbook::{Book, Failure, Panicked};

/// One status sheet, read.
#[derive(Debug, Clone)]
pub struct StatusSheet {
    pub org_sheet: String,
    pub alg_sheet: String,
    pub header: OrgHeader,
    pub columns: Columns,
    pub rows: Vec<AlgoRow>,
}

/// The cells of a status sheet's two sheets as the organisation wrote them.
/// Only `terugmelding` asks for them, to return the sheet: they hold the
/// text of `volledig` rows too, which no output may show.
#[derive(Debug, Clone)]
pub struct RawSheets {
    pub org: Cells,
    pub alg: Cells,
    /// The warnings the organisation confirmed on the sheet given back to
    /// it (`Terugmelding`, when the file is that sheet sent back).
    pub bevestigd: Vec<bevestiging::Bevestiging>,
}

/// What reading one file gave: the sheet when it could be read, and findings.
#[derive(Debug, Clone)]
pub struct FileRead {
    /// The path as shown to the user (`inputs/2025-Q2/politie.xlsx`).
    pub file: String,
    pub sheet: Option<StatusSheet>,
    /// Non-blank rows seen on the Algoritmen sheet.
    pub rows_read: usize,
    pub findings: Vec<Bevinding>,
    /// The file's fingerprint, for the manifest; `None` when it could not be opened.
    pub source: Option<Source>,
}

/// Opens and reads one file, refusing files larger than the limit before
/// reading them.
/// With `fingerprint`, the file's SHA-256 is kept for the manifest (`run`);
/// `check` writes no manifest and skips it. `kwartaal` is the quarter at
/// hand: a message that shows how to write a date uses its dates.
pub fn read_path(path: &Path, shown: &str, kwartaal: Quarter, limits: &Limits, fingerprint: bool) -> FileRead {
    read_path_keeping(path, shown, kwartaal, limits, fingerprint, false).0
}

/// Reads one file as [`read_path`] does, with its fingerprint, and also
/// returns the cells of its two sheets as they were written.
pub fn read_path_with_cells(
    path: &Path,
    shown: &str,
    kwartaal: Quarter,
    limits: &Limits,
) -> (FileRead, Option<RawSheets>) {
    read_path_keeping(path, shown, kwartaal, limits, true, true)
}

fn read_path_keeping(
    path: &Path,
    shown: &str,
    kwartaal: Quarter,
    limits: &Limits,
    fingerprint: bool,
    keep: bool,
) -> (FileRead, Option<RawSheets>) {
    let size = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) => {
            return (
                unreadable(shown, format!("Het bestand kan niet worden geopend ({e}).")),
                None,
            );
        }
    };
    if let Err(refusal) = guard::on_disk(size, limits) {
        let mut read = refused(shown, refusal.code, refusal.message);
        read.source = fingerprint.then(|| Source::stream(path).ok()).flatten();
        return (read, None);
    }
    match std::fs::read(path) {
        Ok(bytes) => {
            let source = fingerprint.then(|| Source::of(&bytes));
            let (read, raw) = read_bytes_keeping(bytes, shown, kwartaal, limits, keep);
            (FileRead { source, ..read }, raw)
        }
        Err(e) => (
            unreadable(shown, format!("Het bestand kan niet worden geopend ({e}).")),
            None,
        ),
    }
}

fn refused(shown: &str, code: Code, message: String) -> FileRead {
    FileRead {
        file: shown.to_owned(),
        source: None,
        sheet: None,
        rows_read: 0,
        findings: vec![Bevinding::new(
            crate::bevinding::Ernst::Fout,
            code,
            Location::file(shown),
            message,
        )],
    }
}

fn unreadable(shown: &str, message: String) -> FileRead {
    refused(shown, Code::BestandOnleesbaar, message)
}

/// Reads a status sheet from its bytes. A panic inside calamine (see
/// `workbook`) becomes a finding for this file; the other files go on. A
/// panic in algoreg's own code is a bug and is not caught.
pub fn read_bytes(bytes: Vec<u8>, shown: &str, kwartaal: Quarter, limits: &Limits) -> FileRead {
    read_bytes_keeping(bytes, shown, kwartaal, limits, false).0
}

fn read_bytes_keeping(
    bytes: Vec<u8>,
    shown: &str,
    kwartaal: Quarter,
    limits: &Limits,
    keep: bool,
) -> (FileRead, Option<RawSheets>) {
    read_workbook(bytes, shown, kwartaal, limits, keep).unwrap_or_else(|Panicked(why)| {
        (unreadable(shown, format!("Het bestand kan niet worden gelezen: het is op een onverwachte manier opgebouwd ({why}). Sla het opnieuw op als .xlsx.")), None)
    })
}

/// Reads a status sheet, with `keep` also its cells; `Err` when calamine
/// panicked on the file.
fn read_workbook(
    bytes: Vec<u8>,
    shown: &str,
    kwartaal: Quarter,
    limits: &Limits,
    keep: bool,
) -> Result<(FileRead, Option<RawSheets>), Panicked> {
    let bytes = match guard::unpacked(bytes, limits) {
        Ok(bytes) => bytes,
        Err(refusal) => return Ok((refused(shown, refusal.code, refusal.message), None)),
    };
    let original = bytes[..bytes.len().min(8)].to_vec();
    let mut book = match Book::open(bytes) {
        Ok(b) => b,
        Err(Failure::Error(e)) => return Ok((unreadable(shown, workbook::why_unreadable(&original, &e)), None)),
        Err(Failure::Panic(panic)) => return Err(panic),
    };
    let names = book.sheet_names()?;
    let file = Location::file(shown);
    let mut out = Bevindingen::default();
    let mut find = |wanted: &str| -> Result<Option<(String, Cells)>, Panicked> {
        let Some(name) = names.iter().find(|n| key(n) == key(wanted)) else {
            let mut found = names.iter().take(10).map(|n| quote(n)).collect::<Vec<_>>().join(", ");
            if names.len() > 10 {
                found.push_str(&format!(" en {} andere", names.len() - 10));
            }
            out.fout(
                Code::BladOntbreekt,
                file.clone(),
                format!("Het blad {wanted} ontbreekt. Gevonden bladen: {found}."),
            );
            return Ok(None);
        };
        match book.cells(name, limits) {
            Ok(cells) => {
                report_limits(&cells, &file.sheet(name), limits, &mut out);
                Ok(Some((name.clone(), cells)))
            }
            Err(Failure::Panic(panic)) => Err(panic),
            Err(Failure::Error(e)) => {
                out.fout(
                    Code::BestandOnleesbaar,
                    file.sheet(name),
                    format!("Het blad {} kan niet worden gelezen ({e}).", quote(name)),
                );
                Ok(None)
            }
        }
    };
    let org = find("Organisatie")?;
    let alg = find("Algoritmen")?;
    let (Some((org_sheet, org_cells)), Some((alg_sheet, alg_cells))) = (org, alg) else {
        let read = FileRead {
            file: shown.to_owned(),
            source: None,
            sheet: None,
            rows_read: 0,
            findings: out.0,
        };
        return Ok((read, None));
    };
    let header = sheet::read_org(&org_cells, &file.sheet(&org_sheet), kwartaal, &mut out);
    let org_key = header.code.val.ok().map(|c| key(c)).unwrap_or_default();
    let read = match sheet::read_algorithms(&alg_cells, &file.sheet(&alg_sheet), &org_key, kwartaal, &mut out) {
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
    };
    let bevestigd = match names.iter().find(|n| key(n) == key(bevestiging::BLAD)) {
        Some(name) if keep && read.sheet.is_some() => match book.cells(name, limits) {
            Ok(cells) => bevestiging::read(&cells),
            Err(Failure::Panic(panic)) => return Err(panic),
            Err(Failure::Error(_)) => vec![],
        },
        _ => vec![],
    };
    let raw = (keep && read.sheet.is_some()).then_some(RawSheets {
        org: org_cells,
        alg: alg_cells,
        bevestigd,
    });
    Ok((read, raw))
}

/// Says when a sheet was not read whole.
fn report_limits(cells: &Cells, at: &Location, limits: &Limits, out: &mut Bevindingen) {
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
                "Het blad heeft meer dan {} gevulde cellen. Vanaf rij {} is het niet gelezen. Verhoog de grens met --max-cellen als het blad echt zo groot hoort te zijn.",
                limits.max_cells,
                row + 1
            ),
        );
    }
}
