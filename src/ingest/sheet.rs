//! The two sheets of a status sheet: `Organisatie` (labels and values) and
//! `Algoritmen` (a header row and one row per algorithm), read into typed rows
//! that remember their source cell.

use calamine::Data;
use chrono::NaiveDate;

use super::cells::{Cell, Val, shielded_id};
use super::sparse::Cells;
use crate::bevinding::{Bevindingen, Code, Location};
use crate::model::{Category, EuDatabank, Exception, Grondrechtentoets, Phase, Quarter, Status, YesNo};
use crate::text::{cell_ref, key, quote, with_key};

/// Labels are looked for in column A of the first rows of `Organisatie`.
pub const LABEL_ROWS: u32 = 30;
/// The row of the first label on the template's Organisatie sheet (zero-based).
pub const FIRST_LABEL_ROW: u32 = 4;
/// The header row is looked for in the first rows of `Algoritmen`.
pub const HEADER_ROWS: u32 = 10;

/// A value from the Organisatie sheet, with the cell it came from
/// (`None` when the label is missing).
#[derive(Debug, Clone)]
pub struct Labeled<T> {
    pub val: Val<T>,
    pub at: Option<Location>,
}

impl<T> Default for Labeled<T> {
    fn default() -> Self {
        Labeled {
            val: Val::Empty,
            at: None,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct OrgHeader {
    pub organisatie: Labeled<String>,
    pub code: Labeled<String>,
    pub ministerie: Labeled<String>,
    pub kwartaal: Labeled<Quarter>,
    pub peildatum: Labeled<NaiveDate>,
    pub fase: Labeled<Phase>,
    /// The cell next to the label `Contactpersoon`; its value is never read.
    pub contactpersoon: Option<Location>,
}

/// Reads the Organisatie sheet. `Contactpersoon` is personal data: it is
/// recognised as a known label and never read.
pub fn read_org(cells: &Cells, at: &Location, kwartaal: Quarter, out: &mut Bevindingen) -> OrgHeader {
    super::lengte::report(cells, at, None, out);
    let mut h = OrgHeader::default();
    let empty = Data::Empty;
    for row in 0..LABEL_ROWS {
        let Some(Data::String(label)) = cells.get(row, 0) else {
            continue;
        };
        let value = cells.get(row, 1).unwrap_or(&empty);
        let loc = at.cell(cell_ref(row, 1));
        let cell = |what| Cell {
            data: value,
            sheet: at,
            row,
            col: 1,
            what,
            kwartaal,
        };
        match key(label).as_str() {
            "organisatie" | "naamorganisatie" => {
                set(&mut h.organisatie, cell("de naam van de organisatie").text(out), &loc)
            }
            "code" | "organisatiecode" => set(&mut h.code, cell("de code").text(out), &loc),
            "ministerie" => set(&mut h.ministerie, cell("het ministerie").text(out), &loc),
            "kwartaal" => {
                let v = match cell("het kwartaal").text(out) {
                    Val::Ok(s) => match Quarter::parse(&s) {
                        Some(q) => Val::Ok(q),
                        None => {
                            out.fout(
                                Code::KwartaalOngeldig,
                                loc.clone(),
                                format!(
                                    "Bij het kwartaal staat \"{}\". Schrijf het kwartaal als 2025-Q2.",
                                    quote(&s)
                                ),
                            );
                            Val::Bad
                        }
                    },
                    Val::Empty => Val::Empty,
                    Val::Bad => Val::Bad,
                };
                set(&mut h.kwartaal, v, &loc)
            }
            "peildatum" => set(&mut h.peildatum, cell("de peildatum").date(out, false), &loc),
            "fase" => set(
                &mut h.fase,
                cell("de fase").word(out, Code::FaseOnbekend, Phase::parse, Phase::allowed()),
                &loc,
            ),
            "contactpersoon" if h.contactpersoon.is_none() => h.contactpersoon = Some(loc),
            _ => {}
        }
    }
    h
}

fn set<T>(slot: &mut Labeled<T>, val: Val<T>, at: &Location) {
    if slot.at.is_none() {
        *slot = Labeled {
            val,
            at: Some(at.clone()),
        };
    }
}

/// The columns of the Algoritmen sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Id,
    Naam,
    Categorie,
    Risicoselectie,
    Status,
    GeplandePublicatie,
    Publicatiedatum,
    AlgoritmeId,
    Uitzondering,
    Toelichting,
    /// Category A only: registered in the EU database (AI Act). Optional:
    /// sheets without it stay valid, the value is then unknown.
    EuDatabank,
    /// Category A only: the fundamental-rights impact assessment (AI Act,
    /// Art. 27). Optional, as `EuDatabank`.
    Grondrechtentoets,
}

impl Field {
    pub const ALL: [Field; 12] = [
        Field::Id,
        Field::Naam,
        Field::Categorie,
        Field::Risicoselectie,
        Field::Status,
        Field::GeplandePublicatie,
        Field::Publicatiedatum,
        Field::AlgoritmeId,
        Field::Uitzondering,
        Field::Toelichting,
        Field::EuDatabank,
        Field::Grondrechtentoets,
    ];

    /// The header as the template writes it.
    pub fn header(self) -> &'static str {
        self.aliases()[0]
    }

    /// Every header, in the template's order.
    pub fn headers() -> [&'static str; 12] {
        Field::ALL.map(Field::header)
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Field::Id => &["ID", "Id organisatie", "Eigen ID", "Kenmerk"],
            Field::Naam => &["Naam", "Naam algoritme", "Titel"],
            Field::Categorie => &["Categorie", "Publicatiecategorie"],
            Field::Risicoselectie => &["Risicoselectie", "Risicoselectietechniek"],
            Field::Status => &["Status", "Publicatiestatus"],
            Field::GeplandePublicatie => &["Geplande publicatie", "Geplande publicatiedatum", "Planning"],
            Field::Publicatiedatum => &["Publicatiedatum", "Datum publicatie", "Gepubliceerd op"],
            Field::AlgoritmeId => &["Algoritme-ID", "Algoritme ID", "Register-ID", "Link register"],
            Field::Uitzondering => &["Uitzondering", "Uitzondering publicatie"],
            Field::Toelichting => &["Toelichting", "Opmerking", "Opmerkingen"],
            Field::EuDatabank => &[
                "EU-databank",
                "EU-database",
                "Registratie EU-databank",
                "EU-registratie",
            ],
            Field::Grondrechtentoets => &[
                "Grondrechtentoets",
                "Grondrechteneffectbeoordeling",
                "Beoordeling grondrechten",
                "FRIA",
            ],
        }
    }

