//! The files of the quarter folder, read again with their cells, each
//! attributed to an organisation: by the code on its Organisatie sheet, or
//! else (a file that cannot be read) by a code in its file name.

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use rayon::prelude::*;
use serde::Serialize;

use crate::bevinding::{Bevinding, BevindingTelling, Doelgroep, Ernst};
use crate::config::BatchConfig;
use crate::ingest::bevestiging::Bevestiging;
use crate::ingest::{self, Val};
use crate::organisaties::OrganisatieLijst;
use crate::pipeline::Report;
use crate::statusoverzicht::{Cel, Invulling};
use crate::text::{key, shown};

/// One file received.
pub(super) struct Ontvangen {
    /// As shown in the findings (`inputs/2025-Q2/pol.xlsx`).
    pub file: String,
    /// The organisation's code in `organisaties.csv`, if it is known.
    org: Option<String>,
    /// The file could be read as a status sheet.
    pub sheet: bool,
    /// Its SHA-256, to tell a new file from the one of the last round.
    pub sha256: Option<String>,
    /// The day the file was last changed (saved or copied in).
    pub datum: Option<chrono::NaiveDate>,
    /// The warnings the organisation confirmed in it (`Klopt zo?` = ja).
    pub bevestigd: Vec<Bevestiging>,
    /// The sheet placed in the template's layout: for every readable sheet
    /// but the counted sheet of a clean organisation, which goes nowhere.
    pub invulling: Option<Invulling>,
}

impl Ontvangen {
    /// The cell in the returned file of a finding about this file.
    pub fn place(&self, b: &Bevinding) -> Option<Cel> {
        if b.location.file != self.file {
            return None;
        }
        self.invulling.as_ref()?.place(&b.location)
    }
}

pub(super) struct Files {
    list: Vec<Ontvangen>,
    /// Per organisation code, its files in `list`.
    by_org: HashMap<String, Vec<usize>>,
    /// Per organisation code, the file whose sheet counts.
    counted: HashMap<String, String>,
}

/// Reads every file of the quarter folder with its cells, in parallel. The
/// counted sheet of an organisation without errors or warnings is known
/// from the pipeline already and is not read again: nothing goes back.
pub(super) fn read_all(read: &Report, config: &BatchConfig) -> Result<Files> {
    let (found, _) = ingest::discover(&config.folder, &shown(&config.folder), &config.inputs)?;
    let counted: HashMap<String, String> = read
        .batch
        .submissions
        .iter()
        .filter(|s| s.overgenomen_uit.is_none())
        .map(|s| (s.organisatie.clone(), s.bestand.clone()))
        .collect();
    let to_correct: HashSet<&str> = read
        .cijfers
        .bevindingen
        .iter()
        .filter(|b| b.severity != Ernst::Info && b.code.doelgroep() == Doelgroep::Organisatie)
        .filter_map(|b| b.organisatie.as_deref())
        .collect();
    let clean: HashMap<&str, &str> = counted
        .iter()
        .filter(|(code, _)| !to_correct.contains(code.as_str()))
        .map(|(code, file)| (file.as_str(), code.as_str()))
        .collect();
    let list: Vec<Ontvangen> = found
        .par_iter()
        .map(|(path, file)| {
            let datum = std::fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .map(|t| chrono::DateTime::<chrono::Utc>::from(t).date_naive());
            if let Some(code) = clean.get(file.as_str()) {
                // Not read again: only its fingerprint, streamed.
                return Ontvangen {
                    file: file.clone(),
                    org: Some((*code).to_owned()),
                    sheet: true,
                    sha256: ingest::Source::stream(path).ok().map(|s| s.sha256),
                    datum,
                    bevestigd: vec![],
                    invulling: None,
                };
            }
            let (sheet, raw) = ingest::read_path_with_cells(path, file, config.quarter, &config.limits);
            let code = sheet.sheet.as_ref().and_then(|s| match &s.header.code.val {
                Val::Ok(code) => read.organisaties.find(code).map(|o| o.code.clone()),
                _ => None,
            });
            let bevestigd = raw.as_ref().map_or_else(Vec::new, |r| r.bevestigd.clone());
            let invulling = match (&sheet.sheet, &raw) {
                (Some(s), Some(raw)) => Some(Invulling::returned(s, raw)),
                _ => None,
            };
            Ontvangen {
                org: code.or_else(|| code_in_name(file_name(file), &read.organisaties)),
                file: file.clone(),
                sheet: invulling.is_some(),
                // Of the bytes just read, not read from disk a second time.
                sha256: sheet.source.as_ref().map(|s| s.sha256.clone()),
                datum,
                bevestigd,
                invulling,
            }
        })
        .collect();
    let mut by_org: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, f) in list.iter().enumerate() {
        if let Some(code) = &f.org {
            by_org.entry(code.clone()).or_default().push(i);
        }
    }
    Ok(Files { list, by_org, counted })
}

