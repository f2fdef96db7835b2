//! "Op koers naar de deadline?": per category A, B and the two together
//! whose deadline is ahead, a chart of the path to the deadline with the
//! expectation and a sentence under it; the planning per organisation
//! (gepland, gehaald, betrouwbaarheid) and the warnings under the Kamer's
//! rules. The charts of a category past its deadline are in `achterstand`.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::capped::{Namen, cap};
use crate::bevinding::Code;
use crate::cijfers::Cijfers;
use crate::history::{Planning, Verloop};
use crate::maat::Plicht;
use crate::maat::{Groep, Maat, Scope};
use crate::model::Quarter;
use crate::pdf::grafiek::{Grafiek, Reeks, einde, grafiek};
use crate::pdf::zinnen::deadline_tekst;
use crate::prognose::Prognose;
use crate::text::dutch_date_long;

/// The section's data.
#[derive(Debug, Serialize)]
pub struct PrognoseSectie {
    pub grafieken: Vec<Grafiek>,
    /// Above the planning table.
    pub planning_tekst: String,
    /// Organisatie, gepland, gehaald, betrouwbaarheid, new A not published, planned past the deadline.
    pub planning: Vec<[String; 6]>,
    pub waarschuwingen_tekst: String,
    /// Organisatie and the warning.
    pub waarschuwingen: Vec<[String; 2]>,
}

/// "eind 2025" for 31 December, else "op 30 juni 2026".
fn bij(d: NaiveDate) -> String {
    if d.month() == 12 && d.day() == 31 {
        deadline_tekst(d)
    } else {
        format!("op {}", deadline_tekst(d))
    }
}

fn percent(gehaald: u32, gepland: u32) -> String {
    if gepland == 0 {
        "–".to_owned()
    } else {
        format!(
            "{}%",
            (100 * u64::from(gehaald) + u64::from(gepland) / 2) / u64::from(gepland)
        )
    }
}

/// The sentence under a chart, in plain Dutch.
pub fn zin(p: &Prognose, verplicht: u32, planning: Option<&Planning>, peildatum: NaiveDate) -> String {
    let wat = match p.categorie {
        Plicht::A => "verplichte algoritmen van categorie A",
        Plicht::B => "verplichte algoritmen van categorie B",
        Plicht::AB => "verplichte algoritmen",
    };
    let eind = bij(p.deadline);
    let Some(verwacht) = p.verwacht_voor_deadline.filter(|_| peildatum < p.deadline) else {
        return format!(
            "De deadline was {}. Op {} zijn {} van de {verplicht} {wat} gepubliceerd.",
            dutch_date_long(p.deadline),
            dutch_date_long(peildatum),
            p.gepubliceerd
        );
    };
    let t = planning.map(|pl| pl.groep(&p.groep));
    match t {
        Some(t) if !p.zonder_geschiedenis => format!(
            "Als de organisaties hun planning halen zoals in het vorige kwartaal ({} van de {} gepland), zijn er {eind} naar verwachting {} van de {verplicht} {wat} gepubliceerd.",
            t.gehaald, t.gepland, verwacht
        ),
        Some(_) => format!(
            "In het vorige kwartaal stond niets gepland voor dit kwartaal, dus de planning is nog niet te toetsen. Als alle organisaties hun planning halen, zijn er {eind} {verwacht} van de {verplicht} {wat} gepubliceerd."
        ),
        None => format!(
            "Er is geen vorig kwartaal om de planning aan te toetsen. Als alle organisaties hun planning halen, zijn er {eind} {verwacht} van de {verplicht} {wat} gepubliceerd."
        ),
    }
}

/// The ministries' (`Totaal`) path for one `Plicht`, and its mandatory total.
pub fn totaal(f: &Cijfers, deel: Plicht) -> Option<(&Prognose, u32)> {
    let p = f
        .prognose
        .iter()
        .find(|p| p.groep == Groep::Totaal && p.categorie == deel)?;
    let verplicht = deel
        .categories()
        .iter()
        .map(|c| f.total(&Groep::Totaal, Scope::Category(*c), Maat::Verplicht))
        .sum();
    Some((p, verplicht))
}

