//! The annual workbook, `jaarrapportage-<jaar>.xlsx`: a public workbook in
//! the same house style as the quarterly one (title in A1, notes, Excel
//! tables, `Inhoud` and `Toelichting`), with the totals per quarter, group
//! and category, and the figures per organisation.

use anyhow::Result;
use rust_xlsxwriter::{DocProperties, Workbook};

use crate::cijfers::Cijfers;
use crate::maat::{Maat, Scope};
use crate::model::{Category, Quarter};

use super::grenzen::Limited;
use super::layout::{Column, Formats, Kind, TableSheet, Value, write_title};
use super::package::{LANGUAGE, creation_time, set_language};
use super::sheets::{Explain, cover_lines, explanation, first_sheets, table_of_contents};
use super::tables::{COUNTS_NOTE, maat_columns};

/// The terms of the annual workbook, for its Toelichting.
const TERMS: &[(&str, &str)] = &[
    (
        "Kwartaal",
        "Het kwartaal waar de cijfers over gaan. Elk kwartaal telt zijn eigen stand op zijn eigen peildatum.",
    ),
    (
        "Groep",
        "Een ministerie (JenV of AenM), Totaal (alle ministeries samen, zonder de toezichthouders) of Toezichthouders.",
    ),
    (
        "Toezichthouder",
        "Een onafhankelijke toezichthouder. Toezichthouders publiceren zelfstandig en tellen niet mee in de totalen van de ministeries.",
    ),
    (
        "Peildatum",
        "De datum waarop de cijfers van een kwartaal gelden: de laatste peildatum van de ingeleverde statusoverzichten.",
    ),
];

/// The workbook of the quarters read (oldest first) and the quarters missing.
pub fn workbook(year: i32, quarters: &[(Quarter, Cijfers)], missing: &[Quarter]) -> Result<Vec<u8>> {
    let f = Formats::default();
    let mut book = Workbook::new();
    let peildatum = quarters.last().map(|(_, c)| c.peildatum).unwrap_or_default();
    let deadlines = quarters.last().map(|(_, c)| c.deadline).unwrap_or_default();
    let created = creation_time(peildatum)?;
    let title = format!("Jaarrapportage Algoritmeregister {year}");
    book.set_properties(
        &DocProperties::new()
            .set_title(&title)
            .set_subject("Publicatie van algoritmen in het Algoritmeregister door JenV en AenM, per kwartaal")
            .set_author("algoreg")
            .set_company("Ministerie van Justitie en Veiligheid")
            .set_category("Openbaar")
            .set_keywords("Algoritmeregister, algoritmen, jaarrapportage, Jaarrapportage Bedrijfsvoering Rijk")
            .set_custom_property("Classificatie", "Openbaar")
            .set_creation_datetime(&created),
    );

    let mut data_sheets = vec![per_group(quarters), per_organisation(quarters)];
    data_sheets.extend(super::prognose::achterstand_jaar(quarters));
    // The AI Act at year end: the last quarter read.
    data_sheets.extend(quarters.last().map(|(_, c)| super::ai_verordening::ai_verordening(c)));
    let mut contents = first_sheets(
        "Over dit bestand: jaar, kwartalen, peildatum en classificatie",
        "Wat elke maat, categorie en groep betekent",
    );
    contents.extend(data_sheets.iter().map(|s| (s.sheet.clone(), s.title.clone())));

    let ws = book.add_worksheet();
    ws.set_sheet_name("Voorblad")?;
    write_title(ws, &f, &title, &[])?;
    cover_lines(ws, &f, 2, cover(year, quarters, missing, peildatum))?;
    ws.set_active(true);
    table_of_contents(&contents).write(&mut book, &f)?;
    let mut terms = TERMS.to_vec();
    terms.extend_from_slice(super::ai_verordening::TERMS);
    let eu = quarters.last().map(|(_, c)| super::ai_verordening::deadline_term(c));
    terms.extend(eu.iter().map(|(t, m)| (t.as_str(), m.as_str())));
    explanation(
        deadlines,
        Explain::Counts,
        &terms,
        "Naam in JSON",
        &format!("Naam in JSON is hoe de maat of categorie in het JSON-bestand cijfers-{year}.json staat."),
    )
    .write(&mut book, &f)?;
    for sheet in &data_sheets {
        sheet.write(&mut book, &f)?;
    }
    set_language(&book.save_to_buffer()?, LANGUAGE)
}

