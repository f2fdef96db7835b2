//! The figures document (`cijfers-<kwartaal>.json`): what a quarter's run
//! found, in one serde struct that the Excel and PDF stages also read.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use crate::aggregate::{self, Cijfer, Participant, Totaal};
use crate::bevinding::{Bevinding, BevindingTelling};
use crate::history::{Mutaties, Planning};
use crate::kwaliteit::Kwaliteit;
use crate::maat::{Deadlines, Groep, Maat, Scope};
use crate::model::{Phase, Quarter};
use crate::organisaties::OrganisatieLijst;
use crate::reconcile::Afstemming;
use crate::validate::{Batch, Submission, UitgeslotenRij};

mod prognose;
#[cfg(test)]
mod tests;

pub use prognose::{HORIZON_MONTHS, Maand, Plicht, Prognose, Stap};

/// How far the rows got: `gelezen = geteld + uitgesloten` always holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RijTelling {
    pub gelezen: usize,
    pub geteld: usize,
    pub uitgesloten: usize,
    /// Of `geteld`: rows of sheets taken over from an earlier quarter (`--carry-forward`).
    #[serde(skip_serializing_if = "is_zero")]
    pub overgenomen: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// One organisation of organisaties.csv and whether its sheet came in.
#[derive(Debug, Clone, Serialize)]
pub struct OrganisatieStatus {
    pub code: String,
    pub naam: String,
    pub naam_in_zin: String,
    pub ministerie: String,
    pub toezichthouder: bool,
    /// Sent a sheet of its own for this quarter.
    pub ingeleverd: bool,
    /// With `--carry-forward`: counted with its sheet of this earlier quarter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overgenomen_uit: Option<Quarter>,
    pub bestand: Option<String>,
    pub fase: Option<Phase>,
    pub peildatum: Option<NaiveDate>,
}

