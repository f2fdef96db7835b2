//! Validate: the contract's rules, from read sheets to counted rows and findings.
//!
//! Cell-level problems were found during ingest. Here come the rules that
//! need more than one cell: which organisation a sheet is, whether it is for
//! this quarter, what is required given the status, duplicate IDs, and which
//! organisations sent nothing. Every row read ends up either counted or
//! excluded with its reason: nothing is dropped.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

mod dubbel;
mod rows;
mod sheet;

use crate::bevinding::{Bevinding, Bevindingen, Code, Location};
use crate::ingest::{Field, FileRead, Val};
use crate::model::{Category, Exception, Phase, Quarter, Status};
use crate::organisaties::OrganisatieLijst;
use crate::text::cell_ref;

/// A row that counts in the figures.
#[derive(Debug, Clone, Serialize)]
///
/// What all rows of a sheet share (organisation, ministry, file, sheet and
/// columns) is shared, not copied: a batch of 5,000 sheets has 250,000 rows.
pub struct CountedRow {
    pub organisatie: Arc<str>,
    pub ministerie: Arc<str>,
    pub toezichthouder: bool,
    pub bestand: Arc<str>,
    pub blad: Arc<str>,
    /// One-based row number, as Excel shows it.
    pub rij: u32,
    pub id: Option<String>,
    /// `None` for rows shielded by `Uitzondering = volledig`.
    pub naam: Option<String>,
    pub categorie: Category,
    pub status: Status,
    pub risicoselectie: bool,
    pub uitzondering: Exception,
    pub geplande_publicatie: Option<NaiveDate>,
    pub publicatiedatum: Option<NaiveDate>,
    pub algoritme_id: Option<String>,
    pub toelichting: Option<String>,
    /// Where the sheet's columns are, to point at a cell later (reconciliation).
    #[serde(skip)]
    pub kolommen: Arc<crate::ingest::Columns>,
}

impl CountedRow {
    /// The cell of one of this row's fields (the row when the column is missing).
    pub fn cell(&self, field: Field) -> Location {
        let at = Location::file(&*self.bestand).sheet(&self.blad);
        match self.kolommen.get(field) {
            Some(col) => at.cell(cell_ref(self.rij.saturating_sub(1), col)),
            None => at.cell(format!("rij {}", self.rij)),
        }
    }

    /// Shielded by `Uitzondering = volledig`: no ID or name may be shown.
    pub fn shielded(&self) -> bool {
        self.uitzondering == Exception::Full
    }
}

/// A row that was read but does not count, and why.
#[derive(Debug, Clone, Serialize)]
pub struct UitgeslotenRij {
    pub bestand: String,
    pub blad: String,
    pub rij: u32,
    pub reden: String,
    /// For a row of a sheet that counts, excluded by an error of its own:
    /// the organisation's code and the key of its ID. The history uses it to
    /// tell such a row from one that is gone. Never written out: the ID of a
    /// `volledig` row may not appear.
    #[serde(skip)]
    pub sleutel: Option<(Arc<str>, String)>,
}

/// An organisation's sheet that was accepted for the quarter.
#[derive(Debug, Clone, Serialize)]
pub struct Submission {
    pub organisatie: String,
    /// With `--carry-forward`: the earlier quarter whose sheet stands in for a missing one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overgenomen_uit: Option<Quarter>,
    pub bestand: String,
    pub peildatum: Option<NaiveDate>,
    pub fase: Option<Phase>,
}

/// Everything the later stages need about one quarter's batch.
#[derive(Debug, Clone)]
pub struct Batch {
    pub quarter: Quarter,
    pub rows_read: usize,
    pub submissions: Vec<Submission>,
    pub rows: Vec<CountedRow>,
    pub excluded: Vec<UitgeslotenRij>,
    pub findings: Vec<Bevinding>,
}

impl Batch {
    /// The batch's reference date: the latest peildatum of the accepted
    /// sheets, or the quarter's last day when none gave one.
    pub fn peildatum(&self) -> NaiveDate {
        self.submissions
            .iter()
            .filter_map(|s| s.peildatum)
            .max()
            .unwrap_or_else(|| self.quarter.last_day())
    }

    /// The accepted sheets by organisation code. Callers look up many
    /// organisations; searching the list for each was quadratic in a
    /// government-wide batch.
    pub fn submissions_by_code(&self) -> HashMap<&str, &Submission> {
        self.submissions.iter().map(|s| (s.organisatie.as_str(), s)).collect()
    }
}

/// Applies the rules to every file read for `quarter`.
pub fn validate(reads: Vec<FileRead>, organisaties: &OrganisatieLijst, quarter: Quarter, folder_shown: &str) -> Batch {
    let mut v = Validator::new(organisaties, quarter);
    for read in reads {
        v.add(read);
    }
    v.finish(folder_shown)
}

/// Validates the sheets one by one, in the order they are added, so that a
/// batch is never held in memory whole: each read is dropped once its rows
/// are counted. `validate` does the same for a list.
pub struct Validator<'r> {
    organisaties: &'r OrganisatieLijst,
    batch: Batch,
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
                findings: vec![],
            },
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
        let batch = &mut self.batch;
        batch.rows_read += read.rows_read;
        // Every finding of a file is for its organisation, when the code is known.
        let code = read.sheet.as_ref().and_then(|s| match &s.header.code.val {
            Val::Ok(code) => organisaties.find(code).map(|o| o.code.as_str()),
            _ => None,
        });
        batch.findings.extend(Bevindingen(read.findings).voor(code));
        let Some(sheet) = read.sheet else { return };
        let mut out = Bevindingen::default();
        let accepted = sheet::accept_sheet(&read.file, &sheet, organisaties, quarter, &mut out);
        batch.findings.extend(out.voor(code));
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
                        batch.findings.extend(out.voor(code));
                        return;
                    }
                }
            }
            Err(reason) => Some(reason),
        };
        if let Some(reason) = reason {
            for r in &sheet.rows {
                batch.excluded.push(UitgeslotenRij {
                    bestand: read.file.clone(),
                    blad: sheet.alg_sheet.clone(),
                    rij: r.row + 1,
                    reden: reason.clone(),
                    sleutel: None,
                });
            }
        }
    }

    /// The batch, with a warning for each organisation that sent nothing.
    pub fn finish(mut self, folder_shown: &str) -> Batch {
        let quarter = self.batch.quarter;
        for org in &self.organisaties.alle {
            if let Some(sheets) = self.seen.get(&org.code) {
                self.batch.findings.extend(dubbel::findings(org, sheets));
            } else {
                self.batch.findings.push(
                    Bevinding::new(
                        crate::bevinding::Ernst::Waarschuwing,
                        Code::BladNietIngeleverd,
                        Location::file(folder_shown),
                        format!(
                            "Van {} ({}) is geen statusoverzicht voor {quarter} ontvangen.",
                            org.naam, org.code
                        ),
                    )
                    .voor(&org.code),
                );
            }
        }
        self.batch
    }
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
    }));
    batch.submissions.retain(|s| s.bestand != file);
}
