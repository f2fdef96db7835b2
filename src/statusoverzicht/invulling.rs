//! What the `Organisatie` and `Algoritmen` sheets of a status sheet hold and
//! where; here for an organisation's own sheet given back, its cells at the
//! rows it used (the template's own filling is `sjabloon`). The sheet given
//! back keeps everything the organisation wrote this quarter, its `volledig`
//! rows and its contact person too: it goes only to the organisation that
//! wrote it, so nothing is asked twice.

use std::collections::BTreeMap;

use crate::bevinding::Location;
use crate::ingest::sheet::FIRST_LABEL_ROW;
use crate::ingest::{Field, OrgHeader, RawSheets, StatusSheet, Written};
use crate::text::parse_cell_ref;

/// The labels of the Organisatie sheet, in the template's order.
pub const LABELS: [&str; 7] = [
    "Organisatie",
    "Code",
    "Ministerie",
    "Kwartaal",
    "Peildatum",
    "Fase",
    "Contactpersoon",
];

/// One label of the Organisatie sheet: its row, and the value in column B.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub label: &'static str,
    /// Zero-based row.
    pub row: u32,
    pub value: Option<Written>,
    /// The organisation fills it in again: a template for a later quarter
    /// never carries it.
    pub refill: bool,
}

/// The contents of the two sheets, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Invulling {
    pub labels: Vec<Label>,
    /// Zero-based row of the header of the Algoritmen sheet.
    pub header_row: u32,
    /// Cells above the header (a title the organisation wrote), where they were.
    pub above: Vec<(u32, u16, Written)>,
    /// Headers of the columns after the template's ten: columns algoreg does
    /// not know, kept so that nothing the organisation wrote is lost.
    pub extra: Vec<String>,
    /// The cells below the header: (row, column, value).
    pub cells: Vec<(u32, u16, Written)>,
    /// Rows with `Uitzondering = volledig` whose ID and name are empty (in a
    /// template for a later quarter) and are filled in again from the
    /// organisation's own records. None in a sheet given back.
    pub refill_rows: Vec<u32>,
    /// Columns stood elsewhere in the organisation's file.
    pub moved: bool,
    /// Where each column of the organisation's Algoritmen sheet went.
    pub(super) column_map: BTreeMap<u32, u16>,
    /// The organisation's row of each label (None: not in its file).
    pub(super) label_rows_before: Vec<Option<u32>>,
    /// The names of the organisation's two sheets, to place its findings.
    pub(super) sheet_names: Option<(String, String)>,
}

/// Where a finding's cell is in the returned file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cel {
    pub blad: Blad,
    pub row: u32,
    pub col: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Blad {
    Organisatie,
    Algoritmen,
}

impl Blad {
    pub fn name(self) -> &'static str {
        match self {
            Blad::Organisatie => "Organisatie",
            Blad::Algoritmen => "Algoritmen",
        }
    }
}

impl Invulling {
    /// An organisation's own sheet in the template's layout: every label
    /// and every row where the organisation had it, the template's columns
    /// first and the columns algoreg does not know after them.
    pub fn returned(sheet: &StatusSheet, raw: &RawSheets) -> Invulling {
        let before: Vec<Option<u32>> = LABELS.iter().map(|l| label_row(&sheet.header, l)).collect();
        let labels = place_labels(&before)
            .into_iter()
            .enumerate()
            .map(|(i, row)| Label {
                label: LABELS[i],
                row,
                value: before[i].and_then(|r| raw.org.get(r, 1)).and_then(Written::of),
                refill: false,
            })
            .collect();

        let header_row = sheet.columns.header_row;
        let mut column_map: BTreeMap<u32, u16> = Field::ALL
            .iter()
            .filter_map(|f| sheet.columns.get(*f).map(|c| (c, *f as u16)))
            .collect();
        // Every other column with something in it, from the header down.
        let mut others: Vec<u32> = Vec::new();
        for row in header_row..=last_row(raw) {
            for ((_, col), _) in raw.alg.row(row) {
                if !column_map.contains_key(col) && !others.contains(col) {
                    others.push(*col);
                }
            }
        }
        others.sort_unstable();
        let mut extra = Vec::new();
        for (k, col) in others.iter().enumerate() {
            column_map.insert(*col, (Field::ALL.len() + k) as u16);
            extra.push(
                raw.alg
                    .get(header_row, *col)
                    .and_then(Written::of)
                    .map(|w| shown(&w))
                    .unwrap_or_default(),
            );
        }
        let moved = column_map.iter().any(|(from, to)| *from != u32::from(*to));

        let mut above = Vec::new();
        let mut cells = Vec::new();
        for row in 0..=last_row(raw) {
            for ((_, col), data) in raw.alg.row(row) {
                let Some(value) = Written::of(data) else { continue };
                if row < header_row {
                    above.push((row, *col as u16, value));
                } else if row > header_row
                    && let Some(to) = column_map.get(col)
                {
                    cells.push((row, *to, value));
                }
            }
        }
        Invulling {
            labels,
            header_row,
            above,
            extra,
            cells,
            refill_rows: vec![],
            moved,
            column_map,
            label_rows_before: before,
            sheet_names: Some((sheet.org_sheet.clone(), sheet.alg_sheet.clone())),
        }
    }

