//! What is missing: the organisations without a sheet, the count of
//! bevindingen and the rows left out.

use serde::Serialize;

use super::capped::MAX_NAMES;
use crate::cijfers::Cijfers;
use crate::pdf::zinnen;

#[derive(Debug, Serialize)]
pub struct Ontbreekt {
    pub zinnen: Vec<String>,
    pub zonder_blad: Vec<String>,
}

pub fn ontbreekt(f: &Cijfers) -> Ontbreekt {
    let zonder_blad: Vec<String> = f
        .organisaties
        .iter()
        .filter(|o| !o.ingeleverd)
        .map(|o| match o.overgenomen_uit {
            Some(q) => format!("{} (cijfers overgenomen uit {q})", o.naam),
            None => o.naam.clone(),
        })
        .collect();
    let n = zonder_blad.len();
    let totaal = f.organisaties.len();
    let mut zinnen = vec![match n {
        0 => format!("Alle {totaal} organisaties hebben een statusoverzicht ingeleverd."),
        1 => format!("Van de {totaal} organisaties heeft er 1 geen statusoverzicht ingeleverd."),
        _ => format!("Van de {totaal} organisaties hebben er {n} geen statusoverzicht ingeleverd."),
    }];
    let t = f.bevindingen_telling;
    let woord = |n: usize, een: &str, meer: &str| format!("{n} {}", if n == 1 { een } else { meer });
    zinnen.push(format!(
        "Bij de controle zijn {}, {} en {} gevonden. De lijst met bevindingen staat {}.",
        woord(t.fout, "fout", "fouten"),
        woord(t.waarschuwing, "waarschuwing", "waarschuwingen"),
        woord(t.info, "opmerking", "opmerkingen"),
        zinnen::in_werkmap(&f.kwartaal.to_string(), "Bevindingen")
    ));
    let u = f.rijen.uitgesloten;
    if u > 0 {
        zinnen.push(format!(
            "Van de {} gelezen rijen {} niet meegeteld, omdat er een fout in zit.",
            f.rijen.gelezen,
            if u == 1 {
                "is er 1".to_owned()
            } else {
                format!("zijn er {u}")
            }
        ));
    }
    let mut zonder_blad = zonder_blad;
    if n > MAX_NAMES {
        zonder_blad.truncate(MAX_NAMES);
        zinnen.push(zinnen::eerste_namen(
            MAX_NAMES,
            &zinnen::in_werkmap(&f.kwartaal.to_string(), "Organisaties"),
        ));
    }
    Ontbreekt { zinnen, zonder_blad }
}
