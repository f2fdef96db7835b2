//! The section on what changed per algorithm since the previous quarter
//! (from the history stage): counts per category and the changes that ask
//! for attention. Names go into JSON strings only.

use serde::Serialize;

use super::capped::{Namen, cap};
use crate::cijfers::Cijfers;
use crate::history::Soort;
use crate::model::Category;

#[derive(Debug, Serialize)]
pub struct MutatieSectie {
    pub tekst: String,
    /// Per category: nieuw, gepubliceerd, vervallen, andere categorie, verschoven (dagen).
    pub telling: Vec<[String; 6]>,
    /// Changes that ask for attention: organisation, change, name, was, is.
    pub rijen: Vec<[String; 5]>,
}

pub fn mutaties(f: &Cijfers) -> Option<MutatieSectie> {
    let m = f.mutaties.as_ref()?;
    let label = |c: Category| match c {
        Category::A => "A: hoog-risico-AI-systemen",
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
    Some(MutatieSectie { tekst, telling, rijen })
}
