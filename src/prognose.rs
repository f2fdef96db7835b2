//! Prognose: after the figures are counted, where each group is going. Before
//! a deadline, the planned path to it and the expectation (`pad`); after it,
//! the backlog, the pace and when it will be gone (`achterstand`). Computed
//! once, from aggregate's groups and the counted rows; `Cijfers::build`
//! takes the result.

mod achterstand;
mod pad;
#[cfg(test)]
mod tests;

use std::sync::Arc;

use chrono::NaiveDate;

use crate::aggregate::Telling;
use crate::history::Planning;
use crate::maat::Doelen;
use crate::model::Quarter;
use crate::validate::CountedRow;

pub use achterstand::{Achterstand, GroepAchterstand, Moment, OrgAchterstand, TEMPO_QUARTERS};
pub use pad::{HORIZON_MONTHS, Maand, Prognose, Stap};

/// A quarter's outlook: the paths, and the backlog of what is past its deadline.
#[derive(Debug, Clone, Default)]
pub struct Vooruitzicht {
    /// Per group, for A, B and AB: the path and, before the deadline, the expectation.
    pub prognose: Vec<Prognose>,
    /// Per group, for each of A, B and AB past the group's deadline.
    pub achterstand: Vec<GroepAchterstand>,
    /// Per organisation, for each of A, B and AB past its deadline.
    pub achterstand_per_organisatie: Vec<OrgAchterstand>,
}

/// The outlook of a quarter counted in `telling`, at `peildatum`.
pub fn build(
    rows: &[CountedRow],
    telling: &Telling,
    quarter: Quarter,
    peildatum: NaiveDate,
    doelen: &Doelen,
    planning: Option<&Planning>,
) -> Vooruitzicht {
    let moment = Moment {
        peildatum,
        due_by: quarter.last_day(),
    };
    let groups = telling.groups();
    // The organisations in the figures' order, each with its own deadlines.
    let mut orgs: Vec<(Arc<str>, crate::maat::Deadlines)> = Vec::new();
    for c in &telling.cijfers {
        if orgs.last().is_none_or(|(code, _)| *code != c.organisatie) {
            orgs.push((c.organisatie.clone(), doelen.of(&c.ministerie, c.toezichthouder)));
        }
    }
    Vooruitzicht {
        prognose: pad::build(rows, telling, peildatum, doelen, planning),
        achterstand: achterstand::groepen(rows, &groups, doelen, moment),
        achterstand_per_organisatie: achterstand::organisaties(rows, &orgs, doelen, moment),
    }
}
