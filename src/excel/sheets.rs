//! The sheets every workbook of algoreg shares: the cover's lines (label and
//! value), `Inhoud` with a link to each sheet, and `Toelichting` with what
//! each maat and term means. The quarterly and the annual workbook use these.

use anyhow::Result;
use rust_xlsxwriter::{FormatAlign, Worksheet};

use crate::maat::{Deadlines, Maat};
use crate::model::{Category, Exception, Phase, Status};

use super::grenzen::Limited;
use super::layout::{Column, Formats, Kind, TableSheet, Value, line_height, wrapped_lines};
use super::words;

/// The width of the cover's value column, in characters.
pub const COVER_WIDTH: usize = 80;

/// Writes the cover's lines from `row` on: a bold label in column A, its
/// value in column B. Returns the row after the last line.
pub fn cover_lines(ws: &mut Worksheet, f: &Formats, mut row: u32, lines: Vec<(&str, Value)>) -> Result<u32> {
    ws.set_column_width(0, 24)?;
    ws.set_column_width(1, COVER_WIDTH as f64)?;
    ws.set_print_fit_to_pages(1, 0);
    for (label, value) in lines {
        ws.text(row, 0, label, &f.bold)?;
        match value {
            Value::Date(d) => {
                ws.write_datetime_with_format(row, 1, d, &f.long_date)?;
            }
            Value::Count(n) => {
                ws.write_number_with_format(row, 1, f64::from(n), &f.count.clone().set_align(FormatAlign::Left))?;
            }
            Value::Text(s) => {
                let lines = wrapped_lines(&s, COVER_WIDTH);
                ws.text(row, 1, &s, &f.wrap)?;
                if lines > 1 {
                    ws.set_row_height(row, line_height(lines))?;
                }
            }
            Value::Percent(p) => {
                ws.write_number_with_format(row, 1, p, &f.percent.clone().set_align(FormatAlign::Left))?;
            }
            Value::Decimal(x) => {
                ws.write_number_with_format(row, 1, x, &f.decimal.clone().set_align(FormatAlign::Left))?;
            }
            Value::Empty | Value::SheetLink(_) | Value::CellLink { .. } => {}
        }
        row += 1;
    }
    Ok(row)
}

/// The first three sheets of every workbook, with what each holds (for Inhoud).
pub fn first_sheets(cover: &str, explanation: &str) -> Vec<(String, String)> {
    vec![
        ("Voorblad".to_owned(), cover.to_owned()),
        ("Inhoud".to_owned(), "Deze lijst".to_owned()),
        ("Toelichting".to_owned(), explanation.to_owned()),
    ]
}

/// `Inhoud`: every sheet, with a link to it.
pub fn table_of_contents(sheets: &[(String, String)]) -> TableSheet<'_> {
    TableSheet {
        sheet: "Inhoud".into(),
        title: "Inhoud".into(),
        notes: vec!["Klik op de naam van een blad om ernaartoe te gaan.".into()],
        table: "tbl_inhoud".into(),
        columns: vec![
            Column::new("Blad", Kind::Text),
            Column::new("Wat staat erop", Kind::Wrap),
        ],
        rows: sheets
            .iter()
            .map(|(name, what)| vec![Value::SheetLink(name.clone()), Value::text(what)])
            .collect(),
    }
}

/// What the `Toelichting` explains: the maten and categories always; the
/// words of a status sheet (status, uitzondering, fase) only where the
/// workbook shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Explain {
    /// Maten, categories and the given terms.
    Counts,
    /// Also every status, exception and phase.
    Everything,
}

/// `Toelichting`: every maat and category (and more, see [`Explain`]), then
/// `terms`. `name_header` heads the column with each term's name in the data
/// (`Naam in Data`), which `note` explains.
pub fn explanation(
    deadlines: Deadlines,
    explain: Explain,
    terms: &[(&str, &str)],
    name_header: &str,
    note: &str,
) -> TableSheet<'static> {
    let mut rows = Vec::new();
    let mut add = |soort: &str, term: &str, data: &str, meaning: String| {
        rows.push(vec![
            Value::text(soort),
            Value::text(term),
            Value::text(data),
            Value::text(meaning),
        ]);
    };
    for m in Maat::ALL {
        add("Maat", m.label(), m.name(), m.meaning(deadlines));
    }
    for c in Category::ALL {
        add(
            "Categorie",
            c.as_str(),
            c.as_str(),
            format!("{}: {}", c.register_label(), words::category_meaning(*c)),
        );
    }
    if explain == Explain::Everything {
        for s in Status::ALL {
            add("Status", s.as_str(), s.as_str(), words::status_meaning(*s).to_owned());
        }
        for e in Exception::ALL {
            add(
                "Uitzondering",
                e.as_str(),
                e.as_str(),
                words::exception_meaning(*e).to_owned(),
            );
        }
        for p in Phase::ALL {
            add("Fase", p.as_str(), p.as_str(), words::phase_meaning(*p).to_owned());
        }
    }
    for (term, meaning) in terms {
        add("Begrip", term, "", (*meaning).to_owned());
    }
    TableSheet {
        sheet: "Toelichting".into(),
        title: "Toelichting: wat de woorden en getallen betekenen".into(),
        notes: vec![note.to_owned()],
        table: "tbl_toelichting".into(),
        columns: vec![
            Column::new("Soort", Kind::Text),
            Column::new("Term", Kind::Text),
            Column::new(name_header, Kind::Text),
            Column::new("Betekenis", Kind::Wrap),
        ],
        rows: rows.into(),
    }
}
