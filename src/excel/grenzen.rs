//! Excel's limits on everything algoreg writes, in one place: the text of a
//! cell and of a note, a link, a sheet name, an alt text, the rows and
//! columns of a sheet and the height of a row.
//!
//! Every text, link, note and sheet name goes into rust_xlsxwriter through
//! here ([`Limited`], [`note`], [`chart_alt_text`], [`table_alt_text`]); `tests/grenzen.rs` checks
//! that no other file of `src/excel/` calls the writer for them itself. What
//! does not fit is cut, and the cut says so: a text ends in
//! `… (40.000 tekens)`, a link too long is written as its text only. An
//! error of the writer that gets through all the same never reaches the
//! user raw: [`explain`] makes it a Dutch one that names the file.

use std::borrow::Cow;

use anyhow::Result;
use rust_xlsxwriter::{Format, Note, Url, Worksheet, XlsxError};

use crate::text::{EXCEL_MAX_TEXT, dutch_count, excel_len, shorten};

/// Rows in one sheet.
pub const MAX_ROWS: u32 = 1_048_576;
/// Columns in one sheet (`A` to `XFD`).
pub const MAX_COLUMNS: u16 = 16_384;
/// The text of a note: a cell's limit, less what Excel keeps for the
/// author's name (rust_xlsxwriter refuses more).
pub const MAX_NOTE: usize = EXCEL_MAX_TEXT - 54;
/// The target of a link (rust_xlsxwriter refuses more than 2,080).
pub const MAX_LINK: usize = 2_079;
/// The name of a sheet.
pub const MAX_SHEET_NAME: usize = 31;
/// The characters a sheet name may not hold.
pub const NOT_IN_SHEET_NAME: [char; 7] = ['[', ']', ':', '*', '?', '/', '\\'];
/// The alternative text of a chart: rust_xlsxwriter drops a longer one,
/// with an English line on stderr.
pub const MAX_CHART_ALT_TEXT: usize = 255;
/// The alternative text of a table: an attribute with no lower limit of
/// its own, held to what a cell holds.
pub const MAX_TABLE_ALT_TEXT: usize = EXCEL_MAX_TEXT;
/// The height of a row, in points.
pub const MAX_ROW_HEIGHT: f64 = 409.0;

/// How a value went into its cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Written as it is.
    Whole,
    /// Too long: its start was written, ending in `… (40.000 tekens)`;
    /// `len` is the length of the whole text.
    Cut { len: usize },
    /// The cell lies outside the sheet (beyond row 1,048,576 or column
    /// XFD): nothing was written.
    Outside,
}

/// Whether a cell lies inside the sheet (zero-based row and column).
pub fn inside(row: u32, col: u16) -> bool {
    row < MAX_ROWS && col < MAX_COLUMNS
}

/// A text as one cell holds it: whole, or its start and `… (40.000 tekens)`.
pub fn cell_text(s: &str) -> Cow<'_, str> {
    shorten(s, EXCEL_MAX_TEXT)
}

/// A note with this text, cut to what a note holds, without the author's
/// name in front of it. The caller sets its size.
pub fn note(text: &str) -> Note {
    Note::new(shorten(text, MAX_NOTE)).add_author_prefix(false)
}

/// A chart's alternative text, cut to what is kept.
pub fn chart_alt_text(s: &str) -> Cow<'_, str> {
    shorten(s, MAX_CHART_ALT_TEXT)
}

/// A table's alternative text, cut to what is kept.
pub fn table_alt_text(s: &str) -> Cow<'_, str> {
    shorten(s, MAX_TABLE_ALT_TEXT)
}

/// The note of a cell that goes back to an organisation (`terugmelding`)
/// whose value was longer than a cell holds.
pub fn cut_note(len: usize) -> String {
    format!(
        "Hier stonden {} tekens. In een cel van Excel passen er {}: u krijgt alleen het begin terug, met aan het eind hoe lang de tekst was. Maak de tekst korter.",
        dutch_count(len),
        dutch_count(EXCEL_MAX_TEXT)
    )
}

