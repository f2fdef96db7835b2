//! Reconciliation: the quarter's sheets against the Algorithm Register's
//! open-data CSV export. Are the algorithms the sheets call published really
//! in the register, under the right organisation, with the same category,
//! status and date; and is everything the register holds in the inventory?
//!
//! Every disagreement is a `waarschuwing` (or `info` for a weaker match that
//! needs no fix): the register is read after the quarter and changes on its
//! own schedule, so reconciling never blocks the quarterly reports.

pub mod download;
pub mod matching;
pub mod ouderdom;
mod rows;
pub mod table;
#[cfg(test)]
pub(crate) mod tests;
pub mod velden;
pub mod verschil;

use chrono::NaiveDate;
use serde::Serialize;

use crate::bevinding::{self, Bevinding};
use crate::organisaties::OrganisatieLijst;
use crate::organisaties::decode::CsvFormat;
use crate::text::key;
use crate::validate::Batch;
pub use download::{Download, RegelTelling, RegisterRecord, RegisterStatus, Wanted};
pub use ouderdom::Ouderdom;
pub use verschil::{Koppeling, OrgAfstemming, Verschil, VerschilSoort, VerschilTelling};

/// The `afstemming` section of the figures document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Afstemming {
    /// The export, as the user named it.
    pub register: String,
    pub met_algoritme_id: bool,
    pub met_publicatiedatum: bool,
    pub regels: RegelTelling,
    /// How old the export is.
    pub ouderdom: Ouderdom,
    /// How the export was written, for the manifest.
    #[serde(skip)]
    pub format: CsvFormat,
    /// Per kind, over every organisation.
    pub totalen: VerschilTelling,
    pub organisaties: Vec<OrgAfstemming>,
    /// One row per disagreement, for the workbook and the PDF.
    pub verschillen: Vec<Verschil>,
}

/// Reconciliation's result: the section, and its findings.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub afstemming: Afstemming,
    pub findings: Vec<Bevinding>,
}

/// What to keep while streaming the export: our organisations' records, and
/// any record with an Algoritme-ID one of the sheets uses.
pub fn wanted(batch: &Batch, organisaties: &OrganisatieLijst) -> Wanted {
    Wanted {
        organisations: organisaties.alle.iter().map(|o| key(&o.register_naam)).collect(),
        ids: batch.rows.iter().filter_map(|r| r.algoritme_id.clone()).collect(),
    }
}

/// Compares an export already read with the batch (`pipeline::register_stages`
/// reads it once, for this and for `kwaliteit`).
pub fn compare(
    batch: &Batch,
    organisaties: &OrganisatieLijst,
    download: &Download,
    shown: &str,
    register_datum: Option<NaiveDate>,
) -> Outcome {
    let ouderdom = Ouderdom::new(download.nieuwste_publicatie, register_datum, batch.peildatum());
    let c = matching::compare(batch, organisaties, download, shown);
    let mut totalen = VerschilTelling::default();
    for v in &c.verschillen {
        totalen.add(v.code);
    }
    let mut findings: Vec<Bevinding> = download.findings.clone();
    findings.extend(c.findings);
    findings.extend(ouderdom.finding(shown));
    findings.extend(c.verschillen.iter().map(|v| v.finding(shown)));
    bevinding::sort(&mut findings);
    Outcome {
        afstemming: Afstemming {
            register: shown.to_owned(),
            met_algoritme_id: download.met_algoritme_id,
            met_publicatiedatum: download.met_publicatiedatum,
            regels: download.regels,
            ouderdom,
            format: download.format,
            totalen,
            organisaties: c.organisaties,
            verschillen: c.verschillen,
        },
        findings,
    }
}
