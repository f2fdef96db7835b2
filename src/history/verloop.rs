//! The course so far: how many mandatory algorithms the ministries had
//! published at the end of each earlier quarter in the inputs, for the
//! chart of the path to the deadline.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{Category, Exception, Quarter, Status};
use crate::validate::Batch;

/// Published at one earlier quarter's peildatum, by the ministries (not the supervisors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Verloop {
    pub kwartaal: Quarter,
    pub peildatum: NaiveDate,
    /// Category A, as the maat `gepubliceerd`.
    pub a: u32,
    /// Category B, as the maat `gepubliceerd`.
    pub b: u32,
}

/// The published rows of categories A and B in an earlier quarter's batch.
pub fn verloop(batch: &Batch) -> Verloop {
    let (mut a, mut b) = (0, 0);
    for r in batch
        .rows
        .iter()
        .filter(|r| !r.toezichthouder && r.status == Status::Published && r.uitzondering != Exception::Full)
    {
        match r.categorie {
            Category::A => a += 1,
            Category::B => b += 1,
            Category::C => {}
        }
    }
    Verloop {
        kwartaal: batch.quarter,
        peildatum: batch.peildatum(),
        a,
        b,
    }
}