/// A sheet name Excel takes: the characters it refuses become `-`, at most
/// 31 characters, no `'` at either end, never empty.
pub fn sheet_name(name: &str) -> String {
    let mut out: String = name
        .chars()
        .map(|c| {
            if NOT_IN_SHEET_NAME.contains(&c) || c.is_control() {
                '-'
            } else {
                c
            }
        })
        .collect();
    while excel_len(&out) > MAX_SHEET_NAME {
        out.pop();
    }
    let out = out.trim_matches('\'');
    if out.is_empty() {
        "Blad".to_owned()
    } else {
        out.to_owned()
    }
}

/// How many of `len` table rows fit in a sheet whose first row of data is
/// `first` (zero-based).
pub fn rows_that_fit(first: u32, len: usize) -> usize {
    len.min(MAX_ROWS.saturating_sub(first) as usize)
}

/// A row height in points, at most what Excel shows.
pub fn row_height(points: f64) -> f64 {
    points.min(MAX_ROW_HEIGHT)
}

/// Writing into a worksheet within Excel's limits. The only way text, links
/// and sheet names go into a sheet of algoreg.
pub trait Limited {
    /// Writes text as a string (never as a formula), cut to what a cell holds.
    fn text(&mut self, row: u32, col: u16, s: &str, format: &Format) -> Result<Fit>;

    /// A link to a cell of this workbook (`sheet`, `cell` such as `G7`),
    /// showing `shown`. A link longer than Excel allows is written as its
    /// text only.
    fn cell_link(&mut self, row: u32, col: u16, sheet: &str, cell: &str, shown: &str) -> Result<Fit>;

    /// Names the sheet (see [`sheet_name`]).
    fn set_sheet_name(&mut self, name: &str) -> Result<()>;
}

impl Limited for Worksheet {
    fn text(&mut self, row: u32, col: u16, s: &str, format: &Format) -> Result<Fit> {
        if !inside(row, col) {
            return Ok(Fit::Outside);
        }
        let fitted = cell_text(s);
        self.write_string_with_format(row, col, fitted.as_ref(), format)?;
        Ok(match fitted {
            Cow::Borrowed(_) => Fit::Whole,
            Cow::Owned(_) => Fit::Cut { len: excel_len(s) },
        })
    }

    fn cell_link(&mut self, row: u32, col: u16, sheet: &str, cell: &str, shown: &str) -> Result<Fit> {
        // The name the sheet got from `set_sheet_name`.
        let target = format!("internal:'{}'!{cell}", sheet_name(sheet).replace('\'', "''"));
        if !inside(row, col) {
            return Ok(Fit::Outside);
        }
        if excel_len(&target) > MAX_LINK || crate::text::too_long_for_excel(shown) {
            return self.text(row, col, shown, &Format::new());
        }
        self.write_url(row, col, Url::new(target).set_text(shown))?;
        Ok(Fit::Whole)
    }

    fn set_sheet_name(&mut self, name: &str) -> Result<()> {
        self.set_name(sheet_name(name))?;
        Ok(())
    }
}

