//! The counts per organisation that the console table and the workbook
//! both show: one list, so that both read the same field under the same
//! words, and the counts add up (`in_register` = op ID + op naam − andere
//! org. + niet gekoppeld).

use super::verschil::{OrgAfstemming, VerschilSoort};

/// One count of [`OrgAfstemming`] as a column.
pub struct Kolom {
    /// The console table's heading (at most 11 characters).
    pub kort: &'static str,
    /// The workbook's heading.
    pub kop: &'static str,
    /// What it counts, in a sentence.
    pub uitleg: &'static str,
    pub waarde: fn(&OrgAfstemming) -> usize,
}

/// In the order of the console table and the workbook.
pub const KOLOMMEN: [Kolom; 6] = [
    Kolom {
        kort: "in reg.",
        kop: "In register onder eigen naam",
        uitleg: "algoritmen die in het register onder de naam van de organisatie staan",
        waarde: |o| o.in_register,
    },
    Kolom {
        kort: "op ID",
        kop: "Rijen gekoppeld op Algoritme-ID",
        uitleg: "rijen van het statusoverzicht die op Algoritme-ID aan het register gekoppeld zijn",
        waarde: |o| o.gekoppeld_op_id,
    },
    Kolom {
        kort: "op naam",
        kop: "Rijen gekoppeld op naam",
        uitleg: "rijen van het statusoverzicht die alleen op naam gekoppeld zijn",
        waarde: |o| o.gekoppeld_op_naam,
    },
    Kolom {
        kort: "andere org.",
        kop: "Gekoppeld, onder andere organisatie",
        uitleg: "van de gekoppelde rijen: het algoritme staat in het register onder een andere organisatie",
        waarde: |o| o.verschillen.get(VerschilSoort::RegisterAndereOrganisatie),
    },
    Kolom {
        kort: "niet gek.",
        kop: "In register, niet gekoppeld",
        uitleg: "algoritmen onder de naam van de organisatie zonder gekoppelde rij in haar statusoverzicht",
        waarde: |o| o.niet_gekoppeld,
    },
    Kolom {
        kort: "later",
        kop: "Na de peildatum gepubliceerd",
        uitleg: "na de peildatum gepubliceerd, niet vergeleken",
        waarde: |o| o.na_peildatum,
    },
];

/// The sum that ties the columns together, in words.
pub const SOM: &str = "in reg. = op ID + op naam - andere org. + niet gek.";

/// Is this kind of disagreement one of the columns above? The console
/// table then does not show it a second time.
pub fn getoond(soort: VerschilSoort) -> bool {
    soort == VerschilSoort::RegisterAndereOrganisatie
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_headings_fit_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for k in &KOLOMMEN {
            assert!(k.kort.len() <= 11, "{}", k.kort);
            assert!(seen.insert(k.kort) && seen.insert(k.kop), "{}", k.kort);
        }
    }
}
