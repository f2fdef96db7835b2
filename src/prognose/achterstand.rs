//! The backlog after a deadline (`achterstand`): per group and per
//! organisation, for A, B and the two together, once the peildatum is past
//! the deadline: published before it, caught up after it (`ingehaald`),
//! still open, the pace of the last four quarters (`tempo`) and the quarter
//! in which, at that pace, everything is published (`verwacht_klaar`).

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::pad::{groups_of, resterend};
use crate::maat::{Deadlines, Doelen, Groep, Plicht};
use crate::model::{Category, Exception, Quarter, Status};
use crate::validate::CountedRow;

/// The pace is measured over this many calendar quarters, ending with the peildatum's.
pub const TEMPO_QUARTERS: u32 = 4;

/// The backlog of one group or organisation for one `Plicht`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Achterstand {
    /// The deadline the figures are measured against.
    pub deadline: NaiveDate,
    /// Mandatory rows published with a Publicatiedatum on or before the deadline.
    pub gepubliceerd_voor_deadline: u32,
    /// Mandatory rows published with a Publicatiedatum after the deadline.
    pub ingehaald: u32,
    /// Of `ingehaald`: with a Publicatiedatum in the peildatum's calendar year.
    pub ingehaald_dit_jaar: u32,
    /// Mandatory rows not published (the maat `resterend`).
    pub open: u32,
    /// Mandatory rows published in the last four calendar quarters, divided by 4.
    pub tempo: f64,
    /// The quarter ceil(open / tempo) quarters after the peildatum's; absent
    /// when nothing is open or the pace is 0 ("niet te schatten").
    pub verwacht_klaar: Option<Quarter>,
    /// Nothing is open.
    pub klaar: bool,
}

impl Achterstand {
    /// The expected quarter as the reports and the workbook say it: the
    /// quarter, "klaar", or "niet te schatten" when the pace is 0.
    pub fn verwacht_tekst(&self) -> String {
        match self.verwacht_klaar {
            _ if self.klaar => "klaar".to_owned(),
            Some(q) => q.to_string(),
            None => "niet te schatten".to_owned(),
        }
    }
}

/// A group's backlog: `Totaal` and `Toezichthouders` against the Kamer's date,
/// a ministry against its own.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroepAchterstand {
    pub groep: Groep,
    pub categorie: Plicht,
    #[serde(flatten)]
    pub achterstand: Achterstand,
}

/// An organisation's backlog, against its ministry's date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrgAchterstand {
    pub organisatie: Arc<str>,
    pub categorie: Plicht,
    #[serde(flatten)]
    pub achterstand: Achterstand,
    /// Of `open`: planned on or before the quarter's last day (the maat `achterstallig`).
    pub achterstallig: u32,
    /// The oldest planned date among those, if any.
    pub oudste_geplande_datum: Option<NaiveDate>,
}

/// The counts a backlog is made from, per category.
#[derive(Debug, Clone, Copy, Default)]
struct Tally {
    voor: u32,
    ingehaald: u32,
    dit_jaar: u32,
    open: u32,
    recent: u32,
    achterstallig: u32,
    oudste: Option<NaiveDate>,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.voor += o.voor;
        self.ingehaald += o.ingehaald;
        self.dit_jaar += o.dit_jaar;
        self.open += o.open;
        self.recent += o.recent;
        self.achterstallig += o.achterstallig;
        self.oudste = match (self.oudste, o.oudste) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
}

/// Where one moment stands: the peildatum, its quarter, the window of the pace.
#[derive(Debug, Clone, Copy)]
pub struct Moment {
    pub peildatum: NaiveDate,
    /// The last day the maat `achterstallig` counts a plan as due.
    pub due_by: NaiveDate,
}

impl Moment {
    fn quarter(self) -> Quarter {
        Quarter::of(self.peildatum)
    }

    /// The first day of the four calendar quarters that end with the peildatum's.
    fn tempo_from(self) -> NaiveDate {
        let mut q = self.quarter();
        for _ in 1..TEMPO_QUARTERS {
            q = q.previous();
        }
        q.first_day()
    }
}

/// One row's part of a tally against `deadline`; `None` when it is not mandatory.
fn tally_row(r: &CountedRow, deadline: NaiveDate, m: Moment) -> Option<Tally> {
    if !r.categorie.mandatory() || r.uitzondering == Exception::Full || r.status == Status::Withdrawn {
        return None;
    }
    let mut t = Tally::default();
    if r.status == Status::Published {
        // Without a date (an error the sheet was told of) it cannot have come late.
        match r.publicatiedatum {
            Some(d) if d > deadline => {
                t.ingehaald = 1;
                t.dit_jaar = u32::from(d.year() == m.peildatum.year());
            }
            _ => t.voor = 1,
        }
        t.recent = u32::from(
            r.publicatiedatum
                .is_some_and(|d| d >= m.tempo_from() && d <= m.quarter().last_day()),
        );
    } else if resterend(r) {
        t.open = 1;
        if let Some(d) = r.geplande_publicatie.filter(|d| *d <= m.due_by) {
            t.achterstallig = 1;
            t.oudste = Some(d);
        }
    }
    Some(t)
}