/// The published counts of `deel` at the earlier quarters' peildatums, oldest first.
pub fn eerder(verloop: &[Verloop], deel: Plicht) -> Vec<(NaiveDate, u32)> {
    verloop
        .iter()
        .map(|v| {
            let n = match deel {
                Plicht::A => v.a,
                Plicht::B => v.b,
                Plicht::AB => v.a + v.b,
            };
            (v.peildatum, n)
        })
        .collect()
}

/// The chart of path `p` at `peildatum`, with the published counts of
/// earlier quarters (`eerder`, oldest first) before it. Past the deadline,
/// `klaar` is the quarter everything is expected to be published in.
pub fn chart(
    p: &Prognose,
    verplicht: u32,
    peildatum: NaiveDate,
    eerder: &[(NaiveDate, u32)],
    zin: String,
    klaar: Option<Quarter>,
    tot: Option<NaiveDate>,
) -> Grafiek {
    let mut gepubliceerd = eerder.to_vec();
    gepubliceerd.push((peildatum, p.gepubliceerd));
    let titel = match p.categorie {
        Plicht::A => "Hoog-risico-AI-systemen (A)",
        Plicht::B => "Impactvolle algoritmen (B)",
        Plicht::AB => "A en B samen",
    };
    let eerder: Vec<String> = gepubliceerd
        .iter()
        .map(|(d, n)| format!("{n} op {}", dutch_date_long(*d)))
        .collect();
    let alt = match p.verwacht_voor_deadline {
        Some(verwacht) => format!(
            "Grafiek, {titel}, ministeries samen: gepubliceerd {}. Volgens de planning zijn er op de deadline ({}) {} gepubliceerd; naar verwachting {verwacht}. Verplicht: {verplicht}. {zin}",
            eerder.join(", "),
            dutch_date_long(p.deadline),
            p.gepubliceerd + p.gepland_voor_deadline,
        ),
        None => format!(
            "Grafiek, {titel}, ministeries samen: gepubliceerd {}. De deadline was {}. Verplicht: {verplicht}. {zin}",
            eerder.join(", "),
            dutch_date_long(p.deadline),
        ),
    };
    let reeks = Reeks {
        gepubliceerd,
        pad: &p.pad,
        verplicht,
        deadline: p.deadline,
        verwacht: p.verwacht_voor_deadline,
        klaar,
        tot,
    };
    grafiek(&reeks, titel.to_owned(), alt, zin)
}

/// A reliability as the report shows it: over fewer than three planned
/// algorithms as counts ("1 van 2"), else as a percentage.
pub fn betrouwbaarheid(gehaald: u32, gepland: u32) -> String {
    if gepland < 3 {
        format!("{gehaald} van {gepland}")
    } else {
        percent(gehaald, gepland)
    }
}

/// The planning table: the organisations of the ministries, their total,
/// then the supervisors apart.
fn planning_rijen(f: &Cijfers, pl: &Planning, namen: &Namen) -> Vec<[String; 6]> {
    let toezicht: std::collections::HashSet<&str> = f
        .organisaties
        .iter()
        .filter(|o| o.toezichthouder)
        .map(|o| o.code.as_str())
        .collect();
    let rij = |naam: String, t: &crate::history::PlanningTelling, nieuw: u32, na: u32| {
        [
            naam,
            t.gepland.to_string(),
            t.gehaald.to_string(),
            betrouwbaarheid(t.gehaald, t.gepland),
            nieuw.to_string(),
            na.to_string(),
        ]
    };
    let getoond = |o: &&crate::history::OrgPlanning| {
        o.telling.gepland > 0 || o.hoog_risico_niet_direct > 0 || o.na_deadline_gepland > 0
    };
    let (eigen, toezichthouders): (Vec<_>, Vec<_>) = pl
        .per_organisatie
        .iter()
        .filter(getoond)
        .partition(|o| !toezicht.contains(o.organisatie.as_str()));
    let mut out: Vec<[String; 6]> = eigen
        .iter()
        .map(|o| {
            rij(
                namen.get(&o.organisatie),
                &o.telling,
                o.hoog_risico_niet_direct,
                o.na_deadline_gepland,
            )
        })
        .collect();
    if !out.is_empty() {
        let alle = pl
            .per_organisatie
            .iter()
            .filter(|o| !toezicht.contains(o.organisatie.as_str()));
        let (nieuw, na) = alle.fold((0, 0), |(n, a), o| {
            (n + o.hoog_risico_niet_direct, a + o.na_deadline_gepland)
        });
        out.push(rij(
            "Totaal (zonder toezichthouders)".to_owned(),
            &pl.groep(&Groep::Totaal),
            nieuw,
            na,
        ));
    }
    out.extend(toezichthouders.iter().map(|o| {
        rij(
            format!("{} (toezichthouder)", namen.get(&o.organisatie)),
            &o.telling,
            o.hoog_risico_niet_direct,
            o.na_deadline_gepland,
        )
    }));
    out
}

