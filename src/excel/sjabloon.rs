//! The status-sheet template organisations fill in: an instruction sheet,
//! and the `Organisatie` and `Algoritmen` sheets exactly as ingest reads
//! them, with comments on the headers, dropdown lists and date checks.

use anyhow::Result;
use rust_xlsxwriter::{DocProperties, Workbook};

use crate::ingest::{AlgoRow, Field};
use crate::model::Quarter;
use crate::organisaties::Organisatie;
use crate::statusoverzicht::Invulling;

use super::layout::{Column, Formats, Kind, TableSheet, Value};
use super::package::{LANGUAGE, creation_time, set_language};
use super::statusoverzicht::{Mark, algorithms_sheet, organisation_sheet};
use crate::statusoverzicht::column_help;

/// What goes into a template.
#[derive(Debug, Clone)]
pub struct SjabloonSpec {
    pub quarter: Quarter,
    /// Prefills the Organisatie sheet.
    pub org: Option<Organisatie>,
    /// Rows taken over from the previous quarter's sheet, and its quarter.
    pub previous: Option<(Quarter, Vec<AlgoRow>)>,
}

impl SjabloonSpec {
    /// Previous rows with `Uitzondering = volledig`: their ID and name were
    /// never kept, so the organisation fills them in again.
    pub fn shielded_rows(&self) -> usize {
        self.previous
            .as_ref()
            .map_or(0, |(_, rows)| rows.iter().filter(|r| r.shielded).count())
    }
}

/// Builds the template in memory.
pub fn sjabloon(spec: &SjabloonSpec) -> Result<Vec<u8>> {
    let rows: &[AlgoRow] = spec.previous.as_ref().map_or(&[], |(_, r)| r);
    let invulling = Invulling::sjabloon(spec.quarter, spec.org.as_ref(), rows);
    let mut book = Workbook::new();
    properties(&mut book, spec, "Statusoverzicht")?;
    let f = Formats::default();
    instructions(spec, 0).write(&mut book, &f)?;
    status_sheets(&mut book, &f, spec.quarter, &invulling, &[])?;
    finish(book)
}

/// The title, subject and a fixed creation time of a status sheet.
pub(super) fn properties(book: &mut Workbook, spec: &SjabloonSpec, what: &str) -> Result<()> {
    let created = creation_time(spec.quarter.first_day())?;
    let who = spec
        .org
        .as_ref()
        .map(|o| format!(" voor {}", o.naam))
        .unwrap_or_default();
    book.set_properties(
        &DocProperties::new()
            .set_title(format!("{what} Algoritmeregister {}{who}", spec.quarter))
            .set_subject("Statusoverzicht voor de kwartaalrapportage over het Algoritmeregister")
            .set_author("algoreg")
            .set_company("Ministerie van Justitie en Veiligheid")
            .set_creation_datetime(&created),
    );
    Ok(())
}

/// The `Organisatie` and `Algoritmen` sheets, with the marked cells.
pub(super) fn status_sheets(
    book: &mut Workbook,
    f: &Formats,
    quarter: Quarter,
    invulling: &Invulling,
    marks: &[Mark],
) -> Result<()> {
    organisation_sheet(book.add_worksheet(), f, quarter, invulling, marks)?;
    algorithms_sheet(book.add_worksheet(), f, quarter, invulling, marks)
}

/// The workbook's bytes, with the document language set.
pub(super) fn finish(mut book: Workbook) -> Result<Vec<u8>> {
    let bytes = book.save_to_buffer()?;
    set_language(&bytes, LANGUAGE)
}

/// `Uitleg`: the steps, and per column what to fill in.
/// `header_row` is the zero-based row of the Algoritmen sheet's header.
pub(super) fn instructions(spec: &SjabloonSpec, header_row: u32) -> TableSheet<'_> {
    let q = spec.quarter;
    let mut notes = vec![
        "1. Dit bestand heeft drie bladen: Uitleg, Organisatie en Algoritmen. Verander de namen van de bladen niet.".to_owned(),
        "2. Vul op het blad Organisatie kolom B in. Verander de woorden in kolom A niet.".to_owned(),
        format!(
            "3. Zet op het blad Algoritmen één algoritme per rij, vanaf rij {}. Verander de kopregel (rij {}) niet.",
            header_row + 2,
            header_row + 1
        ),
        "4. Bij elke kop staat een opmerking met uitleg. De tabel hieronder zegt hetzelfde.".to_owned(),
        "5. Kies bij Categorie, Risicoselectie, Status en Uitzondering een waarde uit de lijst (het pijltje in de cel).".to_owned(),
        format!(
            "6. Schrijf datums als {}. Bij Geplande publicatie mag ook een kwartaal, zoals {q}.",
            crate::text::dutch_date(q.last_day())
        ),
        "7. Sla het bestand op als .xlsx (Excel) of .ods (LibreOffice) en stuur het naar de coördinator van uw ministerie.".to_owned(),
    ];
    if let Some((prev, rows)) = &spec.previous {
        notes.push(format!(
            "Let op: de rijen komen uit uw overzicht van {prev} ({} in totaal). Pas aan wat veranderd is, en zet de peildatum en de fase goed.",
            rows.len()
        ));
        let shielded = spec.shielded_rows();
        if shielded > 0 {
            let rows = if shielded == 1 { "rij" } else { "rijen" };
            notes.push(format!(
                "Bij {shielded} {rows} met uitzondering volledig zijn ID en Naam leeg: die bewaren wij niet. Vul ze opnieuw in uit uw eigen administratie."
            ));
        }
    }
    TableSheet {
        sheet: "Uitleg".into(),
        title: format!(
            "Statusoverzicht Algoritmeregister, {q}{}",
            spec.org.as_ref().map(|o| format!(", {}", o.naam)).unwrap_or_default()
        ),
        notes,
        table: "tbl_kolommen".into(),
        columns: vec![
            Column::new("Kolom", Kind::Text),
            Column::new("Verplicht", Kind::Text),
            Column::new("Wat vult u in", Kind::Wrap),
        ],
        rows: Field::ALL
            .iter()
            .map(|f| {
                let required = match f {
                    Field::Id | Field::Naam | Field::Categorie | Field::Status => "ja",
                    Field::GeplandePublicatie | Field::Publicatiedatum | Field::AlgoritmeId => "soms",
                    Field::EuDatabank | Field::Grondrechtentoets => "nee, alleen bij A",
                    _ => "nee",
                };
                vec![
                    Value::text(f.header()),
                    Value::text(required),
                    Value::text(column_help(*f, q)),
                ]
            })
            .collect(),
    }
}
