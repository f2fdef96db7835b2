//! The figures document (`cijfers-<kwartaal>.json`): what a quarter's run
//! found, in one serde struct that the Excel and PDF stages also read.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use crate::aggregate::{self, Cijfer, Telling, Totaal};
use crate::bevinding::{Bevinding, BevindingTelling};
use crate::config::BatchConfig;
use crate::history::{Mutaties, Planning};
use crate::kwaliteit::Kwaliteit;
use crate::maat::{Deadlines, Doelen, Groep, Maat, Scope};
use crate::model::{Category, Phase, Quarter};
use crate::organisaties::OrganisatieLijst;
use crate::prognose::{GroepAchterstand, OrgAchterstand, Prognose, Vooruitzicht};
use crate::reconcile::Afstemming;
use crate::validate::{Batch, Submission, UitgeslotenRij};

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
    /// The Kamer's deadlines (`--deadline-a/-b`): those of `Totaal` and `Toezichthouders`.
    pub deadline: Deadlines,
    /// Per ministry, the deadlines its rows are judged against: its own
    /// (`doelen.csv`) or the Kamer's.
    pub deadlines: BTreeMap<String, Deadlines>,
    /// From this date a high-risk AI system belongs in the EU database
    /// (`--deadline-eu`): the date the AI Act's figures and warnings use.
    pub deadline_eu: NaiveDate,
    pub rijen: RijTelling,
    pub bevindingen_telling: BevindingTelling,
    pub organisaties: Vec<OrganisatieStatus>,
    /// Per organisation, category and maat: one figure each (the JSON's `cijfers`).
    #[serde(rename = "cijfers")]
    pub per_organisatie: Vec<Cijfer>,
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
    /// Per group, for A, B and the two together: the planned path and, before the deadline, the expectation.
    pub prognose: Vec<Prognose>,
    /// Per group, for each of A, B and AB whose deadline is before the peildatum: the backlog.
    pub achterstand: Vec<GroepAchterstand>,
    /// Per organisation, for each of A, B and AB past its deadline: the backlog.
    pub achterstand_per_organisatie: Vec<OrgAchterstand>,
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

/// The quarter counted (aggregate), its outlook (prognose), and the
/// deadlines it was judged against.
#[derive(Debug, Clone, Default)]
pub struct Counts {
    pub telling: Telling,
    pub vooruitzicht: Vooruitzicht,
    pub doelen: Doelen,
}

/// The quarter compared with the previous one and with the register; each
/// part is absent when there was nothing to compare with.
#[derive(Debug, Default)]
pub struct Comparisons {
    pub mutaties: Option<Mutaties>,
    pub planning: Option<Planning>,
    pub afstemming: Option<Afstemming>,
    pub kwaliteit: Option<Kwaliteit>,
}

impl Cijfers {
    /// Builds the figures document of a quarter, once, with everything it
    /// reports: its findings (every stage's, merged and sorted once by the
    /// pipeline), the counts and the outlook, the changes since the previous
    /// quarter, the planning measured against it, the reconciliation and the
    /// quality of the register's descriptions.
    pub fn build(
        batch: &Batch,
        organisaties: &OrganisatieLijst,
        config: &BatchConfig,
        bevindingen: Vec<Bevinding>,
        counts: Counts,
        comparisons: Comparisons,
    ) -> Result<Cijfers> {
        let Counts {
            telling,
            vooruitzicht,
            doelen,
        } = counts;
        let Comparisons {
            mutaties,
            planning,
            afstemming,
            kwaliteit,
        } = comparisons;
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
        let deadlines = orgs
            .iter()
            .filter(|o| !o.toezichthouder)
            .map(|o| (o.ministerie.clone(), doelen.ministerie(&o.ministerie)))
            .collect();
        let tally = BevindingTelling::of(&bevindingen);
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
        // The answers on the AI Act add up to the high-risk AI systems counted.
        let totaal = |t: &Totaal, scope: Scope, maat: Maat| aggregate::total(&telling.totalen, &t.groep, scope, maat);
        for t in telling.totalen.iter().filter(|t| t.maat == Maat::Geinventariseerd) {
            let hoog_risico = match t.categorie {
                Scope::Category(Category::A) | Scope::Alle => totaal(t, Scope::Category(Category::A), t.maat),
                Scope::Category(_) => 0,
            };
            for deel in [Maat::EU, Maat::GRONDRECHTENTOETS] {
                let som: u32 = deel.iter().map(|m| totaal(t, t.categorie, *m)).sum();
                anyhow::ensure!(
                    som == hoog_risico,
                    "interne fout: bij {} tellen de antwoorden over de AI-verordening op tot {som}, niet tot de {hoog_risico} hoog-risico-AI-systemen",
                    t.groep
                );
            }
        }
        Ok(Cijfers {
            kwartaal: batch.quarter,
            peildatum: batch.peildatum(),
            classificatie: "Intern",
            voorlopig: config.accept_errors && tally.fout > 0,
            deadline: doelen.kamer,
            deadlines,
            deadline_eu: config.deadline_eu,
            rijen,
            bevindingen_telling: tally,
            organisaties: orgs,
            per_organisatie: telling.cijfers,
            totalen: telling.totalen,
            bevindingen,
            uitgesloten_rijen: batch.excluded.clone(),
            afstemming,
            kwaliteit,
            mutaties,
            prognose: vooruitzicht.prognose,
            achterstand: vooruitzicht.achterstand,
            achterstand_per_organisatie: vooruitzicht.achterstand_per_organisatie,
            planning,
            per_org: OnceLock::new(),
        })
    }

    /// A total, or 0 when the group is absent.
    pub fn total(&self, groep: &Groep, scope: Scope, maat: Maat) -> u32 {
        aggregate::total(&self.totalen, groep, scope, maat)
    }

    /// One organisation's figure for a category, or for all three.
    pub fn org_figure(&self, code: &str, scope: Scope, maat: Maat) -> u32 {
        let per_org = self.per_org.get_or_init(|| {
            let mut m: HashMap<Arc<str>, [[u32; Maat::COUNT]; 4]> = HashMap::new();
            for c in &self.per_organisatie {
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
        aggregate::groups(&self.totalen)
    }

    /// The deadlines a group's own figures are measured against.
    pub fn deadlines_of(&self, groep: &Groep) -> Deadlines {
        match groep {
            Groep::Ministerie(m) => self.deadlines.get(m).copied().unwrap_or(self.deadline),
            Groep::Totaal | Groep::Toezichthouders => self.deadline,
        }
    }

    /// A group's backlog for one `Plicht`, when its deadline is past.
    pub fn achterstand_of(&self, groep: &Groep, deel: crate::maat::Plicht) -> Option<&GroepAchterstand> {
        self.achterstand
            .iter()
            .find(|a| a.groep == *groep && a.categorie == deel)
    }

    pub fn to_json(&self) -> Result<Vec<u8>> {
        let mut v = serde_json::to_vec_pretty(self)?;
        v.push(b'\n');
        Ok(v)
    }
}
