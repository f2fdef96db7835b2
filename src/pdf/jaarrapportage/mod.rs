//! The annual section for Parliament, `jaarrapportage-<jaar>.pdf`: a public
//! document with figures per ministry and organisation only (no algorithm
//! names, no findings, no contact data), typeset by `templates/jaarrapportage.typ`:
//! the document `data.json` and its assembly. The course per quarter is in
//! [`verloop`], the changes per algorithm summed over the year in [`veranderd`],
//! the path to the deadline and each quarter's expectation in [`koers`].

pub mod ai_verordening;
pub mod prognose;
pub mod veranderd;
pub mod verloop;

use serde::Serialize;

pub use verloop::Punt;

use crate::cijfers::Cijfers;
use crate::maat::{Groep, Maat, Scope};
use crate::model::{Category, Quarter};
use crate::organisaties::ministry_name;
use crate::pdf::zinnen::{self, Stand, opsomming};
use crate::text::dutch_date_long;

#[derive(Debug, Serialize)]
pub struct Ministerie {
    pub naam: String,
    pub alineas: Vec<String>,
}

/// The year-end figures of one group, one row per category.
#[derive(Debug, Serialize)]
pub struct StandGroep {
    pub naam: String,
    pub rijen: Vec<Vec<String>>,
}

/// `data.json` of the annual report.
#[derive(Debug, Serialize)]
pub struct Jaarrapportage {
    pub titel: String,
    pub jaar: i32,
    pub classificatie: &'static str,
    pub voorlopig: bool,
    pub peildatum: String,
    pub kwartalen_tekst: String,
    pub alineas: Vec<String>,
    pub ministeries: Vec<Ministerie>,
    pub stand_kop: Vec<&'static str>,
    pub stand: Vec<StandGroep>,
    pub verloop: Vec<Punt>,
    pub verloop_alt: String,
    /// The path to the deadline over the year, and each quarter's expectation.
    pub koers: Option<prognose::JaarPrognose>,
    pub dit_jaar_tekst: String,
    pub dit_jaar: Vec<Vec<String>>,
    pub daarna_tekst: String,
    pub daarna: Vec<Vec<String>>,
    /// What happened per algorithm during the year: counts per category only.
    pub veranderd_tekst: String,
    pub veranderd: Vec<Vec<String>>,
    /// With the history download: what changed in the register in the year.
    pub register_tekst: Option<String>,
    /// "AI-verordening: registratie in de EU-databank" at the last peildatum.
    pub ai_verordening: ai_verordening::JaarAiVerordening,
    pub organisaties: Vec<Vec<String>>,
    /// Per ministry, then all ministries and the supervisors apart: what is
    /// mandatory, published, overdue, exempt and used for risk selection.
    pub per_ministerie: Vec<Vec<String>>,
}

/// The columns of the table per ministry: the maten under their own label.
pub const PER_MINISTERIE: [Maat; 5] = [
    Maat::Verplicht,
    Maat::VerplichtGepubliceerd,
    Maat::Achterstallig,
    Maat::UitzonderingVolledig,
    Maat::Risicoselectie,
];

/// One row per group: its name and the figures of [`PER_MINISTERIE`].
fn per_ministerie(f: &Cijfers) -> Vec<Vec<String>> {
    groups(f)
        .into_iter()
        .map(|(g, name)| {
            let mut row = vec![name.to_owned()];
            row.extend(PER_MINISTERIE.map(|maat| f.total(g, Scope::Alle, maat).to_string()));
            row
        })
        .collect()
}

/// The groups of the totals in report order, with the name a reader sees.
fn groups(f: &Cijfers) -> Vec<(&Groep, &str)> {
    f.groups()
        .into_iter()
        .map(|g| {
            let name = match g {
                Groep::Totaal => "Ministeries samen",
                Groep::Toezichthouders => "Onafhankelijke toezichthouders",
                Groep::Ministerie(code) => ministry_name(code),
            };
            (g, name)
        })
        .collect()
}

