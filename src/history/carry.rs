//! `--carry-forward`: for an organisation without a sheet this quarter, its
//! latest earlier sheet stands in, clearly marked as taken over, so that the
//! totals do not drop just because one organisation was late.

use std::collections::HashMap;

use crate::bevinding::{Bevinding, Code, Ernst, Location};
use crate::organisaties::OrganisatieLijst;
use crate::validate::{Batch, CountedRow, without_sheet};

/// Takes over, from the earlier quarter in `earlier`, the sheets of
/// organisations that have none in `batch` (only sheets of their own, never
/// sheets that were themselves taken over). Returns a warning for each sheet
/// taken over.
pub fn carry_forward(batch: &mut Batch, organisaties: &OrganisatieLijst, earlier: &Batch) -> Vec<Bevinding> {
    let q = earlier.quarter;
    let codes: Vec<String> = without_sheet(batch, organisaties)
        .iter()
        .map(|o| o.code.clone())
        .collect();
    let earlier_sheets = earlier.submissions_by_code();
    let mut earlier_rows: HashMap<&str, Vec<&CountedRow>> = HashMap::new();
    for r in &earlier.rows {
        earlier_rows.entry(&*r.organisatie).or_default().push(r);
    }
    let mut found = Vec::new();
    for code in codes {
        let Some(sub) = earlier_sheets
            .get(code.as_str())
            .filter(|s| s.overgenomen_uit.is_none())
        else {
            continue;
        };
        let rows: Vec<CountedRow> = earlier_rows
            .get(code.as_str())
            .map_or_else(Vec::new, |rows| rows.iter().map(|r| (*r).clone()).collect());
        batch.rows_read += rows.len();
        batch.rows.extend(rows);
        let mut sub = (*sub).clone();
        sub.overgenomen_uit = Some(q);
        let name = organisaties.find(&code).map_or(code.as_str(), |o| o.naam.as_str());
        found.push(Bevinding::new(
            Ernst::Waarschuwing,
            Code::BladOvergenomen,
            Location::file(&sub.bestand),
            format!(
                "Van {name} ({code}) is geen statusoverzicht voor {} ontvangen. De cijfers zijn overgenomen uit {q}.",
                batch.quarter
            ),
        ).voor(&code));
        batch.submissions.push(sub);
    }
    found
}
