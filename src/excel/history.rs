//! `Mutaties`: one row per change to one algorithm since the previous
//! quarter present in the inputs.

use crate::pipeline::Report;

use super::tables::SHIELDED;

use super::layout::{Column, Kind, TableSheet, Value};

pub fn mutaties(report: &Report) -> Option<TableSheet<'_>> {
    let m = report.cijfers.mutaties.as_ref()?;
    // A shielded change after the organisation's others, without its row:
    // its place would give its ID away.
    let orgs: std::collections::HashMap<&str, (&str, bool)> = report
        .cijfers
        .organisaties
        .iter()
        .map(|o| (o.code.as_str(), (o.naam.as_str(), o.toezichthouder)))
        .collect();
    let mut wijzigingen: Vec<_> = m.wijzigingen.iter().collect();
    wijzigingen.sort_by_key(|w| (&w.organisatie, w.id == SHIELDED));
    let rows = wijzigingen
        .into_iter()
        .map(|w| {
            let shielded = w.id == SHIELDED;
            let (naam, toezicht) = orgs.get(w.organisatie.as_str()).copied().unwrap_or_default();
            vec![
                Value::text(&w.organisatie),
                Value::text(naam),
                Value::yes_no(toezicht),
                Value::text(w.soort.label()),
                Value::text(w.categorie.as_str()),
                Value::text(&w.id),
                Value::opt_text(w.naam.as_deref()),
                Value::opt_text(w.van.as_deref()),
                Value::opt_text(w.naar.as_deref()),
                w.dagen
                    .map_or(Value::Empty, |d| Value::Count(d.try_into().unwrap_or(0))),
                Value::text(&w.bestand),
                if shielded { Value::Empty } else { Value::Count(w.rij) },
            ]
        })
        .collect();
    Some(TableSheet {
        sheet: "Mutaties".into(),
        title: format!("Wijzigingen sinds {}, {}", m.vorig_kwartaal, report.cijfers.kwartaal),
        notes: vec![format!(
            "Vergeleken per organisatie en ID met {}, voor de {} organisaties met een overzicht in beide kwartalen. Categorie: de categorie nu.",
            m.vorig_kwartaal,
            m.vergeleken.len()
        )],
        table: "tbl_mutaties".into(),
        columns: vec![
            Column::new("Organisatie", Kind::Text),
            Column::new("Organisatienaam", Kind::Text),
            Column::new("Toezichthouder", Kind::Text),
            Column::new("Wijziging", Kind::Text),
            Column::new("Categorie", Kind::Text),
            Column::new("ID", Kind::Text),
            Column::new("Naam", Kind::Wrap),
            Column::new("Was", Kind::Text),
            Column::new("Is", Kind::Text),
            Column::new("Dagen later", Kind::Count),
            Column::new("Bestand", Kind::Text),
            Column::new("Rij", Kind::Count),
        ],
        rows,
    })
}