impl OrganisatieStatus {
    /// Takes part in the figures: with its own sheet or a carried one.
    pub fn telt_mee(&self) -> bool {
        self.ingeleverd || self.overgenomen_uit.is_some()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Cijfers {
    pub kwartaal: Quarter,
    pub peildatum: NaiveDate,
    /// `Intern`: the quarterly outputs carry row-level detail.
    pub classificatie: &'static str,
    /// True when made with `--accept-errors` while errors were found.
    pub voorlopig: bool,
    pub deadline: Deadlines,
    pub rijen: RijTelling,
    pub bevindingen_telling: BevindingTelling,
    pub organisaties: Vec<OrganisatieStatus>,
    pub cijfers: Vec<Cijfer>,
    pub totalen: Vec<Totaal>,
    pub bevindingen: Vec<Bevinding>,
    pub uitgesloten_rijen: Vec<UitgeslotenRij>,
    /// Reconciliation with the register's export (`--register`); absent without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afstemming: Option<Afstemming>,
    /// The quality of the register's descriptions (`--register`); absent without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kwaliteit: Option<Kwaliteit>,
    /// Changes since the previous quarter present in the inputs; absent when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mutaties: Option<Mutaties>,
    /// Per group, for A, B and the two together: the planned path to the deadline and the expectation.
    pub prognose: Vec<Prognose>,
    /// The previous quarter's plans measured against this quarter; absent when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planning: Option<Planning>,
    /// Per organisation, per category (A, B, C, then all three) and maat:
    /// made on first use, so that `org_figure` does not scan every figure of
    /// every organisation (the reports ask for each organisation's figures).
    #[serde(skip)]
    per_org: OnceLock<HashMap<Arc<str>, [[u32; Maat::COUNT]; 4]>>,
}

/// The rows of sheets taken over from an earlier quarter (`--carry-forward`).
fn carried_rows(batch: &Batch, submissions: &HashMap<&str, &Submission>) -> usize {
    if batch.submissions.iter().all(|s| s.overgenomen_uit.is_none()) {
        return 0;
    }
    batch
        .rows
        .iter()
        .filter(|r| {
            submissions
                .get(&*r.organisatie)
                .is_some_and(|s| s.overgenomen_uit.is_some())
        })
        .count()
}

/// What comparing the quarter with the previous one and with the register
/// gave; each part is absent when there was nothing to compare with.
#[derive(Debug, Default)]
pub struct Compared {
    pub mutaties: Option<Mutaties>,
    pub planning: Option<Planning>,
    pub afstemming: Option<Afstemming>,
    pub kwaliteit: Option<Kwaliteit>,
}

impl Cijfers {
    /// Counts a quarter, once, with everything the figures document reports:
    /// its findings (those of history and reconciliation included), the
    /// changes since the previous quarter, the planning measured against it,
    /// the path to the deadline, the reconciliation and the quality of the
    /// register's descriptions.
    pub fn build(
        batch: &Batch,
        organisaties: &OrganisatieLijst,
        deadlines: Deadlines,
        accept_errors: bool,
        compared: Compared,
    ) -> Result<Cijfers> {
        let Compared {
            mutaties,
            planning,
            afstemming,
            kwaliteit,
        } = compared;
        let submissions: HashMap<&str, &Submission> =
            batch.submissions.iter().map(|s| (s.organisatie.as_str(), s)).collect();
        let mut orgs: Vec<OrganisatieStatus> = organisaties
            .alle
            .iter()
            .map(|o| {
                let sub = submissions.get(o.code.as_str()).copied();
                OrganisatieStatus {
                    code: o.code.clone(),
                    naam: o.naam.clone(),
                    naam_in_zin: o.naam_in_zin.clone(),
                    ministerie: o.ministerie.clone(),
                    toezichthouder: o.toezichthouder,
                    ingeleverd: sub.is_some_and(|s| s.overgenomen_uit.is_none()),
                    overgenomen_uit: sub.and_then(|s| s.overgenomen_uit),
                    bestand: sub.map(|s| s.bestand.clone()),
                    fase: sub.and_then(|s| s.fase),
                    peildatum: sub.and_then(|s| s.peildatum),
                }
            })
            .collect();
        orgs.sort_by(|a, b| {
            (a.toezichthouder, &a.ministerie, &a.code).cmp(&(b.toezichthouder, &b.ministerie, &b.code))
        });
        let participants: Vec<Participant> = orgs
            .iter()
            .filter(|o| o.telt_mee())
            .map(|o| Participant {
                code: &o.code,
                ministerie: &o.ministerie,
                toezichthouder: o.toezichthouder,
                overgenomen_uit: o.overgenomen_uit,
            })
            .collect();
        let (cijfers, totalen) = aggregate::cijfers(&batch.rows, &participants, batch.quarter, deadlines)?;
        let tally = BevindingTelling::of(&batch.findings);
        let rijen = RijTelling {
            gelezen: batch.rows_read,
            geteld: batch.rows.len(),
            uitgesloten: batch.excluded.len(),
            overgenomen: carried_rows(batch, &submissions),
        };
        anyhow::ensure!(
            rijen.gelezen == rijen.geteld + rijen.uitgesloten,
            "interne fout: {} rijen gelezen, maar {} geteld en {} uitgesloten",
            rijen.gelezen,
            rijen.geteld,
            rijen.uitgesloten
        );
        let peildatum = batch.peildatum();
        let prognose = {
            let mut groups: Vec<&Groep> = totalen.iter().map(|t| &t.groep).collect();
            groups.dedup();
            let total = |groep: &Groep, scope: Scope, maat: Maat| {
                totalen
                    .iter()
                    .find(|t| t.groep == *groep && t.categorie == scope && t.maat == maat)
                    .map_or(0, |t| t.aantal)
            };
            prognose::build(&batch.rows, &groups, total, peildatum, deadlines, planning.as_ref())
        };
        Ok(Cijfers {
            kwartaal: batch.quarter,
            peildatum,
            classificatie: "Intern",
            voorlopig: accept_errors && tally.fout > 0,
            deadline: deadlines,
            rijen,
            bevindingen_telling: tally,
            organisaties: orgs,
            cijfers,
            totalen,
            bevindingen: batch.findings.clone(),
            uitgesloten_rijen: batch.excluded.clone(),
            afstemming,
            kwaliteit,
            mutaties,
            prognose,
            planning,
            per_org: OnceLock::new(),
        })
    }

    /// A total, or 0 when the group is absent.
    pub fn total(&self, groep: &Groep, scope: Scope, maat: Maat) -> u32 {
        self.totalen
            .iter()
            .find(|t| t.groep == *groep && t.categorie == scope && t.maat == maat)
            .map_or(0, |t| t.aantal)
    }

    /// One organisation's figure for a category, or for all three.
    pub fn org_figure(&self, code: &str, scope: Scope, maat: Maat) -> u32 {
        let per_org = self.per_org.get_or_init(|| {
            let mut m: HashMap<Arc<str>, [[u32; Maat::COUNT]; 4]> = HashMap::new();
            for c in &self.cijfers {
                let sums = m.entry(c.organisatie.clone()).or_default();
                sums[Scope::Category(c.categorie).index()][c.maat.index()] += c.aantal;
                sums[Scope::Alle.index()][c.maat.index()] += c.aantal;
            }
            m
        });
        per_org.get(code).map_or(0, |sums| sums[scope.index()][maat.index()])
    }

    /// The groups with totals, in the order of the tables.
    pub fn groups(&self) -> Vec<&Groep> {
        let mut groups: Vec<&Groep> = self.totalen.iter().map(|t| &t.groep).collect();
        groups.dedup();
        groups
    }

    pub fn to_json(&self) -> Result<Vec<u8>> {
        let mut v = serde_json::to_vec_pretty(self)?;
        v.push(b'\n');
        Ok(v)
    }
}
