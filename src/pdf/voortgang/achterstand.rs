//! "Na de deadline": per category A, B and the two together whose deadline
//! is past, a chart of what was published per quarter with the deadline, the
//! mandatory total and the quarter everything is expected to be published in,
//! with a sentence under it; and per organisation what is still open.

use serde::Serialize;

use super::capped::{Namen, cap};
use super::prognose::{chart, eerder, totaal};
use crate::cijfers::Cijfers;
use crate::history::Verloop;
use crate::maat::{Groep, Plicht};
use crate::pdf::grafiek::Grafiek;
use crate::pdf::zinnen::{deadline_tekst, na_deadline};
use crate::prognose::OrgAchterstand;

/// The section's data; absent while every deadline of the ministries together is ahead.
#[derive(Debug, Serialize)]
pub struct NaDeadlineSectie {
    pub tekst: String,
    pub grafieken: Vec<Grafiek>,
    /// Above the table per organisation.
    pub organisaties_tekst: String,
    /// Organisatie, categorie, open, of which past their planned date, ingehaald, expected quarter.
    pub organisaties: Vec<[String; 6]>,
}

/// Per organisation the widest category past its deadline: A and B together
/// when both are past, else the one that is.
fn widest(list: &[OrgAchterstand]) -> Vec<&OrgAchterstand> {
    let mut out: Vec<&OrgAchterstand> = Vec::new();
    for o in list {
        match out.last_mut() {
            Some(last) if last.organisatie == o.organisatie => {
                if o.categorie == Plicht::AB {
                    *last = o;
                }
            }
            _ => out.push(o),
        }
    }
    out
}

/// The section for a quarter: `verloop` are the earlier quarters in the inputs.
pub fn sectie(f: &Cijfers, verloop: &[Verloop]) -> Option<NaDeadlineSectie> {
    let past: Vec<Plicht> = Plicht::ALL
        .into_iter()
        .filter(|deel| f.achterstand_of(&Groep::Totaal, *deel).is_some())
        .collect();
    if past.is_empty() {
        return None;
    }
    // The charts side by side cover the same time.
    let tot = past
        .iter()
        .filter_map(|deel| {
            let a = &f.achterstand_of(&Groep::Totaal, *deel)?.achterstand;
            let (p, _) = totaal(f, *deel)?;
            Some(crate::pdf::grafiek::einde(&p.pad, p.deadline, a.verwacht_klaar))
        })
        .max();
    let grafieken = past
        .iter()
        .filter_map(|deel| {
            let a = &f.achterstand_of(&Groep::Totaal, *deel)?.achterstand;
            let (p, verplicht) = totaal(f, *deel)?;
            let zin = na_deadline(a);
            Some(chart(
                p,
                verplicht,
                f.peildatum,
                &eerder(verloop, *deel),
                zin,
                a.verwacht_klaar,
                tot,
            ))
        })
        .collect();
    let kamer = f.deadline;
    let datum = if kamer.a == kamer.b {
        format!("De deadline van de Kamer was {}.", deadline_tekst(kamer.a))
    } else {
        format!(
            "De deadlines van de Kamer waren {} (categorie A) en {} (categorie B).",
            deadline_tekst(kamer.a),
            deadline_tekst(kamer.b)
        )
    };
    let eigen: Vec<String> = f
        .deadlines
        .iter()
        .filter(|(_, d)| **d != kamer)
        .map(|(m, d)| {
            let mut delen = Vec::new();
            if d.a != kamer.a {
                delen.push(format!("categorie A op {}", deadline_tekst(d.a)));
            }
            if d.b != kamer.b {
                delen.push(format!("categorie B op {}", deadline_tekst(d.b)));
            }
            format!(
                "{m} heeft een eigen datum: {}. De organisaties van {m} worden aan die datum gemeten.",
                delen.join(" en ")
            )
        })
        .collect();
    let mut tekst = format!(
        "{datum} Per categorie: hoeveel verplichte algoritmen de ministeries samen gepubliceerd hadden aan het eind van elk kwartaal (blauwe punten), de deadline (rode lijn), het aantal verplichte algoritmen (groene stippellijn), wat er nog gepland staat (lichtblauwe trap) en het kwartaal waarin alles naar verwachting gepubliceerd is (oranje ruit). De verwachting gaat uit van het tempo van de laatste vier kwartalen."
    );
    if !eigen.is_empty() {
        tekst.push_str(&format!(
            " {} De ministeries samen worden gemeten aan de datum van de Kamer.",
            eigen.join(" ")
        ));
    }
    let namen = Namen::new(f);
    let toezicht: std::collections::HashSet<&str> = f
        .organisaties
        .iter()
        .filter(|o| o.toezichthouder)
        .map(|o| o.code.as_str())
        .collect();
    let mut rijen: Vec<_> = widest(&f.achterstand_per_organisatie)
        .into_iter()
        .filter(|o| o.achterstand.open > 0 || o.achterstand.ingehaald > 0)
        .collect();
    // The supervisors apart: after the ministries' organisations, named as such.
    rijen.sort_by_key(|o| toezicht.contains(&*o.organisatie));
    let mut organisaties: Vec<[String; 6]> = rijen
        .into_iter()
        .map(|o| {
            let a = &o.achterstand;
            let naam = namen.get(&o.organisatie);
            [
                if toezicht.contains(&*o.organisatie) {
                    format!("{naam} (toezichthouder)")
                } else {
                    naam
                },
                o.categorie.name().to_owned(),
                a.open.to_string(),
                o.achterstallig.to_string(),
                a.ingehaald.to_string(),
                a.verwacht_tekst(),
            ]
        })
        .collect();
    let mut organisaties_tekst = if organisaties.is_empty() {
        "Geen organisatie heeft nog iets open of heeft na de deadline iets gepubliceerd.".to_owned()
    } else {
        "Per organisatie, tegen de deadline van haar ministerie: wat nog open staat, hoeveel daarvan al gepubliceerd had moeten zijn volgens de eigen planning, wat na de deadline is ingehaald, en het kwartaal waarin alles bij het tempo van de laatste vier kwartalen gepubliceerd is. Alleen organisaties met iets open of ingehaald staan erin.".to_owned()
    };
    cap(
        &mut organisaties,
        &mut organisaties_tekst,
        "organisaties",
        f,
        "Achterstand",
    );
    Some(NaDeadlineSectie {
        tekst,
        grafieken,
        organisaties_tekst,
        organisaties,
    })
}
