//! Aggregate: counted rows to the quarterly figures. Polars stays inside this
//! module; what comes out are plain serde structs.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use polars::prelude::*;
use serde::Serialize;

use crate::maat::{Doelen, Groep, Maat, Scope};
use crate::model::{Category, EuDatabank, Exception, Grondrechtentoets, Quarter, Status};
use crate::organisaties::OrganisatieLijst;
use crate::validate::{Batch, CountedRow};

/// One figure: an organisation's count for one category and one maat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cijfer {
    pub kwartaal: Quarter,
    pub ministerie: Arc<str>,
    pub organisatie: Arc<str>,
    pub toezichthouder: bool,
    pub categorie: Category,
    pub maat: Maat,
    pub aantal: u32,
    /// With `--carry-forward`: the figure comes from this earlier quarter's sheet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overgenomen_uit: Option<Quarter>,
}

/// A total over a group of organisations: a ministry (`JenV`), all ministries
/// together (`Totaal`), or the independent supervisors (`Toezichthouders`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Totaal {
    pub groep: Groep,
    pub categorie: Scope,
    pub maat: Maat,
    pub aantal: u32,
}

/// An organisation that takes part in the figures (it sent a sheet).
struct Participant<'a> {
    code: &'a str,
    ministerie: &'a str,
    toezichthouder: bool,
    overgenomen_uit: Option<Quarter>,
    /// Its deadline per category (A, B, C): its ministry's own or the Kamer's.
    deadline: [i32; 3],
}

/// A quarter counted: per organisation and per group.
#[derive(Debug, Clone, Default)]
pub struct Telling {
    /// Per organisation, category and maat, in the order of the organisations
    /// (supervisors last, then by ministry and code).
    pub cijfers: Vec<Cijfer>,
    /// Per group, scope and maat; groups in their order (`Groep`'s).
    pub totalen: Vec<Totaal>,
}

/// A total of `totalen`, or 0 when the group is absent: the one lookup every
/// stage after this one uses.
pub fn total(totalen: &[Totaal], groep: &Groep, scope: Scope, maat: Maat) -> u32 {
    totalen
        .iter()
        .find(|t| t.groep == *groep && t.categorie == scope && t.maat == maat)
        .map_or(0, |t| t.aantal)
}

/// The groups with totals, in the order of the tables.
pub fn groups(totalen: &[Totaal]) -> Vec<&Groep> {
    let mut groups: Vec<&Groep> = totalen.iter().map(|t| &t.groep).collect();
    groups.dedup();
    groups
}

impl Telling {
    pub fn total(&self, groep: &Groep, scope: Scope, maat: Maat) -> u32 {
        total(&self.totalen, groep, scope, maat)
    }

    pub fn groups(&self) -> Vec<&Groep> {
        groups(&self.totalen)
    }
}

/// The previous quarter's figures as the reports compare them: what was
/// published and what remained, in all and per organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vorig {
    pub kwartaal: Quarter,
    /// The ministries together (`Totaal`), all categories: `gepubliceerd`.
    pub gepubliceerd: u32,
    /// The ministries together (`Totaal`), all categories: `resterend`.
    pub resterend: u32,
    /// Per organisation code: `gepubliceerd` and `resterend`, all categories.
    pub per_organisatie: BTreeMap<Arc<str>, (u32, u32)>,
}

impl Vorig {
    /// An organisation's `gepubliceerd` and `resterend`; zeros when it had no sheet.
    pub fn organisatie(&self, code: &str) -> (u32, u32) {
        self.per_organisatie.get(code).copied().unwrap_or_default()
    }
}

/// Counts the previous quarter's batch and keeps what the comparison needs.
pub fn vorig(batch: &Batch, organisaties: &OrganisatieLijst, doelen: &Doelen) -> Result<Vorig> {
    let t = count(batch, organisaties, doelen)?;
    let mut per_organisatie: BTreeMap<Arc<str>, (u32, u32)> = BTreeMap::new();
    for c in &t.cijfers {
        let e = per_organisatie.entry(c.organisatie.clone()).or_default();
        match c.maat {
            Maat::Gepubliceerd => e.0 += c.aantal,
            Maat::Resterend => e.1 += c.aantal,
            _ => {}
        }
    }
    Ok(Vorig {
        kwartaal: batch.quarter,
        gepubliceerd: t.total(&Groep::Totaal, Scope::Alle, Maat::Gepubliceerd),
        resterend: t.total(&Groep::Totaal, Scope::Alle, Maat::Resterend),
        per_organisatie,
    })
}

