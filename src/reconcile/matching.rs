//! Matches the quarter's rows to the register's records and lists every
//! disagreement, one [`Verschil`] per disagreement.
//!
//! A row matches a record by Algoritme-ID; failing that, by organisation
//! (`register_naam`) and name, case- and accent-insensitively: a weaker
//! match, reported as such. Rows shielded with `Uitzondering = volledig` are
//! never compared: their text does not travel past ingest.

use std::collections::HashMap;

use chrono::{Months, NaiveDate};
use serde::Serialize;

use super::export::{Export, RegisterRecord, RegisterStatus};
use crate::findings::{Code, Finding, Location, Severity};
use crate::ingest::Field;
use crate::model::{Exception, Status};
use crate::registry::{Organisation, Registry};
use crate::text::{cell_ref, dutch_date, key};
use crate::validate::{Batch, CountedRow};

/// How a row was linked to a register record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Koppeling {
    /// By Algoritme-ID: certain.
    Id,
    /// By organisation and name: less certain.
    Naam,
}

/// One disagreement between a sheet and the register: a row for the Excel
/// and PDF stages, and the source of one finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verschil {
    pub code: Code,
    pub ernst: Severity,
    /// The organisation's code in organisaties.csv.
    pub organisatie: String,
    /// The sheet and cell, when the disagreement is about a row of a sheet.
    pub bestand: Option<String>,
    pub blad: Option<String>,
    pub cel: Option<String>,
    /// The organisation's own ID for the algorithm (sheet column ID).
    pub id: Option<String>,
    pub naam: String,
    pub algoritme_id: Option<String>,
    /// The line in the register export where the record starts.
    pub register_regel: Option<u64>,
    pub koppeling: Option<Koppeling>,
    pub in_blad: Option<String>,
    pub in_register: Option<String>,
    pub melding: String,
}

impl Verschil {
    /// The finding, placed at the sheet's cell or else at the register's line.
    pub fn finding(&self, register_shown: &str) -> Finding {
        let location = match (&self.bestand, self.register_regel) {
            (Some(file), _) => Location {
                file: file.clone(),
                sheet: self.blad.clone(),
                cell: self.cel.clone(),
            },
            (None, Some(line)) => Location::file(register_shown).cell(format!("regel {line}")),
            (None, None) => Location::file(register_shown),
        };
        Finding::new(self.ernst, self.code, location, self.melding.clone())
    }
}

/// Counts per kind of disagreement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Telling {
    pub niet_in_register: usize,
    pub register_andere_organisatie: usize,
    pub niet_in_inventaris: usize,
    pub categorie_verschilt: usize,
    pub status_verschilt: usize,
    pub publicatiedatum_verschilt: usize,
    pub gekoppeld_op_naam: usize,
}

impl Telling {
    pub fn add(&mut self, code: Code) {
        match code {
            Code::NietInRegister => self.niet_in_register += 1,
            Code::RegisterAndereOrganisatie => self.register_andere_organisatie += 1,
            Code::NietInInventaris => self.niet_in_inventaris += 1,
            Code::CategorieVerschilt => self.categorie_verschilt += 1,
            Code::StatusVerschilt => self.status_verschilt += 1,
            Code::PublicatiedatumVerschilt => self.publicatiedatum_verschilt += 1,
            Code::GekoppeldOpNaam => self.gekoppeld_op_naam += 1,
            _ => {}
        }
    }

    /// Disagreements that need a fix (a weaker match alone is not one).
    pub fn verschillen(&self) -> usize {
        self.niet_in_register
            + self.register_andere_organisatie
            + self.niet_in_inventaris
            + self.categorie_verschilt
            + self.status_verschilt
            + self.publicatiedatum_verschilt
    }
}

/// One organisation of organisaties.csv, reconciled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgAfstemming {
    pub organisatie: String,
    pub register_naam: String,
    pub ingeleverd: bool,
    /// Records under the organisation's register name.
    pub in_register: usize,
    pub gekoppeld_op_id: usize,
    pub gekoppeld_op_naam: usize,
    /// Records published after the peildatum: newer than the sheet, not compared.
    pub na_peildatum: usize,
    pub verschillen: Telling,
}

/// What comparing gave.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    pub verschillen: Vec<Verschil>,
    pub organisaties: Vec<OrgAfstemming>,
    /// Problems in the register itself found while matching (an ID twice).
    pub findings: Vec<Finding>,
}

