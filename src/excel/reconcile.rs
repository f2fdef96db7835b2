//! `Afstemming`: one row per disagreement between the sheets and the
//! register's export, when the run was given `--register`.

use crate::pipeline::Report;
use crate::reconcile::{Koppeling, VerschilSoort};

use super::layout::{Column, Kind, TableSheet, Value};

pub fn afstemming(report: &Report) -> Option<TableSheet<'_>> {
    let a = report.cijfers.afstemming.as_ref()?;
    let rows = a
        .verschillen
        .iter()
        .map(|v| {
            vec![
                Value::text(&v.organisatie),
                Value::text(v.code.as_str()),
                Value::text(v.ernst.as_str()),
                Value::opt_text(v.bestand.as_deref()),
                Value::opt_text(v.blad.as_deref()),
                Value::opt_text(v.cel.as_deref()),
                Value::opt_text(v.id.as_deref()),
                Value::text(&v.naam),
                Value::opt_text(v.algoritme_id.as_deref()),
                v.register_regel
                    .map_or(Value::Empty, |r| Value::Count(r.try_into().unwrap_or(u32::MAX))),
                Value::opt_text(v.koppeling.map(|k| match k {
                    Koppeling::Id => "op Algoritme-ID",
                    Koppeling::Naam => "op naam",
                })),
                Value::opt_text(v.in_blad.as_deref()),
                Value::opt_text(v.in_register.as_deref()),
                Value::text(&v.melding),
            ]
        })
        .collect();
    Some(TableSheet {
        sheet: "Afstemming".into(),
        title: format!("Afstemming met het Algoritmeregister, {}", report.cijfers.kwartaal),
        notes: vec![
            format!(
                "Vergeleken met de export {}. {} verschillen die aandacht vragen; {} algoritmen alleen op naam gekoppeld.",
                a.register,
                a.totalen.verschillen(),
                a.totalen.get(VerschilSoort::GekoppeldOpNaam)
            ),
            a.ouderdom.zinnen().join(" "),
            "Een verschil is een waarschuwing: controleer het statusoverzicht of de beschrijving in het register."
                .into(),
        ],
        table: "tbl_afstemming".into(),
        columns: vec![
            Column::new("Organisatie", Kind::Text),
            Column::new("Code", Kind::Text),
            Column::new("Ernst", Kind::Text),
            Column::new("Bestand", Kind::Text),
            Column::new("Blad", Kind::Text),
            Column::new("Cel", Kind::Text),
            Column::new("ID", Kind::Text),
            Column::new("Naam", Kind::Wrap),
            Column::new("Algoritme-ID", Kind::Text),
            Column::new("Regel in export", Kind::Count),
            Column::new("Gekoppeld", Kind::Text),
            Column::new("In statusoverzicht", Kind::Wrap),
            Column::new("In register", Kind::Wrap),
            Column::new("Melding", Kind::Wrap),
        ],
        rows,
    })
}
