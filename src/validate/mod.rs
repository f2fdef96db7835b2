//! Validate: the contract's rules, from read sheets to counted rows and findings.
//!
//! Cell-level problems were found during ingest. Here come the rules that
//! need more than one cell: which organisation a sheet is, whether it is for
//! this quarter, what is required given the status, duplicate IDs, and which
//! organisations sent nothing. Every row read ends up either counted or
//! excluded with its reason: nothing is dropped.

use std::collections::HashMap;

mod batch;
mod dubbel;
pub mod eu;
mod rows;
mod sheet;

pub use batch::{Batch, CountedRow, Submission, UitgeslotenRij};

use crate::bevinding::{Bevinding, Bevindingen, Code, Location, StageOutput};
use crate::ingest::{FileRead, Val};
use crate::model::Quarter;
use crate::organisaties::{Organisatie, OrganisatieLijst};

/// Applies the rules to every file read for `quarter`, and says which
/// organisations sent nothing.
pub fn validate(
    reads: Vec<FileRead>,
    organisaties: &OrganisatieLijst,
    quarter: Quarter,
    folder_shown: &str,
) -> StageOutput<Batch> {
    let mut v = Validator::new(organisaties, quarter);
    for read in reads {
        v.add(read);
    }
    let mut out = v.finish();
    out.bevindingen
        .extend(missing_sheets(&out.part, organisaties, folder_shown));
    out
}

/// The organisations of `organisaties.csv` without a sheet in `batch`.
pub fn without_sheet<'o>(batch: &Batch, organisaties: &'o OrganisatieLijst) -> Vec<&'o Organisatie> {
    let sheets = batch.submissions_by_code();
    organisaties
        .alle
        .iter()
        .filter(|o| !sheets.contains_key(o.code.as_str()))
        .collect()
}

/// A warning for each organisation of `organisaties.csv` without a sheet in
/// `batch` (after `--carry-forward`, if any, took over earlier sheets).
pub fn missing_sheets(batch: &Batch, organisaties: &OrganisatieLijst, folder_shown: &str) -> Vec<Bevinding> {
    without_sheet(batch, organisaties)
        .into_iter()
        .map(|org| {
            Bevinding::new(
                crate::bevinding::Ernst::Waarschuwing,
                Code::BladNietIngeleverd,
                Location::file(folder_shown),
                format!(
                    "Van {} ({}) is geen statusoverzicht voor {} ontvangen.",
                    org.naam, org.code, batch.quarter
                ),
            )
            .voor(&org.code)
        })
        .collect()
}

/// Validates the sheets one by one, in the order they are added, so that a
/// batch is never held in memory whole: each read is dropped once its rows
/// are counted. `validate` does the same for a list.
pub struct Validator<'r> {
    organisaties: &'r OrganisatieLijst,
    batch: Batch,
    bevindingen: Vec<Bevinding>,
    /// Organisatie code to its accepted sheets, the one that counts first.
    seen: HashMap<String, Vec<dubbel::Kandidaat>>,
}

impl<'r> Validator<'r> {
    pub fn new(organisaties: &'r OrganisatieLijst, quarter: Quarter) -> Self {
        Validator {
            organisaties,
            batch: Batch {
                quarter,
                rows_read: 0,
                submissions: vec![],
                rows: vec![],
                excluded: vec![],
            },
            bevindingen: vec![],
            seen: HashMap::new(),
        }
    }

    /// Makes room for about `rows` more counted rows at once. Growing the
    /// list step by step copies it each time into fresh memory; at 1,000
    /// sheets those copies were a fifth of all page faults of `check`. Only
    /// a hint: when the room cannot be had, the list grows as before.
    pub fn reserve(&mut self, rows: usize) {
        let _ = self.batch.rows.try_reserve(rows);
    }

    pub fn add(&mut self, read: FileRead) {
        let (quarter, organisaties) = (self.batch.quarter, self.organisaties);
        let (batch, found) = (&mut self.batch, &mut self.bevindingen);
        batch.rows_read += read.rows_read;
        // Every finding of a file is for its organisation, when the code is known.
        let code = read.sheet.as_ref().and_then(|s| match &s.header.code.val {
            Val::Ok(code) => organisaties.find(code).map(|o| o.code.as_str()),
            _ => None,
        });
        found.extend(Bevindingen(read.findings).voor(code));
        let Some(sheet) = read.sheet else { return };
        let mut out = Bevindingen::default();
        let accepted = sheet::accept_sheet(&read.file, &sheet, organisaties, quarter, &mut out);
        found.extend(out.voor(code));
        let mut out = Bevindingen::default();
        let reason = match accepted {
            Ok((org, peildatum)) => {
                let kandidaat = dubbel::Kandidaat {
                    bestand: read.file.clone(),
                    peildatum,
                    rijen: sheet.rows.len(),
                };
                let sheets = self.seen.entry(org.code.clone()).or_default();
                match sheets.first() {
                    Some(first) if !dubbel::counts_over(&kandidaat, first) => {
                        sheets.push(kandidaat);
                        Some(format!("een ander statusoverzicht van {} telt mee", org.code))
                    }
                    first => {
                        if let Some(first) = first {
                            set_aside(batch, &first.bestand, &org.code);
                        }
                        sheets.insert(0, kandidaat);
                        batch.submissions.push(Submission {
                            organisatie: org.code.clone(),
                            overgenomen_uit: None,
                            bestand: read.file.clone(),
                            peildatum,
                            fase: sheet.header.fase.val.get(),
                        });
                        let limit = peildatum.unwrap_or_else(|| quarter.last_day());
                        rows::check_rows(&read.file, sheet, org, limit, batch, &mut out);
                        found.extend(out.voor(code));
                        return;
                    }
                }
            }
            Err(reason) => {
                exclude_all(batch, &read.file, &sheet, &reason);
                uncounted_rows(&read.file, sheet, organisaties, quarter, &reason, &mut out);
                found.extend(out.voor(code));
                return;
            }
        };
        if let Some(reason) = reason {
            exclude_all(batch, &read.file, &sheet, &reason);
        }
    }

