//! The `Organisatie` and `Algoritmen` sheets of a status sheet written as
//! xlsx, from an [`Invulling`] and the layout in `crate::statusoverzicht`:
//! labels and header with their notes, dropdowns and date checks, the
//! values, and (for a terugmelding) the marked cells.

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::NaiveDate;
use rust_xlsxwriter::{DataValidation, DataValidationErrorStyle, DataValidationRule, Format, Note, Worksheet};

use super::grenzen::{self, Fit, Limited};

use crate::ingest::sheet::FIRST_LABEL_ROW;
use crate::ingest::{Field, Written};
use crate::model::{Category, EuDatabank, Exception, Grondrechtentoets, Phase, Quarter, Status};
use crate::statusoverzicht::{Blad, Cel, Invulling, column_help, label_help};
use crate::text::dutch_date;

use super::layout::{DATE_FORMAT, Formats};

/// Rows of the Algoritmen sheet that get dropdowns and date checks, at least.
pub const VALIDATED_ROWS: u32 = 500;
const NOTE_AUTHOR: &str = "algoreg";

/// How a marked cell is coloured: an error, a warning, or a value to fill in again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MarkKind {
    Fout,
    Waarschuwing,
    Opnieuw,
}

impl MarkKind {
    /// The fill: Excel's own colours for bad (red) and neutral (yellow), and a light blue.
    pub fn fill(self) -> &'static str {
        match self {
            MarkKind::Fout => "#FFC7CE",
            MarkKind::Waarschuwing => "#FFEB9C",
            MarkKind::Opnieuw => "#DDEBF7",
        }
    }
}

/// A marked cell: its colour and the note that says why.
#[derive(Debug, Clone)]
pub struct Mark {
    pub cel: Cel,
    pub kind: MarkKind,
    pub note: String,
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

/// The cell formats of the two sheets: text cells stay text (`@`), date
/// cells show a Dutch date; a marked cell adds its fill.
struct CellFormats {
    text: Format,
    date: Format,
}

impl CellFormats {
    fn new() -> Self {
        CellFormats {
            text: Format::new().set_num_format("@"),
            date: Format::new().set_num_format(DATE_FORMAT),
        }
    }

