//! The section "Kwaliteit van de registraties" (from the kwaliteit stage):
//! the counts per organisation, the most common gaps in plain Dutch, and the
//! algorithms with a gap by name (they are public). Names go into JSON
//! strings only: the template shows them as text, never as markup.

use serde::Serialize;

use super::capped::{MAX_ROWS, Namen, cap};
use crate::cijfers::Cijfers;
use crate::kwaliteit::table::MEEST_VOORKOMEND;
use crate::kwaliteit::{KwaliteitTelling, leesbaarheid};
use crate::pdf::zinnen::{eerste_van, in_werkmap};

#[derive(Debug, Serialize)]
pub struct KwaliteitSectie {
    pub tekst: String,
    /// Organisation or group, published, complete, A/B with assessment, A with IAMA, with a hard text.
    pub organisaties: Vec<[String; 6]>,
    /// The rows of `organisaties` that are groups (zero-based), printed bold.
    pub groepen: Vec<usize>,
    /// The most common gaps, one sentence each.
    pub gebreken: Vec<String>,
    /// Organisation, algorithm, its gaps.
    pub algoritmen: Vec<[String; 3]>,
    pub algoritmen_tekst: String,
}

fn van(n: usize, of: usize) -> String {
    if of == 0 {
        "–".to_owned()
    } else {
        format!("{n} van {of}")
    }
}

fn rij(naam: String, t: &KwaliteitTelling) -> [String; 6] {
    [
        naam,
        t.gepubliceerd.to_string(),
        van(t.volledig, t.gepubliceerd - t.oudere_standaard),
        van(t.met_impacttoets, t.categorie_a_b),
        van(t.met_iama, t.categorie_a),
        t.algoritmen_met_moeilijke_tekst.to_string(),
    ]
}

pub fn kwaliteit(f: &Cijfers) -> Option<KwaliteitSectie> {
    let k = f.kwaliteit.as_ref()?;
    let namen = Namen::new(f);
    let mut organisaties: Vec<[String; 6]> = k
        .organisaties
        .iter()
        .filter(|o| o.telling.gepubliceerd > 0)
        .map(|o| rij(namen.get(&o.organisatie), &o.telling))
        .collect();
    let mut tekst = format!(
        "Wat lezen burgers in het register? Elke gepubliceerde beschrijving van deze organisaties in de export ({}) \
         is getoetst aan de publicatiestandaard 1.0. Volledig betekent: geen verplicht veld leeg. Een streepje of \
         'n.v.t.' telt als leeg. De leesbaarheid is een indicatie met de Flesch-Douma-formule, geen oordeel over \
         taalniveau B1. Een tekst heet moeilijk bij een score onder {} of meer dan {} woorden per zin. De tabel \
         toont de organisaties met ten minste één beschrijving in het register.",
        k.register,
        leesbaarheid::FLESCH_DOUMA_MOEILIJK,
        leesbaarheid::ZINSLENGTE_MOEILIJK
    );
    if organisaties.is_empty() {
        tekst.push_str(" Er staan geen beschrijvingen van deze organisaties in de export.");
    }
    cap(
        &mut organisaties,
        &mut tekst,
        "organisaties",
        f,
        "Kwaliteit per organisatie",
    );
    let eerste_groep = organisaties.len();
    organisaties.extend(k.groepen.iter().map(|g| rij(g.groep.name().to_owned(), &g.telling)));
    let groepen = (eerste_groep..organisaties.len()).collect();

    let gebreken = k
        .meest_voorkomend
        .iter()
        .take(MEEST_VOORKOMEND)
        .map(|g| g.zin.clone())
        .collect();

    let met_gebrek: Vec<_> = k.algoritmen.iter().filter(|a| !a.gebreken.is_empty()).collect();
    let algoritmen_tekst = match met_gebrek.len() {
        0 => "Bij geen enkel algoritme is iets gevonden.".to_owned(),
        1 => "Bij 1 algoritme is iets gevonden:".to_owned(),
        n if n > MAX_ROWS => eerste_van(
            MAX_ROWS,
            n,
            "algoritmes met een gebrek",
            &in_werkmap(&f.kwartaal.to_string(), "Kwaliteit"),
        ),
        n => format!("Bij {n} algoritmes is iets gevonden:"),
    };
    let algoritmen = met_gebrek
        .iter()
        .take(MAX_ROWS)
        .map(|a| {
            let gebreken: Vec<&str> = a.gebreken.iter().map(|g| g.label()).collect();
            [namen.get(&a.organisatie), a.naam.clone(), gebreken.join(", ")]
        })
        .collect();
    Some(KwaliteitSectie {
        tekst,
        organisaties,
        groepen,
        gebreken,
        algoritmen,
        algoritmen_tekst,
    })
}
