//! The status-sheet template organisations fill in: an instruction sheet,
//! and the `Organisatie` and `Algoritmen` sheets exactly as ingest reads
//! them, with comments on the headers, dropdown lists and date checks.

use anyhow::Result;
use chrono::NaiveDate;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, DocProperties, Format, Note, Workbook, Worksheet,
};

use crate::ingest::{AlgoRow, Field, Val};
use crate::model::{Category, Exception, Phase, Quarter, Status, YesNo};
use crate::registry::Organisatie;
use crate::text::dutch_date;

use super::layout::{Column, DATE_FORMAT, Formats, Kind, TableSheet, Value};
use super::package::{LANGUAGE, creation_time, set_language};

/// Rows of the Algoritmen sheet that get dropdowns and date checks, at least.
pub const VALIDATED_ROWS: u32 = 500;
/// The row of the first label on the Organisatie sheet (zero-based).
pub const FIRST_LABEL_ROW: u32 = 4;
const NOTE_AUTHOR: &str = "algoreg";

/// What goes into a template.
#[derive(Debug, Clone)]
pub struct TemplateSpec {
    pub quarter: Quarter,
    /// Prefills the Organisatie sheet.
    pub org: Option<Organisatie>,
    /// Rows taken over from the previous quarter's sheet, and its quarter.
    pub previous: Option<(Quarter, Vec<AlgoRow>)>,
}

impl TemplateSpec {
    /// Previous rows with `Uitzondering = volledig`: their ID and name were
    /// never kept, so the organisation fills them in again.
    pub fn shielded_rows(&self) -> usize {
        self.previous
            .as_ref()
            .map_or(0, |(_, rows)| rows.iter().filter(|r| r.shielded).count())
    }
}

/// The labels of the Organisatie sheet, each with its explanation.
fn labels(q: Quarter) -> Vec<(&'static str, String)> {
    vec![
        ("Organisatie", "De naam van uw organisatie.".into()),
        ("Code", "De code van uw organisatie in de lijst van de coördinator, bijvoorbeeld NFI.".into()),
        ("Ministerie", "JenV of AenM. De volledige naam van het ministerie mag ook.".into()),
        ("Kwartaal", format!("Het kwartaal van dit overzicht, geschreven als {q}.")),
        (
            "Peildatum",
            format!(
                "De datum waarop dit overzicht klopt: een datum in het kwartaal, van {} tot en met {}.",
                dutch_date(q.first_day()),
                dutch_date(q.last_day())
            ),
        ),
        (
            "Fase",
            "Waar staat uw organisatie in de vijf fasen? Kies uit de lijst: agenderen, inventariseren, documenteren, publiceren of inbedden.".into(),
        ),
        (
            "Contactpersoon",
            "Wie kunnen we bellen met vragen? Deze naam komt in geen enkel rapport.".into(),
        ),
    ]
}

/// What to fill in per column of the Algoritmen sheet.
pub fn column_help(f: Field) -> &'static str {
    match f {
        Field::Id => "Uw eigen kenmerk voor dit algoritme. Elk ID komt één keer voor. Verplicht.",
        Field::Naam => "De naam van het algoritme. Verplicht.",
        Field::Categorie => {
            "A = hoog-risico AI-systeem, B = impactvol algoritme, C = overig algoritme. Kies uit de lijst. Verplicht."
        }
        Field::Risicoselectie => {
            "ja als het algoritme helpt kiezen wie of wat extra gecontroleerd wordt, anders nee. Leeg is nee."
        }
        Field::Status => {
            "geïnventariseerd, in documentatie, ter controle, gepubliceerd of vervallen. Kies uit de lijst. Verplicht."
        }
        Field::GeplandePublicatie => {
            "Wanneer publiceert u? Een datum (31-12-2025) of een kwartaal (2025-Q4). Verplicht bij categorie A en B die nog niet gepubliceerd zijn."
        }
        Field::Publicatiedatum => {
            "De datum waarop het algoritme in het register kwam, niet later dan de peildatum. Verplicht bij gepubliceerd."
        }
        Field::AlgoritmeId => {
            "Het nummer van 8 cijfers uit het Algoritmeregister, of de link naar de pagina. Verplicht bij gepubliceerd."
        }
        Field::Uitzondering => {
            "geen, gedeeltelijk of volledig. Volledig: het algoritme wordt niet gepubliceerd en de naam komt in geen rapport. Leeg is geen."
        }
        Field::Toelichting => "Vrije tekst, niet verplicht. Schrijf hier geen namen van personen.",
    }
}