/// The register's values, as shown in messages: `regel 12, Algoritme-ID 12345678`.
fn source(r: &RegisterRecord) -> String {
    match &r.algoritme_id {
        Some(id) => format!("regel {}, Algoritme-ID {id}", r.regel),
        None => format!("regel {}", r.regel),
    }
}

pub(crate) fn more_than_a_month_apart(a: NaiveDate, b: NaiveDate) -> bool {
    let (early, late) = if a <= b { (a, b) } else { (b, a) };
    early.checked_add_months(Months::new(1)).is_some_and(|m| late > m)
}

pub fn compare(batch: &Batch, registry: &Registry, export: &Export, register_shown: &str) -> Comparison {
    let recs = &export.records;
    let mut out = Comparison::default();
    let mut claimed = vec![false; recs.len()];
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    let mut by_name: HashMap<(String, String), Vec<usize>> = HashMap::new();
    for (i, r) in recs.iter().enumerate() {
        if let Some(id) = r.algoritme_id.as_deref() {
            if let Some(&first) = by_id.get(id) {
                claimed[i] = true;
                out.findings.push(Finding::new(
                    Severity::Waarschuwing,
                    Code::RegisterRegelOngeldig,
                    Location::file(register_shown).cell(format!("regel {}", r.regel)),
                    format!(
                        "Het Algoritme-ID {id} staat ook op regel {} van het register. Deze regel is niet vergeleken.",
                        recs[first].regel
                    ),
                ));
                continue;
            }
            by_id.insert(id, i);
        }
        by_name.entry((key(&r.organisatie), key(&r.naam))).or_default().push(i);
    }
    let mut orgs: Vec<OrgAfstemming> = registry
        .organisations
        .iter()
        .map(|o| OrgAfstemming {
            organisatie: o.code.clone(),
            register_naam: o.register_naam.clone(),
            ingeleverd: batch.submission(&o.code).is_some(),
            in_register: recs
                .iter()
                .filter(|r| key(&r.organisatie) == key(&o.register_naam))
                .count(),
            gekoppeld_op_id: 0,
            gekoppeld_op_naam: 0,
            na_peildatum: 0,
            verschillen: Telling::default(),
        })
        .collect();
    let peildatum = |code: &str| {
        batch
            .submission(code)
            .and_then(|s| s.peildatum)
            .unwrap_or_else(|| batch.quarter.last_day())
    };

    // Rows that can be compared, with their organisation.
    let rows: Vec<(&CountedRow, &Organisation)> = batch
        .rows
        .iter()
        .filter(|r| r.naam.is_some() && r.uitzondering != Exception::Full)
        .filter_map(|r| registry.find(&r.organisatie).map(|o| (r, o)))
        .collect();
    // First every match by ID, then by name among the records left.
    let mut matches: Vec<Option<(usize, Koppeling)>> = rows
        .iter()
        .map(|(r, _)| {
            let i = *by_id.get(r.algoritme_id.as_deref()?)?;
            Some((i, Koppeling::Id))
        })
        .collect();
    for (i, _) in matches.iter().flatten() {
        claimed[*i] = true;
    }
    for (m, (r, o)) in matches.iter_mut().zip(&rows) {
        if m.is_some() {
            continue;
        }
        let k = (key(&o.register_naam), key(r.naam.as_deref().unwrap_or_default()));
        if let Some(&i) = by_name.get(&k).and_then(|v| v.iter().find(|i| !claimed[**i])) {
            claimed[i] = true;
            *m = Some((i, Koppeling::Naam));
        }
    }

    for ((row, org), m) in rows.iter().zip(matches) {
        let stats = orgs
            .iter_mut()
            .find(|s| s.organisatie == org.code)
            .expect("every organisation has stats");
        let found = m.map(|(i, how)| (&recs[i], how));
        match found.map(|(_, how)| how) {
            Some(Koppeling::Id) => stats.gekoppeld_op_id += 1,
            Some(Koppeling::Naam) => stats.gekoppeld_op_naam += 1,
            None => {}
        }
        let peil = peildatum(&org.code);
        if let Some((rec, _)) = found
            && row.status != Status::Published
            && rec.publicatie.is_some_and(|d| d > peil)
        {
            stats.na_peildatum += 1;
            continue;
        }
        let ctx = RowContext {
            row,
            org,
            peil,
            export,
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
        let Some(org) = registry
            .organisations
            .iter()
            .find(|o| key(&o.register_naam) == key(&rec.organisatie))
        else {
            continue;
        };
        let Some(sub) = batch.submission(&org.code) else {
            continue;
        };
        let stats = orgs
            .iter_mut()
            .find(|s| s.organisatie == org.code)
            .expect("every organisation has stats");
        if rec.publicatie.is_some_and(|d| d > peildatum(&org.code)) {
            stats.na_peildatum += 1;
            continue;
        }
        let status = rec
            .status
            .map_or(String::new(), |s| format!(", {}", s.as_str().to_lowercase()));
        let v = Verschil {
            code: Code::NietInInventaris,
            ernst: Severity::Waarschuwing,
            organisatie: org.code.clone(),
            bestand: None,
            blad: None,
            cel: None,
            id: None,
            naam: rec.naam.clone(),
            algoritme_id: rec.algoritme_id.clone(),
            register_regel: Some(rec.regel),
            koppeling: None,
            in_blad: None,
            in_register: Some(rec.organisatie.clone()),
            melding: format!(
                "\"{}\" ({}{status}) staat in het register onder {}, maar in geen enkele rij van het statusoverzicht {}. Ontbreekt het in de inventarisatie?",
                rec.naam,
                source(rec),
                rec.organisatie,
                sub.bestand
            ),
        };
        stats.verschillen.add(v.code);
        out.verschillen.push(v);
    }
    orgs.sort_by_key(|o| {
        let org = registry.find(&o.organisatie);
        (
            org.is_some_and(|r| r.toezichthouder),
            org.map(|r| r.ministerie.clone()),
            o.organisatie.clone(),
        )
    });
    out.organisaties = orgs;
    out
}

/// One row being compared, and what its messages need.
struct RowContext<'a> {
    row: &'a CountedRow,
    org: &'a Organisation,
    peil: NaiveDate,
    export: &'a Export,
    register_shown: &'a str,
}

