//! Reconciliation: the quarter's sheets against the Algorithm Register's
//! download (read by `register`). Are the algorithms the sheets call
//! published really in the register, under the right organisation, with the
//! same category, status and date; is everything the register holds in the
//! inventory; and what changed in the register in the quarter?
//!
//! Every disagreement is a `waarschuwing` (or `info` for a weaker match that
//! needs no fix): the register is read after the quarter and changes on its
//! own schedule, so reconciling never blocks the quarterly reports.

pub mod algoritmen;
pub mod kolommen;
pub mod matching;
pub mod ouderdom;
mod rows;
pub mod samenvatting;
pub mod table;
#[cfg(test)]
pub(crate) mod tests;
pub mod verschil;

use chrono::NaiveDate;
use serde::Serialize;

use crate::bevinding::{Bevinding, StageOutput};
use crate::organisaties::OrganisatieLijst;
use crate::organisaties::decode::CsvFormat;
use crate::register::{Download, RegelTelling, Soort, Wanted};
use crate::text::key;
use crate::validate::Batch;
pub use algoritmen::RegisterAlgoritme;
pub use ouderdom::Ouderdom;
pub use samenvatting::Samenvatting;
pub use verschil::{Koppeling, OrgAfstemming, Registerwijzigingen, Verschil, VerschilSoort, VerschilTelling};

/// The `afstemming` section of the figures document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Afstemming {
    /// The download, as the user named it.
    pub register: String,
    /// Which of the register's downloads it is: `export`, `geschiedenis` or `excel`.
    pub soort: Soort,
    pub met_algoritme_id: bool,
    pub met_publicatiedatum: bool,
    pub regels: RegelTelling,
    /// How old the export is.
    pub ouderdom: Ouderdom,
    /// How a CSV download was written, for the manifest.
    #[serde(skip)]
    pub format: Option<CsvFormat>,
    /// Per kind, over every organisation.
    pub totalen: VerschilTelling,
    /// The disagreements, the algorithms they are at, and the matches by
    /// name only: what every output says in its sentence.
    pub samenvatting: Samenvatting,
    /// What changed in the register in the quarter, over every organisation
    /// (only the history download tells).
    pub in_kwartaal: Option<Registerwijzigingen>,
    pub organisaties: Vec<OrgAfstemming>,
    /// One row per disagreement, for the workbook and the PDF.
    pub verschillen: Vec<Verschil>,
    /// Every algorithm of these organisations in the register, with its versions.
    pub algoritmen: Vec<RegisterAlgoritme>,
}

/// What to keep while streaming the export: our organisations' records, and
/// any record with an Algoritme-ID one of the sheets uses.
pub fn wanted(batch: &Batch, organisaties: &OrganisatieLijst) -> Wanted {
    Wanted {
        organisations: organisaties.alle.iter().map(|o| key(&o.register_naam)).collect(),
        ids: batch.rows.iter().filter_map(|r| r.algoritme_id.clone()).collect(),
    }
}

/// Compares a download already read with the batch (the pipeline reads it
/// once, for this and for `kwaliteit`).
pub fn compare(
    batch: &Batch,
    organisaties: &OrganisatieLijst,
    download: &Download,
    shown: &str,
    register_datum: Option<NaiveDate>,
) -> StageOutput<Afstemming> {
    let ouderdom = Ouderdom::new(download.nieuwste_publicatie, register_datum, batch.peildatum());
    let mut c = matching::compare(batch, organisaties, download, shown);
    let mut totalen = VerschilTelling::default();
    for v in &c.verschillen {
        totalen.add(v.code);
    }
    let lijst = algoritmen::list(batch, organisaties, download, &c.gekoppeld);
    let in_kwartaal = algoritmen::in_kwartaal(download.soort, &lijst, &mut c.organisaties);
    let mut findings: Vec<Bevinding> = download.findings.clone();
    findings.extend(ouderdom.finding(shown));
    findings.extend(c.verschillen.iter().map(|v| v.finding(shown)));
    findings.extend(algoritmen::niet_bijgewerkt(batch.peildatum(), &lijst, shown));
    StageOutput::new(
        Afstemming {
            register: shown.to_owned(),
            soort: download.soort,
            met_algoritme_id: download.met_algoritme_id,
            met_publicatiedatum: download.met_publicatiedatum,
            regels: download.regels,
            ouderdom,
            format: download.format,
            totalen,
            samenvatting: Samenvatting::of(&c.verschillen),
            in_kwartaal,
            organisaties: c.organisaties,
            verschillen: c.verschillen,
            algoritmen: lijst,
        },
        findings,
    )
}