/// Counts a quarter's batch: the organisations of `organisaties` that sent a
/// sheet (or had one carried forward), each row judged against its
/// ministry's deadline in `doelen`.
pub fn count(batch: &Batch, organisaties: &OrganisatieLijst, doelen: &Doelen) -> Result<Telling> {
    let sent: HashMap<&str, Option<Quarter>> = batch
        .submissions
        .iter()
        .map(|s| (s.organisatie.as_str(), s.overgenomen_uit))
        .collect();
    let mut participants: Vec<Participant> = organisaties
        .alle
        .iter()
        .filter_map(|o| {
            let overgenomen_uit = *sent.get(o.code.as_str())?;
            let d = doelen.of(&o.ministerie, o.toezichthouder);
            Some(Participant {
                code: &o.code,
                ministerie: &o.ministerie,
                toezichthouder: o.toezichthouder,
                overgenomen_uit,
                deadline: [Category::A, Category::B, Category::C].map(|c| days(d.of(c))),
            })
        })
        .collect();
    participants
        .sort_by(|a, b| (a.toezichthouder, a.ministerie, a.code).cmp(&(b.toezichthouder, b.ministerie, b.code)));
    let (cijfers, totalen) = cijfers(&batch.rows, &participants, batch.quarter)?;
    Ok(Telling { cijfers, totalen })
}

/// Days since 1970-01-01, as polars counts dates.
fn days(d: NaiveDate) -> i32 {
    const DAYS_FROM_CE_TO_1970: i32 = 719_163;
    d.num_days_from_ce() - DAYS_FROM_CE_TO_1970
}

/// The maat columns as polars expressions over one row per algorithm: true
/// when the row counts for the maat. They are made for all rows at once and
/// only then summed per group (the sum of a true/false column is its number
/// of trues); evaluated inside the groups, polars took as long as reading the
/// sheets. As true/false they take a bit a row, where numbers took 32.
fn maat_exprs(quarter: Quarter) -> Vec<Expr> {
    let code = |name: &str, v: u32| col(name).eq(lit(v));
    let status = |s: Status| code("status", s as u32);
    let uitz = |e: Exception| code("uitzondering", e as u32);
    let active = status(Status::Withdrawn).not();
    // The AI Act's maten: category A, not vervallen, uitzonderingen included.
    let hoog_risico = code("categorie", Category::A as u32).and(active.clone());
    let eu = |v: EuDatabank| col("eu_databank").is_not_null().and(code("eu_databank", v as u32));
    let toets = |v: Grondrechtentoets| {
        col("grondrechtentoets")
            .is_not_null()
            .and(code("grondrechtentoets", v as u32))
    };
    let verplicht = code("categorie", Category::C as u32)
        .not()
        .and(active.clone())
        .and(uitz(Exception::Full).not());
    let resterend = verplicht.clone().and(status(Status::Published).not());
    let verplicht_gepubliceerd = verplicht.clone().and(status(Status::Published));
    // Each row's own deadline: its category's, of its ministry.
    let deadline = col("deadline");
    let planned_by = |limit: Expr| col("gepland").is_not_null().and(col("gepland").lt_eq(limit));
    let (first, last) = (days(quarter.first_day()), days(quarter.last_day()));
    // The parts of the planned rows: overdue (on or before the quarter's last
    // day), in time (after it, on or before the deadline), after the deadline.
    let after_quarter = col("gepland").is_not_null().and(col("gepland").gt(lit(last)));
    let op_tijd = resterend
        .clone()
        .and(after_quarter.clone())
        .and(planned_by(deadline.clone()));
    let na_deadline = resterend
        .clone()
        .and(after_quarter)
        .and(col("gepland").gt(deadline.clone()));
    let new_pub = status(Status::Published)
        .and(col("publicatiedatum").is_not_null())
        .and(col("publicatiedatum").gt_eq(lit(first)))
        .and(col("publicatiedatum").lt_eq(lit(last)));
    let exprs: [Expr; Maat::COUNT] = [
        active.clone(),
        status(Status::Published),
        verplicht,
        resterend.clone(),
        resterend.clone().and(planned_by(deadline)),
        resterend.clone().and(planned_by(lit(last))),
        resterend.and(col("gepland").is_null()),
        verplicht_gepubliceerd,
        op_tijd,
        na_deadline,
        new_pub,
        col("risicoselectie").and(active.clone()),
        uitz(Exception::Partial).and(active.clone()),
        uitz(Exception::Full).and(active.clone()),
        status(Status::Withdrawn),
        hoog_risico.clone().and(eu(EuDatabank::Geregistreerd)),
        hoog_risico.clone().and(eu(EuDatabank::NietGeregistreerd)),
        hoog_risico.clone().and(eu(EuDatabank::NietVanToepassing)),
        hoog_risico.clone().and(col("eu_databank").is_null()),
        hoog_risico.clone().and(toets(Grondrechtentoets::Gedaan)),
        hoog_risico.clone().and(toets(Grondrechtentoets::NietGedaan)),
        hoog_risico.clone().and(toets(Grondrechtentoets::NietVanToepassing)),
        hoog_risico.and(col("grondrechtentoets").is_null()),
    ];
    exprs
        .into_iter()
        .zip(Maat::ALL)
        .map(|(e, maat)| e.fill_null(lit(false)).alias(maat.name()))
        .collect()
}

