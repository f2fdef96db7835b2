//! Matching two quarters' counted rows: the organisations compared (a sheet
//! of their own in both quarters) and each row's key, organisation code + ID.
//! The changes, the planning reliability and the Kamer's rules all match
//! rows this one way, on one `Koppeling` made once per quarter (the keys of
//! every row of two quarters were a tenth of `check` at 1,000 sheets).

use std::collections::{BTreeMap, HashSet};

use crate::text::key;
use crate::validate::Batch;

/// Rows by (organisation code, key of the ID): their place in the batch.
pub type Index = BTreeMap<(String, String), usize>;

/// Two quarters' rows, matched.
pub struct Koppeling {
    /// Organisations with a sheet of their own in both quarters, in the order of `cur`.
    pub vergeleken: Vec<String>,
    /// The rows of the compared organisations in the earlier quarter.
    pub before: Index,
    /// The rows of the compared organisations in this quarter.
    pub now: Index,
    /// Rows of the compared organisations that were read in the earlier
    /// quarter but did not count there (an error of their own), by key.
    pub excluded_before: HashSet<(String, String)>,
    /// The same for this quarter.
    pub excluded_now: HashSet<(String, String)>,
}

impl Koppeling {
    /// Was the row with this key read but not counted in the earlier quarter?
    pub fn excluded_before(&self, k: &(String, String)) -> bool {
        self.excluded_before.contains(k)
    }
}

/// Matches the rows of `cur` with those of the earlier quarter in `prev`.
pub fn koppel(prev: &Batch, cur: &Batch) -> Koppeling {
    let prev_sheets = prev.submissions_by_code();
    let vergeleken: Vec<String> = cur
        .submissions
        .iter()
        .filter(|s| s.overgenomen_uit.is_none())
        .filter(|s| {
            prev_sheets
                .get(s.organisatie.as_str())
                .is_some_and(|p| p.overgenomen_uit.is_none())
        })
        .map(|s| s.organisatie.clone())
        .collect();
    let compared: HashSet<&str> = vergeleken.iter().map(String::as_str).collect();
    let index = |b: &Batch| -> Index {
        b.rows
            .iter()
            .enumerate()
            .filter(|(_, r)| compared.contains(&*r.organisatie))
            .filter_map(|(i, r)| Some(((r.organisatie.to_string(), key(r.id.as_deref()?)), i)))
            .collect()
    };
    // The two quarters' keys are independent: made on two threads.
    let (before, now) = rayon::join(|| index(prev), || index(cur));
    let excluded = |b: &Batch| -> HashSet<(String, String)> {
        b.excluded
            .iter()
            .filter_map(|e| e.sleutel.as_ref())
            .filter(|(org, _)| compared.contains(&**org))
            .map(|(org, id)| (org.to_string(), id.clone()))
            .collect()
    };
    let (excluded_before, excluded_now) = (excluded(prev), excluded(cur));
    Koppeling {
        vergeleken,
        excluded_before,
        excluded_now,
        before,
        now,
    }
}
