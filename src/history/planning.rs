//! Planning reliability: of the mandatory rows that the previous sheet
//! planned on or before the end of this quarter, how many are published now;
//! per organisation and per group. And the Kamer's two rules on the same
//! matched rows: a new high-risk (A) algorithm goes into the register
//! directly, and a plan does not slip past the deadline.

use std::collections::BTreeMap;

use serde::Serialize;

use super::changes::{called, warn};
use super::koppeling::Koppeling;
use crate::bevinding::{Code, StageOutput};
use crate::ingest::Field;
use crate::maat::{Doelen, Groep};
use crate::model::{Category, Exception, Quarter, Status};
use crate::organisaties::OrganisatieLijst;
use crate::text::dutch_date;
use crate::validate::{Batch, CountedRow};

/// Rows that were due by the end of this quarter, and what became of them.
/// `gepland` >= `gehaald + verschoven + zonder_datum`: a due row may also
/// have become `vervallen`, category C, or be overdue with the same date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct PlanningTelling {
    /// In the previous sheet not yet published, planned on or before the last day of this quarter.
    pub gepland: u32,
    /// Of `gepland`: published in this quarter's sheet.
    pub gehaald: u32,
    /// Of `gepland`: still not published, planned later than before.
    pub verschoven: u32,
    /// Of `gepland`: still not published, with no planned date now.
    pub zonder_datum: u32,
    /// `gehaald / gepland`; absent (null) when nothing was due.
    pub betrouwbaarheid: Option<f64>,
}

impl PlanningTelling {
    fn add(&mut self, other: &PlanningTelling) {
        self.gepland += other.gepland;
        self.gehaald += other.gehaald;
        self.verschoven += other.verschoven;
        self.zonder_datum += other.zonder_datum;
    }

    fn with_betrouwbaarheid(mut self) -> Self {
        self.betrouwbaarheid = (self.gepland > 0).then(|| f64::from(self.gehaald) / f64::from(self.gepland));
        self
    }

    /// `n x gehaald / gepland`, rounded down; `None` when nothing was due.
    pub fn expected_of(&self, n: u32) -> Option<u32> {
        let expected = u64::from(n) * u64::from(self.gehaald) / u64::from(self.gepland).max(1);
        (self.gepland > 0).then(|| u32::try_from(expected).unwrap_or(n))
    }
}

/// One compared organisation: its planning and its warnings under the Kamer's rules.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrgPlanning {
    pub organisatie: String,
    #[serde(flatten)]
    pub telling: PlanningTelling,
    /// New category A rows not published (`hoog-risico-niet-direct`).
    pub hoog_risico_niet_direct: u32,
    /// Rows planned on or before the deadline before, after it now (`na-deadline-gepland`).
    pub na_deadline_gepland: u32,
}

/// A group's planning: the sum over its compared organisations.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroepPlanning {
    pub groep: Groep,
    #[serde(flatten)]
    pub telling: PlanningTelling,
}

/// The `planning` section: this quarter measured against the previous sheet's plans.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Planning {
    pub vorig_kwartaal: Quarter,
    /// Per compared organisation (a sheet of its own in both quarters), in the order of organisaties.csv.
    pub per_organisatie: Vec<OrgPlanning>,
    /// Per ministry, `Totaal` (the ministries) and `Toezichthouders`, as the totals.
    pub per_groep: Vec<GroepPlanning>,
}

impl Planning {
    /// A group's planning; an empty one when none of its organisations was compared.
    pub fn groep(&self, groep: &Groep) -> PlanningTelling {
        self.per_groep
            .iter()
            .find(|g| g.groep == *groep)
            .map_or_else(PlanningTelling::default, |g| g.telling)
    }
}

/// Must be published, and is not yet: category A or B, not `vervallen`, not `volledig`.
fn open(r: &CountedRow) -> bool {
    r.categorie.mandatory()
        && r.uitzondering != Exception::Full
        && !matches!(r.status, Status::Published | Status::Withdrawn)
}

