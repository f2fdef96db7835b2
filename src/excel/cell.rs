//! The cells of every sheet algoreg writes: the formats of the house
//! style, typed cell values and their columns, widths and line heights, and
//! writing one value or a title with its notes.

use anyhow::Result;
use chrono::NaiveDate;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Worksheet};

use super::grenzen::{self, Limited};

/// Dutch date as in `30-06-2025`.
pub const DATE_FORMAT: &str = "dd-mm-yyyy";
/// A date in words, with Dutch month names whatever the reader's locale (LCID 0x413 is nl-NL).
pub const LONG_DATE_FORMAT: &str = "[$-413]d mmmm yyyy";
/// Whole numbers with a thousands separator; Excel shows it as `1.234` in a Dutch locale.
pub const COUNT_FORMAT: &str = "#,##0";
/// A figure with one decimal, such as a readability score; Excel shows `55,0` in a Dutch locale.
pub const DECIMAL_FORMAT: &str = "0.0";
/// A figure with two decimals, such as a pace of 1,25 a quarter.
pub const HUNDREDTHS_FORMAT: &str = "0.00";

/// Widest a column gets; longer text wraps.
pub(super) const MAX_WIDTH: usize = 60;

/// The formats every sheet shares.
pub struct Formats {
    pub title: Format,
    pub note: Format,
    pub bold: Format,
    pub warning: Format,
    pub header: Format,
    /// The header of a column of numbers, aligned with them.
    pub header_right: Format,
    pub text: Format,
    pub wrap: Format,
    pub count: Format,
    /// A share, shown as a whole percentage (`50%`).
    pub percent: Format,
    pub decimal: Format,
    pub hundredths: Format,
    pub date: Format,
    pub long_date: Format,
}

impl Default for Formats {
    fn default() -> Self {
        let top = Format::new().set_align(FormatAlign::Top);
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border_bottom(FormatBorder::Thin);
        Formats {
            title: Format::new().set_bold().set_font_size(15),
            note: Format::new(),
            bold: top.clone().set_bold(),
            warning: Format::new().set_bold().set_font_size(13).set_font_color("#C00000"),
            header_right: header.clone().set_align(FormatAlign::Right),
            header,
            text: top.clone(),
            wrap: top.clone().set_text_wrap(),
            count: top.clone().set_num_format(COUNT_FORMAT),
            percent: top.clone().set_num_format("0%"),
            decimal: top.clone().set_num_format(DECIMAL_FORMAT),
            hundredths: top.clone().set_num_format(HUNDREDTHS_FORMAT),
            date: top.clone().set_num_format(DATE_FORMAT).set_align(FormatAlign::Left),
            long_date: Format::new()
                .set_num_format(LONG_DATE_FORMAT)
                .set_align(FormatAlign::Left),
        }
    }
}

/// One cell of a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    /// Always written with `write_string`: text from a sheet never becomes a formula.
    Text(String),
    Count(u32),
    /// A share between 0 and 1, shown as a percentage.
    Percent(f64),
    /// A figure with one decimal (a readability score).
    Decimal(f64),
    Date(NaiveDate),
    /// A link to a sheet of this workbook, shown as the sheet's name.
    SheetLink(String),
    /// A link to a cell of this workbook, shown as the cell (`G7`).
    CellLink {
        sheet: String,
        cell: String,
    },
}

impl Value {
    pub fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }

    pub fn opt_text(s: Option<&str>) -> Value {
        s.map_or(Value::Empty, |t| Value::Text(t.to_owned()))
    }

    pub fn opt_date(d: Option<NaiveDate>) -> Value {
        d.map_or(Value::Empty, Value::Date)
    }

    pub fn yes_no(b: bool) -> Value {
        Value::text(if b { "ja" } else { "nee" })
    }

    /// How many characters the cell shows, for column widths.
    pub(super) fn shown_len(&self) -> usize {
        match self {
            Value::Empty => 0,
            Value::Text(s) | Value::SheetLink(s) => s.lines().map(|l| l.chars().count()).max().unwrap_or(0),
            Value::CellLink { cell, .. } => cell.len(),
            Value::Count(n) => n.to_string().len() + n.to_string().len() / 3,
            Value::Percent(_) => 4,
            Value::Decimal(x) => format!("{x:.1}").len(),
            Value::Date(_) => 10,
        }
    }
}

