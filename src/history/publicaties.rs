//! Publication moments: every algorithm published in a period, from the
//! sheets of the quarters that cover it; each algorithm once, as the latest
//! sheet that has it says.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{Category, Quarter, Status};
use crate::organisaties::OrganisatieLijst;
use crate::text::key;
use crate::validate::Batch;

/// Where an Algoritme-ID leads in the register.
pub const REGISTER_LINK: &str = "https://algoritmes.overheid.nl/nl/algoritme/";

/// One published algorithm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Publicatie {
    pub ministerie: String,
    pub organisatie: String,
    pub organisatie_naam: String,
    pub toezichthouder: bool,
    pub naam: String,
    pub categorie: Category,
    pub publicatiedatum: NaiveDate,
    pub algoritme_id: Option<String>,
    /// `https://algoritmes.overheid.nl/nl/algoritme/<Algoritme-ID>`, when the sheet gives the ID.
    pub link: Option<String>,
    /// The quarter of the sheet it comes from.
    pub kwartaal: Quarter,
}

/// The algorithms published from `van` up to and including `tot`, by the
/// latest of `batches` that has each (organisation code + ID, as the history
/// matches rows). Ordered: ministries, then supervisors; per organisation by
/// date and name. A `volledig` row is never listed.
pub fn publicaties(
    batches: &[Batch],
    organisaties: &OrganisatieLijst,
    van: NaiveDate,
    tot: NaiveDate,
) -> Vec<Publicatie> {
    let mut latest: BTreeMap<(String, String), (Quarter, &crate::validate::CountedRow)> = BTreeMap::new();
    for batch in batches {
        for r in &batch.rows {
            // A row without an ID cannot be followed: it stands on its own.
            let id = r.id.as_deref().map_or_else(|| format!("{}:{}", r.bestand, r.rij), key);
            let k = (r.organisatie.to_string(), id);
            if latest.get(&k).is_none_or(|(q, _)| *q <= batch.quarter) {
                latest.insert(k, (batch.quarter, r));
            }
        }
    }
    let mut out: Vec<Publicatie> = latest
        .into_values()
        .filter(|(_, r)| r.status == Status::Published && !r.shielded())
        .filter_map(|(kwartaal, r)| {
            let datum = r.publicatiedatum.filter(|d| (van..=tot).contains(d))?;
            let org = organisaties.find(&r.organisatie);
            Some(Publicatie {
                ministerie: r.ministerie.to_string(),
                organisatie: r.organisatie.to_string(),
                organisatie_naam: org.map_or_else(|| r.organisatie.to_string(), |o| o.naam.clone()),
                toezichthouder: r.toezichthouder,
                naam: r.naam.clone().unwrap_or_default(),
                categorie: r.categorie,
                publicatiedatum: datum,
                algoritme_id: r.algoritme_id.clone(),
                link: r.algoritme_id.as_ref().map(|id| format!("{REGISTER_LINK}{id}")),
                kwartaal,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        (
            a.toezichthouder,
            &a.ministerie,
            &a.organisatie_naam,
            a.publicatiedatum,
            &a.naam,
        )
            .cmp(&(
                b.toezichthouder,
                &b.ministerie,
                &b.organisatie_naam,
                b.publicatiedatum,
                &b.naam,
            ))
    });
    out
}