/// One row per counted algorithm, with small integer codes instead of text:
/// the participant's index, and the category, status and exception as their
/// place in the vocabulary. Rows of organisations that do not take part are
/// left out (there are none: every counted row comes from an accepted sheet).
fn frame(rows: &[CountedRow], participants: &[Participant]) -> Result<DataFrame> {
    let index: HashMap<&str, u32> = participants.iter().zip(0..).map(|(p, i)| (p.code, i)).collect();
    // The columns are filled in one pass over the rows. (u32 for the codes:
    // polars' u8 needs a feature that costs build time.)
    let n = rows.len();
    let (mut org, mut cat, mut status, mut uitz) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let (mut eu, mut toets) = (Vec::with_capacity(n), Vec::with_capacity(n));
    let (mut risico, mut gepland, mut gepubliceerd, mut deadline) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    // A sheet's rows come one after the other and share their organisation.
    let mut last: Option<(&str, Option<u32>)> = None;
    for r in rows {
        let i = match last {
            Some((code, i)) if std::ptr::eq(code, &*r.organisatie) => i,
            _ => index.get(&*r.organisatie).copied(),
        };
        last = Some((&*r.organisatie, i));
        let Some(i) = i else { continue };
        org.push(i);
        cat.push(r.categorie as u32);
        status.push(r.status as u32);
        uitz.push(r.uitzondering as u32);
        risico.push(r.risicoselectie);
        eu.push(r.eu_databank.map(|v| v as u32));
        toets.push(r.grondrechtentoets.map(|v| v as u32));
        gepland.push(r.geplande_publicatie.map(days));
        gepubliceerd.push(r.publicatiedatum.map(days));
        deadline.push(participants[i as usize].deadline[r.categorie as usize]);
    }
    Ok(DataFrame::new_infer_height(vec![
        Column::new("organisatie".into(), org),
        Column::new("categorie".into(), cat),
        Column::new("status".into(), status),
        Column::new("uitzondering".into(), uitz),
        Column::new("risicoselectie".into(), risico),
        Column::new("gepland".into(), gepland),
        Column::new("publicatiedatum".into(), gepubliceerd),
        Column::new("deadline".into(), deadline),
        Column::new("eu_databank".into(), eu),
        Column::new("grondrechtentoets".into(), toets),
    ])?)
}

/// Per participant, per category (A, B, C), the count for each maat.
type Counts = Vec<[[u32; Maat::COUNT]; 3]>;

