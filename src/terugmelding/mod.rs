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
pub mod ronde;

use anyhow::Result;
use chrono::NaiveDate;

use crate::bevinding::{Bevinding, BevindingTelling, Code, Doelgroep, Ernst};
use crate::config::BatchConfig;
use crate::history::Earlier;
use crate::model::Quarter;
use crate::organisaties::Organisatie;
use crate::pipeline::Report;
use crate::statusoverzicht::{Cel, Invulling};
use crate::text::{cell_ref, key};

pub use bestanden::{ZonderOrganisatie, file_name};
pub use ronde::{Toestand, Verandering, Vorige};

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
    /// A file came, but none can be read as a status sheet: it gets the template.
    pub onleesbaar: bool,
    /// The file received (its name), if any.
    pub bestand: Option<String>,
    /// The file's fingerprint (SHA-256), to tell a new file in the next round.
    pub vingerafdruk: Option<String>,
    /// The day the file was last changed.
    pub datum_bestand: Option<NaiveDate>,
    /// The organisation's own findings (not the coordinator's).
    pub telling: BevindingTelling,
    /// Every finding the organisation can act on, in the order of the
    /// returned file: about the file first, then the Organisatie sheet,
    /// then the rows.
    pub bevindingen: Vec<Geplaatst>,
    /// The fingerprint of `bevindingen`, kept in the round's JSON.
    pub bevindingen_hash: String,
    /// Findings about the organisation that only the coordinator can act on
    /// (two files in the folder, the register): never in its mail or sheet.
    pub voor_coordinator: Vec<Bevinding>,
    /// Warnings the organisation confirmed (`Klopt zo?` = ja in the sheet it
    /// sent back): the coordinator still sees them; they ask nothing more.
    pub bevestigd: Vec<Bevinding>,
    /// `None` when it is `goedgekeurd`: it gets no workbook.
    pub inhoud: Option<Inhoud>,
    /// What changed since the last round.
    pub verandering: Verandering,
    /// The round in which it last got something (0: none yet).
    pub ronde: u32,
}

impl Melding {
    /// Something goes to the organisation in this round.
    pub fn in_ronde(&self, ronde: u32) -> bool {
        self.ronde == ronde && self.verandering != Verandering::Niets
    }
}

/// When the terugmelding is made: as a new round that goes out, or between
/// rounds, for the overview that `check` and `run` refresh.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    Ronde,
    Tussendoor,
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
    /// This round's number (a new round), or the last round's (between rounds; 0: none yet).
    pub ronde: u32,
    /// The date to send the corrected sheets back by, if given.
    pub uiterlijk: Option<NaiveDate>,
    pub meldingen: Vec<Melding>,
    pub zonder_organisatie: Vec<ZonderOrganisatie>,
}

