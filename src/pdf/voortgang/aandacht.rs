//! "Aandacht nodig" on the first page: the organisations the council may
//! have to help, each with what is the matter in plain Dutch.

use serde::Serialize;

use super::capped::cap;
use crate::cijfers::{Cijfers, OrganisatieStatus};
use crate::maat::{Maat, Scope};
use crate::model::Phase;

/// The table: a sentence, and one row per organisation (name, what is the matter).
#[derive(Debug, Serialize)]
pub struct Aandacht {
    pub tekst: String,
    pub rijen: Vec<[String; 2]>,
}

/// "1 algoritme is" or "3 algoritmen zijn": a count with its verb.
fn aantal(n: u32, enkel: &str, meer: &str) -> String {
    if n == 1 {
        format!("1 algoritme {enkel}")
    } else {
        format!("{n} algoritmen {meer}")
    }
}

/// What needs attention at one organisation, most urgent first, and how
/// many mandatory algorithms that concerns; empty when nothing does.
fn wat(f: &Cijfers, o: &OrganisatieStatus) -> (Vec<String>, u32) {
    let mut out = Vec::new();
    match (o.ingeleverd, o.overgenomen_uit) {
        (true, _) => {}
        (false, Some(q)) => out.push(format!("geen nieuw statusoverzicht (cijfers uit {q})")),
        (false, None) => {
            out.push("geen statusoverzicht ingeleverd".to_owned());
            return (out, 0);
        }
    }
    let get = |maat: Maat| f.org_figure(&o.code, Scope::Alle, maat);
    let (achter, na, zonder) = (
        get(Maat::Achterstallig),
        get(Maat::GeplandNaDeadline),
        get(Maat::ZonderPlanning),
    );
    if achter > 0 {
        out.push(aantal(
            achter,
            "is te laat: de geplande datum is voorbij",
            "zijn te laat: de geplande datum is voorbij",
        ));
    }
    if na > 0 {
        out.push(aantal(
            na,
            "staat gepland na de deadline",
            "staan gepland na de deadline",
        ));
    }
    if zonder > 0 {
        out.push(aantal(
            zonder,
            "heeft nog geen geplande datum",
            "hebben nog geen geplande datum",
        ));
    }
    if o.ingeleverd && o.fase == Some(Phase::Agenda) {
        out.push("nog in de fase agenderen".to_owned());
    }
    if let Some(eu) = super::ai_verordening::aandacht(f, &o.code) {
        out.push(eu);
    }
    (out, achter + na + zonder)
}

/// The organisations that need attention: the most mandatory algorithms
/// that are late or not planned in time first, then those without a sheet,
/// then by name; at most [`super::MAX_ROWS`].
pub fn aandacht(f: &Cijfers) -> Aandacht {
    let mut lijst: Vec<(u32, bool, String, [String; 2])> = f
        .organisaties
        .iter()
        .filter_map(|o| {
            let (wat, n) = wat(f, o);
            if wat.is_empty() {
                return None;
            }
            let naam = if o.toezichthouder {
                format!("{} (toezichthouder)", o.naam)
            } else {
                o.naam.clone()
            };
            let mut tekst = wat.join("; ");
            if let Some(first) = tekst.get(..1) {
                tekst = first.to_uppercase() + &tekst[1..];
            }
            Some((n, o.telt_mee(), crate::text::key(&o.naam), [naam, tekst]))
        })
        .collect();
    lijst.sort_by(|x, y| (y.0, x.1, &x.2).cmp(&(x.0, y.1, &y.2)));
    let n = lijst.len();
    let mut tekst = match n {
        0 => "Geen enkele organisatie heeft nu extra aandacht nodig: alle statusoverzichten zijn binnen, niets is te laat en alles staat vóór de deadline gepland.".to_owned(),
        1 => "Eén organisatie heeft aandacht nodig.".to_owned(),
        n => format!("{n} organisaties hebben aandacht nodig."),
    };
    if n > 0 {
        tekst.push_str(
            " Het gaat om verplichte algoritmen (A en B) die te laat zijn, na de deadline gepland staan of nog geen datum hebben, \
             om statusoverzichten die ontbreken, om organisaties die nog in de fase agenderen zijn \
             en om hoog-risico AI-systemen die niet in de EU-databank staan of waarvan dat niet bekend is.",
        );
    }
    let mut rijen: Vec<[String; 2]> = lijst.into_iter().map(|(_, _, _, r)| r).collect();
    cap(&mut rijen, &mut tekst, "organisaties", f, "Organisaties");
    Aandacht { tekst, rijen }
}