/// The backlog from a tally: the pace and the expected quarter.
fn achterstand(t: &Tally, deadline: NaiveDate, m: Moment) -> Achterstand {
    let tempo = f64::from(t.recent) / f64::from(TEMPO_QUARTERS);
    // ceil(open / (recent / 4)) = ceil(4 * open / recent), in whole numbers.
    let verwacht_klaar = (t.open > 0 && t.recent > 0).then(|| {
        let quarters = (TEMPO_QUARTERS * t.open).div_ceil(t.recent);
        (0..quarters).fold(m.quarter(), |q, _| q.next())
    });
    Achterstand {
        deadline,
        gepubliceerd_voor_deadline: t.voor,
        ingehaald: t.ingehaald,
        ingehaald_dit_jaar: t.dit_jaar,
        open: t.open,
        tempo,
        verwacht_klaar,
        klaar: t.open == 0,
    }
}

/// Tallies per key and category, each row against `deadline_of` its category.
fn tally<K: Ord + Clone>(
    rows: &[CountedRow],
    keys: impl Fn(&CountedRow) -> Vec<(K, Deadlines)>,
    m: Moment,
) -> BTreeMap<(K, Category), Tally> {
    let mut out: BTreeMap<(K, Category), Tally> = BTreeMap::new();
    for r in rows {
        for (k, d) in keys(r) {
            if let Some(t) = tally_row(r, d.of(r.categorie), m) {
                out.entry((k, r.categorie)).or_default().add(&t);
            }
        }
    }
    out
}

/// For each key and `Plicht` past its deadline: the tally summed over its categories.
fn per_plicht<K: Ord + Clone>(
    tallies: &BTreeMap<(K, Category), Tally>,
    key: &K,
    deadlines: Deadlines,
    m: Moment,
) -> Vec<(Plicht, Tally, NaiveDate)> {
    Plicht::ALL
        .into_iter()
        .filter(|deel| deel.deadline(deadlines) < m.peildatum)
        .map(|deel| {
            let mut t = Tally::default();
            for c in deel.categories() {
                if let Some(x) = tallies.get(&(key.clone(), *c)) {
                    t.add(x);
                }
            }
            (deel, t, deel.deadline(deadlines))
        })
        .collect()
}

/// The backlog of every group in `groups` (the totals' order) for each
/// `Plicht` whose deadline (of that group) is before the peildatum.
pub fn groepen(rows: &[CountedRow], groups: &[&Groep], doelen: &Doelen, m: Moment) -> Vec<GroepAchterstand> {
    let tallies = tally(
        rows,
        |r| {
            groups_of(r)
                .into_iter()
                .flatten()
                .map(|g| {
                    let d = doelen.groep(&g);
                    (g, d)
                })
                .collect()
        },
        m,
    );
    let mut out = Vec::new();
    for groep in groups {
        for (deel, t, deadline) in per_plicht(&tallies, *groep, doelen.groep(groep), m) {
            out.push(GroepAchterstand {
                groep: (*groep).clone(),
                categorie: deel,
                achterstand: achterstand(&t, deadline, m),
            });
        }
    }
    out
}

/// The backlog of each organisation in `orgs` (code and the deadlines its
/// rows are judged against, in their order) with mandatory rows, for each
/// `Plicht` past its deadline.
pub fn organisaties(
    rows: &[CountedRow],
    orgs: &[(Arc<str>, Deadlines)],
    doelen: &Doelen,
    m: Moment,
) -> Vec<OrgAchterstand> {
    let tallies = tally(
        rows,
        |r| vec![(r.organisatie.clone(), doelen.of(&r.ministerie, r.toezichthouder))],
        m,
    );
    let mut out = Vec::new();
    for (code, deadlines) in orgs {
        for (deel, t, deadline) in per_plicht(&tallies, code, *deadlines, m) {
            if t.voor + t.ingehaald + t.open == 0 {
                continue;
            }
            out.push(OrgAchterstand {
                organisatie: code.clone(),
                categorie: deel,
                achterstand: achterstand(&t, deadline, m),
                achterstallig: t.achterstallig,
                oudste_geplande_datum: t.oudste,
            });
        }
    }
    out
}
