//! The batch: what validation gives the later stages of one quarter: the
//! counted rows, the rows excluded with their reason, the sheets that count.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::bevinding::Location;
use crate::ingest::Field;
use crate::model::{Category, EuDatabank, Exception, Grondrechtentoets, Phase, Quarter, Status};
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
    /// Category A: the EU database (AI Act); `None` is unknown. Read for
    /// every category, counted for category A only.
    pub eu_databank: Option<EuDatabank>,
    /// Category A: the fundamental-rights assessment; `None` is unknown.
    pub grondrechtentoets: Option<Grondrechtentoets>,
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
    /// A `volledig` row of a sheet that counts: when its ID could not be
    /// read, the history pairs it with a `volledig` row of the quarter
    /// before instead of calling that one gone.
    #[serde(skip)]
    pub afgeschermd: bool,
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