fn forms<T: Copy>(all: &[T], text: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| text(*v)).collect()
}

/// A dropdown list with a short input message; anything else is refused.
fn dropdown(title: &str, values: &[&str]) -> Result<DataValidation> {
    Ok(DataValidation::new()
        .allow_list_strings(values)?
        .set_input_title(title)?
        .set_input_message(format!("Kies uit de lijst: {}.", values.join(", ")))?
        .set_error_title("Kies uit de lijst")?
        .set_error_message(format!("Kies een van deze waarden: {}.", values.join(", ")))?)
}

fn date_check(
    title: &str,
    from: NaiveDate,
    to: NaiveDate,
    style: DataValidationErrorStyle,
    message: &str,
) -> Result<DataValidation> {
    Ok(DataValidation::new()
        .allow_date(DataValidationRule::Between(from, to))
        .set_input_title(title)?
        .set_input_message(message)?
        .set_error_title("Geen geldige datum")?
        .set_error_message(message)?
        .set_error_style(style))
}

/// Builds the template in memory.
pub fn template(spec: &TemplateSpec) -> Result<Vec<u8>> {
    let f = Formats::default();
    let mut book = Workbook::new();
    let created = creation_time(spec.quarter.first_day())?;
    let who = spec
        .org
        .as_ref()
        .map(|o| format!(" voor {}", o.naam))
        .unwrap_or_default();
    book.set_properties(
        &DocProperties::new()
            .set_title(format!("Statusoverzicht Algoritmeregister {}{who}", spec.quarter))
            .set_subject("Statusoverzicht voor de kwartaalrapportage over het Algoritmeregister")
            .set_author("algoreg")
            .set_company("Ministerie van Justitie en Veiligheid")
            .set_creation_datetime(&created),
    );
    instructions(spec).write(&mut book, &f)?;
    organisation_sheet(book.add_worksheet(), &f, spec)?;
    algorithms_sheet(book.add_worksheet(), &f, spec)?;
    let bytes = book.save_to_buffer()?;
    set_language(&bytes, LANGUAGE)
}

/// `Uitleg`: the steps, and per column what to fill in.
fn instructions(spec: &TemplateSpec) -> TableSheet<'_> {
    let q = spec.quarter;
    let mut notes = vec![
        "1. Dit bestand heeft drie bladen: Uitleg, Organisatie en Algoritmen. Verander de namen van de bladen niet.".to_owned(),
        "2. Vul op het blad Organisatie kolom B in. Verander de woorden in kolom A niet.".to_owned(),
        "3. Zet op het blad Algoritmen één algoritme per rij, vanaf rij 2. Verander de kopregel (rij 1) niet.".to_owned(),
        "4. Bij elke kop staat een opmerking met uitleg. De tabel hieronder zegt hetzelfde.".to_owned(),
        "5. Kies bij Categorie, Risicoselectie, Status en Uitzondering een waarde uit de lijst (het pijltje in de cel).".to_owned(),
        "6. Schrijf datums als 31-12-2025. Bij Geplande publicatie mag ook een kwartaal, zoals 2025-Q4.".to_owned(),
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
                    _ => "nee",
                };
                vec![
                    Value::text(f.header()),
                    Value::text(required),
                    Value::text(column_help(*f)),
                ]
            })
            .collect(),
    }
}