/// An error made while writing `file`, in Dutch when it is the xlsx
/// writer's: what did not fit, and a hint. Other errors stay as they are.
pub fn explain(file: &str, e: anyhow::Error) -> anyhow::Error {
    let Some(xlsx) = e.chain().find_map(|c| c.downcast_ref::<XlsxError>()) else {
        return e;
    };
    const BUG: &str = "dit is een fout in algoreg, niet in de statusoverzichten: meld het bij de beheerder van algoreg, met deze melding";
    let (what, hint) = match xlsx {
        XlsxError::IoError(io) | XlsxError::TempFileError(_, io) => (
            format!("de tijdelijke bestanden konden niet worden geschreven ({io})"),
            "kijk of er ruimte genoeg is op de schijf, en of de map voor tijdelijke bestanden beschreven mag worden",
        ),
        XlsxError::MaxStringLengthExceeded => (
            format!(
                "een tekst is langer dan de {} tekens die in een cel passen",
                dutch_count(EXCEL_MAX_TEXT)
            ),
            BUG,
        ),
        XlsxError::MaxUrlLengthExceeded => (
            format!(
                "een link is langer dan de {} tekens die Excel toestaat",
                dutch_count(MAX_LINK)
            ),
            BUG,
        ),
        XlsxError::RowColumnLimitError => (
            format!(
                "er zijn meer rijen of kolommen dan op een blad passen ({} rijen, {} kolommen)",
                dutch_count(MAX_ROWS as usize),
                dutch_count(MAX_COLUMNS as usize)
            ),
            BUG,
        ),
        XlsxError::SheetnameCannotBeBlank(_)
        | XlsxError::SheetnameLengthExceeded(_)
        | XlsxError::SheetnameContainsInvalidCharacter(_)
        | XlsxError::SheetnameStartsOrEndsWithApostrophe(_)
        | XlsxError::SheetnameReused(_) => (
            format!(
                "een bladnaam past niet (hoogstens {MAX_SHEET_NAME} tekens, zonder [ ] : * ? / \\, elke naam één keer)"
            ),
            BUG,
        ),
        // The writer's own words only where there are no Dutch ones.
        other => (format!("de werkmap kon niet worden opgebouwd ({other})"), BUG),
    };
    anyhow::anyhow!("kan {file} niet maken: {what}\nhint: {hint}. Er is niets geschreven: eerdere uitvoer staat er nog")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_excel_takes() {
        assert_eq!(sheet_name("Bevindingen"), "Bevindingen");
        assert_eq!(sheet_name("a[b]:c*d?e/f\\g"), "a-b--c-d-e-f-g");
        assert_eq!(sheet_name(&"x".repeat(40)), "x".repeat(31));
        assert_eq!(sheet_name("'blad'"), "blad");
        assert_eq!(sheet_name(""), "Blad");
        assert_eq!(sheet_name("''"), "Blad");
    }

    #[test]
    fn rows_past_the_last_row_do_not_fit() {
        assert_eq!(rows_that_fit(4, 10), 10);
        assert_eq!(rows_that_fit(4, 2_000_000), MAX_ROWS as usize - 4);
        assert_eq!(rows_that_fit(MAX_ROWS, 1), 0);
        assert!(inside(MAX_ROWS - 1, MAX_COLUMNS - 1));
        assert!(!inside(MAX_ROWS, 0) && !inside(0, MAX_COLUMNS));
        assert_eq!(row_height(15.0 * 600.0), MAX_ROW_HEIGHT);
    }

    #[test]
    fn what_does_not_fit_is_cut_and_written() {
        let mut ws = Worksheet::new();
        let f = Format::new();
        let long = "x".repeat(40_000);
        assert_eq!(ws.text(0, 0, "kort", &f).unwrap(), Fit::Whole);
        assert_eq!(ws.text(1, 0, &long, &f).unwrap(), Fit::Cut { len: 40_000 });
        assert_eq!(ws.text(MAX_ROWS, 0, "ver weg", &f).unwrap(), Fit::Outside);
        assert_eq!(ws.cell_link(2, 0, "Algoritmen", "G7", "G7").unwrap(), Fit::Whole);
        let far = "y".repeat(3_000);
        assert_eq!(
            ws.cell_link(3, 0, &far, "G7", "G7").unwrap(),
            Fit::Whole,
            "its text only"
        );
        assert!(
            ws.set_sheet_name("Heel [lang] en vol met tekens die niet mogen")
                .is_ok()
        );
        assert_eq!(ws.name(), "Heel -lang- en vol met tekens d");
        ws.insert_note(0, 0, &note(&long)).unwrap();
    }

    #[test]
    fn an_error_of_the_writer_is_dutch_and_names_the_file() {
        let raw = anyhow::Error::from(XlsxError::MaxStringLengthExceeded);
        let e = format!("{:#}", explain("voortgang-2025-Q2.xlsx", raw));
        assert!(
            e.starts_with("kan voortgang-2025-Q2.xlsx niet maken: een tekst is langer dan de 32.767 tekens"),
            "{e}"
        );
        assert!(e.contains("\nhint: "), "{e}");
        let other = explain("x.xlsx", anyhow::anyhow!("kan x niet schrijven"));
        assert_eq!(
            other.to_string(),
            "kan x niet schrijven",
            "only the writer's errors change"
        );
    }
}