    /// Columns without which a sheet is not complete.
    pub fn required(self) -> bool {
        matches!(
            self,
            Field::Id
                | Field::Naam
                | Field::Categorie
                | Field::Status
                | Field::GeplandePublicatie
                | Field::Publicatiedatum
                | Field::AlgoritmeId
        )
    }

    fn from_header(text: &str) -> Option<Field> {
        // The keys of the aliases are made once, not for every header cell.
        static ALIASES: std::sync::OnceLock<Vec<(String, Field)>> = std::sync::OnceLock::new();
        let aliases = ALIASES.get_or_init(|| {
            Field::ALL
                .into_iter()
                .flat_map(|f| f.aliases().iter().map(move |a| (key(a), f)))
                .collect()
        });
        with_key(text, |k| aliases.iter().find(|(a, _)| a == k).map(|(_, f)| *f))
    }
}

/// Where each field's column is (zero-based), once the header row is found.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    pub header_row: u32,
    cols: [Option<u32>; Field::ALL.len()],
}

impl Columns {
    pub fn get(&self, f: Field) -> Option<u32> {
        self.cols[f as usize]
    }
}

/// One row of the Algoritmen sheet. For `volledig` rows the name and
/// Toelichting are dropped here and the ID is replaced by a stand-in.
#[derive(Debug, Clone, Default)]
pub struct AlgoRow {
    /// Zero-based row in the sheet.
    pub row: u32,
    pub id: Val<String>,
    pub naam: Val<String>,
    pub categorie: Val<Category>,
    pub risicoselectie: Val<YesNo>,
    pub status: Val<Status>,
    pub gepland: Val<NaiveDate>,
    pub publicatiedatum: Val<NaiveDate>,
    pub algoritme_id: Val<String>,
    pub uitzondering: Val<Exception>,
    pub toelichting: Option<String>,
    /// Category A: registered in the EU database; empty is unknown.
    pub eu_databank: Val<EuDatabank>,
    /// Category A: the fundamental-rights impact assessment; empty is unknown.
    pub grondrechtentoets: Val<Grondrechtentoets>,
    /// `Uitzondering = volledig`: nothing of its text leaves ingest.
    pub shielded: bool,
    /// A cell of the row holds more text than Excel allows: the row does not count.
    pub too_long: bool,
}

/// Finds the header row: the first of the top rows in which at least three
/// cells name a known column.
fn find_header(cells: &Cells) -> Option<u32> {
    (0..HEADER_ROWS).find(|&row| {
        let known = |d: &Data| matches!(d, Data::String(s) if Field::from_header(s).is_some());
        cells.row(row).iter().filter(|(_, d)| known(d)).count() >= 3
    })
}

