//! Validate: the contract's rules, from read sheets to counted rows and findings.
//!
//! Cell-level problems were found during ingest. Here come the rules that
//! need more than one cell: which organisation a sheet is, whether it is for
//! this quarter, what is required given the status, duplicate IDs, and which
//! organisations sent nothing. Every row read ends up either counted or
//! excluded with its reason: nothing is dropped.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::findings::{Code, Finding, Findings, Location};
use crate::ingest::{AlgoRow, Field, FileRead, StatusSheet, Val};
use crate::model::{Category, Exception, Phase, Quarter, Status, YesNo};
use crate::registry::{Organisation, Registry, same_ministry};
use crate::text::{cell_ref, dutch_date, key};

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
pub struct ExcludedRow {
    pub bestand: String,
    pub blad: String,
    pub rij: u32,
    pub reden: String,
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
    pub excluded: Vec<ExcludedRow>,
    pub findings: Vec<Finding>,
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
pub fn validate(reads: Vec<FileRead>, registry: &Registry, quarter: Quarter, folder_shown: &str) -> Batch {
    let mut v = Validator::new(registry, quarter);
    for read in reads {
        v.add(read);
    }
    v.finish(folder_shown)
}

/// Validates the sheets one by one, in the order they are added, so that a
/// batch is never held in memory whole: each read is dropped once its rows
/// are counted. `validate` does the same for a list.
pub struct Validator<'r> {
    registry: &'r Registry,
    batch: Batch,
    /// Organisation code to the file its accepted sheet came from.
    seen: HashMap<String, String>,
}

