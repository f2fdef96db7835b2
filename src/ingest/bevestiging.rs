//! The warnings an organisation confirmed: in the sheet given back to it,
//! the first sheet `Terugmelding` lists every finding with its sheet, cell
//! and code, and a column where the organisation types `ja` when a warning
//! is right as it is. Sent back, those confirmations are read here; the
//! returned sheet is written with the same headers (`excel::terugmelding`).

use calamine::Data;

use super::sparse::Cells;
use crate::text::key;

/// The sheet's name.
pub const BLAD: &str = "Terugmelding";
/// The headers this reading needs, as the returned sheet writes them.
pub const KOP_BLAD: &str = "Blad";
pub const KOP_CEL: &str = "Cel";
pub const KOP_CODE: &str = "Code";
pub const KOP_KLOPT: &str = "Klopt zo?";

/// One warning the organisation confirmed: where it is and its code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bevestiging {
    pub blad: String,
    pub cel: String,
    pub code: String,
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.trim().to_owned(),
        other => other.to_string().trim().to_owned(),
    }
}

/// The confirmations in a `Terugmelding` sheet: the rows under its header
/// whose `Klopt zo?` says ja. A sheet without those headers confirms nothing.
pub fn read(cells: &Cells) -> Vec<Bevestiging> {
    let mut out = Vec::new();
    let mut cols: Option<[u32; 4]> = None;
    for (_, entries) in cells.rows_after(0) {
        let at = |col: u32| entries.iter().find(|((_, c), _)| *c == col).map(|(_, d)| text(d));
        let Some([b, c, k, j]) = cols else {
            let find = |h: &str| {
                entries
                    .iter()
                    .find(|(_, d)| key(&text(d)) == key(h))
                    .map(|((_, c), _)| *c)
            };
            if let (Some(b), Some(c), Some(k), Some(j)) =
                (find(KOP_BLAD), find(KOP_CEL), find(KOP_CODE), find(KOP_KLOPT))
            {
                cols = Some([b, c, k, j]);
            }
            continue;
        };
        if at(j).is_some_and(|v| key(&v) == "ja")
            && let (Some(blad), Some(cel), Some(code)) = (at(b), at(c), at(k))
        {
            out.push(Bevestiging { blad, cel, code });
        }
    }
    out
}
