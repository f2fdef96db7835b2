//! The planned path (`prognose`): per group and for A, B and the two
//! together, how many algorithms are published at the end of each month if
//! every plan holds, and, before the group's deadline, what to expect when
//! plans are kept as well as in the previous quarter (`verwacht_voor_deadline`).

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

use crate::aggregate::Telling;
use crate::history::Planning;
use crate::maat::{Doelen, Groep, Maat, Plicht, Scope};
use crate::model::{Category, Exception, Status};
use crate::validate::CountedRow;

/// The path goes at most this many months past the peildatum's month.
pub const HORIZON_MONTHS: u32 = 24;

/// A calendar month, `2025-07` in every output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Maand {
    pub year: i32,
    pub month: u32,
}

impl Maand {
    pub fn of(d: NaiveDate) -> Maand {
        Maand {
            year: d.year(),
            month: d.month(),
        }
    }

    /// The month `n` months later.
    pub fn plus(self, n: u32) -> Maand {
        let i = self.month - 1 + n;
        Maand {
            year: self.year + i32::try_from(i / 12).unwrap_or(0),
            month: i % 12 + 1,
        }
    }

    pub fn last_day(self) -> NaiveDate {
        let next = self.plus(1);
        NaiveDate::from_ymd_opt(next.year, next.month, 1)
            .and_then(|d| d.pred_opt())
            .unwrap_or(NaiveDate::MAX)
    }
}

impl fmt::Display for Maand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Maand {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One step of the path: published by the end of `maand` if every plan holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Stap {
    pub maand: Maand,
    pub cumulatief: u32,
}

/// The path and the expectation of one group for one `Plicht`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prognose {
    pub groep: Groep,
    pub categorie: Plicht,
    /// Published at the peildatum (the maat `gepubliceerd`).
    pub gepubliceerd: u32,
    /// From the peildatum's month to the month of the last planned date (at most 24 months on).
    pub pad: Vec<Stap>,
    /// Planned after the path's last month.
    pub later: u32,
    pub zonder_planning: u32,
    /// The group's deadline: a ministry's own (`doelen.csv`) or the Kamer's.
    pub deadline: NaiveDate,
    pub gepland_voor_deadline: u32,
    /// `gepubliceerd` + `gepland_voor_deadline` x the group's `betrouwbaarheid`, rounded down.
    /// Absent once the deadline is before the peildatum: an expectation for a past date means nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verwacht_voor_deadline: Option<u32>,
    /// True when the group has no planning to go by (no previous quarter, or nothing was due):
    /// then the expectation is every plan before the deadline.
    pub zonder_geschiedenis: bool,
}

/// A row that must still be published: A or B, not published, not `vervallen`, not `volledig`.
pub(super) fn resterend(r: &CountedRow) -> bool {
    r.categorie.mandatory()
        && r.uitzondering != Exception::Full
        && !matches!(r.status, Status::Published | Status::Withdrawn)
}

/// The groups a row counts in, as the totals do.
pub(super) fn groups_of(r: &CountedRow) -> [Option<Groep>; 2] {
    if r.toezichthouder {
        [Some(Groep::Toezichthouders), None]
    } else {
        [Some(Groep::Ministerie(r.ministerie.to_string())), Some(Groep::Totaal)]
    }
}

/// The paths of every group of `telling` (the totals' order), for A, B and AB.
pub fn build(
    rows: &[CountedRow],
    telling: &Telling,
    peildatum: NaiveDate,
    doelen: &Doelen,
    planning: Option<&Planning>,
) -> Vec<Prognose> {
    let groups = telling.groups();
    // Per group and category: the planned dates, and the rows without one.
    let mut planned: BTreeMap<(Groep, Category), (Vec<NaiveDate>, u32)> = BTreeMap::new();
    for r in rows.iter().filter(|r| resterend(r)) {
        for g in groups_of(r).into_iter().flatten() {
            let (dates, none) = planned.entry((g, r.categorie)).or_default();
            match r.geplande_publicatie {
                Some(d) => dates.push(d),
                None => *none += 1,
            }
        }
    }
    let start = Maand::of(peildatum);
    let horizon = start.plus(HORIZON_MONTHS).last_day();
    let mut out = Vec::with_capacity(groups.len() * Plicht::ALL.len());
    for groep in groups {
        let groep = (*groep).clone();
        let reliability = planning.map(|p| p.groep(&groep));
        for deel in Plicht::ALL {
            let sum = |maat: Maat| -> u32 {
                deel.categories()
                    .iter()
                    .map(|c| telling.total(&groep, Scope::Category(*c), maat))
                    .sum()
            };
            let gepubliceerd = sum(Maat::Gepubliceerd);
            let gepland_voor_deadline = sum(Maat::GeplandVoorDeadline);
            let mut dates: Vec<NaiveDate> = Vec::new();
            let mut zonder_planning = 0;
            for c in deel.categories() {
                if let Some((d, none)) = planned.get(&(groep.clone(), *c)) {
                    dates.extend(d);
                    zonder_planning += none;
                }
            }
            dates.sort_unstable();
            let later = dates.iter().filter(|d| **d > horizon).count();
            let last = dates
                .iter()
                .rev()
                .find(|d| **d <= horizon)
                .map_or(start, |d| Maand::of(*d).max(start));
            let mut pad = Vec::new();
            let mut maand = start;
            loop {
                let by = maand.last_day();
                let planned_by = dates.partition_point(|d| *d <= by);
                pad.push(Stap {
                    maand,
                    cumulatief: gepubliceerd + u32::try_from(planned_by).unwrap_or(u32::MAX),
                });
                if maand >= last {
                    break;
                }
                maand = maand.plus(1);
            }
            let expected = reliability.and_then(|t| t.expected_of(gepland_voor_deadline));
            let deadline = deel.deadline(doelen.groep(&groep));
            out.push(Prognose {
                groep: groep.clone(),
                categorie: deel,
                gepubliceerd,
                pad,
                later: u32::try_from(later).unwrap_or(u32::MAX),
                zonder_planning,
                deadline,
                gepland_voor_deadline,
                verwacht_voor_deadline: (deadline >= peildatum)
                    .then(|| gepubliceerd + expected.unwrap_or(gepland_voor_deadline)),
                zonder_geschiedenis: expected.is_none(),
            });
        }
    }
    out
}
