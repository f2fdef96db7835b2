//! Aggregate: counted rows to the quarterly figures. Polars stays inside this
//! module; what comes out are plain serde structs.

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use polars::prelude::*;
use serde::Serialize;

use crate::model::{Category, Exception, Quarter, Status};
use crate::validate::CountedRow;

/// The figures ("maten"), in the order every output lists them.
pub const MAATEN: [&str; 12] = [
    "geinventariseerd",
    "gepubliceerd",
    "verplicht",
    "resterend",
    "gepland_voor_deadline",
    "achterstallig",
    "zonder_planning",
    "nieuw_gepubliceerd",
    "risicoselectie",
    "uitzondering_gedeeltelijk",
    "uitzondering_volledig",
    "vervallen",
];

/// The publication deadline per mandatory category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Deadlines {
    #[serde(rename = "A")]
    pub a: NaiveDate,
    #[serde(rename = "B")]
    pub b: NaiveDate,
}

impl Default for Deadlines {
    fn default() -> Self {
        let end_2025 = NaiveDate::from_ymd_opt(2025, 12, 31).expect("valid date");
        Deadlines {
            a: end_2025,
            b: end_2025,
        }
    }
}

/// One figure: an organisation's count for one category and one maat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cijfer {
    pub kwartaal: Quarter,
    pub ministerie: String,
    pub organisatie: String,
    pub toezichthouder: bool,
    pub categorie: Category,
    pub maat: &'static str,
    pub aantal: u32,
    /// With `--carry-forward`: the figure comes from this earlier quarter's sheet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overgenomen_uit: Option<Quarter>,
}

/// A total over a group of organisations: a ministry (`JenV`), all ministries
/// together (`Totaal`), or the independent supervisors (`Toezichthouders`).
/// `categorie` is `A`, `B`, `C` or `totaal`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Totaal {
    pub groep: String,
    pub categorie: String,
    pub maat: &'static str,
    pub aantal: u32,
}

pub const GROUP_ALL: &str = "Totaal";
pub const GROUP_SUPERVISORS: &str = "Toezichthouders";

/// An organisation that takes part in the figures (it sent a sheet).
pub struct Participant<'a> {
    pub code: &'a str,
    pub ministerie: &'a str,
    pub toezichthouder: bool,
    pub overgenomen_uit: Option<Quarter>,
}

