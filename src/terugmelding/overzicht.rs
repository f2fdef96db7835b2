//! The chase list: one line per organisation (received? how many errors?
//! what goes back?), for the workbook `overzicht-<kwartaal>.xlsx` and the
//! JSON `terugmelding-<kwartaal>.json`.

use anyhow::Result;
use serde::Serialize;

use super::{Terugmelding, Toestand, ZonderOrganisatie};

/// One organisation in the chase list.
#[derive(Debug, Clone, Serialize)]
pub struct Regel {
    pub ministerie: String,
    pub code: String,
    pub organisatie: String,
    pub toezichthouder: bool,
    pub ontvangen: bool,
    pub bestand: Option<String>,
    pub fouten: usize,
    pub waarschuwingen: usize,
    pub status: Toestand,
    /// The workbook that goes back; `None` for a clean sheet.
    pub terugmelding: Option<String>,
    pub mail: String,
    /// The mail draft with the organisation's addresses; `None` when
    /// `organisaties.csv` gives it no address. The addresses stay out.
    pub concept: Option<String>,
}

#[derive(Serialize)]
struct Json<'a> {
    kwartaal: String,
    uiterlijk: Option<chrono::NaiveDate>,
    telling: std::collections::BTreeMap<&'static str, usize>,
    organisaties: Vec<Regel>,
    bestanden_zonder_organisatie: &'a [ZonderOrganisatie],
}

impl Terugmelding {
    /// The chase list, in the order of `organisaties.csv`.
    pub fn regels(&self) -> Vec<Regel> {
        self.meldingen
            .iter()
            .map(|m| Regel {
                ministerie: m.organisatie.ministerie.clone(),
                code: m.organisatie.code.clone(),
                organisatie: m.organisatie.naam.clone(),
                toezichthouder: m.organisatie.toezichthouder,
                ontvangen: m.toestand != Toestand::NietOntvangen,
                bestand: m.bestand.clone(),
                fouten: m.telling.fout,
                waarschuwingen: m.telling.waarschuwing,
                status: m.toestand,
                terugmelding: m.workbook_name(self.quarter),
                mail: m.mail_name(self.quarter),
                concept: (!m.organisatie.email.is_empty()).then(|| super::eml::file_name(&m.mail_name(self.quarter))),
            })
            .collect()
    }

    /// `terugmelding-<kwartaal>.json`.
    pub fn json(&self) -> Result<Vec<u8>> {
        let doc = Json {
            kwartaal: self.quarter.to_string(),
            uiterlijk: self.uiterlijk,
            telling: Toestand::ALL.iter().map(|t| (t.as_str(), self.count(*t))).collect(),
            organisaties: self.regels(),
            bestanden_zonder_organisatie: &self.zonder_organisatie,
        };
        let mut bytes = serde_json::to_vec_pretty(&doc)?;
        bytes.push(b'\n');
        Ok(bytes)
    }
}
