//! The house style of every sheet algoreg writes: one routine that lays out
//! a sheet as title, notes and one Excel table (the cells themselves are
//! `cell.rs`).
//!
//! The rules come from the UK Government Analysis Function guidance for
//! statistics in spreadsheets (what the ONS `gptables` package enforces):
//! title in A1, the table against the left edge, one header row, no merged
//! cells, no blank rows or columns inside a table, widths that fit.

use anyhow::{Context, Result};
use rust_xlsxwriter::{IgnoreError, Table, TableColumn, TableStyle, Workbook, Worksheet};

pub use super::cell::*;
use super::grenzen::{self, Limited};

/// A sheet that is a title, a few lines of notes and one table.
pub struct TableSheet<'a> {
    pub sheet: String,
    pub title: String,
    pub notes: Vec<String>,
    /// The Excel table name (`tbl_organisaties`).
    pub table: String,
    pub columns: Vec<Column>,
    pub rows: Rows<'a>,
}

/// A table's rows: made in advance for the short tables, or made one at a
/// time while the sheet is written, for the long ones (every algorithm, every
/// figure), so a batch of 250,000 algorithms is never held twice as cells.
pub enum Rows<'a> {
    Made(Vec<Vec<Value>>),
    OneByOne {
        len: usize,
        make: Box<dyn Fn(usize) -> Vec<Value> + 'a>,
    },
}

