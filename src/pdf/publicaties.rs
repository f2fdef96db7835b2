//! `publicaties-<van>-<tot>.pdf`: the algorithms published in a period, per
//! ministry and organisation, supervisors apart, each with a link to the
//! register; typeset by `templates/publicaties.typ`. This file makes its `data.json`.

use chrono::NaiveDate;
use serde::Serialize;

use crate::history::Publicatie;
use crate::model::Quarter;
use crate::organisaties::ministry_name;
use crate::pdf::zinnen::opsomming;
use crate::text::{dutch_date, dutch_date_long};

/// One algorithm in a table.
#[derive(Debug, Serialize)]
pub struct Rij {
    pub naam: String,
    pub categorie: String,
    pub datum: String,
    pub algoritme_id: Option<String>,
    pub link: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Organisatie {
    pub naam: String,
    pub rijen: Vec<Rij>,
}

/// A ministry, or the supervisors.
#[derive(Debug, Serialize)]
pub struct Plicht {
    pub naam: String,
    pub organisaties: Vec<Organisatie>,
}

/// `data.json` of the list.
#[derive(Debug, Serialize)]
pub struct Lijst {
    pub titel: String,
    pub classificatie: &'static str,
    pub voorlopig: bool,
    pub periode: String,
    pub samenvatting: String,
    pub bron: String,
    pub delen: Vec<Plicht>,
}

/// The ministries' publications, and the supervisors' apart: they do not
/// count in the ministries' number anywhere.
pub fn geteld(publicaties: &[Publicatie]) -> (usize, usize) {
    let toezicht = publicaties.iter().filter(|p| p.toezichthouder).count();
    (publicaties.len() - toezicht, toezicht)
}

fn samenvatting(publicaties: &[Publicatie], periode: &str) -> String {
    let (n, toezicht) = geteld(publicaties);
    let mut orgs: Vec<&str> = publicaties
        .iter()
        .filter(|p| !p.toezichthouder)
        .map(|p| p.organisatie.as_str())
        .collect();
    orgs.sort_unstable();
    orgs.dedup();
    let orgs = orgs.len();
    let mut s = match n {
        0 => format!(
            "Van {periode} hebben de ministeries en hun organisaties geen algoritme gepubliceerd in het Algoritmeregister."
        ),
        1 => format!(
            "Van {periode} hebben de ministeries en hun organisaties 1 algoritme gepubliceerd in het Algoritmeregister."
        ),
        n => format!(
            "Van {periode} hebben de ministeries en hun organisaties {n} algoritmen gepubliceerd in het Algoritmeregister, {orgs} {} samen.",
            if orgs == 1 { "organisatie" } else { "organisaties" }
        ),
    };
    match toezicht {
        0 => {}
        1 => s.push_str(
            " De onafhankelijke toezichthouders tellen daarin niet mee; zij publiceerden er 1, apart aan het eind.",
        ),
        t => s.push_str(&format!(
            " De onafhankelijke toezichthouders tellen daarin niet mee; zij publiceerden er {t}, apart aan het eind."
        )),
    }
    s
}

impl Lijst {
    /// The list of `publicaties` (in their order: ministries, then supervisors).
    pub fn new(
        publicaties: &[Publicatie],
        van: NaiveDate,
        tot: NaiveDate,
        quarters: &[Quarter],
        voorlopig: bool,
    ) -> Lijst {
        let mut delen: Vec<Plicht> = Vec::new();
        for p in publicaties {
            let deel = if p.toezichthouder {
                "Onafhankelijke toezichthouders".to_owned()
            } else {
                ministry_name(&p.ministerie).to_owned()
            };
            if delen.last().is_none_or(|d| d.naam != deel) {
                delen.push(Plicht {
                    naam: deel,
                    organisaties: vec![],
                });
            }
            let orgs = &mut delen.last_mut().expect("just pushed").organisaties;
            if orgs.last().is_none_or(|o| o.naam != p.organisatie_naam) {
                orgs.push(Organisatie {
                    naam: p.organisatie_naam.clone(),
                    rijen: vec![],
                });
            }
            orgs.last_mut().expect("just pushed").rijen.push(Rij {
                naam: p.naam.clone(),
                categorie: p.categorie.to_string(),
                datum: dutch_date(p.publicatiedatum),
                algoritme_id: p.algoritme_id.clone(),
                link: p.link.clone(),
            });
        }
        let periode = format!("{} tot en met {}", dutch_date_long(van), dutch_date_long(tot));
        let samenvatting = samenvatting(publicaties, &periode);
        let names: Vec<String> = quarters.iter().map(Quarter::to_string).collect();
        Lijst {
            titel: "Gepubliceerde algoritmen".into(),
            classificatie: "Openbaar",
            voorlopig,
            periode,
            samenvatting,
            bron: format!(
                "Bron: de statusoverzichten van {}. Staat een algoritme in meer overzichten, dan telt het nieuwste. Algoritmen die helemaal niet openbaar mogen worden, staan niet in deze lijst.",
                opsomming(&names)
            ),
            delen,
        }
    }
}
