//! The section on the reconciliation with the register's download (from
//! the reconcile stage): counts per kind of difference, the differences, and
//! with the history download what changed in the register in the quarter.
//! Names go into JSON strings only.

use serde::Serialize;

use super::capped::{Namen, cap};
use crate::bevinding::Code;
use crate::cijfers::Cijfers;
use crate::reconcile::{Koppeling, Registerwijzigingen, VerschilSoort};
use crate::register::Soort;

#[derive(Debug, Serialize)]
pub struct AfstemmingSectie {
    pub tekst: String,
    /// What changed in the register in the quarter (history download only).
    pub in_kwartaal: Option<String>,
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
    let mut tekst = format!(
        "De statusoverzichten zijn vergeleken met {} van het Algoritmeregister ({}). {} {} Een verschil is een \
         waarschuwing: controleer het statusoverzicht of de beschrijving in het register.",
        match a.soort {
            Soort::Export => "de CSV-export",
            Soort::Geschiedenis => "de geschiedenis-download",
            Soort::Excel => "de Excel-download",
        },
        a.register,
        a.ouderdom.zinnen().join(" "),
        a.samenvatting.zin()
    );
    // One line per disagreement and per match by name: `samenvatting.regels()`.
    cap(&mut rijen, &mut tekst, "regels", f, "Afstemming");
    Some(AfstemmingSectie {
        tekst,
        in_kwartaal: a.in_kwartaal.map(|w| in_kwartaal(&f.kwartaal.to_string(), w)),
        telling,
        rijen,
    })
}

/// One short paragraph: "In 2025-Q2 zijn 2 beschrijvingen bijgewerkt ...".
pub fn in_kwartaal(kwartaal: &str, w: Registerwijzigingen) -> String {
    let beschrijvingen = |n: usize| match n {
        1 => "1 beschrijving".to_owned(),
        n => format!("{n} beschrijvingen"),
    };
    let zijn = |n: usize| if n == 1 { "is" } else { "zijn" };
    let mut zin = format!(
        "In {kwartaal} {} in het register {} bijgewerkt (een nieuwe versie) en {} voor het eerst gepubliceerd.",
        zijn(w.bijgewerkt),
        beschrijvingen(w.bijgewerkt),
        w.eerst_gepubliceerd
    );
    if w.categorie_gewijzigd > 0 {
        zin += &format!(
            " Bij {} is de categorie anders dan in de versie ervoor.",
            beschrijvingen(w.categorie_gewijzigd)
        );
    }
    zin
}
