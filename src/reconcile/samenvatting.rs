//! The one count of the afstemming that the PDF, the workbook and the
//! console each put in a sentence: how many disagreements need attention,
//! at how many algorithms, and how many algorithms are linked by name only.
//! One struct, one sentence, so the three say the same numbers in the same
//! words.

use std::collections::HashSet;

use serde::Serialize;

use super::verschil::{Verschil, VerschilSoort};
use crate::text::{counted, key};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Samenvatting {
    /// Disagreements that need attention (a match by name alone is none).
    pub verschillen: usize,
    /// The algorithms (rows of a sheet, or records of the register) with at
    /// least one of them.
    pub algoritmen: usize,
    /// Algorithms linked by name only.
    pub op_naam: usize,
}

impl Samenvatting {
    pub fn of(list: &[Verschil]) -> Samenvatting {
        let mut algoritmen = HashSet::new();
        let mut s = Samenvatting::default();
        for v in list {
            match VerschilSoort::of(v.code) {
                Some(k) if k.needs_fix() => {
                    s.verschillen += 1;
                    algoritmen.insert((
                        v.organisatie.as_str(),
                        v.bestand.as_deref(),
                        v.id.as_deref(),
                        key(&v.naam),
                        v.algoritme_id.as_deref(),
                        v.register_plaats.as_ref().map(ToString::to_string),
                    ));
                }
                Some(_) => s.op_naam += 1,
                None => {}
            }
        }
        s.algoritmen = algoritmen.len();
        s
    }

    /// The lines of the list of disagreements: every disagreement and
    /// every match by name only.
    pub fn regels(&self) -> usize {
        self.verschillen + self.op_naam
    }

    /// "28 verschillen bij 25 algoritmen vragen aandacht. 2 algoritmen zijn
    /// alleen op naam gekoppeld: dat is geen verschil, maar minder zeker."
    pub fn zin(&self) -> String {
        let mut zin = match self.verschillen {
            0 => "Er zijn geen verschillen gevonden die aandacht vragen.".to_owned(),
            n => format!(
                "{} bij {} {} aandacht.",
                counted(n, "verschil", "verschillen"),
                counted(self.algoritmen, "algoritme", "algoritmen"),
                if n == 1 { "vraagt" } else { "vragen" }
            ),
        };
        if self.op_naam > 0 {
            zin += &format!(
                " {} alleen op naam gekoppeld: dat is geen verschil, maar minder zeker.",
                counted(self.op_naam, "algoritme is", "algoritmen zijn")
            );
        }
        zin
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_or_more_in_words() {
        let s = |verschillen, algoritmen, op_naam| Samenvatting {
            verschillen,
            algoritmen,
            op_naam,
        };
        assert_eq!(
            s(0, 0, 0).zin(),
            "Er zijn geen verschillen gevonden die aandacht vragen."
        );
        assert_eq!(s(1, 1, 0).zin(), "1 verschil bij 1 algoritme vraagt aandacht.");
        assert_eq!(
            s(28, 25, 2).zin(),
            "28 verschillen bij 25 algoritmen vragen aandacht. 2 algoritmen zijn alleen op naam gekoppeld: \
             dat is geen verschil, maar minder zeker."
        );
        assert_eq!(s(28, 25, 2).regels(), 30);
        assert!(
            s(0, 0, 1)
                .zin()
                .ends_with(" 1 algoritme is alleen op naam gekoppeld: dat is geen verschil, maar minder zeker.")
        );
    }
}