/// What a column holds, for its format and width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Short text: as wide as its longest value.
    Text,
    /// Long text: wraps at [`MAX_WIDTH`].
    Wrap,
    Count,
    Percent,
    Decimal,
    /// A `Value::Decimal` shown with two decimals.
    Hundredths,
    Date,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    pub kind: Kind,
}

impl Column {
    pub fn new(header: impl Into<String>, kind: Kind) -> Column {
        Column {
            header: header.into(),
            kind,
        }
    }
}

/// A header is aligned with its column's values.
pub(super) fn header_format<'f>(f: &'f Formats, column: &Column) -> &'f Format {
    if matches!(
        column.kind,
        Kind::Count | Kind::Percent | Kind::Decimal | Kind::Hundredths
    ) {
        &f.header_right
    } else {
        &f.header
    }
}

/// A column's width, given its longest value.
pub(super) fn width(column: &Column, longest_value: usize) -> usize {
    // A header may wrap between words, but never inside one.
    let longest_word = column
        .header
        .split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0);
    let header = column.header.chars().count();
    let want = match column.kind {
        Kind::Count | Kind::Percent | Kind::Decimal | Kind::Hundredths | Kind::Date => {
            longest_value.max(longest_word).max(header.min(14))
        }
        Kind::Text | Kind::Wrap => longest_value.max(longest_word).max(header.min(24)),
    };
    (want + 2).clamp(6, MAX_WIDTH)
}

/// The height in points of a row with `lines` lines of text.
pub fn line_height(lines: usize) -> f64 {
    grenzen::row_height(15.0 * lines as f64)
}

/// How many lines a text takes when wrapped at a column `width` (in characters).
pub fn wrapped_lines(text: &str, width: usize) -> usize {
    text.lines().map(|l| wrapped_line(l, width)).sum::<usize>().max(1)
}

fn wrapped_line(text: &str, width: usize) -> usize {
    let mut lines = 1;
    let mut used = 0;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if used > 0 && used + 1 + n > width.saturating_sub(1) {
            lines += 1;
            used = n;
        } else {
            used += n + usize::from(used > 0);
        }
    }
    lines
}

/// Title in A1 and notes below it, one per row.
pub fn write_title(ws: &mut Worksheet, f: &Formats, title: &str, notes: &[String]) -> Result<()> {
    ws.text(0, 0, title, &f.title)?;
    ws.set_row_height(0, 21.0)?;
    for (i, note) in notes.iter().enumerate() {
        ws.text(1 + i as u32, 0, note, &f.note)?;
    }
    Ok(())
}

/// Writes one value; text always as a string, never as a formula.
pub fn write_value(ws: &mut Worksheet, f: &Formats, row: u32, col: u16, value: &Value, kind: Kind) -> Result<()> {
    match value {
        Value::Empty => {}
        Value::Text(s) => {
            let format = if kind == Kind::Wrap { &f.wrap } else { &f.text };
            ws.text(row, col, s, format)?;
        }
        Value::Count(n) => {
            ws.write_number_with_format(row, col, f64::from(*n), &f.count)?;
        }
        Value::Percent(p) => {
            ws.write_number_with_format(row, col, *p, &f.percent)?;
        }
        Value::Decimal(x) => {
            let format = if kind == Kind::Hundredths {
                &f.hundredths
            } else {
                &f.decimal
            };
            ws.write_number_with_format(row, col, *x, format)?;
        }
        Value::Date(d) => {
            ws.write_datetime_with_format(row, col, d, &f.date)?;
        }
        Value::SheetLink(name) => {
            ws.cell_link(row, col, name, "A1", name)?;
        }
        Value::CellLink { sheet, cell } => {
            ws.cell_link(row, col, sheet, cell, cell)?;
        }
    }
    Ok(())
}
