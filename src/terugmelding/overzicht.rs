//! The chase list: one line per organisation (received? in which round?
//! what changed? how many errors and questions? what is the coordinator's?),
//! for the workbook `overzicht-<kwartaal>.xlsx` and each round's JSON
//! `terugmelding-<kwartaal>.json`, from which the next round reads every
//! organisation's stand.

use anyhow::Result;
use serde::Serialize;

use super::ronde::{Stand, Verandering};
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
    pub datum_bestand: Option<chrono::NaiveDate>,
    pub fouten: usize,
    pub waarschuwingen: usize,
    /// Findings about the organisation that only the coordinator can act on.
    pub voor_coordinator: usize,
    pub veranderd: Verandering,
    #[serde(flatten)]
    pub stand: Stand,
    /// The workbook that goes back in this round; `None` when none does.
    pub terugmelding: Option<String>,
    /// The mail text of this round; `None` when nothing goes out.
    pub mail: Option<String>,
    /// The mail draft of this round, with the organisation's addresses;
    /// `None` when nothing goes out or `organisaties.csv` gives it no
    /// address. The addresses stay out.
    pub concept: Option<String>,
    /// The organisation has an address in `organisaties.csv`.
    pub met_email: bool,
}

#[derive(Serialize)]
struct Json<'a> {
    kwartaal: String,
    ronde: u32,
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
            .map(|m| {
                let nu = m.in_ronde(self.ronde);
                Regel {
                    ministerie: m.organisatie.ministerie.clone(),
                    code: m.organisatie.code.clone(),
                    organisatie: m.organisatie.naam.clone(),
                    toezichthouder: m.organisatie.toezichthouder,
                    ontvangen: m.toestand != Toestand::NietOntvangen,
                    bestand: m.bestand.clone(),
                    datum_bestand: m.datum_bestand,
                    fouten: m.telling.fout,
                    waarschuwingen: m.telling.waarschuwing,
                    voor_coordinator: m.voor_coordinator.len(),
                    veranderd: m.verandering,
                    stand: Stand {
                        toestand: m.toestand,
                        ronde: m.ronde,
                        vingerafdruk: m.vingerafdruk.clone(),
                        bevindingen: m.bevindingen_hash.clone(),
                    },
                    terugmelding: m.workbook_name(self.quarter).filter(|_| nu),
                    mail: nu.then(|| m.mail_name(self.quarter)),
                    concept: (nu && !m.organisatie.email.is_empty())
                        .then(|| super::eml::file_name(&m.mail_name(self.quarter))),
                    met_email: !m.organisatie.email.is_empty(),
                }
            })
            .collect()
    }

    /// `terugmelding-<kwartaal>.json` of a round.
    pub fn json(&self) -> Result<Vec<u8>> {
        let doc = Json {
            kwartaal: self.quarter.to_string(),
            ronde: self.ronde,
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