impl RowContext<'_> {
    fn verschil(&self, code: Code, ernst: Severity, field: Field, rec: Option<&RegisterRecord>) -> Verschil {
        let r = self.row;
        Verschil {
            code,
            ernst,
            organisatie: r.organisatie.clone(),
            bestand: Some(r.bestand.clone()),
            blad: Some(r.blad.clone()),
            cel: r.kolommen.get(field).map(|c| cell_ref(r.rij.saturating_sub(1), c)),
            id: r.id.clone(),
            naam: r.naam.clone().unwrap_or_default(),
            algoritme_id: rec
                .and_then(|x| x.algoritme_id.clone())
                .or_else(|| r.algoritme_id.clone()),
            register_regel: rec.map(|x| x.regel),
            koppeling: None,
            in_blad: None,
            in_register: None,
            melding: String::new(),
        }
    }

    fn disagreements(&self, found: Option<(&RegisterRecord, Koppeling)>) -> Vec<Verschil> {
        let r = self.row;
        let mut out = Vec::new();
        let Some((rec, how)) = found else {
            if r.status == Status::Published {
                let mut v = self.verschil(Code::NietInRegister, Severity::Waarschuwing, Field::AlgoritmeId, None);
                let id = r
                    .algoritme_id
                    .as_deref()
                    .map_or(String::new(), |id| format!(" (Algoritme-ID {id})"));
                let how = if self.export.met_algoritme_id {
                    "niet op ID en niet op naam"
                } else {
                    "niet op naam"
                };
                v.in_blad = Some(Status::Published.as_str().to_owned());
                v.melding = format!(
                    "Volgens het blad is \"{}\"{id} gepubliceerd, maar het register ({}) heeft het {how} onder {}. Controleer het Algoritme-ID, of vraag de organisatie het algoritme te publiceren.",
                    v.naam, self.register_shown, self.org.register_naam
                );
                out.push(v);
            }
            return out;
        };
        let src = source(rec);
        let with = |mut v: Verschil, in_blad: String, in_register: String, melding: String| {
            v.koppeling = Some(how);
            v.in_blad = Some(in_blad);
            v.in_register = Some(in_register);
            v.melding = if how == Koppeling::Naam {
                format!("{melding} (Gekoppeld op naam.)")
            } else {
                melding
            };
            v
        };
        if how == Koppeling::Naam {
            let (ernst, melding) = match (&r.algoritme_id, self.export.met_algoritme_id) {
                (Some(id), true) => (
                    Severity::Waarschuwing,
                    format!(
                        "Het Algoritme-ID {id} uit het blad staat niet in het register. Op naam is het algoritme wel gevonden ({src}). Controleer het ID in het blad."
                    ),
                ),
                (_, false) => (
                    Severity::Info,
                    format!(
                        "Het registerbestand heeft geen Algoritme-ID's. Dit algoritme is op naam gekoppeld aan {src}; dat is minder zeker."
                    ),
                ),
                (None, true) => (
                    Severity::Info,
                    format!("Deze rij heeft geen Algoritme-ID. Op naam is het algoritme gekoppeld aan {src}."),
                ),
            };
            let mut v = self.verschil(Code::GekoppeldOpNaam, ernst, Field::AlgoritmeId, Some(rec));
            v.koppeling = Some(how);
            v.in_blad = r.algoritme_id.clone();
            v.in_register = rec.algoritme_id.clone();
            v.melding = melding;
            out.push(v);
        }
        if key(&rec.organisatie) != key(&self.org.register_naam) {
            out.push(with(
                self.verschil(Code::RegisterAndereOrganisatie, Severity::Waarschuwing, Field::AlgoritmeId, Some(rec)),
                self.org.register_naam.clone(),
                rec.organisatie.clone(),
                format!(
                    "Dit algoritme staat in het register ({src}) onder {}, niet onder {}. Controleer het Algoritme-ID. Schrijft het register de naam van de organisatie anders, vul dan register_naam in organisaties.csv in.",
                    rec.organisatie, self.org.register_naam
                ),
            ));
        }
        if let Some(cat) = rec.categorie.filter(|c| *c != r.categorie) {
            out.push(with(
                self.verschil(
                    Code::CategorieVerschilt,
                    Severity::Waarschuwing,
                    Field::Categorie,
                    Some(rec),
                ),
                r.categorie.as_str().to_owned(),
                cat.register_label().to_owned(),
                format!(
                    "In het blad staat categorie {} ({}), in het register ({src}) {}. Een van beide klopt niet.",
                    r.categorie,
                    r.categorie.register_label(),
                    cat.register_label()
                ),
            ));
        }
        if let Some(v) = self.status(rec, &src) {
            out.push(with(
                self.verschil(Code::StatusVerschilt, Severity::Waarschuwing, Field::Status, Some(rec)),
                r.status.as_str().to_owned(),
                v.0,
                v.1,
            ));
        }
        if let (Status::Published, Some(sheet), Some(reg)) = (r.status, r.publicatiedatum, rec.publicatie)
            && more_than_a_month_apart(sheet, reg)
        {
            out.push(with(
                self.verschil(
                    Code::PublicatiedatumVerschilt,
                    Severity::Waarschuwing,
                    Field::Publicatiedatum,
                    Some(rec),
                ),
                sheet.to_string(),
                reg.to_string(),
                format!(
                    "In het blad staat publicatiedatum {}, in het register ({src}) {}. Dat scheelt meer dan een maand.",
                    dutch_date(sheet),
                    dutch_date(reg)
                ),
            ));
        }
        out
    }

    /// The register's status against the sheet's: `(register value, message)`.
    fn status(&self, rec: &RegisterRecord, src: &str) -> Option<(String, String)> {
        let sheet = self.row.status;
        let ended = rec.einde.is_none_or(|d| d <= self.peil);
        match rec.status {
            Some(RegisterStatus::BuitenGebruik) if sheet != Status::Withdrawn && ended => {
                let since = rec.einde.map_or(String::new(), |d| format!(" sinds {}", dutch_date(d)));
                Some((
                    RegisterStatus::BuitenGebruik.as_str().to_owned(),
                    format!(
                        "Volgens het register ({src}) is dit algoritme buiten gebruik{since}, maar in het blad staat status {sheet}. Controleer welke van de twee klopt."
                    ),
                ))
            }
            Some(s) if sheet == Status::Withdrawn && s != RegisterStatus::BuitenGebruik => Some((
                s.as_str().to_owned(),
                format!(
                    "In het blad staat vervallen, maar volgens het register ({src}) is het algoritme {}. Controleer welke van de twee klopt.",
                    s.as_str().to_lowercase()
                ),
            )),
            s if !matches!(sheet, Status::Published | Status::Withdrawn) => {
                let since = rec
                    .publicatie
                    .map_or(String::new(), |d| format!(" sinds {}", dutch_date(d)));
                Some((
                    s.map_or("gepubliceerd", RegisterStatus::as_str).to_owned(),
                    format!(
                        "Dit algoritme staat{since} in het register ({src}), maar in het blad staat status {sheet}. Is het al gepubliceerd?"
                    ),
                ))
            }
            _ => None,
        }
    }
}