impl<'a> Rows<'a> {
    /// Rows made from `len` items by `make(i)`, only when they are written.
    pub fn one_by_one(len: usize, make: impl Fn(usize) -> Vec<Value> + 'a) -> Rows<'a> {
        Rows::OneByOne {
            len,
            make: Box::new(make),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Rows::Made(rows) => rows.len(),
            Rows::OneByOne { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Calls `f` with each row in order.
    pub fn each(&self, f: impl FnMut(usize, &[Value]) -> Result<()>) -> Result<()> {
        self.first(self.len(), f)
    }

    /// Calls `f` with each of the first `n` rows in order.
    fn first(&self, n: usize, mut f: impl FnMut(usize, &[Value]) -> Result<()>) -> Result<()> {
        match self {
            Rows::Made(rows) => rows.iter().take(n).enumerate().try_for_each(|(i, r)| f(i, r)),
            Rows::OneByOne { len, make } => (0..n.min(*len)).try_for_each(|i| f(i, &make(i))),
        }
    }
}

impl FromIterator<Vec<Value>> for Rows<'_> {
    fn from_iter<I: IntoIterator<Item = Vec<Value>>>(rows: I) -> Self {
        Rows::Made(rows.into_iter().collect())
    }
}

impl From<Vec<Vec<Value>>> for Rows<'_> {
    fn from(rows: Vec<Vec<Value>>) -> Self {
        Rows::Made(rows)
    }
}

/// Where a table landed, for charts and tests.
#[derive(Debug, Clone, Copy)]
pub struct Placed {
    pub header_row: u32,
    pub last_row: u32,
}

/// The most cells a sheet's rows may have and still be an Excel table.
/// rust_xlsxwriter keeps every cell of a table in a map until the workbook is
/// saved (some 32 bytes a cell, to check that tables do not overlap): a table
/// of 250,000 algorithms would cost 110 MB. Larger sheets get filters in the
/// header row instead, and a note that says so.
pub const MAX_TABLE_CELLS: usize = 1_000_000;

/// The note on a sheet too large to be an Excel table.
pub const LIST_NOTE: &str =
    "Dit blad is te groot voor een Excel-tabel. Het is een gewone lijst, met filters in de kopregel.";

impl TableSheet<'_> {
    /// The row of the header: after the title, the notes and one blank row.
    pub fn header_row(&self) -> u32 {
        self.notes().len() as u32 + 2
    }

    /// Too large to be an Excel table (see [`MAX_TABLE_CELLS`]).
    pub fn is_list(&self) -> bool {
        self.rows.len().saturating_mul(self.columns.len()) > MAX_TABLE_CELLS
    }

    /// The notes under the title, with the list note when it applies, and
    /// a note when not all rows fit in the sheet.
    fn notes(&self) -> Vec<String> {
        let mut notes = self.notes.clone();
        if self.is_list() {
            notes.push(LIST_NOTE.to_owned());
        }
        // Decided as if the note were there: it takes a row itself.
        let first = notes.len() as u32 + 4;
        let left_out = self.rows.len() - grenzen::rows_that_fit(first, self.rows.len());
        if left_out > 0 {
            notes.push(format!(
                "Dit blad heeft {} rijen. Op een blad van Excel passen er {}: de laatste {} staan er niet op.",
                crate::text::dutch_count(self.rows.len()),
                crate::text::dutch_count(grenzen::MAX_ROWS as usize),
                crate::text::dutch_count(left_out)
            ));
        }
        notes
    }

    /// How many rows are written: all that fit below the header.
    fn rows_written(&self) -> usize {
        grenzen::rows_that_fit(self.header_row() + 1, self.rows.len())
    }

    /// Adds the sheet to the workbook; returns the sheet for extras (charts).
    ///
    /// The sheet is written in rust_xlsxwriter's low-memory mode: each row
    /// goes to a temporary file as soon as the next one starts, so a table
    /// of 250,000 algorithms does not sit in memory. That mode wants rows in
    /// order, so widths and heights are worked out before a row is written.
    pub fn write<'b>(&self, book: &'b mut Workbook, f: &Formats) -> Result<(&'b mut Worksheet, Placed)> {
        let ws = book.add_worksheet_with_low_memory()?;
        ws.set_sheet_name(&self.sheet)?;
        let widths = self.widths()?;
        for (c, width) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, *width as f64)?;
        }
        write_title(ws, f, &self.title, &self.notes())?;
        let top = self.header_row();
        let last_col = self.columns.len().saturating_sub(1) as u16;
        // An Excel table needs at least one data row; an empty table gets one
        // blank row, as Excel itself makes it.
        let data_rows = self.rows_written().max(1) as u32;
        let last_row = top + data_rows;
        if self.is_list() {
            for (c, column) in self.columns.iter().enumerate() {
                ws.text(top, c as u16, &column.header, header_format(f, column))?;
            }
            ws.autofilter(top, 0, last_row, last_col)?;
        } else {
            ws.add_table(top, 0, last_row, last_col, &self.table(f))
                .with_context(|| format!("tabel {} op blad {}", self.table, self.sheet))?;
        }
        let header_lines = self
            .columns
            .iter()
            .zip(&widths)
            .map(|(column, width)| wrapped_lines(&column.header, *width))
            .max()
            .unwrap_or(1);
        ws.set_row_height(top, line_height(header_lines) + 2.0)?;
        for (c, column) in self.columns.iter().enumerate() {
            if matches!(column.kind, Kind::Text | Kind::Wrap) {
                // IDs such as 12345670 are text on purpose: no green corner.
                ws.ignore_error_range(top + 1, c as u16, last_row, c as u16, IgnoreError::NumberStoredAsText)?;
            }
        }
        self.rows.first(self.rows_written(), |r, row| {
            let r = top + 1 + r as u32;
            // Not every reader grows a row for wrapped text (LibreOffice does
            // not), so rows with long text get their height here.
            let lines = row
                .iter()
                .zip(&self.columns)
                .zip(&widths)
                .filter(|((_, col), _)| col.kind == Kind::Wrap)
                .map(|((value, _), width)| match value {
                    Value::Text(s) => wrapped_lines(s, *width),
                    _ => 1,
                })
                .max()
                .unwrap_or(1);
            if lines > 1 {
                ws.set_row_height(r, line_height(lines))?;
            }
            for (c, (value, column)) in row.iter().zip(&self.columns).enumerate() {
                write_value(ws, f, r, c as u16, value, column.kind)?;
            }
            Ok(())
        })?;
        ws.set_freeze_panes(top + 1, 0)?;
        ws.set_landscape();
        ws.set_print_fit_to_pages(1, 0);
        ws.set_repeat_rows(top, top)?;
        Ok((
            ws,
            Placed {
                header_row: top,
                last_row,
            },
        ))
    }

    /// The Excel table, named and with alt text.
    fn table(&self, f: &Formats) -> Table {
        let columns: Vec<TableColumn> = self
            .columns
            .iter()
            .map(|c| {
                TableColumn::new()
                    .set_header(&c.header)
                    .set_header_format(header_format(f, c))
            })
            .collect();
        Table::new()
            .set_name(&self.table)
            .set_style(TableStyle::Light9)
            .set_columns(&columns)
            .set_alt_text(grenzen::table_alt_text(&format!(
                "{}. {}",
                self.title,
                self.notes.first().cloned().unwrap_or_default()
            )))
    }

    /// Each column's width: its longest value, in one pass over the rows.
    fn widths(&self) -> Result<Vec<usize>> {
        let mut longest = vec![0; self.columns.len()];
        self.rows.each(|_, row| {
            for (l, value) in longest.iter_mut().zip(row) {
                *l = (*l).max(value.shown_len());
            }
            Ok(())
        })?;
        Ok(self.columns.iter().zip(longest).map(|(c, l)| width(c, l)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_wrap_between_words() {
        assert_eq!(wrapped_lines("Gepland voor deadline", 30), 1);
        assert_eq!(wrapped_lines("Gepland voor deadline", 10), 3);
        assert_eq!(wrapped_lines("Uitzondering", 6), 1);
    }

    #[test]
    fn widths_fit_values_and_stay_bounded() {
        let sheet = TableSheet {
            sheet: "X".into(),
            title: "X".into(),
            notes: vec![],
            table: "tbl_x".into(),
            columns: vec![
                Column::new("Naam", Kind::Wrap),
                Column::new("Nieuw gepubliceerd", Kind::Count),
            ],
            rows: vec![vec![Value::text("a".repeat(200)), Value::Count(3)]].into(),
        };
        assert_eq!(sheet.widths().unwrap(), [MAX_WIDTH, 16]);
        assert_eq!(sheet.header_row(), 2);
    }

    /// Reads one part of a written xlsx package.
    fn part(xlsx: &[u8], name: &str) -> Option<String> {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).ok()?;
        let mut text = String::new();
        zip.by_name(name).ok()?.read_to_string(&mut text).ok()?;
        Some(text)
    }

    fn sheet_of(name: &str, rows: usize, make: impl Fn(usize) -> Vec<Value> + 'static) -> TableSheet<'static> {
        TableSheet {
            sheet: name.into(),
            title: name.into(),
            notes: vec!["Een noot.".into()],
            table: format!("tbl_{}", name.to_lowercase()),
            columns: vec![Column::new("Aantal", Kind::Count)],
            rows: Rows::one_by_one(rows, make),
        }
    }

    #[test]
    fn a_sheet_with_more_rows_than_excel_has_says_how_many_are_left_out() {
        let fits = sheet_of("Past", 1_000, |i| vec![Value::Count(i as u32)]);
        assert_eq!(fits.rows_written(), 1_000);
        assert_eq!(fits.notes(), ["Een noot."]);
        let huge = sheet_of("Te lang", 2_000_000, |i| vec![Value::Count(i as u32)]);
        // Title, two notes (and the list note), a blank row, the header: rows 1 to 6.
        assert_eq!(huge.header_row(), 5);
        assert_eq!(huge.rows_written(), grenzen::MAX_ROWS as usize - 6);
        assert_eq!(
            huge.header_row() + huge.rows_written() as u32,
            grenzen::MAX_ROWS - 1,
            "the last row of Excel"
        );
        assert_eq!(
            huge.notes()[2],
            "Dit blad heeft 2.000.000 rijen. Op een blad van Excel passen er 1.048.576: de laatste 951.430 staan er niet op."
        );
    }

    #[test]
    fn a_sheet_too_large_for_a_table_gets_header_filters_and_says_so() {
        let f = Formats::default();
        let small = sheet_of("Kort", 3, |i| vec![Value::Count(i as u32)]);
        assert!(!small.is_list());
        assert_eq!(small.header_row(), 3);
        let large = sheet_of("Lang", MAX_TABLE_CELLS + 1, |i| vec![Value::Count(i as u32)]);
        assert!(large.is_list());
        assert_eq!(large.header_row(), 4, "the list note comes before the header");

        let mut book = Workbook::new();
        small.write(&mut book, &f).unwrap();
        let (_, placed) = large.write(&mut book, &f).unwrap();
        assert_eq!(placed.last_row, 4 + MAX_TABLE_CELLS as u32 + 1);
        let xlsx = book.save_to_buffer().unwrap();
        assert!(part(&xlsx, "xl/tables/table1.xml").unwrap().contains("tbl_kort"));
        assert!(
            part(&xlsx, "xl/tables/table2.xml").is_none(),
            "only the small sheet is a table"
        );
        let list = part(&xlsx, "xl/worksheets/sheet2.xml").unwrap();
        assert!(list.contains(r#"<autoFilter ref="A5:A1000006"/>"#), "{}", &list[..600]);
        assert!(list.contains("1000000"), "the last row is written");
        let strings = part(&xlsx, "xl/sharedStrings.xml").unwrap();
        assert!(strings.contains(LIST_NOTE) && strings.contains("Aantal"));
    }
}
