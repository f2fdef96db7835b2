//! `Afstemming`: one row per disagreement between the sheets and the
//! register's download; `Register`: every algorithm of the organisations in
//! the download, with its versions. Both when the run was given `--register`.

use crate::pipeline::Report;
use crate::reconcile::Koppeling;
use crate::reconcile::kolommen::{KOLOMMEN, SOM};
use crate::register::Soort;

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
                Value::opt_text(v.register_plaats.as_ref().map(ToString::to_string).as_deref()),
                Value::opt_text(v.koppeling.map(koppeling)),
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
                "Vergeleken met {} ({}). {}",
                a.register,
                a.soort.as_str(),
                a.samenvatting.zin()
            ),
            a.ouderdom.zinnen().join(" "),
            a.soort.zin(),
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
            Column::new("Plaats in download", Kind::Text),
            Column::new("Gekoppeld", Kind::Text),
            Column::new("In statusoverzicht", Kind::Wrap),
            Column::new("In register", Kind::Wrap),
            Column::new("Melding", Kind::Wrap),
        ],
        rows,
    })
}

/// `Afstemming per organisatie`: the counts of the console table, one row
/// per organisation that sent a sheet, under the same words.
pub fn per_organisatie(report: &Report) -> Option<TableSheet<'_>> {
    let a = report.cijfers.afstemming.as_ref()?;
    let rows = a
        .organisaties
        .iter()
        .filter(|o| o.ingeleverd)
        .map(|o| {
            let mut row = vec![Value::text(&o.organisatie), Value::text(&o.register_naam)];
            row.extend(
                KOLOMMEN
                    .iter()
                    .map(|k| Value::Count((k.waarde)(o).try_into().unwrap_or(u32::MAX))),
            );
            row
        })
        .collect();
    let mut columns = vec![
        Column::new("Organisatie", Kind::Text),
        Column::new("Naam in register", Kind::Text),
    ];
    columns.extend(KOLOMMEN.iter().map(|k| Column::new(k.kop, Kind::Count)));
    let mut notes = vec![format!(
        "Alleen organisaties met een statusoverzicht. De kolommen tellen op: {SOM}."
    )];
    notes.extend(KOLOMMEN.iter().map(|k| format!("{}: {}.", k.kop, k.uitleg)));
    Some(TableSheet {
        sheet: "Afstemming per organisatie".into(),
        title: format!(
            "Afstemming met het Algoritmeregister per organisatie, {}",
            report.cijfers.kwartaal
        ),
        notes,
        table: "tbl_afstemming_organisaties".into(),
        columns,
        rows,
    })
}

fn koppeling(k: Koppeling) -> &'static str {
    match k {
        Koppeling::Id => "op Algoritme-ID",
        Koppeling::Naam => "op naam",
    }
}

/// `Register`: every algorithm of the organisations in the download, with
/// its first publication, latest version and number of versions; with the
/// history download also what changed in the quarter.
pub fn register(report: &Report) -> Option<TableSheet<'_>> {
    let a = report.cijfers.afstemming.as_ref()?;
    let history = a.soort == Soort::Geschiedenis;
    let rows = a
        .algoritmen
        .iter()
        .map(|r| {
            let mut row = vec![
                Value::opt_text(r.organisatie.as_deref()),
                Value::text(&r.register_organisatie),
                Value::text(&r.naam),
                Value::opt_text(r.algoritme_id.as_deref()),
                Value::opt_text(r.categorie.map(|c| c.as_str())),
                Value::opt_text(r.status.map(|s| s.as_str())),
                Value::opt_date(r.eerste_publicatie),
                Value::opt_date(r.laatste_versie),
                Value::Count(r.versies.try_into().unwrap_or(u32::MAX)),
                Value::yes_no(r.na_peildatum),
                Value::opt_text(r.koppeling.map(koppeling)),
                Value::text(r.plaats.to_string()),
            ];
            if history {
                row.push(Value::yes_no(r.in_kwartaal.eerst_gepubliceerd > 0));
                row.push(Value::yes_no(r.in_kwartaal.bijgewerkt > 0));
                row.push(Value::yes_no(r.in_kwartaal.categorie_gewijzigd > 0));
            }
            row
        })
        .collect();
    let mut columns = vec![
        Column::new("Organisatie", Kind::Text),
        Column::new("Organisatie in register", Kind::Text),
        Column::new("Naam", Kind::Wrap),
        Column::new("Algoritme-ID", Kind::Text),
        Column::new("Categorie", Kind::Text),
        Column::new("Status in register", Kind::Text),
        Column::new("Eerste publicatie", Kind::Date),
        Column::new("Laatste versie", Kind::Date),
        Column::new("Versies", Kind::Count),
        Column::new("Na peildatum", Kind::Text),
        Column::new("Gekoppeld", Kind::Text),
        Column::new("Plaats in download", Kind::Text),
    ];
    let mut notes = vec![a.soort.zin()];
    if let Some(w) = a.in_kwartaal {
        columns.push(Column::new("Eerst gepubliceerd in kwartaal", Kind::Text));
        columns.push(Column::new("Bijgewerkt in kwartaal", Kind::Text));
        columns.push(Column::new("Categorie gewijzigd in kwartaal", Kind::Text));
        notes.push(format!(
            "In {}: {} voor het eerst gepubliceerd, {} bijgewerkt (een nieuwe versie), {} met een andere categorie dan de versie ervoor.",
            report.cijfers.kwartaal, w.eerst_gepubliceerd, w.bijgewerkt, w.categorie_gewijzigd
        ));
    }
    Some(TableSheet {
        sheet: "Register".into(),
        title: format!("Algoritmen in het Algoritmeregister, {}", report.cijfers.kwartaal),
        notes,
        table: "tbl_register".into(),
        columns,
        rows,
    })
}