impl<'r> Validator<'r> {
    pub fn new(registry: &'r Registry, quarter: Quarter) -> Self {
        Validator {
            registry,
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
        let quarter = self.batch.quarter;
        let batch = &mut self.batch;
        batch.rows_read += read.rows_read;
        batch.findings.extend(read.findings);
        let Some(sheet) = read.sheet else { return };
        let mut out = Findings::default();
        match accept_sheet(&read.file, &sheet, self.registry, quarter, &self.seen, &mut out) {
            Ok((org, peildatum)) => {
                self.seen.insert(org.code.clone(), read.file.clone());
                batch.submissions.push(Submission {
                    organisatie: org.code.clone(),
                    overgenomen_uit: None,
                    bestand: read.file.clone(),
                    peildatum,
                    fase: sheet.header.fase.val.get(),
                });
                let limit = peildatum.unwrap_or_else(|| quarter.last_day());
                check_rows(&read.file, sheet, org, limit, batch, &mut out);
            }
            Err(reason) => {
                for r in &sheet.rows {
                    batch.excluded.push(ExcludedRow {
                        bestand: read.file.clone(),
                        blad: sheet.alg_sheet.clone(),
                        rij: r.row + 1,
                        reden: reason.clone(),
                    });
                }
            }
        }
        batch.findings.extend(out.0);
    }

    /// The batch, with a warning for each organisation that sent nothing.
    pub fn finish(mut self, folder_shown: &str) -> Batch {
        let quarter = self.batch.quarter;
        for org in &self.registry.organisations {
            if !self.seen.contains_key(&org.code) {
                self.batch.findings.push(Finding::new(
                    crate::findings::Severity::Waarschuwing,
                    Code::BladNietIngeleverd,
                    Location::file(folder_shown),
                    format!(
                        "Van {} ({}) is geen statusoverzicht voor {quarter} ontvangen.",
                        org.naam, org.code
                    ),
                ));
            }
        }
        self.batch
    }
}

/// The file-level rules. `Err` holds why none of the sheet's rows count.
fn accept_sheet<'r>(
    file: &str,
    sheet: &StatusSheet,
    registry: &'r Registry,
    quarter: Quarter,
    seen: &HashMap<String, String>,
    out: &mut Findings,
) -> Result<(&'r Organisation, Option<NaiveDate>), String> {
    let h = &sheet.header;
    let org_loc = Location::file(file).sheet(&sheet.org_sheet);
    let missing = |out: &mut Findings, at: &Option<Location>, label: &str| {
        out.fout(
            Code::LabelOntbreekt,
            at.clone().unwrap_or_else(|| org_loc.clone()),
            match at {
                Some(_) => format!("Bij {label} is niets ingevuld."),
                None => format!(
                    "Het label {label} ontbreekt in kolom A (rij 1 tot en met {}).",
                    crate::ingest::sheet::LABEL_ROWS
                ),
            },
        );
    };
    for (label, val, at) in [
        ("Organisatie", h.organisatie.val.is_empty(), &h.organisatie.at),
        ("Ministerie", h.ministerie.val.is_empty(), &h.ministerie.at),
    ] {
        if val {
            missing(out, at, label);
        }
    }
    if h.fase.val.is_empty() {
        missing(out, &h.fase.at, "Fase");
    }
    let n = sheet.rows.len();
    let org = match &h.code.val {
        Val::Ok(code) => match registry.find(code) {
            Some(org) => org,
            None => {
                out.fout(
                    Code::OrganisatieOnbekend,
                    h.code.at.clone().unwrap_or(org_loc),
                    format!(
                        "De code {code} staat niet in organisaties.csv. De {n} rijen van dit blad tellen niet mee."
                    ),
                );
                return Err(format!("organisatiecode {code} onbekend"));
            }
        },
        Val::Empty => {
            missing(out, &h.code.at, "Code");
            return Err("organisatiecode ontbreekt".into());
        }
        Val::Bad => return Err("organisatiecode niet te lezen".into()),
    };
    if let Some(first) = seen.get(&org.code) {
        out.fout(
            Code::DubbelBlad,
            Location::file(file),
            format!(
                "Voor {} is er al een statusoverzicht: {first}. Dit tweede bestand telt niet mee ({n} rijen).",
                org.naam
            ),
        );
        return Err(format!("tweede statusoverzicht voor {}", org.code));
    }
    if let (Val::Ok(typed), Some(at)) = (&h.ministerie.val, &h.ministerie.at)
        && !same_ministry(typed, &org.ministerie)
    {
        out.fout(
            Code::MinisterieKloptNiet,
            at.clone(),
            format!(
                "Hier staat ministerie {typed}, maar volgens organisaties.csv hoort {} bij {}.",
                org.naam, org.ministerie
            ),
        );
    }
    match (&h.kwartaal.val, &h.kwartaal.at) {
        (Val::Ok(q), Some(at)) if *q != quarter => {
            out.fout(
                Code::KwartaalKloptNiet,
                at.clone(),
                format!("Dit blad is voor {q}, maar het staat in de map van {quarter}. De {n} rijen tellen niet mee."),
            );
            return Err(format!("blad is voor {q}"));
        }
        (Val::Empty, at) => missing(out, at, "Kwartaal"),
        _ => {}
    }
    let peildatum = match (&h.peildatum.val, &h.peildatum.at) {
        (Val::Ok(d), Some(at)) if !quarter.contains(*d) => {
            out.fout(
                Code::PeildatumBuitenKwartaal,
                at.clone(),
                format!(
                    "De peildatum {} valt niet in {quarter} ({} tot en met {}).",
                    dutch_date(*d),
                    dutch_date(quarter.first_day()),
                    dutch_date(quarter.last_day())
                ),
            );
            None
        }
        (Val::Ok(d), _) => Some(*d),
        (Val::Empty, at) => {
            missing(out, at, "Peildatum");
            None
        }
        (Val::Bad, _) => None,
    };
    Ok((org, peildatum))
}