/// The rows of the state table: each scope with the label a reader sees.
fn scope_label(scope: Scope) -> &'static str {
    match scope {
        Scope::Category(Category::A) => "A: hoog-risico-AI-systemen",
        Scope::Category(Category::B) => "B: impactvolle algoritmen",
        Scope::Category(Category::C) => "C: overige algoritmen",
        Scope::Alle => "Totaal",
    }
}

fn kwartalen_tekst(jaar: i32, present: &[Quarter], missing: &[Quarter]) -> String {
    let names = |qs: &[Quarter]| opsomming(&qs.iter().map(Quarter::to_string).collect::<Vec<_>>());
    let mut s = format!("Deze rapportage gebruikt de statusoverzichten van {}.", names(present));
    if !missing.is_empty() {
        s.push_str(&format!(
            " Van {} ontbreken de cijfers nog; de stand aan het einde van {jaar} is daarom de stand op de laatste peildatum.",
            names(missing)
        ));
    }
    s
}

/// Everything the annual template needs. `quarters` holds the quarters of
/// the year that were read, oldest first, and is not empty.
pub fn data(jaar: i32, quarters: &[(Quarter, Cijfers)], missing: &[Quarter]) -> Option<Jaarrapportage> {
    let (_, last) = quarters.last()?;
    let present: Vec<Quarter> = quarters.iter().map(|(q, _)| *q).collect();
    let moment = format!("Op {}", dutch_date_long(last.peildatum));
    let all = Stand::from_figures(last, None);
    let ministeries = all
        .ministeries
        .iter()
        .map(|m| Ministerie {
            naam: ministry_name(m).to_owned(),
            alineas: zinnen::alineas(&Stand::from_figures(last, Some(m)), &moment),
        })
        .collect();

    let groups = groups(last);
    let stand = groups
        .iter()
        .map(|(g, name)| StandGroep {
            naam: (*name).to_owned(),
            rijen: Scope::ALL
                .iter()
                .map(|scope| {
                    let mut row = vec![scope_label(*scope).to_owned()];
                    row.extend(
                        [
                            Maat::Geinventariseerd,
                            Maat::UitzonderingVolledig,
                            Maat::Gepubliceerd,
                            Maat::Verplicht,
                            Maat::VerplichtGepubliceerd,
                            Maat::Resterend,
                        ]
                        .map(|maat| last.total(g, *scope, maat).to_string()),
                    );
                    row
                })
                .collect(),
        })
        .collect();

    let (verloop, verloop_alt) = verloop::verloop(quarters);

    let nieuw = |g: &Groep, scope: Scope| -> u32 {
        quarters
            .iter()
            .map(|(_, f)| f.total(g, scope, Maat::NieuwGepubliceerd))
            .sum()
    };
    let dit_jaar = groups
        .iter()
        .map(|(g, name)| {
            let mut row = vec![(*name).to_owned()];
            row.extend(Scope::ALL.map(|scope| nieuw(g, scope).to_string()));
            row
        })
        .collect();
    let n_all = nieuw(&Groep::Totaal, Scope::Alle);
    let mut dit_jaar_tekst = format!(
        "In {} hebben de ministeries en hun taakorganisaties {} nieuw gepubliceerd (publicatiedatum in het kwartaal).",
        opsomming(&present.iter().map(Quarter::to_string).collect::<Vec<_>>()),
        if n_all == 0 {
            "geen algoritmen of AI-systemen".to_owned()
        } else {
            zinnen::algoritmen(n_all)
        }
    );
    if !missing.is_empty() {
        dit_jaar_tekst.push_str(" De kwartalen zonder cijfers tellen hier nog niet mee.");
    }

    let daarna = groups
        .iter()
        .map(|(g, name)| {
            // The four parts of what is left add up to it.
            let mut row = vec![(*name).to_owned()];
            row.extend(
                [
                    Maat::Resterend,
                    Maat::Achterstallig,
                    Maat::OpTijdGepland,
                    Maat::GeplandNaDeadline,
                    Maat::ZonderPlanning,
                ]
                .map(|maat| last.total(g, Scope::Alle, maat).to_string()),
            );
            row
        })
        .collect();
    let daarna_tekst = format!(
        "Nog te publiceren zijn de verplichte algoritmen (A en B) die op {} nog niet in het register stonden. \
         Ze staan in precies één van vier delen. Achterstallig: de geplande datum is voorbij. \
         Op tijd gepland: gepland voor de deadline. Na de deadline: gepland na de deadline. \
         Zonder planning: er is nog geen datum.",
        dutch_date_long(last.peildatum)
    );

    let mut organisaties: Vec<(bool, String, String, Vec<String>)> = last
        .organisaties
        .iter()
        .map(|o| {
            let get = |maat: Maat| {
                if o.ingeleverd {
                    last.org_figure(&o.code, Scope::Alle, maat).to_string()
                } else {
                    "–".to_owned()
                }
            };
            let ministerie = if o.toezichthouder {
                "toezichthouder".to_owned()
            } else {
                o.ministerie.clone()
            };
            let row = vec![
                o.naam.clone(),
                ministerie.clone(),
                get(Maat::Verplicht),
                get(Maat::VerplichtGepubliceerd),
                get(Maat::Achterstallig),
                get(Maat::OpTijdGepland),
                get(Maat::GeplandNaDeadline),
                get(Maat::ZonderPlanning),
            ];
            (o.toezichthouder, ministerie, crate::text::key(&o.naam), row)
        })
        .collect();
    organisaties.sort_by(|a, b| (a.0, &a.1, &a.2).cmp(&(b.0, &b.1, &b.2)));

    let (veranderd_tekst, veranderd) = veranderd::veranderd(jaar, quarters);
    let register_tekst = register_tekst(jaar, quarters);
    let ai_verordening = ai_verordening::sectie(last, &groups);
    Some(Jaarrapportage {
        ai_verordening,
        veranderd_tekst,
        register_tekst,
        veranderd,
        titel: format!("Jaarrapportage Bedrijfsvoering Rijk {jaar}: Algoritmeregister JenV en AenM"),
        jaar,
        classificatie: "Openbaar",
        voorlopig: quarters.iter().any(|(_, f)| f.voorlopig),
        peildatum: dutch_date_long(last.peildatum),
        kwartalen_tekst: kwartalen_tekst(jaar, &present, missing),
        alineas: zinnen::alineas(&all, &moment),
        ministeries,
        stand_kop: vec![
            "Categorie",
            "Geïnventariseerd",
            "Uitzondering volledig",
            "Gepubliceerd",
            "Verplicht",
            "Verplicht gepubliceerd",
            "Nog te publiceren",
        ],
        stand,
        verloop,
        verloop_alt,
        koers: prognose::sectie(quarters),
        dit_jaar_tekst,
        dit_jaar,
        daarna_tekst,
        daarna,
        organisaties: organisaties.into_iter().map(|(_, _, _, r)| r).collect(),
        per_ministerie: per_ministerie(last),
    })
}

/// One paragraph on what changed in the register in the year, summed over
/// the quarters compared with the history download; `None` without it.
fn register_tekst(jaar: i32, quarters: &[(Quarter, Cijfers)]) -> Option<String> {
    let per: Vec<(Quarter, crate::reconcile::Registerwijzigingen)> = quarters
        .iter()
        .filter_map(|(q, f)| Some((*q, f.afstemming.as_ref()?.in_kwartaal?)))
        .collect();
    if per.is_empty() {
        return None;
    }
    let mut som = crate::reconcile::Registerwijzigingen::default();
    for (_, w) in &per {
        som.add(*w);
    }
    let kwartalen: Vec<String> = per.iter().map(|(q, _)| q.to_string()).collect();
    let zin = crate::pdf::voortgang::afstemming::in_kwartaal(&jaar.to_string(), som);
    Some(format!(
        "{zin} Dit is de som van de kwartalen {} (uit de geschiedenis-download van het register): \
         een beschrijving die in twee kwartalen is bijgewerkt, telt twee keer.",
        opsomming(&kwartalen)
    ))
}
