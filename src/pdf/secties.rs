//! Two parts of the quarterly report that come from other stages: what
//! changed per algorithm since the previous quarter (`mutaties`) and the
//! reconciliation with the register (`afstemming`), as plain data for the
//! template. Sheet text stays data: names go into JSON strings only.

use std::collections::HashMap;

use serde::Serialize;

use super::kwartaal::MAX_RIJEN;
use super::zinnen::{algoritmen, eerste_van, in_werkmap};
use crate::figures::Figures;
use crate::findings::Code;
use crate::history::Soort;
use crate::model::Category;
use crate::reconcile::{Koppeling, VerschilSoort};

#[derive(Debug, Serialize)]
pub struct Mutatiedeel {
    pub tekst: String,
    /// Per category: nieuw, gepubliceerd, vervallen, andere categorie, verschoven (dagen).
    pub telling: Vec<[String; 6]>,
    /// Changes that ask for attention: organisation, change, name, was, is.
    pub rijen: Vec<[String; 5]>,
}

#[derive(Debug, Serialize)]
pub struct Afstemdeel {
    pub tekst: String,
    pub telling: Vec<[String; 2]>,
    /// Organisation, kind, name, how it was linked.
    pub rijen: Vec<[String; 4]>,
}

/// Organisation names by code, so that a long list of rows does not search
/// all organisations for each row.
struct Namen<'a>(HashMap<&'a str, &'a str>);

impl<'a> Namen<'a> {
    fn new(f: &'a Figures) -> Namen<'a> {
        Namen(
            f.organisaties
                .iter()
                .map(|o| (o.code.as_str(), o.naam.as_str()))
                .rev()
                .collect(),
        )
    }

    fn get(&self, code: &str) -> String {
        self.0.get(code).map_or_else(|| code.to_owned(), |n| (*n).to_owned())
    }
}

/// Keeps the first [`MAX_RIJEN`] rows of a long list; `tekst` then says how
/// many there are and on which sheet of the workbook they all stand.
fn cap<T>(rijen: &mut Vec<T>, tekst: &mut String, wat: &str, f: &Figures, blad: &str) {
    if rijen.len() > MAX_RIJEN {
        tekst.push(' ');
        tekst.push_str(&eerste_van(
            MAX_RIJEN,
            rijen.len(),
            wat,
            &in_werkmap(&f.kwartaal.to_string(), blad),
        ));
        rijen.truncate(MAX_RIJEN);
    }
}

pub fn mutaties(f: &Figures) -> Option<Mutatiedeel> {
    let m = f.mutaties.as_ref()?;
    let label = |c: Category| match c {
        Category::A => "A: hoog-risico AI-systemen",
        Category::B => "B: impactvolle algoritmen",
        Category::C => "C: overige algoritmen",
    };
    let telling = m
        .totaal
        .iter()
        .map(|(c, t)| {
            let dagen = if t.verschoven > 0 {
                format!(
                    "{} ({} dagen)",
                    t.verschoven,
                    t.verschoven_dagen / i64::from(t.verschoven)
                )
            } else {
                "0".to_owned()
            };
            [
                label(*c).to_owned(),
                t.nieuw_geinventariseerd.to_string(),
                t.nieuw_gepubliceerd.to_string(),
                t.nieuw_vervallen.to_string(),
                t.categorie_gewijzigd.to_string(),
                dagen,
            ]
        })
        .collect();
    let namen = Namen::new(f);
    let attention = |s: Soort| !matches!(s, Soort::Nieuw | Soort::Gepubliceerd);
    let rijen: Vec<[String; 5]> = m
        .wijzigingen
        .iter()
        .filter(|w| attention(w.soort))
        .map(|w| {
            [
                namen.get(&w.organisatie),
                w.soort.label().to_owned(),
                w.naam.clone().unwrap_or_else(|| "[afgeschermd]".to_owned()),
                w.van.clone().unwrap_or_default(),
                w.naar.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let n = m.vergeleken.len();
    let mut tekst = format!(
        "Per algoritme vergeleken met {} (organisatie en ID), voor de {n} {} met een statusoverzicht in beide kwartalen. \
         De tabel telt de ministeries samen, zonder toezichthouders. Bij verschoven staat tussen haakjes hoeveel dagen later, gemiddeld. {}",
        m.vorig_kwartaal,
        if n == 1 { "organisatie" } else { "organisaties" },
        match rijen.len() {
            0 => "Er zijn geen wijzigingen die aandacht vragen.".to_owned(),
            1 => "Eén wijziging vraagt aandacht; die staat in de tweede tabel.".to_owned(),
            r => format!("{r} wijzigingen vragen aandacht; die staan in de tweede tabel."),
        }
    );
    let mut rijen = rijen;
    cap(&mut rijen, &mut tekst, "wijzigingen", f, "Mutaties");
    Some(Mutatiedeel { tekst, telling, rijen })
}

/// A reconciliation finding code in words.
fn label(code: Code) -> &'static str {
    VerschilSoort::of(code).map_or("Ander verschil", VerschilSoort::label)
}

pub fn afstemming(f: &Figures) -> Option<Afstemdeel> {
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
        "De statusoverzichten zijn vergeleken met de export van het Algoritmeregister ({}). {} Een verschil is een waarschuwing: \
         controleer het statusoverzicht of de beschrijving in het register.",
        a.register,
        match n {
            0 => "Er zijn geen verschillen gevonden die aandacht vragen.".to_owned(),
            1 => "Eén verschil vraagt aandacht.".to_owned(),
            _ => format!("Bij {} is er een verschil dat aandacht vraagt.", algoritmen(n as u32)),
        }
    );
    cap(&mut rijen, &mut tekst, "verschillen", f, "Afstemming");
    Some(Afstemdeel { tekst, telling, rijen })
}