/// Measures the plans of the earlier quarter in `prev` against `cur`, and
/// applies the Kamer's rules to the rows that are new or moved.
pub fn planning(
    prev: &Batch,
    cur: &Batch,
    k: &Koppeling,
    organisaties: &OrganisatieLijst,
    doelen: &Doelen,
) -> StageOutput<Planning> {
    let q = prev.quarter;
    let due_by = cur.quarter.last_day();
    let mut per: BTreeMap<&str, OrgPlanning> = k
        .vergeleken
        .iter()
        .map(|code| {
            let org = OrgPlanning {
                organisatie: code.clone(),
                telling: PlanningTelling::default(),
                hoog_risico_niet_direct: 0,
                na_deadline_gepland: 0,
            };
            (code.as_str(), org)
        })
        .collect();
    let mut out = Vec::new();
    for (key, &j) in &k.before {
        let p = &prev.rows[j];
        let Some(was) = p.geplande_publicatie.filter(|d| open(p) && *d <= due_by) else {
            continue;
        };
        let Some(org) = per.get_mut(key.0.as_str()) else {
            continue;
        };
        let t = &mut org.telling;
        t.gepland += 1;
        let Some(r) = k.now.get(key).map(|&i| &cur.rows[i]) else {
            continue;
        };
        match (r.status, r.geplande_publicatie) {
            (Status::Published, _) => t.gehaald += 1,
            (Status::Withdrawn, _) => {}
            (_, None) => t.zonder_datum += 1,
            (_, Some(is)) if is > was => t.verschoven += 1,
            _ => {}
        }
    }
    for (key, &i) in &k.now {
        let r = &cur.rows[i];
        let Some(org) = per.get_mut(key.0.as_str()) else {
            continue;
        };
        if !open(r) {
            continue;
        }
        let p = k.before.get(key).map(|&j| &prev.rows[j]);
        // A row that did not count in the earlier quarter (an error there) is not compared: not new.
        if r.categorie == Category::A && p.is_none_or(|p| p.categorie != Category::A) && !k.excluded_before(key) {
            org.hoog_risico_niet_direct += 1;
            let how = match p {
                None => format!("staat sinds {} in het overzicht", cur.quarter),
                Some(p) => format!("is sinds {} categorie A (was {})", cur.quarter, p.categorie),
            };
            warn(
                &mut out,
                r,
                Code::HoogRisicoNietDirect,
                r.cell(Field::Status),
                format!(
                    "{} {how}, maar is nog niet gepubliceerd. Een nieuw algoritme met hoog risico hoort direct in het Algoritmeregister (motie Dekker-Abdulaziz).",
                    called(r)
                ),
            );
        }
        let end = doelen.of(&r.ministerie, r.toezichthouder).of(r.categorie);
        if let (Some(p), Some(is)) = (p, r.geplande_publicatie)
            && let Some(was) = p.geplande_publicatie.filter(|d| open(p) && *d <= end)
            && is > end
        {
            org.na_deadline_gepland += 1;
            warn(
                &mut out,
                r,
                Code::NaDeadlineGepland,
                r.cell(Field::GeplandePublicatie),
                format!(
                    "{} stond in {q} gepland op {}, op tijd voor de deadline van {}. Nu staat het gepland op {}: na de deadline.",
                    called(r),
                    dutch_date(was),
                    dutch_date(end),
                    dutch_date(is)
                ),
            );
        }
    }
    let mut per_organisatie = Vec::with_capacity(per.len());
    let mut groups: BTreeMap<Groep, PlanningTelling> = BTreeMap::new();
    for o in &organisaties.alle {
        let Some(mut org) = per.remove(o.code.as_str()) else {
            continue;
        };
        let own = if o.toezichthouder {
            Groep::Toezichthouders
        } else {
            Groep::Ministerie(o.ministerie.clone())
        };
        let all = (!o.toezichthouder).then_some(Groep::Totaal);
        for groep in std::iter::once(own).chain(all) {
            groups.entry(groep).or_default().add(&org.telling);
        }
        org.telling = org.telling.with_betrouwbaarheid();
        per_organisatie.push(org);
    }
    let per_groep = groups
        .into_iter()
        .map(|(groep, t)| GroepPlanning {
            groep,
            telling: t.with_betrouwbaarheid(),
        })
        .collect();
    let planning = Planning {
        vorig_kwartaal: q,
        per_organisatie,
        per_groep,
    };
    StageOutput::new(planning, out)
}
