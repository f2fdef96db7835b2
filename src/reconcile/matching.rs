//! Matches the quarter's rows to the register's records and lists every
//! disagreement, one [`Verschil`] per disagreement.
//!
//! A row matches a record by Algoritme-ID; failing that, by organisation
//! (`register_naam`) and name, case- and accent-insensitively: a weaker
//! match, reported as such. Rows shielded with `Uitzondering = volledig` are
//! never compared: their text does not travel past ingest.

use std::collections::HashMap;

use super::rows::{RowContext, source};
pub use super::verschil::{Koppeling, OrgAfstemming, Verschil, VerschilTelling};
use crate::bevinding::{Code, Ernst};
use crate::model::{Exception, Status};
use crate::organisaties::{Organisatie, OrganisatieLijst};
use crate::register::Download;
use crate::text::{key, quote};
use crate::validate::{Batch, CountedRow};

/// What comparing gave.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    pub verschillen: Vec<Verschil>,
    pub organisaties: Vec<OrgAfstemming>,
    /// Per register record (in the download's order), how a row claimed it.
    pub gekoppeld: Vec<Option<Koppeling>>,
}

pub fn compare(
    batch: &Batch,
    organisaties: &OrganisatieLijst,
    download: &Download,
    register_shown: &str,
) -> Comparison {
    let recs = &download.records;
    let mut out = Comparison::default();
    let mut claimed = vec![false; recs.len()];
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    let mut by_name: HashMap<(String, String), Vec<usize>> = HashMap::new();
    // The register stage folded the versions: an Algoritme-ID is on one record.
    for (i, r) in recs.iter().enumerate() {
        if let Some(id) = r.algoritme_id.as_deref() {
            by_id.entry(id).or_insert(i);
        }
        by_name.entry((key(&r.organisatie), key(&r.naam))).or_default().push(i);
    }
    let mut gekoppeld: Vec<Option<Koppeling>> = vec![None; recs.len()];
    // Indexes made once: a government-wide batch has thousands of
    // organisations, and searching lists per organisation was quadratic.
    let sheets = batch.submissions_by_code();
    let mut records_per_org: HashMap<String, usize> = HashMap::new();
    for r in recs {
        *records_per_org.entry(key(&r.organisatie)).or_default() += 1;
    }
    let mut by_register_name: HashMap<String, &Organisatie> = HashMap::new();
    for o in &organisaties.alle {
        by_register_name.entry(key(&o.register_naam)).or_insert(o);
    }
    let mut orgs: Vec<OrgAfstemming> = organisaties
        .alle
        .iter()
        .map(|o| OrgAfstemming {
            organisatie: o.code.clone(),
            register_naam: o.register_naam.clone(),
            ingeleverd: sheets.contains_key(o.code.as_str()),
            in_register: records_per_org.get(&key(&o.register_naam)).copied().unwrap_or(0),
            gekoppeld_op_id: 0,
            gekoppeld_op_naam: 0,
            niet_gekoppeld: 0,
            na_peildatum: 0,
            verschillen: VerschilTelling::default(),
            in_kwartaal: None,
        })
        .collect();
    let stats_of: HashMap<&str, usize> = organisaties
        .alle
        .iter()
        .enumerate()
        .map(|(i, o)| (o.code.as_str(), i))
        .collect();
    let peildatum = |code: &str| {
        sheets
            .get(code)
            .and_then(|s| s.peildatum)
            .unwrap_or_else(|| batch.quarter.last_day())
    };

    // Rows that can be compared, with their organisation.
    let rows: Vec<(&CountedRow, &Organisatie)> = batch
        .rows
        .iter()
        .filter(|r| r.naam.is_some() && r.uitzondering != Exception::Full)
        .filter_map(|r| organisaties.find(&r.organisatie).map(|o| (r, o)))
        .collect();
    // First every match by ID, then by name among the records left.
    let mut matches: Vec<Option<(usize, Koppeling)>> = rows
        .iter()
        .map(|(r, _)| {
            let i = *by_id.get(r.algoritme_id.as_deref()?)?;
            Some((i, Koppeling::Id))
        })
        .collect();
    for (i, how) in matches.iter().flatten() {
        claimed[*i] = true;
        gekoppeld[*i] = Some(*how);
    }
    for (m, (r, o)) in matches.iter_mut().zip(&rows) {
        if m.is_some() {
            continue;
        }
        let k = (key(&o.register_naam), key(r.naam.as_deref().unwrap_or_default()));
        if let Some(&i) = by_name.get(&k).and_then(|v| v.iter().find(|i| !claimed[**i])) {
            claimed[i] = true;
            gekoppeld[i] = Some(Koppeling::Naam);
            *m = Some((i, Koppeling::Naam));
        }
    }

    // Per organisation, the records under its own name its rows link to.
    let mut own_linked: Vec<std::collections::HashSet<usize>> = vec![Default::default(); orgs.len()];
    for ((row, org), m) in rows.iter().zip(matches) {
        let at = stats_of[org.code.as_str()];
        let stats = &mut orgs[at];
        let found = m.map(|(i, how)| (&recs[i], how));
        match found.map(|(_, how)| how) {
            Some(Koppeling::Id) => stats.gekoppeld_op_id += 1,
            Some(Koppeling::Naam) => stats.gekoppeld_op_naam += 1,
            None => {}
        }
        // A record under another name is a disagreement of its own
        // (`register-andere-organisatie`), counted in `verschillen`.
        if let Some((i, _)) = m
            && key(&recs[i].organisatie) == key(&org.register_naam)
        {
            own_linked[at].insert(i);
        }
        let peil = peildatum(&org.code);
        if let Some((rec, _)) = found
            && row.status != Status::Published
            && rec.eerste_publicatie.is_some_and(|d| d > peil)
        {
            stats.na_peildatum += 1;
            continue;
        }
        let ctx = RowContext {
            row,
            org,
            peil,
            download,
            register_shown,
        };
        for v in ctx.disagreements(found) {
            stats.verschillen.add(v.code);
            out.verschillen.push(v);
        }
    }

    // Records under a reporting organisation that no row claimed.
    for (i, rec) in recs.iter().enumerate() {
        if claimed[i] {
            continue;
        }
        let Some(org) = by_register_name.get(&key(&rec.organisatie)) else {
            continue;
        };
        let Some(sub) = sheets.get(org.code.as_str()) else {
            continue;
        };
        let stats = &mut orgs[stats_of[org.code.as_str()]];
        if rec.eerste_publicatie.is_some_and(|d| d > peildatum(&org.code)) {
            stats.na_peildatum += 1;
            continue;
        }
        let status = rec
            .status
            .map_or(String::new(), |s| format!(", {}", s.as_str().to_lowercase()));
        let v = Verschil {
            code: Code::NietInInventaris,
            ernst: Ernst::Waarschuwing,
            organisatie: org.code.clone(),
            bestand: None,
            blad: None,
            cel: None,
            id: None,
            naam: rec.naam.clone(),
            algoritme_id: rec.algoritme_id.clone(),
            register_plaats: Some(rec.plaats.clone()),
            koppeling: None,
            in_blad: None,
            in_register: Some(rec.organisatie.clone()),
            melding: format!(
                "\"{}\" ({}{status}) staat in het register onder {}, maar in geen enkele rij van het statusoverzicht {}. Ontbreekt het in de inventarisatie?",
                quote(&rec.naam),
                source(rec),
                quote(&rec.organisatie),
                sub.bestand
            ),
        };
        stats.verschillen.add(v.code);
        out.verschillen.push(v);
    }
    for (stats, own) in orgs.iter_mut().zip(&own_linked) {
        stats.niet_gekoppeld = stats.in_register.saturating_sub(own.len());
    }
    orgs.sort_by_key(|o| {
        let org = organisaties.find(&o.organisatie);
        (
            org.is_some_and(|r| r.toezichthouder),
            org.map(|r| r.ministerie.to_string()),
            o.organisatie.clone(),
        )
    });
    out.organisaties = orgs;
    out.gekoppeld = gekoppeld;
    out
}
