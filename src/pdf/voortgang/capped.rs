//! The caps on the report's lists, and the helpers the sections share to keep
//! a long list short: [`cap`] and [`Namen`]. Uses no section.

use std::collections::HashMap;

use crate::cijfers::Cijfers;
use crate::pdf::zinnen::{eerste_van, in_werkmap};

/// Up to this many organisations (in `organisaties.csv`) the bar chart and
/// the tables show each organisation; with more, they count per ministry and
/// list only the organisations with overdue publications.
pub const MAX_ORGANISATIONS: usize = 60;
/// Most rows in a list of the report (overdue organisations, changes per
/// organisation, changes per algorithm, differences with the register); the
/// rest is in the workbook.
pub const MAX_ROWS: usize = 25;
/// Most names in the list of organisations without a sheet.
pub const MAX_NAMES: usize = 20;

/// Organisatie names by code, so that a long list of rows does not search
/// all organisations for each row.
pub struct Namen<'a>(HashMap<&'a str, &'a str>);

impl<'a> Namen<'a> {
    pub fn new(f: &'a Cijfers) -> Namen<'a> {
        Namen(
            f.organisaties
                .iter()
                .map(|o| (o.code.as_str(), o.naam.as_str()))
                .rev()
                .collect(),
        )
    }

    pub fn get(&self, code: &str) -> String {
        self.0.get(code).map_or_else(|| code.to_owned(), |n| (*n).to_owned())
    }
}

/// Keeps the first [`MAX_ROWS`] rows of a long list; `tekst` then says how
/// many there are and on which sheet of the workbook they all stand.
pub fn cap<T>(rijen: &mut Vec<T>, tekst: &mut String, wat: &str, f: &Cijfers, blad: &str) {
    if rijen.len() > MAX_ROWS {
        tekst.push(' ');
        tekst.push_str(&eerste_van(
            MAX_ROWS,
            rijen.len(),
            wat,
            &in_werkmap(&f.kwartaal.to_string(), blad),
        ));
        rijen.truncate(MAX_ROWS);
    }
}
