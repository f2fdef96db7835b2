//! Reads the register's Excel download: one sheet per version of the
//! publication standard (`1.0`, `0.4`), transposed: column A holds the
//! fields' Dutch titles, every further column is one version of one
//! algorithm. Titles become the CSV's field keys ([`super::titels`]), so
//! the rest of the stage reads it as it reads the CSV.
//!
//! What algoreg does not know is read as far as it is known, with one `info`
//! each: a sheet of another version, a title the standard does not have,
//! no `1.0` sheet.

use calamine::Data;

use super::download::{Plaats, Wanted};
use super::rij::{Cols, keep};
use super::titels::Standaard;
use super::vouwen::Vouwer;
use crate::bevinding::{Code, Location};
use crate::ingest::guard;
use crate::ingest::sparse::Limits;
use crate::ingest::workbook::{Book, Failure, why_unreadable};
use crate::text::{column_letters, key, quote};

/// What one download may cost: the whole register is a few thousand
/// columns and a few MB; a zip that unpacks to more than 2 GB is refused
/// before calamine reads it, as a status sheet's would be.
const LIMITS: Limits = Limits {
    max_file_bytes: 512 << 20,
    max_unpacked_bytes: 2 << 30,
    max_cells: 10_000_000,
    max_columns: 1 << 20,
};

/// A cell's value as text, as the register wrote it (an ID that Excel made
/// a number is its digits again; a date cell is `JJJJ-MM-DD`).
fn text(d: &Data) -> Option<String> {
    match d {
        Data::Empty | Data::Error(_) => None,
        Data::String(s) => Some(s.clone()),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => Some(format!("{f:.0}")),
        Data::Float(f) => Some(f.to_string()),
        Data::Int(i) => Some(i.to_string()),
        Data::Bool(b) => Some(b.to_string()),
        Data::DateTime(dt) => crate::ingest::workbook::guarded(|| dt.as_datetime())
            .ok()
            .flatten()
            .map(|t| t.date().to_string()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Some(s.clone()),
    }
}

/// Reads every sheet into `v`. An error says in plain words why the file
/// cannot be read (corrupt, protected with a password, no sheet with fields).
pub(crate) fn read(bytes: Vec<u8>, shown: &str, wanted: &Wanted, v: &mut Vouwer) -> Result<(), String> {
    let unreadable = |bytes: &[u8], e: &str| {
        format!(
            "kan het registerbestand {shown} niet lezen: {}",
            why_unreadable(bytes, e)
        )
    };
    let head: Vec<u8> = bytes.iter().take(8).copied().collect();
    let bytes = guard::unpacked(bytes, &LIMITS)
        .map_err(|r| format!("kan het registerbestand {shown} niet lezen: {}", r.message))?;
    let mut book = match Book::open(bytes) {
        Ok(Book::Xlsx(b)) => Book::Xlsx(b),
        Ok(_) => return Err(unreadable(&head, "geen xlsx")),
        Err(Failure::Error(e)) => return Err(unreadable(&head, &e)),
        Err(Failure::Panic(p)) => return Err(unreadable(&head, &p.0)),
    };
    let names = book.sheet_names().map_err(|p| unreadable(&head, &p.0))?;
    let file = Location::file(shown);
    if !names.iter().any(|n| Standaard::of_sheet(n) == Some(Standaard::V1_0)) {
        v.out.info(
            Code::RegisterIndelingOnbekend,
            file.clone(),
            "De Excel-download heeft geen blad 1.0 (de huidige publicatiestandaard). De andere bladen zijn gelezen.",
        );
    }
    let mut read_any = false;
    for name in &names {
        let cells = book.cells(name, &LIMITS).map_err(|f| match f {
            Failure::Error(e) => unreadable(&head, &e),
            Failure::Panic(p) => unreadable(&head, &p.0),
        })?;
        if cells.is_empty() {
            continue;
        }
        let standaard = Standaard::of_sheet(name).unwrap_or_else(|| {
            v.out.info(
                Code::RegisterIndelingOnbekend,
                file.sheet(name),
                format!(
                    "Het blad {} is geen versie van de publicatiestandaard die algoreg kent (1.0, 0.4). Het is gelezen met de veldnamen van 1.0.",
                    quote(name)
                ),
            );
            Standaard::V1_0
        });
        // Column A: a field's title per row; the row's position among the keys.
        let last_row = cells.iter().map(|((r, _), _)| *r).max().unwrap_or(0);
        let mut keys = vec![String::new(); last_row as usize + 1];
        for ((r, c), d) in cells.iter() {
            if *c != 0 {
                continue;
            }
            let Some(title) = text(d).filter(|t| !t.trim().is_empty()) else {
                continue;
            };
            match standaard.key_of(&title).or_else(|| Standaard::V0_4.key_of(&title)) {
                Some(k) => keys[*r as usize] = key(k),
                None => v.out.info(
                    Code::RegisterIndelingOnbekend,
                    file.sheet(name).cell(format!("A{}", r + 1)),
                    format!(
                        "Het veld {} staat niet in de publicatiestandaard {}. Het is niet gelezen.",
                        quote(&title),
                        standaard.naam()
                    ),
                ),
            }
        }
        let Some(cols) = Cols::of(&keys) else {
            v.out.info(
                Code::RegisterIndelingOnbekend,
                file.sheet(name),
                format!(
                    "Het blad {} heeft geen rijen Naam en Organisatienaam. Het is niet gelezen.",
                    quote(name)
                ),
            );
            continue;
        };
        read_any = true;
        v.met_algoritme_id |= cols.met_algoritme_id();
        v.met_publicatiedatum |= cols.met_publicatiedatum();
        // Every further column: one version, its values by row.
        let mut columns: Vec<(u32, Vec<Option<String>>)> = Vec::new();
        for ((r, c), d) in cells.iter() {
            if *c == 0 {
                continue;
            }
            let i = match columns.binary_search_by_key(c, |(col, _)| *col) {
                Ok(i) => i,
                Err(i) => {
                    columns.insert(i, (*c, vec![None; keys.len()]));
                    i
                }
            };
            columns[i].1[*r as usize] = text(d);
        }
        for (c, values) in &columns {
            let get = |i: usize| values.get(i).and_then(|s| s.as_deref());
            let all = values.iter().flatten().map(String::as_str);
            let plaats = Plaats::Kolom {
                blad: name.clone(),
                kolom: column_letters(*c),
            };
            keep(get, all, plaats, &cols, wanted, v);
        }
    }
    if !read_any {
        return Err(format!(
            "het registerbestand {shown} is een Excel-bestand zonder blad met de velden Naam en Organisatienaam"
        ));
    }
    Ok(())
}