/// `Organisatie`: labels in column A, values in column B, help in column C.
fn organisation_sheet(ws: &mut Worksheet, f: &Formats, spec: &TemplateSpec) -> Result<()> {
    let q = spec.quarter;
    ws.set_name("Organisatie")?;
    ws.set_default_note_author(NOTE_AUTHOR);
    ws.write_string_with_format(0, 0, "Statusoverzicht Algoritmeregister", &f.title)?;
    ws.write_string(1, 0, "Vul kolom B in. Verander de woorden in kolom A niet.")?;
    for (c, h) in ["Gegeven", "Uw antwoord", "Uitleg"].iter().enumerate() {
        ws.write_string_with_format(FIRST_LABEL_ROW - 1, c as u16, *h, &f.header)?;
    }
    ws.set_column_width(0, 18)?;
    ws.set_column_width(1, 40)?;
    ws.set_column_width(2, 90)?;
    ws.set_landscape().set_print_fit_to_pages(1, 0);
    let text_cell = Format::new().set_num_format("@");
    let date_cell = Format::new().set_num_format(DATE_FORMAT);
    for (i, (label, help)) in labels(q).into_iter().enumerate() {
        let row = FIRST_LABEL_ROW + i as u32;
        ws.write_string_with_format(row, 0, label, &f.bold)?;
        ws.write_string_with_format(row, 2, &help, &f.wrap)?;
        ws.insert_note(row, 0, &Note::new(&help).add_author_prefix(false))?;
        let org = spec.org.as_ref();
        let value = match label {
            "Organisatie" => org.map(|o| o.naam.clone()),
            "Code" => org.map(|o| o.code.clone()),
            "Ministerie" => org.map(|o| o.ministerie.clone()),
            "Kwartaal" => Some(q.to_string()),
            _ => None,
        };
        match (label, value) {
            (_, Some(v)) => {
                ws.write_string_with_format(row, 1, v, &text_cell)?;
            }
            ("Peildatum", None) => {
                ws.write_blank(row, 1, &date_cell)?;
                let message = format!(
                    "Een datum van {} tot en met {}.",
                    dutch_date(q.first_day()),
                    dutch_date(q.last_day())
                );
                let v = date_check(
                    "Peildatum",
                    q.first_day(),
                    q.last_day(),
                    DataValidationErrorStyle::Stop,
                    &message,
                )?;
                ws.add_data_validation(row, 1, row, 1, &v)?;
            }
            ("Fase", None) => {
                ws.add_data_validation(row, 1, row, 1, &dropdown("Fase", &forms(Phase::ALL, Phase::as_str))?)?;
            }
            _ => {
                ws.write_blank(row, 1, &text_cell)?;
            }
        }
    }
    Ok(())
}