fn days(d: NaiveDate) -> i32 {
    (d - NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date")).num_days() as i32
}

/// The maat columns as polars expressions over one row per algorithm: 1 when
/// the row counts for the maat, else 0. They are made for all rows at once and
/// only then summed per group; evaluated inside the groups, polars took as long
/// as reading the sheets.
fn maat_exprs(quarter: Quarter, deadlines: Deadlines) -> Vec<Expr> {
    let status = |s: Status| col("status").eq(lit(s.as_str()));
    let uitz = |e: Exception| col("uitzondering").eq(lit(e.as_str()));
    let active = status(Status::Withdrawn).not();
    let verplicht = col("categorie")
        .neq(lit("C"))
        .and(active.clone())
        .and(uitz(Exception::Full).not());
    let resterend = verplicht.clone().and(status(Status::Published).not());
    let deadline = when(col("categorie").eq(lit("A")))
        .then(lit(days(deadlines.a)))
        .otherwise(lit(days(deadlines.b)));
    let planned_by = |limit: Expr| col("gepland").is_not_null().and(col("gepland").lt_eq(limit));
    let (first, last) = (days(quarter.first_day()), days(quarter.last_day()));
    let new_pub = status(Status::Published)
        .and(col("publicatiedatum").is_not_null())
        .and(col("publicatiedatum").gt_eq(lit(first)))
        .and(col("publicatiedatum").lt_eq(lit(last)));
    let exprs = [
        active.clone(),
        status(Status::Published),
        verplicht,
        resterend.clone(),
        resterend.clone().and(planned_by(deadline)),
        resterend.clone().and(planned_by(lit(last))),
        resterend.and(col("gepland").is_null()),
        new_pub,
        col("risicoselectie").and(active.clone()),
        uitz(Exception::Partial).and(active.clone()),
        uitz(Exception::Full).and(active),
        status(Status::Withdrawn),
    ];
    exprs
        .into_iter()
        .zip(MAATEN)
        .map(|(e, name)| e.fill_null(lit(false)).cast(DataType::UInt32).alias(name))
        .collect()
}

fn frame(rows: &[CountedRow]) -> Result<DataFrame> {
    let s = |name: &str, v: Vec<&str>| Column::new(name.into(), v);
    let opt_days = |f: fn(&CountedRow) -> Option<NaiveDate>| rows.iter().map(|r| f(r).map(days)).collect::<Vec<_>>();
    Ok(DataFrame::new_infer_height(vec![
        s("organisatie", rows.iter().map(|r| &*r.organisatie).collect()),
        s("categorie", rows.iter().map(|r| r.categorie.as_str()).collect()),
        s("status", rows.iter().map(|r| r.status.as_str()).collect()),
        s("uitzondering", rows.iter().map(|r| r.uitzondering.as_str()).collect()),
        Column::new(
            "risicoselectie".into(),
            rows.iter().map(|r| r.risicoselectie).collect::<Vec<_>>(),
        ),
        Column::new("gepland".into(), opt_days(|r| r.geplande_publicatie)),
        Column::new("publicatiedatum".into(), opt_days(|r| r.publicatiedatum)),
    ])?)
}

/// Reads a grouped frame back as `(group key, category) -> counts per maat`.
fn read_counts(df: &DataFrame, group: &str) -> Result<HashMap<(String, String), [u32; 12]>> {
    let keys = df.column(group)?.str()?.clone();
    let cats = df.column("categorie")?.str()?.clone();
    let maats: Vec<_> = MAATEN
        .iter()
        .map(|m| df.column(m).and_then(|c| c.u32().cloned()))
        .collect::<Result<_, _>>()?;
    let mut out = HashMap::new();
    for i in 0..df.height() {
        let mut counts = [0u32; 12];
        for (slot, m) in counts.iter_mut().zip(&maats) {
            *slot = m.get(i).unwrap_or(0);
        }
        out.insert(
            (
                keys.get(i).unwrap_or_default().to_owned(),
                cats.get(i).unwrap_or_default().to_owned(),
            ),
            counts,
        );
    }
    Ok(out)
}

/// The figures for one quarter: one record per participant x category x maat
/// (zeros included), and totals per ministry, overall and for the supervisors.
pub fn figures(
    rows: &[CountedRow],
    participants: &[Participant],
    quarter: Quarter,
    deadlines: Deadlines,
) -> Result<(Vec<Cijfer>, Vec<Totaal>)> {
    let per_org = frame(rows)?
        .lazy()
        .select(
            [col("organisatie"), col("categorie")]
                .into_iter()
                .chain(maat_exprs(quarter, deadlines))
                .collect::<Vec<_>>(),
        )
        .group_by([col("organisatie"), col("categorie")])
        .agg(MAATEN.iter().map(|m| col(*m).sum()).collect::<Vec<_>>())
        .collect()?;
    let counts = read_counts(&per_org, "organisatie")?;
    let mut cijfers = Vec::new();
    for p in participants {
        for cat in Category::ALL {
            let c = counts
                .get(&(p.code.to_owned(), cat.as_str().to_owned()))
                .copied()
                .unwrap_or_default();
            for (maat, aantal) in MAATEN.iter().zip(c) {
                cijfers.push(Cijfer {
                    kwartaal: quarter,
                    ministerie: p.ministerie.to_owned(),
                    organisatie: p.code.to_owned(),
                    toezichthouder: p.toezichthouder,
                    categorie: *cat,
                    maat,
                    aantal,
                    overgenomen_uit: p.overgenomen_uit,
                });
            }
        }
    }
    let totalen = totals(&cijfers)?;
    Ok((cijfers, totalen))
}

/// Sums the per-organisation figures into group totals: per ministry, for
/// all ministries together and for the supervisors, per category and over
/// all categories. (A plain sum over figures polars already counted; a second
/// polars query here cost more than the sum itself.)
pub fn totals<'a>(cijfers: &'a [Cijfer]) -> Result<Vec<Totaal>> {
    let group_rank = |g: &str| match g {
        GROUP_ALL => 1,
        GROUP_SUPERVISORS => 2,
        _ => 0,
    };
    // Per group: [category A, B, C, totaal][maat].
    let mut groups: Vec<(&'a str, [[u32; 12]; 4])> = Vec::new();
    let mut slot = |g: &'a str| match groups.iter().position(|(x, _)| *x == g) {
        Some(i) => i,
        None => {
            groups.push((g, [[0; 12]; 4]));
            groups.len() - 1
        }
    };
    let mut adds: Vec<(usize, usize, usize, u32)> = Vec::with_capacity(cijfers.len() * 2);
    for c in cijfers {
        let Some(m) = MAATEN.iter().position(|x| *x == c.maat) else {
            continue;
        };
        let cat = c.categorie as usize;
        let own = slot(if c.toezichthouder {
            GROUP_SUPERVISORS
        } else {
            c.ministerie.as_str()
        });
        adds.push((own, cat, m, c.aantal));
        if !c.toezichthouder {
            adds.push((slot(GROUP_ALL), cat, m, c.aantal));
        }
    }
    for (g, cat, m, n) in adds {
        groups[g].1[cat][m] += n;
        groups[g].1[3][m] += n;
    }
    groups.sort_by(|(a, _), (b, _)| (group_rank(a), *a).cmp(&(group_rank(b), *b)));
    let cats = ["A", "B", "C", "totaal"];
    Ok(groups
        .into_iter()
        .flat_map(|(groep, counts)| {
            counts.into_iter().zip(cats).flat_map(move |(row, categorie)| {
                row.into_iter().zip(MAATEN).map(move |(aantal, maat)| Totaal {
                    groep: groep.to_owned(),
                    categorie: categorie.to_owned(),
                    maat,
                    aantal,
                })
            })
        })
        .collect())
}