    /// The format for a value in a column holding dates (`date_column`) or not.
    fn of(&self, value: Option<&Written>, date_column: bool, fill: Option<MarkKind>) -> Format {
        let base = match value {
            Some(Written::Date(_)) => &self.date,
            Some(_) => &self.text,
            None if date_column => &self.date,
            None => &self.text,
        };
        match fill {
            Some(kind) => base.clone().set_background_color(kind.fill()),
            None => base.clone(),
        }
    }
}

/// Writes a value as it was written: text always as a string, never as a
/// formula, and cut when it is longer than a cell holds (see [`with_cut`]).
fn write(ws: &mut Worksheet, row: u32, col: u16, value: Option<&Written>, format: &Format) -> Result<Fit> {
    if !grenzen::inside(row, col) {
        return Ok(Fit::Outside);
    }
    match value {
        None => ws.write_blank(row, col, format)?,
        Some(Written::Text(s)) => return ws.text(row, col, s, format),
        Some(Written::Number(n)) => ws.write_number_with_format(row, col, *n, format)?,
        Some(Written::Date(d)) => ws.write_datetime_with_format(row, col, d, format)?,
        Some(Written::Bool(b)) => ws.write_boolean_with_format(row, col, *b, format)?,
    };
    Ok(Fit::Whole)
}

/// The notes of a cell, with the note that its value was cut when it was:
/// a value that goes back whole and cannot, says so.
fn with_cut(mut notes: Vec<String>, fit: Option<Fit>) -> Vec<String> {
    if let Some(Fit::Cut { len }) = fit {
        notes.push(grenzen::cut_note(len));
    }
    notes
}

/// Marks gathered per cell: the worst colour, and every note.
fn per_cell(marks: &[Mark], blad: Blad) -> BTreeMap<(u32, u16), (MarkKind, Vec<&str>)> {
    let mut out: BTreeMap<(u32, u16), (MarkKind, Vec<&str>)> = BTreeMap::new();
    for m in marks.iter().filter(|m| m.cel.blad == blad) {
        let entry = out.entry((m.cel.row, m.cel.col)).or_insert((m.kind, vec![]));
        entry.0 = entry.0.min(m.kind);
        entry.1.push(&m.note);
    }
    out
}

fn note(text: &str) -> Note {
    grenzen::note(text).set_width(320).set_height(130)
}

/// `Organisatie`: labels in column A, values in column B, help in column C.
pub fn organisation_sheet(ws: &mut Worksheet, f: &Formats, q: Quarter, inv: &Invulling, marks: &[Mark]) -> Result<()> {
    ws.set_sheet_name("Organisatie")?;
    ws.set_default_note_author(NOTE_AUTHOR);
    let taken = |row: u32| inv.labels.iter().any(|l| l.row == row);
    if !taken(0) {
        ws.text(0, 0, "Statusoverzicht Algoritmeregister", &f.title)?;
    }
    if !taken(1) {
        ws.text(
            1,
            0,
            "Vul kolom B in. Verander de woorden in kolom A niet.",
            &Format::new(),
        )?;
    }
    if !taken(FIRST_LABEL_ROW - 1) {
        for (c, h) in ["Gegeven", "Uw antwoord", "Uitleg"].iter().enumerate() {
            ws.text(FIRST_LABEL_ROW - 1, c as u16, h, &f.header)?;
        }
    }
    ws.set_column_width(0, 18)?;
    ws.set_column_width(1, 40)?;
    ws.set_column_width(2, 90)?;
    ws.set_landscape().set_print_fit_to_pages(1, 0);
    let formats = CellFormats::new();
    let marked = per_cell(marks, Blad::Organisatie);
    for label in &inv.labels {
        let row = label.row;
        let help = label_help(label.label, q);
        ws.text(row, 0, label.label, &f.bold)?;
        ws.text(row, 2, &help, &f.wrap)?;
        ws.insert_note(row, 0, &grenzen::note(&help))?;
        let is_date = label.label == "Peildatum";
        let mark = marked.get(&(row, 1));
        let format = formats.of(label.value.as_ref(), is_date, mark.map(|m| m.0));
        let fit = if label.value.is_some() || label.label != "Fase" || mark.is_some() {
            Some(write(ws, row, 1, label.value.as_ref(), &format)?)
        } else {
            None
        };
        let notes = mark.map_or(vec![], |(_, n)| n.iter().map(|s| s.to_string()).collect());
        let notes = with_cut(notes, fit);
        if !notes.is_empty() {
            ws.insert_note(row, 1, &note(&notes.join("\n\n")))?;
        }
        match label.label {
            "Peildatum" => {
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
            "Fase" => {
                ws.add_data_validation(row, 1, row, 1, &dropdown("Fase", &forms(Phase::ALL, Phase::as_str))?)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// `Algoritmen`: the header, one algorithm per row below it, and the
/// columns algoreg does not know after the template's ten.
pub fn algorithms_sheet(ws: &mut Worksheet, f: &Formats, q: Quarter, inv: &Invulling, marks: &[Mark]) -> Result<()> {
    ws.set_sheet_name("Algoritmen")?;
    ws.set_default_note_author(NOTE_AUTHOR);
    let top = inv.header_row;
    let last = (top + VALIDATED_ROWS)
        .max(inv.last_row().saturating_add(200))
        .min(grenzen::MAX_ROWS - 1);
    // The cells whose value was cut, for their notes.
    let mut cut: BTreeMap<(u32, u16), Fit> = BTreeMap::new();
    let formats = CellFormats::new();
    let earliest = NaiveDate::from_ymd_opt(crate::text::FIRST_PLAUSIBLE_YEAR, 1, 1).expect("valid date");
    let latest = NaiveDate::from_ymd_opt(crate::text::LAST_PLAUSIBLE_YEAR, 12, 31).expect("valid date");
    let is_date = |col: u16| col == Field::GeplandePublicatie as u16 || col == Field::Publicatiedatum as u16;
    for (row, col, value) in &inv.above {
        cut.insert((*row, *col), write(ws, *row, *col, Some(value), &Format::new())?);
    }
    for (c, field) in Field::ALL.iter().enumerate() {
        let col = c as u16;
        ws.text(top, col, field.header(), &f.header)?;
        ws.insert_note(top, col, &note(&column_help(*field, q)).set_width(300).set_height(110))?;
        let width = match field {
            Field::Naam | Field::Toelichting => 40.0,
            Field::AlgoritmeId => 16.0,
            Field::Status | Field::EuDatabank | Field::Grondrechtentoets => 18.0,
            _ => 14.0,
        };
        ws.set_column_width(col, width)?;
        ws.set_column_format(col, &formats.of(None, is_date(col), None))?;
        let title = field.header();
        let validation = match field {
            Field::Categorie => Some(dropdown(title, &forms(Category::ALL, Category::as_str))?),
            Field::Risicoselectie => Some(dropdown(title, &["ja", "nee"])?),
            Field::Status => Some(dropdown(title, &forms(Status::ALL, Status::as_str))?),
            Field::Uitzondering => Some(dropdown(title, &forms(Exception::ALL, Exception::as_str))?),
            Field::EuDatabank => Some(dropdown(title, &forms(EuDatabank::ALL, EuDatabank::as_str))?),
            Field::Grondrechtentoets => Some(dropdown(
                title,
                &forms(Grondrechtentoets::ALL, Grondrechtentoets::as_str),
            )?),
            Field::GeplandePublicatie => Some(date_check(
                title,
                earliest,
                latest,
                // A quarter (2025-Q4) is allowed too: warn, do not refuse.
                DataValidationErrorStyle::Warning,
                &format!(
                    "Een datum, zoals {}. Een kwartaal, zoals {q}, mag ook.",
                    dutch_date(q.last_day())
                ),
            )?),
            Field::Publicatiedatum => Some(date_check(
                title,
                earliest,
                q.last_day(),
                DataValidationErrorStyle::Stop,
                &format!(
                    "Een datum, zoals {}, niet later dan {}.",
                    dutch_date(q.first_day()),
                    dutch_date(q.last_day())
                ),
            )?),
            _ => None,
        };
        if let Some(v) = validation {
            ws.add_data_validation(top + 1, col, last, col, &v)?;
        }
    }
    for (k, header) in inv.extra.iter().enumerate() {
        let col = (Field::ALL.len() + k) as u16;
        let fit = ws.text(top, col, header, &f.header)?;
        let notes = with_cut(
            vec![
                "Deze kolom kent algoreg niet. Hij wordt niet gelezen; u krijgt hem terug zoals u hem stuurde.".into(),
            ],
            Some(fit),
        );
        ws.insert_note(top, col, &note(&notes.join("\n\n")))?;
        ws.set_column_width(col, 20)?;
    }
    for (row, col, value) in &inv.cells {
        let fit = write(
            ws,
            *row,
            *col,
            Some(value),
            &formats.of(Some(value), is_date(*col), None),
        )?;
        cut.insert((*row, *col), fit);
    }
    for ((row, col), (kind, notes)) in per_cell(marks, Blad::Algoritmen) {
        let value = inv.value_at(Cel {
            blad: Blad::Algoritmen,
            row,
            col,
        });
        if write(ws, row, col, value, &formats.of(value, is_date(col), Some(kind)))? == Fit::Outside {
            continue;
        }
        let notes = with_cut(notes.iter().map(|s| s.to_string()).collect(), cut.remove(&(row, col)));
        ws.insert_note(row, col, &note(&notes.join("\n\n")))?;
    }
    for ((row, col), fit) in cut {
        if let Fit::Cut { len } = fit {
            ws.insert_note(row, col, &note(&grenzen::cut_note(len)))?;
        }
    }
    ws.set_row_height(top, 30)?;
    ws.set_freeze_panes(top + 1, 0)?;
    ws.set_landscape().set_print_fit_to_pages(1, 0);
    Ok(())
}
