//! Terugmelding: what goes back to each organisation for a quarter. Its own
//! sheet with every finding placed on its cell, or the template when nothing
//! readable came; a mail text; and the chase list over all organisations.
//!
//! The quarter is read as `check` reads it (`pipeline::read`); then the
//! files that go back are read once more, now with their cells, to be given
//! back as the organisation wrote them (`bestanden`).

mod bestanden;
pub mod eml;
pub mod mail;
pub mod overzicht;

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use crate::bevinding::{Bevinding, BevindingTelling, Code};
use crate::config::BatchConfig;
use crate::history::Earlier;
use crate::model::Quarter;
use crate::organisaties::Organisatie;
use crate::pipeline::Report;
use crate::statusoverzicht::{Cel, Invulling};
use crate::text::key;

pub use bestanden::{ZonderOrganisatie, file_name};

/// Where an organisation stands for the quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Toestand {
    /// A sheet without errors or warnings: nothing to do.
    #[serde(rename = "schoon")]
    Schoon,
    /// A sheet with errors or warnings: correct and send again.
    #[serde(rename = "verbeteren")]
    Verbeteren,
    /// No file came.
    #[serde(rename = "niet ontvangen")]
    NietOntvangen,
    /// A file came, but it cannot be read as a status sheet.
    #[serde(rename = "onleesbaar")]
    Onleesbaar,
}

impl Toestand {
    pub const ALL: [Toestand; 4] = [
        Toestand::Verbeteren,
        Toestand::NietOntvangen,
        Toestand::Onleesbaar,
        Toestand::Schoon,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Toestand::Schoon => "schoon",
            Toestand::Verbeteren => "verbeteren",
            Toestand::NietOntvangen => "niet ontvangen",
            Toestand::Onleesbaar => "onleesbaar",
        }
    }
}

/// A finding, and its cell in the returned file where it has one there.
#[derive(Debug, Clone)]
pub struct Geplaatst {
    pub bevinding: Bevinding,
    pub cel: Option<Cel>,
}

/// What goes back in the workbook.
#[derive(Debug, Clone)]
pub enum Inhoud {
    /// The organisation's own sheet, its cells placed and marked.
    Eigen(Invulling),
    /// The template for the quarter, with the rows of the organisation's
    /// latest earlier sheet when there is one.
    Sjabloon(Option<(Quarter, Earlier)>),
}

/// One organisation's terugmelding.
#[derive(Debug, Clone)]
pub struct Melding {
    pub organisatie: Organisatie,
    pub toestand: Toestand,
    /// The file received (its name), if any.
    pub bestand: Option<String>,
    pub telling: BevindingTelling,
    /// Every finding of the organisation, in the order of the returned file:
    /// about the file first, then the Organisatie sheet, then the rows.
    pub bevindingen: Vec<Geplaatst>,
    /// `None` for a clean sheet: it gets no workbook.
    pub inhoud: Option<Inhoud>,
}

impl Melding {
    /// The name of the workbook that goes back, when one does.
    pub fn workbook_name(&self, quarter: Quarter) -> Option<String> {
        self.inhoud
            .as_ref()
            .map(|_| format!("{}-{quarter}.xlsx", safe(&self.organisatie.code)))
    }

    /// The name of the mail text.
    pub fn mail_name(&self, quarter: Quarter) -> String {
        format!("{}-{quarter}.txt", safe(&self.organisatie.code))
    }
}

/// The terugmelding of a quarter: one melding per organisation in
/// `organisaties.csv`, in its order.
#[derive(Debug, Clone)]
pub struct Terugmelding {
    pub quarter: Quarter,
    /// The date to send the corrected sheets back by, if given.
    pub uiterlijk: Option<NaiveDate>,
    pub meldingen: Vec<Melding>,
    pub zonder_organisatie: Vec<ZonderOrganisatie>,
}

impl Terugmelding {
    /// Per organisation what goes back, from a quarter read by the pipeline.
    pub fn build(read: &Report, config: &BatchConfig, uiterlijk: Option<NaiveDate>) -> Result<Terugmelding> {
        let files = bestanden::read_all(read, config)?;
        let missing: Vec<String> = read
            .organisaties
            .alle
            .iter()
            .filter(|o| files.chosen(&o.code).is_none())
            .map(|o| key(&o.code))
            .collect();
        let mut earlier = crate::history::latest_sheets(&config.inputs, config.quarter, &missing)?;
        let by_code = read.batch.submissions_by_code();
        let meldingen = read
            .organisaties
            .alle
            .iter()
            .map(|org| {
                let own = files.of(&org.code);
                let names: Vec<&str> = own.iter().map(|f| f.file.as_str()).collect();
                // The quarter's one list is sorted already; a filter keeps its order.
                let found: Vec<Bevinding> = read
                    .cijfers
                    .bevindingen
                    .iter()
                    .filter(|f| match &f.organisatie {
                        Some(code) => code == &org.code,
                        None => names.contains(&f.location.file.as_str()),
                    })
                    .filter(|f| own.is_empty() || f.code != Code::BladNietIngeleverd)
                    .cloned()
                    .collect();
                let telling = BevindingTelling::of(&found);
                let chosen = files.chosen(&org.code);
                let toestand = match (own.is_empty(), chosen) {
                    (true, _) => Toestand::NietOntvangen,
                    (false, None) => Toestand::Onleesbaar,
                    (false, Some(_)) if telling.fout + telling.waarschuwing > 0 => Toestand::Verbeteren,
                    (false, Some(_)) => Toestand::Schoon,
                };
                let bestand = by_code
                    .get(org.code.as_str())
                    .map(|s| s.bestand.clone())
                    .or_else(|| chosen.map(|c| c.file.clone()))
                    .or_else(|| own.first().map(|f| f.file.clone()));
                let bevindingen = found
                    .into_iter()
                    .map(|b| {
                        let cel = chosen.and_then(|c| c.place(&b));
                        Geplaatst { bevinding: b, cel }
                    })
                    .collect();
                let inhoud = match toestand {
                    Toestand::Schoon => None,
                    Toestand::Verbeteren => chosen.and_then(|c| c.invulling.clone()).map(Inhoud::Eigen),
                    Toestand::NietOntvangen | Toestand::Onleesbaar => {
                        Some(Inhoud::Sjabloon(earlier.remove(&key(&org.code))))
                    }
                };
                let mut melding = Melding {
                    organisatie: org.clone(),
                    toestand,
                    bestand: bestand.map(|b| file_name(&b).to_owned()),
                    telling,
                    bevindingen,
                    inhoud,
                };
                order(&mut melding.bevindingen);
                melding
            })
            .collect();
        Ok(Terugmelding {
            quarter: config.quarter,
            uiterlijk,
            meldingen,
            zonder_organisatie: files.without_organisation(&read.cijfers.bevindingen),
        })
    }

    /// How many organisations are in each state.
    pub fn count(&self, toestand: Toestand) -> usize {
        self.meldingen.iter().filter(|m| m.toestand == toestand).count()
    }
}

/// The order of the returned file: findings without a cell there first,
/// then the Organisatie sheet, then the Algoritmen sheet by row and column.
fn order(list: &mut [Geplaatst]) {
    list.sort_by_key(|g| (g.cel.map(|c| (c.blad, c.row, c.col)), g.bevinding.severity));
}

/// A code with only the characters safe in a file name.
fn safe(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}
