//! Kwaliteit: what the public reads. Every published description of the
//! listed organisations in the register's export, checked against the
//! publication standard 1.0 (`standaard`): required fields empty, values
//! outside the standard, impact assessments, and a readability indication
//! of the texts that the standard asks to write at B1 level.
//!
//! Like reconciliation, it only warns: the register is the organisations'
//! own publication and never blocks the quarterly reports.

pub mod controle;
mod findings;
pub mod leesbaarheid;
pub mod standaard;
pub mod table;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_leesbaarheid;
mod telling;

use std::collections::HashMap;

use serde::Serialize;

pub use controle::{Afwijking, AlgoritmeKwaliteit, Gebrek, TekstLeesbaarheid};
pub use telling::{GebrekTelling, GroepKwaliteit, KwaliteitTelling, OrgKwaliteit};

use crate::bevinding::{Bevinding, StageOutput};
use crate::organisaties::{Organisatie, OrganisatieLijst};
use crate::register::Download;
use crate::text::key;

/// The thresholds of the readability indication, written into the JSON.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Drempels {
    pub flesch_douma_onder: f64,
    pub zinslengte_boven: f64,
    pub min_woorden: usize,
}

/// The `kwaliteit` section of the figures document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Kwaliteit {
    /// The export, as the user named it.
    pub register: String,
    pub drempels: Drempels,
    pub organisaties: Vec<OrgKwaliteit>,
    pub groepen: Vec<GroepKwaliteit>,
    /// The gaps by kind and field, most common first.
    pub meest_voorkomend: Vec<GebrekTelling>,
    /// One record per published algorithm, in the order of `organisaties`.
    pub algoritmen: Vec<AlgoritmeKwaliteit>,
}

/// Checks every description in the download, once per algorithm (the
/// version that counts: what the public saw at the peildatum), of an organisation in the organisaties
/// (by its `register_naam`); descriptions of other organisations, kept only
/// because a sheet uses their Algoritme-ID, are not theirs and not checked.
pub fn check(download: &Download, organisaties: &OrganisatieLijst, shown: &str) -> StageOutput<Kwaliteit> {
    let mut orgs: Vec<&Organisatie> = organisaties.alle.iter().collect();
    orgs.sort_by(|a, b| (a.toezichthouder, &a.ministerie, &a.code).cmp(&(b.toezichthouder, &b.ministerie, &b.code)));
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (i, o) in orgs.iter().enumerate() {
        by_name.entry(key(&o.register_naam)).or_insert(i);
    }
    let mut checked: Vec<(usize, AlgoritmeKwaliteit)> = download
        .records
        .iter()
        .filter_map(|r| {
            let i = *by_name.get(&key(&r.organisatie))?;
            Some((i, controle::check(r, &orgs[i].code)))
        })
        .collect();
    checked.sort_by(|(i, a), (j, b)| (i, &a.register_plaats).cmp(&(j, &b.register_plaats)));
    let algoritmen: Vec<AlgoritmeKwaliteit> = checked.into_iter().map(|(_, a)| a).collect();
    let found: Vec<Bevinding> = algoritmen.iter().flat_map(|a| findings::of(a, shown)).collect();
    let (organisaties, groepen) = telling::per_org_and_group(&orgs, &algoritmen);
    StageOutput::new(
        Kwaliteit {
            register: shown.to_owned(),
            drempels: Drempels {
                flesch_douma_onder: leesbaarheid::FLESCH_DOUMA_MOEILIJK,
                zinslengte_boven: leesbaarheid::ZINSLENGTE_MOEILIJK,
                min_woorden: leesbaarheid::MIN_WOORDEN,
            },
            organisaties,
            groepen,
            meest_voorkomend: telling::meest_voorkomend(&algoritmen),
            algoritmen,
        },
        found,
    )
}
