//! The register's algorithms of the listed organisations, one entry each
//! with its history (`eerste_publicatie`, `laatste_versie`, `versies`); what
//! changed in the register in the quarter (first published, updated,
//! category changed); and the descriptions not updated for two years.

use std::collections::HashMap;

use chrono::{Months, NaiveDate};
use serde::Serialize;

use super::verschil::{Koppeling, OrgAfstemming, Registerwijzigingen};
use crate::bevinding::{Bevinding, Code, Ernst};
use crate::model::Category;
use crate::organisaties::OrganisatieLijst;
use crate::register::{Download, Plaats, RegisterStatus, Soort};
use crate::text::{dutch_date, key, quote};
use crate::validate::Batch;

/// One algorithm in the register, as the afstemming's JSON and the
/// workbook's register sheet list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegisterAlgoritme {
    /// The organisation's code in organisaties.csv, when the record is under one.
    pub organisatie: Option<String>,
    /// The organisation as the register names it.
    pub register_organisatie: String,
    pub naam: String,
    pub algoritme_id: Option<String>,
    /// The category of the version that counts.
    pub categorie: Option<Category>,
    pub status: Option<RegisterStatus>,
    /// The earliest publication in the download (with the CSV or Excel
    /// download: the current version's date).
    pub eerste_publicatie: Option<NaiveDate>,
    /// The latest version the public saw at the peildatum.
    pub laatste_versie: Option<NaiveDate>,
    /// Versions up to the peildatum (1 with the CSV or Excel download).
    pub versies: usize,
    /// First published after the peildatum: not compared.
    pub na_peildatum: bool,
    /// How a row of a sheet was linked to it, if one was.
    pub koppeling: Option<Koppeling>,
    /// Where the version that counts is in the download.
    pub plaats: Plaats,
    /// Its versions in the quarter (none without the history download).
    #[serde(skip)]
    pub in_kwartaal: Registerwijzigingen,
}

/// Every record of the download, with the organisation it is under and how
/// it was linked; in the order of the organisations' list, then of the download.
pub fn list(
    batch: &Batch,
    organisaties: &OrganisatieLijst,
    download: &Download,
    gekoppeld: &[Option<Koppeling>],
) -> Vec<RegisterAlgoritme> {
    let peil = batch.peildatum();
    let from = batch.quarter.first_day();
    // Each register name's organisation, keyed once (a batch of the whole
    // government has hundreds of organisations and thousands of records).
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (i, o) in organisaties.alle.iter().enumerate() {
        by_name.entry(key(&o.register_naam)).or_insert(i);
    }
    let index = |name: &str| by_name.get(&key(name)).copied();
    let mut out: Vec<(Option<usize>, RegisterAlgoritme)> = download
        .records
        .iter()
        .zip(gekoppeld)
        .map(|(r, how)| {
            let i = index(&r.organisatie);
            let in_kwartaal = if download.soort == Soort::Geschiedenis {
                Registerwijzigingen::of(r, from, peil)
            } else {
                Registerwijzigingen::default()
            };
            let a = RegisterAlgoritme {
                organisatie: i.map(|i| organisaties.alle[i].code.clone()),
                register_organisatie: r.organisatie.clone(),
                naam: r.naam.clone(),
                algoritme_id: r.algoritme_id.clone(),
                categorie: r.categorie,
                status: r.status,
                eerste_publicatie: r.eerste_publicatie,
                laatste_versie: r.laatste_versie(),
                versies: r.versies.len(),
                na_peildatum: r.eerste_publicatie.is_some_and(|d| d > peil),
                koppeling: *how,
                plaats: r.plaats.clone(),
                in_kwartaal,
            };
            (i, a)
        })
        .collect();
    out.sort_by(|(a, x), (b, y)| (a.is_none(), a, &x.plaats).cmp(&(b.is_none(), b, &y.plaats)));
    out.into_iter().map(|(_, a)| a).collect()
}

/// What changed in the register in the quarter: per organisation (into
/// `organisaties`) and in total. `None` unless the download is the history.
pub fn in_kwartaal(
    soort: Soort,
    lijst: &[RegisterAlgoritme],
    organisaties: &mut [OrgAfstemming],
) -> Option<Registerwijzigingen> {
    if soort != Soort::Geschiedenis {
        return None;
    }
    let mut per_org: HashMap<&str, Registerwijzigingen> = HashMap::new();
    for a in lijst {
        if let Some(code) = a.organisatie.as_deref() {
            per_org.entry(code).or_default().add(a.in_kwartaal);
        }
    }
    let mut total = Registerwijzigingen::default();
    for o in organisaties.iter_mut() {
        let w = per_org.get(o.organisatie.as_str()).copied().unwrap_or_default();
        total.add(w);
        o.in_kwartaal = Some(w);
    }
    Some(total)
}

/// How long a description may go without an update before an `info`.
const BIJWERKEN_JAREN: u32 = 2;

/// An `info` per description of the listed organisations, in use or in
/// development, whose latest version is more than two years before the
/// peildatum: keeping descriptions current is the organisations' duty.
pub fn niet_bijgewerkt(peil: NaiveDate, lijst: &[RegisterAlgoritme], shown: &str) -> Vec<Bevinding> {
    let Some(grens) = peil.checked_sub_months(Months::new(12 * BIJWERKEN_JAREN)) else {
        return vec![];
    };
    lijst
        .iter()
        .filter(|a| !a.na_peildatum && a.status != Some(RegisterStatus::BuitenGebruik))
        .filter_map(|a| {
            let org = a.organisatie.as_deref()?;
            let laatst = a.laatste_versie.filter(|d| *d < grens)?;
            let id = a
                .algoritme_id
                .as_deref()
                .map_or(String::new(), |id| format!(" (Algoritme-ID {id})"));
            Some(
                Bevinding::new(
                    Ernst::Info,
                    Code::RegisterNietBijgewerkt,
                    a.plaats.location(shown),
                    format!(
                        "De beschrijving van {}{id} is sinds {} niet bijgewerkt: meer dan twee jaar voor de peildatum. \
                         Vraag de organisatie of ze nog klopt.",
                        quote(&a.naam),
                        dutch_date(laatst)
                    ),
                )
                .voor(org),
            )
        })
        .collect()
}
