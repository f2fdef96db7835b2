//! Cells longer than one cell of Excel holds (32,767 characters): the xlsx
//! and ods formats allow them, Excel does not. Each is a finding at its cell,
//! its value is not read, and a row with such a cell does not count.

use calamine::Data;

use super::sparse::Cells;
use crate::bevinding::{Bevindingen, Code, Location};
use crate::text::{EXCEL_MAX_TEXT, cell_ref, dutch_count, excel_len, too_long_for_excel};

/// The length of a text cell longer than Excel allows; `None` for any other cell.
pub fn too_long(data: &Data) -> Option<usize> {
    match data {
        Data::String(s) if too_long_for_excel(s) => Some(excel_len(s)),
        _ => None,
    }
}

/// A finding (`tekst-te-lang`) at every cell of a sheet longer than Excel
/// allows. Below `header_row` (the rows that count) the finding says that
/// the row does not count.
pub fn report(cells: &Cells, at: &Location, header_row: Option<u32>, out: &mut Bevindingen) {
    for ((row, col), data) in cells.iter() {
        let Some(len) = too_long(data) else { continue };
        let row_counts = header_row.is_some_and(|h| *row > h);
        out.fout(
            Code::TekstTeLang,
            at.cell(cell_ref(*row, *col)),
            format!(
                "Deze cel heeft {} tekens. In een cel van Excel passen er hoogstens {}. Maak de tekst korter.{}",
                dutch_count(len),
                dutch_count(EXCEL_MAX_TEXT),
                if row_counts { " Deze rij telt niet mee." } else { "" }
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::sparse::Limits;

    #[test]
    fn only_text_past_the_limit_is_too_long() {
        let at_limit = "x".repeat(EXCEL_MAX_TEXT);
        let past = "x".repeat(EXCEL_MAX_TEXT + 1);
        assert_eq!(too_long(&Data::String(at_limit.clone())), None);
        assert_eq!(too_long(&Data::String(past.clone())), Some(EXCEL_MAX_TEXT + 1));
        assert_eq!(too_long(&Data::Float(1.0)), None);
        let source = vec![
            ((0, 0), Data::String("ID".into())),
            ((0, 1), Data::String(past.clone())),
            ((3, 1), Data::String(past)),
            ((3, 2), Data::String(at_limit)),
        ];
        let cells = Cells::collect(source, &Limits::default());
        let mut out = Bevindingen::default();
        report(&cells, &Location::file("x.xlsx").sheet("Algoritmen"), Some(0), &mut out);
        let found: Vec<(String, bool)> = out
            .0
            .iter()
            .map(|f| (f.to_string()[..20].to_owned(), f.message.ends_with("telt niet mee.")))
            .collect();
        assert_eq!(
            found,
            [
                ("x.xlsx:Algoritmen!B1".to_owned(), false),
                ("x.xlsx:Algoritmen!B4".to_owned(), true)
            ]
        );
        assert_eq!(
            out.0[0].message,
            "Deze cel heeft 32.768 tekens. In een cel van Excel passen er hoogstens 32.767. Maak de tekst korter."
        );
        assert_eq!(out.0[0].code, Code::TekstTeLang);
    }
}