    /// The batch, with the findings of its sheets and of organisations that
    /// sent more than one (not yet of those that sent none: `missing_sheets`).
    pub fn finish(mut self) -> StageOutput<Batch> {
        for org in &self.organisaties.alle {
            if let Some(sheets) = self.seen.get(&org.code) {
                self.bevindingen.extend(dubbel::findings(org, sheets));
            }
        }
        StageOutput::new(self.batch, self.bevindingen)
    }
}

/// The rows of a sheet that does not count (wrong quarter, unknown code),
/// checked as if it did, so that the organisation corrects everything in one
/// round: their findings say the sheet does not count, and the rows stay
/// excluded.
fn uncounted_rows(
    file: &str,
    sheet: crate::ingest::StatusSheet,
    organisaties: &OrganisatieLijst,
    quarter: Quarter,
    reason: &str,
    out: &mut Bevindingen,
) {
    let h = &sheet.header;
    let typed = |v: &Val<String>| match v {
        Val::Ok(s) => s.clone(),
        _ => String::new(),
    };
    let placeholder;
    let org = match &h.code.val {
        Val::Ok(code) if organisaties.find(code).is_some() => organisaties.find(code).expect("found"),
        _ => {
            placeholder = Organisatie {
                code: typed(&h.code.val),
                naam: typed(&h.organisatie.val),
                ministerie: typed(&h.ministerie.val),
                toezichthouder: false,
                naam_in_zin: String::new(),
                register_naam: String::new(),
                email: vec![],
            };
            &placeholder
        }
    };
    // The sheet's own quarter and peildatum, as it gives them.
    let own_quarter = match &h.kwartaal.val {
        Val::Ok(q) => *q,
        _ => quarter,
    };
    let peildatum = match &h.peildatum.val {
        Val::Ok(d) => *d,
        _ => own_quarter.last_day(),
    };
    let mut scratch = Batch {
        quarter: own_quarter,
        rows_read: 0,
        submissions: vec![],
        rows: vec![],
        excluded: vec![],
    };
    let mut rows = Bevindingen::default();
    rows::check_rows(file, sheet, org, peildatum, &mut scratch, &mut rows);
    out.0.extend(rows.0.into_iter().map(|mut b| {
        b.message = format!(
            "{} (Dit statusoverzicht telt nu niet mee: {reason}. Verbeter deze rij ook, dan is één ronde genoeg.)",
            b.message
        );
        b
    }));
}

/// The rows of `file`, counted until another sheet of `code` came to count
/// instead: they move to the excluded rows, and its submission goes.
fn set_aside(batch: &mut Batch, file: &str, code: &str) {
    let reden = format!("een ander statusoverzicht van {code} telt mee");
    let (gone, kept): (Vec<CountedRow>, Vec<CountedRow>) = std::mem::take(&mut batch.rows)
        .into_iter()
        .partition(|r| &*r.bestand == file);
    batch.rows = kept;
    for e in batch.excluded.iter_mut().filter(|e| e.bestand == file) {
        e.sleutel = None;
    }
    batch.excluded.extend(gone.into_iter().map(|r| UitgeslotenRij {
        bestand: r.bestand.to_string(),
        blad: r.blad.to_string(),
        rij: r.rij,
        reden: reden.clone(),
        sleutel: None,
        afgeschermd: false,
    }));
    batch.submissions.retain(|s| s.bestand != file);
}

/// Every row of a sheet that does not count, excluded for one reason.
fn exclude_all(batch: &mut Batch, file: &str, sheet: &crate::ingest::StatusSheet, reason: &str) {
    for r in &sheet.rows {
        batch.excluded.push(UitgeslotenRij {
            bestand: file.to_owned(),
            blad: sheet.alg_sheet.clone(),
            rij: r.row + 1,
            reden: reason.to_owned(),
            sleutel: None,
            afgeschermd: false,
        });
    }
}