impl Files {
    /// The files of one organisation.
    pub fn of(&self, code: &str) -> Vec<&Ontvangen> {
        self.by_org
            .get(code)
            .map_or_else(Vec::new, |ix| ix.iter().map(|i| &self.list[*i]).collect())
    }

    /// The file given back: the one whose sheet counts, else the first
    /// readable one of the organisation.
    pub fn chosen(&self, code: &str) -> Option<&Ontvangen> {
        let own = self.of(code);
        let counted = self.counted.get(code);
        own.iter()
            .find(|f| Some(&f.file) == counted && f.sheet)
            .or_else(|| own.iter().find(|f| f.sheet))
            .copied()
    }

    /// Files that belong to no organisation, with their findings.
    pub fn without_organisation(&self, findings: &[Bevinding]) -> Vec<ZonderOrganisatie> {
        self.list
            .iter()
            .filter(|f| f.org.is_none())
            .map(|f| {
                let bevindingen: Vec<Bevinding> = findings
                    .iter()
                    .filter(|b| b.organisatie.is_none() && b.location.file == f.file)
                    .cloned()
                    .collect();
                let t = BevindingTelling::of(&bevindingen);
                ZonderOrganisatie {
                    bestand: file_name(&f.file).to_owned(),
                    fouten: t.fout,
                    waarschuwingen: t.waarschuwing,
                    bevindingen,
                }
            })
            .collect()
    }
}

/// The organisation whose code is a word of the file name
/// (`Statusoverzicht POL Q2 2025.xlsx` -> POL), when exactly one is.
fn code_in_name(name: &str, organisaties: &OrganisatieLijst) -> Option<String> {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let words: Vec<String> = stem
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(key)
        .collect();
    let mut hits = organisaties.alle.iter().filter(|o| words.contains(&key(&o.code)));
    match (hits.next(), hits.next()) {
        (Some(org), None) => Some(org.code.clone()),
        _ => None,
    }
}

/// A file of the quarter folder that belongs to no organisation.
#[derive(Debug, Clone, Serialize)]
pub struct ZonderOrganisatie {
    pub bestand: String,
    pub fouten: usize,
    pub waarschuwingen: usize,
    pub bevindingen: Vec<Bevinding>,
}

/// The last part of a path as shown (`inputs/2025-Q2/pol.xlsx` -> `pol.xlsx`).
pub fn file_name(shown: &str) -> &str {
    shown.rsplit(['/', '\\']).next().unwrap_or(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_in_the_file_name_names_the_organisation() {
        let organisaties = OrganisatieLijst::parse(
            b"code,naam,ministerie,toezichthouder\nPOL,Politie,JenV,nee\nNFI,NFI,JenV,nee\nIND,IND,AenM,nee\n",
            "organisaties.csv",
        )
        .unwrap();
        let code = |name| code_in_name(name, &organisaties);
        assert_eq!(code("Statusoverzicht POL Q2 2025.xlsx").as_deref(), Some("POL"));
        assert_eq!(code("nfi-statusoverzicht-2025-Q2.ods").as_deref(), Some("NFI"));
        assert_eq!(code("politie.xlsx"), None, "a word that only starts with a code");
        assert_eq!(code("POL en NFI.xlsx"), None, "two codes: no one organisation");
        assert_eq!(code("kapot.pdf"), None);
    }
}