/// The row-level rules; counted rows and excluded rows go into `batch`.
fn check_rows(
    file: &str,
    mut sheet: StatusSheet,
    org: &Organisation,
    peildatum: NaiveDate,
    batch: &mut Batch,
    out: &mut Findings,
) {
    // The rows are moved into the counted rows, not copied.
    let rows = std::mem::take(&mut sheet.rows);
    let sheet = &sheet;
    let (organisatie, ministerie): (Arc<str>, Arc<str>) = (org.code.as_str().into(), org.ministerie.as_str().into());
    let (bestand, blad): (Arc<str>, Arc<str>) = (file.into(), sheet.alg_sheet.as_str().into());
    let kolommen = Arc::new(sheet.columns.clone());
    let at = Location::file(file).sheet(&sheet.alg_sheet);
    let cell = |r: &AlgoRow, f: Field| {
        sheet
            .columns
            .get(f)
            .map_or_else(|| at.clone(), |c| at.cell(cell_ref(r.row, c)))
    };
    let has_column = |f: Field| sheet.columns.get(f).is_some();
    let mut first_row_of_id: BTreeMap<String, u32> = BTreeMap::new();
    for row in rows {
        let r = &row;
        let excluded = |reden: String| ExcludedRow {
            bestand: file.to_owned(),
            blad: sheet.alg_sheet.clone(),
            rij: r.row + 1,
            reden,
        };
        let require = |out: &mut Findings, f: Field, empty: bool, message: &str| {
            if empty && has_column(f) {
                out.fout(Code::WaardeOntbreekt, cell(r, f), message.to_owned());
            }
        };
        require(
            out,
            Field::Id,
            r.id.is_empty(),
            "Het ID ontbreekt. Geef elk algoritme een eigen ID.",
        );
        if !r.shielded {
            require(
                out,
                Field::Naam,
                r.naam.is_empty(),
                "De naam van het algoritme ontbreekt.",
            );
        }
        require(
            out,
            Field::Categorie,
            r.categorie.is_empty(),
            "De categorie ontbreekt. Kies A, B of C. Deze rij telt niet mee.",
        );
        require(
            out,
            Field::Status,
            r.status.is_empty(),
            "De status ontbreekt. Deze rij telt niet mee.",
        );
        let (Some(categorie), Some(status)) = (r.categorie.get(), r.status.get()) else {
            let what = if r.categorie.get().is_none() {
                "categorie"
            } else {
                "status"
            };
            batch
                .excluded
                .push(excluded(format!("{what} ontbreekt of is niet te lezen")));
            continue;
        };
        if let Val::Ok(id) = &r.id {
            let k = key(id);
            if let Some(first) = first_row_of_id.get(&k) {
                let shown = if r.shielded {
                    "Dit ID".to_owned()
                } else {
                    format!("Het ID {id}")
                };
                out.fout(
                    Code::IdDubbel,
                    cell(r, Field::Id),
                    format!(
                        "{shown} staat ook in rij {first}. Elk algoritme heeft een eigen ID. Deze rij telt niet mee."
                    ),
                );
                batch.excluded.push(excluded("dubbel ID".into()));
                continue;
            }
            first_row_of_id.insert(k, r.row + 1);
        }
        let uitzondering = r.uitzondering.get().unwrap_or(Exception::None);
        let published = status == Status::Published;
        let full = uitzondering == Exception::Full;
        if published && full {
            out.fout(Code::VolledigGepubliceerd, cell(r, Field::Uitzondering), "Een algoritme met uitzondering volledig wordt niet gepubliceerd, maar de status is gepubliceerd. Een van beide klopt niet.");
        }
        if published {
            require(
                out,
                Field::Publicatiedatum,
                r.publicatiedatum.is_empty(),
                "De status is gepubliceerd, maar de publicatiedatum ontbreekt.",
            );
            if r.algoritme_id.is_empty() && has_column(Field::AlgoritmeId) && !full {
                out.fout(
                    Code::AlgoritmeIdOntbreekt,
                    cell(r, Field::AlgoritmeId),
                    "De status is gepubliceerd, maar het Algoritme-ID uit het register ontbreekt.",
                );
            }
            if let Some(d) = r.publicatiedatum.get().filter(|d| *d > peildatum) {
                out.fout(
                    Code::PublicatieNaPeildatum,
                    cell(r, Field::Publicatiedatum),
                    format!(
                        "De publicatiedatum {} ligt na de peildatum {}.",
                        dutch_date(d),
                        dutch_date(peildatum)
                    ),
                );
            }
        }
        let needs_plan = categorie.mandatory() && !published && status != Status::Withdrawn && !full;
        if needs_plan && r.gepland.is_empty() {
            out.waarschuwing(Code::PlanningOntbreekt, cell(r, Field::GeplandePublicatie), format!("Dit algoritme (categorie {categorie}) is nog niet gepubliceerd en heeft geen geplande publicatiedatum."));
        }
        let owned = |v: Val<String>| match v {
            Val::Ok(s) => Some(s),
            _ => None,
        };
        batch.rows.push(CountedRow {
            organisatie: organisatie.clone(),
            ministerie: ministerie.clone(),
            toezichthouder: org.toezichthouder,
            bestand: bestand.clone(),
            blad: blad.clone(),
            rij: row.row + 1,
            categorie,
            status,
            risicoselectie: row.risicoselectie.get() == Some(YesNo::Yes),
            uitzondering,
            geplande_publicatie: row.gepland.get(),
            publicatiedatum: row.publicatiedatum.get(),
            kolommen: kolommen.clone(),
            naam: if row.shielded { None } else { owned(row.naam) },
            id: owned(row.id),
            algoritme_id: owned(row.algoritme_id),
            toelichting: row.toelichting,
        });
    }
}