/// The section for a quarter: `verloop` are the earlier quarters in the inputs.
pub fn sectie(f: &Cijfers, verloop: &[Verloop]) -> PrognoseSectie {
    let delen: Vec<Plicht> = Plicht::ALL
        .into_iter()
        .filter(|deel| f.achterstand_of(&Groep::Totaal, *deel).is_none())
        .collect();
    // The charts side by side cover the same time.
    let tot = delen
        .iter()
        .filter_map(|deel| totaal(f, *deel))
        .map(|(p, _)| einde(&p.pad, p.deadline, None))
        .max();
    let grafieken = delen
        .into_iter()
        .filter_map(|deel| {
            let (p, verplicht) = totaal(f, deel)?;
            let zin = zin(p, verplicht, f.planning.as_ref(), f.peildatum);
            Some(chart(p, verplicht, f.peildatum, &eerder(verloop, deel), zin, None, tot))
        })
        .collect();
    let namen = Namen::new(f);
    let (mut planning_tekst, mut planning) = match &f.planning {
        None => (
            "Er is geen vorig kwartaal in de invoer, dus de planning is nog niet te toetsen.".to_owned(),
            vec![],
        ),
        Some(pl) => (
            format!(
                "Per organisatie: hoeveel verplichte algoritmen in {} nog niet gepubliceerd waren en gepland stonden op of voor {} (gepland), en hoeveel daarvan nu gepubliceerd zijn (gehaald). Alleen organisaties met iets gepland of met een waarschuwing staan erin; de toezichthouders na het totaal. Betrouwbaarheid over minder dan 3 algoritmen staat als aantallen (1 van 2). Verschoven na de deadline: stond in {} op tijd gepland, staat nu na de deadline.",
                pl.vorig_kwartaal,
                dutch_date_long(f.kwartaal.last_day()),
                pl.vorig_kwartaal
            ),
            planning_rijen(f, pl, &namen),
        ),
    };
    cap(&mut planning, &mut planning_tekst, "organisaties", f, "Planning");
    let mut waarschuwingen: Vec<[String; 2]> = f
        .bevindingen
        .iter()
        .filter(|b| matches!(b.code, Code::HoogRisicoNietDirect | Code::NaDeadlineGepland))
        .map(|b| {
            [
                b.organisatie.as_deref().map_or_else(String::new, |c| namen.get(c)),
                b.message.clone(),
            ]
        })
        .collect();
    let mut waarschuwingen_tekst = if f.planning.is_none() {
        "Niet te beoordelen: er is geen vorig kwartaal in de invoer. Of een nieuw hoog-risico-AI-systeem direct in het register kwam, en of een algoritme naar na de deadline schoof, blijkt pas uit de vergelijking met het vorige kwartaal.".to_owned()
    } else if waarschuwingen.is_empty() {
        "Geen waarschuwingen: er is geen nieuw hoog-risico-AI-systeem dat nog niet gepubliceerd is, en geen algoritme dat nu na de deadline gepland staat terwijl het er eerder voor stond.".to_owned()
    } else {
        "Een nieuw hoog-risico-AI-systeem (categorie A) hoort direct in het register (motie Dekker-Abdulaziz). En een algoritme dat voor de deadline gepland stond, hoort daar niet na te schuiven.".to_owned()
    };
    cap(
        &mut waarschuwingen,
        &mut waarschuwingen_tekst,
        "waarschuwingen",
        f,
        "Bevindingen",
    );
    PrognoseSectie {
        grafieken,
        planning_tekst,
        planning,
        waarschuwingen_tekst,
        waarschuwingen,
    }
}