/// Reads the Algoritmen sheet. Returns `None` (with a finding) when no header
/// row is found; the sheet's rows then cannot be read at all.
pub fn read_algorithms(
    cells: &Cells,
    at: &Location,
    org_key: &str,
    kwartaal: Quarter,
    out: &mut Bevindingen,
) -> Option<(Columns, Vec<AlgoRow>, usize)> {
    let header = find_header(cells);
    super::lengte::report(cells, at, header, out);
    let Some(header_row) = header else {
        let non_empty = cells.len();
        out.fout(
            Code::KopregelOntbreekt,
            at.clone(),
            format!(
                "In de eerste {HEADER_ROWS} rijen staat geen kopregel met kolommen als ID, Naam, Categorie en Status. Het blad is niet gelezen ({non_empty} gevulde cellen)."
            ),
        );
        return None;
    };
    let mut columns = Columns {
        header_row,
        ..Columns::default()
    };
    for ((_, col), value) in cells.row(header_row) {
        let col = *col;
        let Data::String(text) = value else {
            continue;
        };
        let Some(text) = crate::text::clean(text) else { continue };
        let loc = at.cell(cell_ref(header_row, col));
        match Field::from_header(text) {
            Some(f) if columns.cols[f as usize].is_none() => columns.cols[f as usize] = Some(col),
            Some(f) => out.waarschuwing(
                Code::KolomDubbel,
                loc,
                format!(
                    "De kolom {} staat er twee keer. Deze tweede kolom is niet gelezen.",
                    f.header()
                ),
            ),
            None => out.info(
                Code::KolomOnbekend,
                loc,
                format!("De kolom \"{}\" is onbekend en is niet gelezen.", quote(text)),
            ),
        }
    }
    for f in Field::ALL
        .into_iter()
        .filter(|f| f.required() && columns.get(*f).is_none())
    {
        out.fout(
            Code::KolomOntbreekt,
            at.cell(cell_ref(header_row, 0)),
            format!(
                "De kolom {} ontbreekt in de kopregel (rij {}).",
                f.header(),
                header_row + 1
            ),
        );
    }

    let rows: Vec<AlgoRow> = cells
        .rows_after(header_row)
        .map(|(row, entries)| AlgoRow {
            too_long: entries.iter().any(|(_, d)| super::lengte::too_long(d).is_some()),
            ..read_row(cells, &columns, row, at, org_key, kwartaal, out)
        })
        .collect();
    let read = rows.len();
    Some((columns, rows, read))
}

fn read_row(
    cells: &Cells,
    columns: &Columns,
    row: u32,
    at: &Location,
    org_key: &str,
    kwartaal: Quarter,
    out: &mut Bevindingen,
) -> AlgoRow {
    let empty = Data::Empty;
    // Bevindingen about this row's cells wait until we know whether it is shielded.
    let mut local = Bevindingen::default();
    let cell = |f: Field, what: &'static str| {
        let col = columns.get(f);
        Cell {
            data: col.and_then(|c| cells.get(row, c)).unwrap_or(&empty),
            sheet: at,
            row,
            col: col.unwrap_or(0),
            what,
            kwartaal,
        }
    };
    let uitzondering = cell(Field::Uitzondering, "de uitzondering").word(
        &mut local,
        Code::UitzonderingOnbekend,
        Exception::parse,
        Exception::allowed(),
    );
    let shielded = uitzondering.get() == Some(Exception::Full);
    let mut r = AlgoRow {
        row,
        uitzondering,
        shielded,
        categorie: cell(Field::Categorie, "de categorie").word(
            &mut local,
            Code::CategorieOnbekend,
            Category::parse,
            "A, B of C",
        ),
        risicoselectie: cell(Field::Risicoselectie, "risicoselectie").word(
            &mut local,
            Code::RisicoselectieOnbekend,
            YesNo::parse,
            "ja, nee",
        ),
        status: cell(Field::Status, "de status").word(
            &mut local,
            Code::StatusOnbekend,
            Status::parse,
            Status::allowed(),
        ),
        gepland: cell(Field::GeplandePublicatie, "de geplande publicatie").date(&mut local, true),
        publicatiedatum: cell(Field::Publicatiedatum, "de publicatiedatum").date(&mut local, false),
        algoritme_id: cell(Field::AlgoritmeId, "het Algoritme-ID").algorithm_id(&mut local),
        eu_databank: cell(Field::EuDatabank, "de EU-databank").word(
            &mut local,
            Code::EuDatabankOnbekend,
            EuDatabank::parse,
            EuDatabank::allowed(),
        ),
        grondrechtentoets: cell(Field::Grondrechtentoets, "de grondrechtentoets").word(
            &mut local,
            Code::GrondrechtentoetsOnbekend,
            Grondrechtentoets::parse,
            Grondrechtentoets::allowed(),
        ),
        ..AlgoRow::default()
    };
    if shielded {
        // Only ask whether the cells are filled: their text is never kept,
        // and never quoted in a finding (`text` quotes no cell text).
        r.id = cell(Field::Id, "het ID")
            .text(&mut local)
            .map(|id| shielded_id(org_key, &id));
        r.naam = cell(Field::Naam, "de naam").prose(&mut local).map(|_| String::new());
        r.algoritme_id = Val::Empty;
        local.0.retain(|f| f.code != Code::AlgoritmeIdOngeldig);
    } else {
        r.id = cell(Field::Id, "het ID").text(&mut local);
        r.naam = cell(Field::Naam, "de naam").prose(&mut local);
        r.toelichting = cell(Field::Toelichting, "de toelichting")
            .text(&mut local)
            .ok()
            .cloned();
    }
    out.0.append(&mut local.0);
    r
}
