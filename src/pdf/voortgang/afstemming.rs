//! The section on the reconciliation with the register's export (from the
//! reconcile stage): counts per kind of difference and the differences.
//! Names go into JSON strings only.

use serde::Serialize;

use super::capped::{Namen, cap};
use crate::bevinding::Code;
use crate::cijfers::Cijfers;
use crate::pdf::zinnen::algoritmen;
use crate::reconcile::{Koppeling, VerschilSoort};

#[derive(Debug, Serialize)]
pub struct AfstemmingSectie {
    pub tekst: String,
    pub telling: Vec<[String; 2]>,
    /// Organisatie, kind, name, how it was linked.
    pub rijen: Vec<[String; 4]>,
}

/// A reconciliation finding code in words.
fn label(code: Code) -> &'static str {
    VerschilSoort::of(code).map_or("Ander verschil", VerschilSoort::label)
}

pub fn afstemming(f: &Cijfers) -> Option<AfstemmingSectie> {
    let a = f.afstemming.as_ref()?;
    let t = &a.totalen;
    let telling = VerschilSoort::ALL
        .map(|k| [k.label().to_owned(), t.get(k).to_string()])
        .to_vec();
    let namen = Namen::new(f);
    let mut rijen: Vec<[String; 4]> = a
        .verschillen
        .iter()
        .map(|v| {
            [
                namen.get(&v.organisatie),
                label(v.code).to_owned(),
                v.naam.clone(),
                match v.koppeling {
                    Some(Koppeling::Id) => "op Algoritme-ID".to_owned(),
                    Some(Koppeling::Naam) => "op naam".to_owned(),
                    None => String::new(),
                },
            ]
        })
        .collect();
    let n = t.verschillen();
    let mut tekst = format!(
        "De statusoverzichten zijn vergeleken met de export van het Algoritmeregister ({}). {} {} Een verschil is een \
         waarschuwing: controleer het statusoverzicht of de beschrijving in het register.",
        a.register,
        a.ouderdom.zinnen().join(" "),
        match n {
            0 => "Er zijn geen verschillen gevonden die aandacht vragen.".to_owned(),
            1 => "Eén verschil vraagt aandacht.".to_owned(),
            _ => format!("Bij {} is er een verschil dat aandacht vraagt.", algoritmen(n as u32)),
        }
    );
    cap(&mut rijen, &mut tekst, "verschillen", f, "Afstemming");
    Some(AfstemmingSectie { tekst, telling, rijen })
}