impl Terugmelding {
    /// Per organisation what goes back, from a quarter read by the
    /// pipeline, measured against the last round (`vorige`).
    pub fn build(
        read: &Report,
        config: &BatchConfig,
        uiterlijk: Option<NaiveDate>,
        vorige: Option<&Vorige>,
        moment: Moment,
    ) -> Result<Terugmelding> {
        let laatste = vorige.map_or(0, |v| v.nummer);
        let nummer = match moment {
            Moment::Ronde => laatste + 1,
            Moment::Tussendoor => laatste,
        };
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
                let chosen = files.chosen(&org.code);
                let names: Vec<&str> = own.iter().map(|f| f.file.as_str()).collect();
                // The quarter's one list is sorted already; a filter keeps its order.
                let all: Vec<&Bevinding> = read
                    .cijfers
                    .bevindingen
                    .iter()
                    .filter(|f| match &f.organisatie {
                        Some(code) => code == &org.code,
                        None => names.contains(&f.location.file.as_str()),
                    })
                    .filter(|f| own.is_empty() || f.code != Code::BladNietIngeleverd)
                    .collect();
                // The organisation's part: its own kind of finding, about the
                // file that goes back (another file of it in the folder is
                // the coordinator's to sort out).
                let theirs = |f: &Bevinding| {
                    f.code.doelgroep() == Doelgroep::Organisatie
                        && (!names.contains(&f.location.file.as_str())
                            || chosen.is_none_or(|c| c.file == f.location.file))
                };
                let (found, voor_coordinator): (Vec<&Bevinding>, Vec<&Bevinding>) =
                    all.into_iter().partition(|f| theirs(f));
                // Warnings the organisation said are right, in the file it sent back.
                let confirmed = |b: &Bevinding| {
                    b.severity == Ernst::Waarschuwing
                        && chosen.is_some_and(|c| {
                            c.place(b).is_some_and(|cel| {
                                let at = cell_ref(cel.row, u32::from(cel.col));
                                c.bevestigd
                                    .iter()
                                    .any(|x| x.blad == cel.blad.name() && x.cel == at && x.code == b.code.as_str())
                            })
                        })
                };
                let (bevestigd, found): (Vec<&Bevinding>, Vec<&Bevinding>) =
                    found.into_iter().partition(|b| confirmed(b));
                let found: Vec<Bevinding> = found.into_iter().cloned().collect();
                let telling = BevindingTelling::of(&found);
                let onleesbaar = !own.is_empty() && chosen.is_none();
                let toestand = match (own.is_empty(), onleesbaar) {
                    (true, _) => Toestand::NietOntvangen,
                    (false, true) => Toestand::Verbeteren,
                    _ if telling.fout > 0 => Toestand::Verbeteren,
                    _ if telling.waarschuwing > 0 => Toestand::MetOpmerkingen,
                    _ => Toestand::Goedgekeurd,
                };
                let bestand = by_code
                    .get(org.code.as_str())
                    .map(|s| s.bestand.clone())
                    .or_else(|| chosen.map(|c| c.file.clone()))
                    .or_else(|| own.first().map(|f| f.file.clone()));
                let judged = bestand.as_deref().and_then(|b| own.iter().find(|f| f.file == b));
                let vingerafdruk = judged.and_then(|f| f.sha256.clone());
                let datum_bestand = judged.and_then(|f| f.datum);
                let bevindingen = found
                    .into_iter()
                    .map(|b| {
                        let cel = chosen.and_then(|c| c.place(&b));
                        Geplaatst { bevinding: b, cel }
                    })
                    .collect();
                let inhoud = match toestand {
                    Toestand::Goedgekeurd | Toestand::Ontvangen => None,
                    Toestand::Verbeteren | Toestand::MetOpmerkingen if !onleesbaar => {
                        chosen.and_then(|c| c.invulling.clone()).map(Inhoud::Eigen)
                    }
                    Toestand::Verbeteren | Toestand::MetOpmerkingen | Toestand::NietOntvangen => {
                        Some(Inhoud::Sjabloon(earlier.remove(&key(&org.code))))
                    }
                };
                let mut bevindingen: Vec<Geplaatst> = bevindingen;
                order(&mut bevindingen);
                let stand = vorige.and_then(|v| v.standen.get(&org.code));
                let bevindingen_hash = ronde::hash_of(bevindingen.iter().map(|g| &g.bevinding));
                let verandering = ronde::verandering(stand, vingerafdruk.as_deref(), &bevindingen_hash, toestand);
                let eerder = stand.map_or(0, |s| s.ronde);
                let (toestand, ronde) = match (moment, verandering) {
                    (_, Verandering::Niets) => (toestand, eerder),
                    (Moment::Ronde, _) => (toestand, nummer),
                    // A new file since the last round: the next round answers it.
                    (Moment::Tussendoor, Verandering::NieuwBestand) => (Toestand::Ontvangen, eerder),
                    (Moment::Tussendoor, _) => (toestand, eerder),
                };
                Melding {
                    organisatie: org.clone(),
                    toestand,
                    onleesbaar,
                    bestand: bestand.map(|b| file_name(&b).to_owned()),
                    vingerafdruk,
                    datum_bestand,
                    telling,
                    bevindingen,
                    bevindingen_hash,
                    voor_coordinator: voor_coordinator.into_iter().cloned().collect(),
                    bevestigd: bevestigd.into_iter().cloned().collect(),
                    inhoud,
                    verandering,
                    ronde,
                }
            })
            .collect();
        Ok(Terugmelding {
            quarter: config.quarter,
            ronde: nummer,
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
