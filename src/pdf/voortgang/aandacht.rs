//! "Aandacht nodig" on the first page: the organisations the council may
//! have to help, by weight, each with its numbers in plain Dutch; the
//! supervisors in a short list of their own.
//!
//! The weight, most urgent first: mandatory algorithms overdue or planned
//! after the deadline, then high-risk AI systems (A) not yet being
//! documented, then mandatory algorithms without a date, then no
//! mandatory algorithm published yet, then a missing sheet, then still in
//! the phase `agenderen`, then only algorithms planned on the deadline day
//! itself.

use std::collections::HashMap;

use serde::Serialize;

use super::capped::cap;
use crate::cijfers::{Cijfers, OrganisatieStatus};
use crate::maat::{Maat, Scope};
use crate::model::{Category, Exception, Phase, Status};
use crate::validate::CountedRow;

/// Most rows in the supervisors' own list.
const MAX_TOEZICHT: usize = 8;

/// The section: a sentence and one row per organisation (name, what is the
/// matter), then the supervisors apart.
#[derive(Debug, Serialize)]
pub struct Aandacht {
    pub tekst: String,
    pub rijen: Vec<[String; 2]>,
    /// The supervisors that need attention; they do not count in the totals.
    pub toezichthouders_tekst: Option<String>,
    pub toezichthouders: Vec<[String; 2]>,
}

/// What the rows of one organisation say that the figures do not: A not
/// yet being documented, planned on the deadline day itself.
#[derive(Debug, Default, Clone, Copy)]
struct UitRijen {
    a_niet_in_documentatie: u32,
    op_deadlinedag: u32,
}

/// Per organisation code, counted once from the rows that count.
fn uit_rijen(f: &Cijfers, rows: &[CountedRow]) -> HashMap<String, UitRijen> {
    let mut out: HashMap<String, UitRijen> = HashMap::new();
    for r in rows {
        let open = r.categorie.mandatory()
            && r.uitzondering != Exception::Full
            && !matches!(r.status, Status::Published | Status::Withdrawn);
        if !open {
            continue;
        }
        let deadlines = if r.toezichthouder {
            f.deadline
        } else {
            f.deadlines.get(&*r.ministerie).copied().unwrap_or(f.deadline)
        };
        let deadline = deadlines.of(r.categorie);
        let e = out.entry(r.organisatie.to_string()).or_default();
        if r.categorie == Category::A && r.status == Status::Inventoried {
            e.a_niet_in_documentatie += 1;
        }
        if r.geplande_publicatie == Some(deadline) && deadline > f.peildatum {
            e.op_deadlinedag += 1;
        }
    }
    out
}

/// "1 algoritme" or "3 algoritmen".
fn algoritmen(n: u32) -> String {
    if n == 1 {
        "1 algoritme".to_owned()
    } else {
        format!("{n} algoritmen")
    }
}

/// A row ready to sort: supervisor or not, its weight, its name as a key, its cells.
type Gewogen = (bool, (u8, u32), String, [String; 2]);

/// One row: its weight (tier, then the count in that tier) and its text.
fn wat(f: &Cijfers, o: &OrganisatieStatus, extra: UitRijen) -> Option<((u8, u32), String)> {
    if !o.telt_mee() {
        return Some(((5, 0), "Geen statusoverzicht ingeleverd".to_owned()));
    }
    let get = |maat: Maat| f.org_figure(&o.code, Scope::Alle, maat);
    let (verplicht, gepubliceerd) = (get(Maat::Verplicht), get(Maat::VerplichtGepubliceerd));
    let (achter, na, zonder) = (
        get(Maat::Achterstallig),
        get(Maat::GeplandNaDeadline),
        get(Maat::ZonderPlanning),
    );
    let mut delen = Vec::new();
    if let Some(q) = o.overgenomen_uit {
        delen.push(format!("geen nieuw statusoverzicht (cijfers uit {q})"));
    }
    if achter > 0 {
        delen.push(format!("{} te laat (geplande datum voorbij)", algoritmen(achter)));
    }
    if na > 0 {
        delen.push(format!("{} gepland na de deadline", algoritmen(na)));
    }
    if extra.a_niet_in_documentatie > 0 {
        delen.push(format!(
            "{} hoog-risico-AI-{} (A) nog niet in documentatie",
            extra.a_niet_in_documentatie,
            if extra.a_niet_in_documentatie == 1 {
                "systeem"
            } else {
                "systemen"
            }
        ));
    }
    if zonder > 0 {
        delen.push(format!("{} zonder geplande datum", algoritmen(zonder)));
    }
    let agenderen = o.ingeleverd && o.fase == Some(Phase::Agenda);
    if agenderen {
        let n = get(Maat::Geinventariseerd);
        delen.push(if n == 0 {
            "nog in de fase agenderen, nog geen algoritmen geïnventariseerd".to_owned()
        } else {
            format!("nog in de fase agenderen, {} geïnventariseerd", algoritmen(n))
        });
    }
    if extra.op_deadlinedag > 0 {
        delen.push(format!(
            "{} gepland op de dag van de deadline zelf",
            algoritmen(extra.op_deadlinedag)
        ));
    }
    let eu = super::ai_verordening::aandacht(f, &o.code);
    if let Some(eu) = &eu {
        delen.push(eu.clone());
    }
    let gewicht = if achter + na > 0 {
        (0, achter + na)
    } else if extra.a_niet_in_documentatie > 0 {
        (1, extra.a_niet_in_documentatie)
    } else if zonder > 0 {
        (2, zonder)
    } else if verplicht > 0 && gepubliceerd == 0 && o.ingeleverd {
        (3, verplicht)
    } else if o.overgenomen_uit.is_some() {
        (4, 0)
    } else if agenderen {
        (6, 0)
    } else if extra.op_deadlinedag > 0 {
        (7, extra.op_deadlinedag)
    } else if eu.is_some() {
        (8, 0)
    } else {
        return None;
    };
    let mut tekst = if verplicht > 0 {
        format!("{gepubliceerd} van {verplicht} verplicht gepubliceerd")
    } else {
        String::new()
    };
    if gewicht.0 == 3 && delen.is_empty() {
        let op_tijd = get(Maat::OpTijdGepland);
        delen.push(format!("{} op tijd gepland", algoritmen(op_tijd)));
    }
    for d in delen {
        tekst.push_str(if tekst.is_empty() { "" } else { "; " });
        tekst.push_str(&d);
    }
    if let Some(first) = tekst.get(..1) {
        tekst = first.to_uppercase() + &tekst[1..];
    }
    Some((gewicht, tekst))
}