fn cover(
    year: i32,
    quarters: &[(Quarter, Cijfers)],
    missing: &[Quarter],
    peildatum: chrono::NaiveDate,
) -> Vec<(&'static str, Value)> {
    let names = |qs: Vec<String>| {
        if qs.is_empty() {
            "geen".to_owned()
        } else {
            qs.join(", ")
        }
    };
    vec![
        (
            "Classificatie",
            Value::text("Openbaar: aantallen per ministerie, organisatie en categorie. Geen namen van algoritmen."),
        ),
        ("Jaar", Value::text(year.to_string())),
        (
            "Ministeries",
            Value::text("Justitie en Veiligheid (JenV), Asiel en Migratie (AenM)"),
        ),
        (
            "Kwartalen",
            Value::text(names(quarters.iter().map(|(q, _)| q.to_string()).collect())),
        ),
        (
            "Ontbrekende kwartalen",
            Value::text(names(missing.iter().map(Quarter::to_string).collect())),
        ),
        ("Laatste peildatum", Value::Date(peildatum)),
        (
            "Gemaakt met",
            Value::text(format!("algoreg {}", env!("CARGO_PKG_VERSION"))),
        ),
        (
            "Bedrijfsvoering Rijk",
            Value::text(format!(
                "Voor de Jaarrapportage Bedrijfsvoering Rijk: neem de cijfers over van het blad Per ministerie, kwartaal {}, categorie totaal, groepen JenV, AenM en Totaal. Dezelfde cijfers staan in de pdf onder Stand aan het einde van het jaar.",
                quarters.last().map_or_else(String::new, |(q, _)| q.to_string())
            )),
        ),
        (
            "Groepen",
            Value::text("Totaal = alle ministeries samen, zonder de onafhankelijke toezichthouders."),
        ),
        (
            "Inhoud",
            Value::text(
                "Op het blad Inhoud staan alle bladen, met een link. De betekenis van elke kolom staat op het blad Toelichting.",
            ),
        ),
    ]
}

/// `Per ministerie`: one row per quarter, group and category.
fn per_group(quarters: &[(Quarter, Cijfers)]) -> TableSheet<'static> {
    let mut rows = Vec::new();
    for (q, f) in quarters {
        for g in f.groups() {
            for scope in Scope::ALL {
                let mut row = vec![
                    Value::text(q.to_string()),
                    Value::text(g.to_string()),
                    Value::text(scope.name()),
                ];
                row.extend(Maat::ALL.iter().map(|m| Value::Count(f.total(g, scope, *m))));
                rows.push(row);
            }
        }
    }
    let mut columns = vec![
        Column::new("Kwartaal", Kind::Text),
        Column::new("Groep", Kind::Text),
        Column::new("Categorie", Kind::Text),
    ];
    columns.extend(maat_columns());
    TableSheet {
        sheet: "Per ministerie".into(),
        title: "Cijfers per kwartaal, ministerie en categorie".into(),
        notes: vec![
            COUNTS_NOTE.into(),
            "Categorie totaal is A, B en C samen. Totaal is alle ministeries samen; de toezichthouders tellen daar niet in mee.".into(),
        ],
        table: "tbl_per_ministerie".into(),
        columns,
        rows: rows.into(),
    }
}

/// `Per organisatie`: one row per quarter, organisation that sent a sheet, and category.
fn per_organisation(quarters: &[(Quarter, Cijfers)]) -> TableSheet<'static> {
    let mut rows = Vec::new();
    for (q, f) in quarters {
        let mut orgs: Vec<_> = f.organisaties.iter().filter(|o| o.ingeleverd).collect();
        orgs.sort_by(|a, b| {
            (a.toezichthouder, &a.ministerie, &a.code).cmp(&(b.toezichthouder, &b.ministerie, &b.code))
        });
        for o in orgs {
            for cat in Category::ALL {
                let mut row = vec![
                    Value::text(q.to_string()),
                    Value::text(&o.ministerie),
                    Value::text(&o.naam),
                    Value::text(&o.code),
                    Value::yes_no(o.toezichthouder),
                    Value::text(cat.as_str()),
                ];
                row.extend(
                    Maat::ALL
                        .into_iter()
                        .map(|m| Value::Count(f.org_figure(&o.code, Scope::Category(*cat), m))),
                );
                rows.push(row);
            }
        }
    }
    let mut columns = vec![
        Column::new("Kwartaal", Kind::Text),
        Column::new("Ministerie", Kind::Text),
        Column::new("Organisatie", Kind::Text),
        Column::new("Code", Kind::Text),
        Column::new("Toezichthouder", Kind::Text),
        Column::new("Categorie", Kind::Text),
    ];
    columns.extend(maat_columns());
    TableSheet {
        sheet: "Per organisatie".into(),
        title: "Cijfers per kwartaal, organisatie en categorie".into(),
        notes: vec![
            COUNTS_NOTE.into(),
            "Alleen organisaties die voor dat kwartaal een statusoverzicht hebben ingeleverd.".into(),
        ],
        table: "tbl_per_organisatie".into(),
        columns,
        rows: rows.into(),
    }
}