/// `Algoritmen`: the header in row 1, one algorithm per row below it.
fn algorithms_sheet(ws: &mut Worksheet, f: &Formats, spec: &TemplateSpec) -> Result<()> {
    let q = spec.quarter;
    ws.set_name("Algoritmen")?;
    ws.set_default_note_author(NOTE_AUTHOR);
    let rows: &[AlgoRow] = spec.previous.as_ref().map_or(&[], |(_, r)| r);
    let last = VALIDATED_ROWS.max(rows.len() as u32 + 200);
    let text_cell = Format::new().set_num_format("@");
    let date_cell = Format::new().set_num_format(DATE_FORMAT);
    let earliest = NaiveDate::from_ymd_opt(crate::text::FIRST_PLAUSIBLE_YEAR, 1, 1).expect("valid date");
    let latest = NaiveDate::from_ymd_opt(crate::text::LAST_PLAUSIBLE_YEAR, 12, 31).expect("valid date");
    for (c, field) in Field::ALL.iter().enumerate() {
        let col = c as u16;
        ws.write_string_with_format(0, col, field.header(), &f.header)?;
        ws.insert_note(
            0,
            col,
            &Note::new(column_help(*field))
                .add_author_prefix(false)
                .set_width(300)
                .set_height(110),
        )?;
        let (width, format) = match field {
            Field::Naam | Field::Toelichting => (40.0, &text_cell),
            Field::GeplandePublicatie | Field::Publicatiedatum => (14.0, &date_cell),
            Field::AlgoritmeId => (16.0, &text_cell),
            Field::Status => (18.0, &text_cell),
            _ => (14.0, &text_cell),
        };
        ws.set_column_width(col, width)?;
        ws.set_column_format(col, format)?;
        let title = field.header();
        let validation = match field {
            Field::Categorie => Some(dropdown(title, &forms(Category::ALL, Category::as_str))?),
            Field::Risicoselectie => Some(dropdown(title, &["ja", "nee"])?),
            Field::Status => Some(dropdown(title, &forms(Status::ALL, Status::as_str))?),
            Field::Uitzondering => Some(dropdown(title, &forms(Exception::ALL, Exception::as_str))?),
            Field::GeplandePublicatie => Some(date_check(
                title,
                earliest,
                latest,
                // A quarter (2025-Q4) is allowed too: warn, do not refuse.
                DataValidationErrorStyle::Warning,
                "Een datum, zoals 31-12-2025. Een kwartaal, zoals 2025-Q4, mag ook.",
            )?),
            Field::Publicatiedatum => Some(date_check(
                title,
                earliest,
                q.last_day(),
                DataValidationErrorStyle::Stop,
                &format!(
                    "Een datum, zoals 15-05-2025, niet later dan {}.",
                    dutch_date(q.last_day())
                ),
            )?),
            _ => None,
        };
        if let Some(v) = validation {
            ws.add_data_validation(1, col, last, col, &v)?;
        }
    }
    for (i, r) in rows.iter().enumerate() {
        write_previous_row(ws, 1 + i as u32, r, &text_cell, &date_cell)?;
    }
    ws.set_row_height(0, 30)?;
    ws.set_freeze_panes(1, 0)?;
    ws.set_landscape().set_print_fit_to_pages(1, 0);
    Ok(())
}

/// Writes a row of last quarter's sheet. A `volledig` row keeps its
/// category, status, dates and exception, but its ID and name were never
/// kept: those stay empty for the organisation to fill in again.
fn write_previous_row(ws: &mut Worksheet, row: u32, r: &AlgoRow, text: &Format, date: &Format) -> Result<()> {
    for (c, field) in Field::ALL.iter().enumerate() {
        let col = c as u16;
        let s: Option<String> = match field {
            Field::Id if !r.shielded => r.id.ok().cloned(),
            Field::Naam if !r.shielded => r.naam.ok().cloned(),
            Field::Toelichting if !r.shielded => r.toelichting.clone(),
            Field::Categorie => r.categorie.get().map(|v| v.as_str().to_owned()),
            Field::Risicoselectie => r.risicoselectie.get().map(|v| match v {
                YesNo::Yes => "ja".to_owned(),
                YesNo::No => "nee".to_owned(),
            }),
            Field::Status => r.status.get().map(|v| v.as_str().to_owned()),
            Field::AlgoritmeId if !r.shielded => r.algoritme_id.ok().cloned(),
            Field::Uitzondering => r.uitzondering.get().map(|v| v.as_str().to_owned()),
            Field::GeplandePublicatie | Field::Publicatiedatum => {
                let d = if *field == Field::GeplandePublicatie {
                    &r.gepland
                } else {
                    &r.publicatiedatum
                };
                if let Val::Ok(d) = d {
                    ws.write_datetime_with_format(row, col, d, date)?;
                }
                None
            }
            _ => None,
        };
        if let Some(s) = s {
            ws.write_string_with_format(row, col, s, text)?;
        }
    }
    Ok(())
}
