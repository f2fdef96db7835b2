//! Two or more sheets of one organisation: which one counts, and the error
//! that says so. The rule: the later peildatum counts (a sheet with a valid
//! peildatum before one without); with the same peildatum, or none, the file
//! whose name comes first in the alphabet (capitals and small letters alike).

use chrono::NaiveDate;

use crate::bevinding::{Bevinding, Code, Ernst, Location};
use crate::organisaties::Organisatie;
use crate::text::dutch_date;

/// An accepted sheet of an organisation.
#[derive(Debug, Clone)]
pub(super) struct Kandidaat {
    pub bestand: String,
    pub peildatum: Option<NaiveDate>,
    pub rijen: usize,
}

/// True when `a` counts rather than `b`, by the rule above.
pub(super) fn counts_over(a: &Kandidaat, b: &Kandidaat) -> bool {
    match (a.peildatum, b.peildatum) {
        (Some(x), Some(y)) if x != y => x > y,
        (Some(_), None) => true,
        (None, Some(_)) => false,
        _ => name_order(&a.bestand) < name_order(&b.bestand),
    }
}

/// The order of file names: as in the alphabet, capitals and small letters
/// alike (then byte by byte, so that no two names are equal).
fn name_order(file: &str) -> (String, &str) {
    (file.to_lowercase(), file)
}

/// Why `winner` counts rather than `loser`, as the end of a sentence.
fn why(winner: &Kandidaat, loser: &Kandidaat) -> String {
    match (winner.peildatum, loser.peildatum) {
        (Some(w), Some(l)) if w != l => format!(
            "omdat de peildatum daarvan later is ({} tegen {})",
            dutch_date(w),
            dutch_date(l)
        ),
        (Some(_), None) => "omdat alleen dat bestand een geldige peildatum heeft".to_owned(),
        (Some(_), Some(_)) => "omdat de peildatum hetzelfde is en die naam in het alfabet eerst komt".to_owned(),
        _ => "omdat geen van beide een geldige peildatum heeft en die naam in het alfabet eerst komt".to_owned(),
    }
}

/// One error for each sheet of `org` that does not count; `sheets[0]` is the
/// one that counts.
pub(super) fn findings(org: &Organisatie, sheets: &[Kandidaat]) -> Vec<Bevinding> {
    let Some((winner, losers)) = sheets.split_first() else {
        return vec![];
    };
    losers
        .iter()
        .map(|loser| {
            let rows = match loser.rijen {
                1 => "De rij van dit bestand telt niet mee.".to_owned(),
                n => format!("De {n} rijen van dit bestand tellen niet mee."),
            };
            Bevinding::new(
                Ernst::Fout,
                Code::DubbelBlad,
                Location::file(&loser.bestand),
                format!(
                    "Van {} zijn {} statusoverzichten ingeleverd. Alleen {} telt mee (ook met --fouten-accepteren), {}. \
                     {rows} Haal het bestand dat niet klopt uit de map.",
                    org.naam,
                    sheets.len(),
                    winner.bestand,
                    why(winner, loser),
                ),
            )
            .voor(&org.code)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(bestand: &str, peildatum: Option<(i32, u32, u32)>) -> Kandidaat {
        Kandidaat {
            bestand: bestand.to_owned(),
            peildatum: peildatum.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            rijen: 1,
        }
    }

    #[test]
    fn later_peildatum_then_date_then_name() {
        let (early, late) = (k("b.xlsx", Some((2025, 5, 1))), k("a.xlsx", Some((2025, 6, 1))));
        assert!(counts_over(&late, &early) && !counts_over(&early, &late));
        let none = k("0.xlsx", None);
        assert!(counts_over(&early, &none) && !counts_over(&none, &early));
        let (a, b) = (k("a.xlsx", Some((2025, 6, 1))), k("B.xlsx", Some((2025, 6, 1))));
        assert!(counts_over(&a, &b) && !counts_over(&b, &a));
    }
}
