//! The template's filling: labels from row 5, the header in row 1, and
//! (with an earlier sheet) its rows below, as ingest read them.

use std::collections::BTreeMap;

use super::invulling::{Invulling, LABELS, Label};
use crate::ingest::sheet::FIRST_LABEL_ROW;
use crate::ingest::{AlgoRow, Field, Val, Written};
use crate::model::{Quarter, YesNo};
use crate::organisaties::Organisatie;

impl Invulling {
    /// The template: labels from row 5, the header in row 1, and (with
    /// `previous`) last quarter's rows below it.
    pub fn sjabloon(quarter: Quarter, org: Option<&Organisatie>, previous: &[AlgoRow]) -> Invulling {
        let labels = LABELS
            .iter()
            .enumerate()
            .map(|(i, label)| {
                let value = match *label {
                    "Organisatie" => org.map(|o| o.naam.clone()),
                    "Code" => org.map(|o| o.code.clone()),
                    "Ministerie" => org.map(|o| o.ministerie.clone()),
                    "Kwartaal" => Some(quarter.to_string()),
                    _ => None,
                };
                Label {
                    label,
                    row: FIRST_LABEL_ROW + i as u32,
                    value: value.map(Written::Text),
                    refill: false,
                }
            })
            .collect();
        let mut cells = Vec::new();
        for (i, r) in previous.iter().enumerate() {
            let row = 1 + i as u32;
            for f in Field::ALL {
                if let Some(v) = typed_value(r, f) {
                    cells.push((row, f as u16, v));
                }
            }
        }
        let refill_rows = previous
            .iter()
            .enumerate()
            .filter(|(_, r)| r.shielded)
            .map(|(i, _)| 1 + i as u32)
            .collect();
        Invulling {
            labels,
            header_row: 0,
            above: vec![],
            extra: vec![],
            cells,
            refill_rows,
            moved: false,
            column_map: BTreeMap::new(),
            label_rows_before: vec![None; LABELS.len()],
            sheet_names: None,
        }
    }
}

/// A field of a row read earlier, as the template writes it. A `volledig`
/// row keeps its category, status, dates, exception and the answers on
/// the AI Act only.
fn typed_value(r: &AlgoRow, f: Field) -> Option<Written> {
    let text = |v: &Val<String>| v.ok().cloned().map(Written::Text);
    match f {
        Field::Id if !r.shielded => text(&r.id),
        Field::Naam if !r.shielded => text(&r.naam),
        Field::Toelichting if !r.shielded => r.toelichting.clone().map(Written::Text),
        Field::AlgoritmeId if !r.shielded => text(&r.algoritme_id),
        Field::Categorie => r.categorie.get().map(|v| Written::Text(v.as_str().to_owned())),
        Field::Risicoselectie => r.risicoselectie.get().map(|v| {
            Written::Text(
                match v {
                    YesNo::Yes => "ja",
                    YesNo::No => "nee",
                }
                .to_owned(),
            )
        }),
        Field::Status => r.status.get().map(|v| Written::Text(v.as_str().to_owned())),
        Field::Uitzondering => r.uitzondering.get().map(|v| Written::Text(v.as_str().to_owned())),
        Field::GeplandePublicatie => r.gepland.get().map(Written::Date),
        Field::Publicatiedatum => r.publicatiedatum.get().map(Written::Date),
        Field::EuDatabank => r.eu_databank.get().map(|v| Written::Text(v.as_str().to_owned())),
        Field::Grondrechtentoets => r.grondrechtentoets.get().map(|v| Written::Text(v.as_str().to_owned())),
        _ => None,
    }
}
