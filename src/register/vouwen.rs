//! Folding versions: every version read of one Algoritme-ID becomes one
//! record, the version that counts being the latest the public saw at the
//! peildatum (or, when its first version is later, that first one). Two
//! versions with the same date but different content: the later in the
//! file counts, with a warning.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::download::{Download, Plaats, RegelTelling, RegisterRecord, Soort, Versie};
use crate::bevinding::{Bevindingen, Code};
use crate::text::dutch_date;

/// One algorithm while the download is read.
struct Fold {
    telt: RegisterRecord,
    /// Every distinct version read: its date and category, its content's
    /// hash and where it is.
    versies: Vec<(Versie, u64, Plaats)>,
}

/// Collects the versions as the readers find them.
pub(crate) struct Vouwer {
    peil: NaiveDate,
    /// How findings name the file.
    pub shown: String,
    pub regels: RegelTelling,
    pub out: Bevindingen,
    pub nieuwste: Option<NaiveDate>,
    pub met_algoritme_id: bool,
    pub met_publicatiedatum: bool,
    by_id: HashMap<String, usize>,
    folds: Vec<Fold>,
}

/// How well a version's date fits the peildatum: on or before it, the
/// later the better; after it, the earlier the better. An unknown date
/// counts as on or before it, and as the oldest.
fn rang(d: Option<NaiveDate>, peil: NaiveDate) -> (bool, i64) {
    match d {
        None => (true, i64::MIN),
        Some(d) if d <= peil => (true, d.num_days_from_ce().into()),
        Some(d) => (false, -i64::from(d.num_days_from_ce())),
    }
}

impl Vouwer {
    pub fn new(peil: NaiveDate, shown: &str) -> Vouwer {
        Vouwer {
            peil,
            shown: shown.to_owned(),
            regels: RegelTelling::default(),
            out: Bevindingen::default(),
            nieuwste: None,
            met_algoritme_id: false,
            met_publicatiedatum: false,
            by_id: HashMap::new(),
            folds: Vec::new(),
        }
    }

    /// One version of ours, read; `hash` is of all its values.
    pub fn add(&mut self, r: RegisterRecord, hash: u64) {
        let versie = Versie {
            datum: r.publicatie,
            categorie: r.categorie,
        };
        let Some(id) = r.algoritme_id.clone() else {
            let plaats = r.plaats.clone();
            self.folds.push(Fold {
                telt: r,
                versies: vec![(versie, hash, plaats)],
            });
            return;
        };
        let Some(&i) = self.by_id.get(&id) else {
            self.by_id.insert(id, self.folds.len());
            let plaats = r.plaats.clone();
            self.folds.push(Fold {
                telt: r,
                versies: vec![(versie, hash, plaats)],
            });
            return;
        };
        let fold = &mut self.folds[i];
        if let Some(same) = fold.versies.iter_mut().find(|(v, _, _)| v.datum == versie.datum) {
            if same.1 == hash {
                return;
            }
            let datum = versie.datum.map_or("zonder publicatiedatum".to_owned(), |d| {
                format!("met publicatiedatum {}", dutch_date(d))
            });
            self.out.waarschuwing(
                Code::RegisterVersieDubbel,
                r.plaats.location(&self.shown),
                format!(
                    "Het Algoritme-ID {id} staat {datum} ook op {}, met een andere inhoud. Deze {} telt.",
                    same.2,
                    match r.plaats {
                        Plaats::Regel(_) => "regel, de laatste in het bestand,",
                        Plaats::Kolom { .. } => "kolom, de laatste in het bestand,",
                    }
                ),
            );
            *same = (versie, hash, r.plaats.clone());
            if fold.telt.publicatie == versie.datum {
                fold.telt = r;
            }
            return;
        }
        fold.versies.push((versie, hash, r.plaats.clone()));
        if rang(r.publicatie, self.peil) > rang(fold.telt.publicatie, self.peil) {
            fold.telt = r;
        }
    }

    /// One record per algorithm, in the order first read.
    pub fn finish(self) -> Download {
        let peil = self.peil;
        let mut geschiedenis = false;
        let records = self
            .folds
            .into_iter()
            .map(|f| {
                let mut versies: Vec<Versie> = f.versies.into_iter().map(|(v, _, _)| v).collect();
                versies.sort();
                geschiedenis |= versies.len() > 1;
                let eerste_publicatie = versies.iter().filter_map(|v| v.datum).min();
                if versies.iter().any(|v| v.datum.is_none_or(|d| d <= peil)) {
                    versies.retain(|v| v.datum.is_none_or(|d| d <= peil));
                }
                RegisterRecord {
                    eerste_publicatie,
                    versies,
                    ..f.telt
                }
            })
            .collect();
        Download {
            soort: if geschiedenis {
                Soort::Geschiedenis
            } else {
                Soort::Export
            },
            records,
            met_algoritme_id: self.met_algoritme_id,
            met_publicatiedatum: self.met_publicatiedatum,
            nieuwste_publicatie: self.nieuwste,
            format: None,
            regels: self.regels,
            findings: self.out.0,
        }
    }
}