/// Reads the grouped frame back into counts per participant and category.
fn read_counts(df: &DataFrame, participants: usize) -> Result<Counts> {
    let orgs = df.column("organisatie")?.u32()?.clone();
    let cats = df.column("categorie")?.u32()?.clone();
    let maats: Vec<_> = Maat::ALL
        .iter()
        .map(|m| df.column(m.name()).and_then(|c| c.u32().cloned()))
        .collect::<Result<_, _>>()?;
    let mut out = vec![[[0u32; Maat::COUNT]; 3]; participants];
    for i in 0..df.height() {
        let (Some(org), Some(cat)) = (orgs.get(i), cats.get(i)) else {
            continue;
        };
        let slot = &mut out[org as usize][cat as usize];
        for (n, m) in slot.iter_mut().zip(&maats) {
            *n = m.get(i).unwrap_or(0);
        }
    }
    Ok(out)
}

/// The figures for one quarter: one record per participant x category x maat
/// (zeros included), and totals per ministry, overall and for the supervisors.
fn cijfers(rows: &[CountedRow], participants: &[Participant], quarter: Quarter) -> Result<(Vec<Cijfer>, Vec<Totaal>)> {
    let per_org = frame(rows, participants)?
        .lazy()
        .select(
            [col("organisatie"), col("categorie")]
                .into_iter()
                .chain(maat_exprs(quarter))
                .collect::<Vec<_>>(),
        )
        .group_by([col("organisatie"), col("categorie")])
        .agg(Maat::ALL.iter().map(|m| col(m.name()).sum()).collect::<Vec<_>>())
        .collect()?;
    let counts = read_counts(&per_org, participants.len())?;
    let totalen = totals(participants, &counts);
    let mut cijfers = Vec::with_capacity(participants.len() * Category::ALL.len() * Maat::COUNT);
    for (p, per_cat) in participants.iter().zip(&counts) {
        let (ministerie, organisatie): (Arc<str>, Arc<str>) = (p.ministerie.into(), p.code.into());
        for (cat, c) in Category::ALL.iter().zip(per_cat) {
            for (maat, aantal) in Maat::ALL.into_iter().zip(c) {
                cijfers.push(Cijfer {
                    kwartaal: quarter,
                    ministerie: ministerie.clone(),
                    organisatie: organisatie.clone(),
                    toezichthouder: p.toezichthouder,
                    categorie: *cat,
                    maat,
                    aantal: *aantal,
                    overgenomen_uit: p.overgenomen_uit,
                });
            }
        }
    }
    Ok((cijfers, totalen))
}

/// Sums the per-participant counts into group totals: per ministry, for
/// all ministries together and for the supervisors, per category and over
/// all categories, in that order. (A plain sum over counts polars already
/// made; a second polars query here cost more than the sum itself.)
fn totals(participants: &[Participant], counts: &Counts) -> Vec<Totaal> {
    // Groep orders the ministries by name, then all ministries, then the supervisors.
    let mut groups: BTreeMap<Groep, [[u32; Maat::COUNT]; 4]> = BTreeMap::new();
    for (p, per_cat) in participants.iter().zip(counts) {
        let own = if p.toezichthouder {
            Groep::Toezichthouders
        } else {
            Groep::Ministerie(p.ministerie.to_owned())
        };
        let all = (!p.toezichthouder).then_some(Groep::Totaal);
        for group in std::iter::once(own).chain(all) {
            let sums = groups.entry(group).or_insert([[0; Maat::COUNT]; 4]);
            for (cat, maten) in per_cat.iter().enumerate() {
                for (m, n) in maten.iter().enumerate() {
                    sums[cat][m] += n;
                    sums[Scope::Alle.index()][m] += n;
                }
            }
        }
    }
    groups
        .into_iter()
        .flat_map(|(groep, sums)| {
            sums.into_iter().zip(Scope::ALL).flat_map(move |(row, categorie)| {
                let groep = groep.clone();
                row.into_iter().zip(Maat::ALL).map(move |(aantal, maat)| Totaal {
                    groep: groep.clone(),
                    categorie,
                    maat,
                    aantal,
                })
            })
        })
        .collect()
}