    /// The cell in the returned file of a finding at `at` (in the file this
    /// was read from); `None` for a finding about the file, a sheet, the
    /// header or a whole row.
    pub fn place(&self, at: &Location) -> Option<Cel> {
        let (org_sheet, alg_sheet) = self.sheet_names.as_ref()?;
        let (row, col) = parse_cell_ref(at.cell.as_deref()?)?;
        let blad = at.sheet.as_deref()?;
        if blad == org_sheet {
            let i = self.label_rows_before.iter().position(|r| *r == Some(row))?;
            (col == 1).then(|| Cel {
                blad: Blad::Organisatie,
                row: self.labels[i].row,
                col: 1,
            })
        } else if blad == alg_sheet && row > self.header_row {
            self.column_map.get(&col).map(|to| Cel {
                blad: Blad::Algoritmen,
                row,
                col: *to,
            })
        } else {
            None
        }
    }

    /// The value at a cell of the Algoritmen sheet or the Organisatie sheet.
    pub fn value_at(&self, cel: Cel) -> Option<&Written> {
        match cel.blad {
            Blad::Organisatie => self
                .labels
                .iter()
                .find(|l| l.row == cel.row && cel.col == 1)
                .and_then(|l| l.value.as_ref()),
            Blad::Algoritmen => self
                .cells
                .iter()
                .find(|(r, c, _)| *r == cel.row && *c == cel.col)
                .map(|(_, _, v)| v),
        }
    }

    /// The last row with a cell, or the header.
    pub fn last_row(&self) -> u32 {
        self.cells.iter().map(|(r, _, _)| *r).max().unwrap_or(self.header_row)
    }
}

fn last_row(raw: &RawSheets) -> u32 {
    raw.alg.rows_after(0).last().map_or(0, |(r, _)| r)
}

/// The text of a value, for a header.
fn shown(w: &Written) -> String {
    match w {
        Written::Text(s) => s.trim().to_owned(),
        Written::Number(n) => n.to_string(),
        Written::Date(d) => crate::text::dutch_date(*d),
        Written::Bool(b) => b.to_string(),
    }
}

/// The organisation's row of a label (its value cell), if it had the label.
fn label_row(h: &OrgHeader, label: &str) -> Option<u32> {
    let at = match label {
        "Organisatie" => h.organisatie.at.as_ref(),
        "Code" => h.code.at.as_ref(),
        "Ministerie" => h.ministerie.at.as_ref(),
        "Kwartaal" => h.kwartaal.at.as_ref(),
        "Peildatum" => h.peildatum.at.as_ref(),
        "Fase" => h.fase.at.as_ref(),
        _ => h.contactpersoon.as_ref(),
    }?;
    parse_cell_ref(at.cell.as_deref()?).map(|(row, _)| row)
}

/// A row for every label: the organisation's own where it had the label,
/// else the template's row when that is free, else the next free row.
fn place_labels(before: &[Option<u32>]) -> Vec<u32> {
    let mut taken: Vec<u32> = before.iter().flatten().copied().collect();
    before
        .iter()
        .enumerate()
        .map(|(i, had)| {
            had.unwrap_or_else(|| {
                let mut row = FIRST_LABEL_ROW + i as u32;
                while taken.contains(&row) {
                    row += 1;
                }
                taken.push(row);
                row
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_keep_their_rows_and_missing_ones_take_free_rows() {
        // The organisation had Code at row 5 and Kwartaal at row 7 (the
        // template's rows of Ministerie and Peildatum), nothing else.
        let before = [None, Some(5), None, Some(7), None, None, None];
        let rows = place_labels(&before);
        assert_eq!(rows, [4, 5, 6, 7, 8, 9, 10]);
        let before = [Some(0), Some(4), None, None, None, None, None];
        assert_eq!(place_labels(&before), [0, 4, 6, 7, 8, 9, 10]);
    }
}