/// The organisations that need attention, heaviest first, then by name;
/// the supervisors apart. At most [`super::MAX_ROWS`] and [`MAX_TOEZICHT`].
pub fn aandacht(f: &Cijfers, rows: &[CountedRow]) -> Aandacht {
    let extra = uit_rijen(f, rows);
    let mut lijst: Vec<Gewogen> = f
        .organisaties
        .iter()
        .filter_map(|o| {
            let (gewicht, tekst) = wat(f, o, extra.get(&o.code).copied().unwrap_or_default())?;
            Some((
                o.toezichthouder,
                gewicht,
                crate::text::key(&o.naam),
                [o.naam.clone(), tekst],
            ))
        })
        .collect();
    lijst.sort_by(|x, y| (x.1.0, y.1.1, &x.2).cmp(&(y.1.0, x.1.1, &y.2)));
    let (toezicht, lijst): (Vec<_>, Vec<_>) = lijst.into_iter().partition(|x| x.0);
    let n = lijst.len();
    let mut tekst = match n {
        0 => "Geen enkele organisatie heeft nu extra aandacht nodig: alle statusoverzichten zijn binnen, niets is te laat en alles staat vóór de deadline gepland.".to_owned(),
        1 => "Eén organisatie heeft aandacht nodig.".to_owned(),
        n => format!("{n} organisaties hebben aandacht nodig."),
    };
    if n > 0 {
        tekst.push_str(
            " De zwaarste eerst: verplichte algoritmen te laat of gepland na de deadline, hoog-risico-AI-systemen nog niet \
             in documentatie, algoritmen zonder datum, nog niets verplichts gepubliceerd, geen statusoverzicht, nog in de \
             fase agenderen, hoog-risico-AI-systemen die niet in de EU-databank staan of waarvan dat niet bekend is. Elke rij begint met hoeveel verplichte algoritmen gepubliceerd zijn.",
        );
    }
    let mut rijen: Vec<[String; 2]> = lijst.into_iter().map(|(_, _, _, r)| r).collect();
    cap(&mut rijen, &mut tekst, "organisaties", f, "Organisaties");
    let mut toezichthouders: Vec<[String; 2]> = toezicht.into_iter().map(|(_, _, _, r)| r).collect();
    let toezichthouders_tekst = (!toezichthouders.is_empty()).then(|| {
        let mut t = format!(
            "De onafhankelijke toezichthouders tellen niet mee in de totalen. Van hen {} aandacht nodig.",
            if toezichthouders.len() == 1 {
                "heeft er 1".to_owned()
            } else {
                format!("hebben er {}", toezichthouders.len())
            }
        );
        if toezichthouders.len() > MAX_TOEZICHT {
            t.push_str(&format!(
                " Hier staan de eerste {MAX_TOEZICHT}; alle staan in de werkmap, blad Organisaties."
            ));
            toezichthouders.truncate(MAX_TOEZICHT);
        }
        t
    });
    Aandacht {
        tekst,
        rijen,
        toezichthouders_tekst,
        toezichthouders,
    }
}
