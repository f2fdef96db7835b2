//! The data sheets of the quarterly workbook, each one Excel table: the
//! summary per ministry and category, the organisations, the chart data,
//! the algorithms, the findings, the excluded rows and the long `Data` table.

use std::collections::BTreeMap;

use crate::maat::{Groep, Maat, Scope};
use crate::model::Exception;
use crate::organisaties::ministry_name;
use crate::pipeline::Report;
use crate::validate::CountedRow;

use super::layout::{Column, Kind, Rows, TableSheet, Value};

/// What a `volledig` row shows instead of its text.
pub const SHIELDED: &str = "[afgeschermd]";

/// The Data sheet's columns: the fields of a `cijfers` record, with the
/// organisation's name beside its code and the maat's label (as in the PDF)
/// beside its name.
pub const DATA_COLUMNS: [&str; 9] = [
    "Kwartaal",
    "Ministerie",
    "Organisatie",
    "Organisatienaam",
    "Toezichthouder",
    "Categorie",
    "Maat",
    "Maatlabel",
    "Aantal",
];

/// Organisation names by code, for the long sheets.
fn namen(report: &Report) -> std::collections::HashMap<&str, &str> {
    report
        .cijfers
        .organisaties
        .iter()
        .map(|o| (o.code.as_str(), o.naam.as_str()))
        .collect()
}

/// One column per maat, headed by its Dutch label.
pub(super) fn maat_columns() -> impl Iterator<Item = Column> {
    Maat::ALL.into_iter().map(|m| Column::new(m.label(), Kind::Count))
}

pub(super) const COUNTS_NOTE: &str =
    "Alle getallen zijn aantallen algoritmen. De betekenis van elke kolom staat op het blad Toelichting.";

/// `Overzicht`: one row per ministry (and all ministries, and the
/// supervisors) and category, one column per maat.
pub fn overview(report: &Report) -> TableSheet<'_> {
    let f = &report.cijfers;
    // Groep and Scope order the rows: ministries, all of them, supervisors;
    // A, B, C, then all three.
    let mut groups: BTreeMap<(&Groep, Scope), [u32; Maat::COUNT]> = BTreeMap::new();
    for t in &f.totalen {
        groups.entry((&t.groep, t.categorie)).or_default()[t.maat.index()] = t.aantal;
    }
    let rows = groups
        .into_iter()
        .map(|((groep, scope), counts)| {
            let omschrijving = match groep {
                Groep::Totaal => "Alle ministeries samen, zonder toezichthouders",
                Groep::Toezichthouders => "Onafhankelijke toezichthouders",
                Groep::Ministerie(m) => ministry_name(m),
            };
            let mut row = vec![
                Value::text(groep.name()),
                Value::text(omschrijving),
                Value::text(scope.name()),
            ];
            row.extend(counts.into_iter().map(Value::Count));
            row
        })
        .collect();
    let mut columns = vec![
        Column::new("Groep", Kind::Text),
        Column::new("Omschrijving", Kind::Text),
        Column::new("Categorie", Kind::Text),
    ];
    columns.extend(maat_columns());
    TableSheet {
        sheet: "Overzicht".into(),
        title: format!("Overzicht per ministerie en categorie, {}", f.kwartaal),
        notes: vec![
            COUNTS_NOTE.into(),
            "Categorie totaal is A, B en C samen. Totaal is alle ministeries samen; de toezichthouders tellen daar niet in mee.".into(),
        ],
        table: "tbl_overzicht".into(),
        columns,
        rows,
    }
}

/// `Organisaties`: every organisation of organisaties.csv, with its phase,
/// whether its sheet came in, and every maat over all categories.
pub fn organisations(report: &Report) -> TableSheet<'_> {
    let f = &report.cijfers;
    let rows = f
        .organisaties
        .iter()
        .map(|o| {
            let mut row = vec![
                Value::text(&o.ministerie),
                Value::text(&o.code),
                Value::text(&o.naam),
                Value::yes_no(o.toezichthouder),
                match o.overgenomen_uit {
                    Some(q) => Value::text(format!("overgenomen uit {q}")),
                    None => Value::yes_no(o.ingeleverd),
                },
                Value::opt_text(o.fase.map(|p| p.as_str())),
                Value::opt_date(o.peildatum),
            ];
            row.extend(Maat::ALL.into_iter().map(|m| {
                if o.telt_mee() {
                    Value::Count(f.org_figure(&o.code, Scope::Alle, m))
                } else {
                    Value::Empty
                }
            }));
            row
        })
        .collect();
    let mut columns = vec![
        Column::new("Ministerie", Kind::Text),
        Column::new("Code", Kind::Text),
        Column::new("Organisatie", Kind::Text),
        Column::new("Toezichthouder", Kind::Text),
        Column::new("Ingeleverd", Kind::Text),
        Column::new("Fase", Kind::Text),
        Column::new("Peildatum", Kind::Date),
    ];
    columns.extend(maat_columns());
    TableSheet {
        sheet: "Organisaties".into(),
        title: format!("Organisaties, {}", f.kwartaal),
        notes: vec![
            format!(
                "{COUNTS_NOTE} De getallen zijn voor de categorieën A, B en C samen; per categorie staan ze op het blad Data."
            ),
            "Lege cellen: de organisatie heeft voor dit kwartaal geen statusoverzicht ingeleverd. \"Overgenomen uit\": er kwam geen nieuw overzicht, de cijfers komen uit dat eerdere kwartaal.".into(),
        ],
        table: "tbl_organisaties".into(),
        columns,
        rows,
    }
}

/// `Grafiek`: per organisation that sent a sheet, mandatory algorithms and
/// how many of them are published; the chart beside it reads this table.
pub fn chart_data(report: &Report) -> TableSheet<'_> {
    let f = &report.cijfers;
    let rows = f
        .organisaties
        .iter()
        .filter(|o| o.telt_mee())
        .map(|o| {
            let verplicht = f.org_figure(&o.code, Scope::Alle, Maat::Verplicht);
            let resterend = f.org_figure(&o.code, Scope::Alle, Maat::Resterend);
            vec![
                Value::text(&o.naam),
                Value::Count(verplicht),
                Value::Count(verplicht.saturating_sub(resterend)),
                Value::Count(f.org_figure(&o.code, Scope::Alle, Maat::Gepubliceerd)),
            ]
        })
        .collect();
    TableSheet {
        sheet: "Grafiek".into(),
        title: format!("Gepubliceerd en verplicht per organisatie, {}", f.kwartaal),
        notes: vec![
            "Verplicht: algoritmen van categorie A en B die gepubliceerd moeten worden. De grafiek rechts toont de eerste twee getallen.".into(),
        ],
        table: "tbl_grafiek".into(),
        columns: vec![
            Column::new("Organisatie", Kind::Text),
            Column::new("Verplicht (A en B)", Kind::Count),
            Column::new("Verplicht en gepubliceerd", Kind::Count),
            Column::new("Gepubliceerd (A, B en C)", Kind::Count),
        ],
        rows,
    }
}

/// A counted row as the workbook may show it: the text of a `volledig` row
/// (ID, name, Algoritme-ID, Toelichting) is replaced, never carried.
fn algorithm_row(r: &CountedRow, naam: &str) -> Vec<Value> {
    let shielded = r.uitzondering == Exception::Full || r.naam.is_none();
    let text = |v: &Option<String>| {
        if shielded {
            Value::text(SHIELDED)
        } else {
            Value::opt_text(v.as_deref())
        }
    };
    vec![
        Value::text(&*r.ministerie),
        Value::text(&*r.organisatie),
        Value::text(naam),
        Value::yes_no(r.toezichthouder),
        text(&r.id),
        text(&r.naam),
        Value::text(r.categorie.as_str()),
        Value::yes_no(r.risicoselectie),
        Value::text(r.status.as_str()),
        Value::opt_date(r.geplande_publicatie),
        Value::opt_date(r.publicatiedatum),
        if shielded {
            Value::Empty
        } else {
            Value::opt_text(r.algoritme_id.as_deref())
        },
        Value::text(r.uitzondering.as_str()),
        text(&r.toelichting),
        Value::text(&*r.bestand),
        // The row number would give a shielded row's place (and so its ID) away.
        if shielded { Value::Empty } else { Value::Count(r.rij) },
    ]
}

/// `Algoritmen`: every counted row, with its source file and row; an
/// organisation's shielded rows after its other rows, by category, never in
/// the order of the sheet (their place would give their ID away).
pub fn algorithms(report: &Report) -> TableSheet<'_> {
    let namen = namen(report);
    let mut rows: Vec<&CountedRow> = report.batch.rows.iter().collect();
    rows.sort_by_cached_key(|r| {
        let (bestand, rij) = if r.shielded() { ("", 0) } else { (&*r.bestand, r.rij) };
        (
            r.ministerie.clone(),
            r.organisatie.clone(),
            r.shielded(),
            r.categorie,
            bestand.to_owned(),
            rij,
        )
    });
    TableSheet {
        sheet: "Algoritmen".into(),
        title: format!("Algoritmen, {}", report.cijfers.kwartaal),
        notes: vec![
            "Eén rij per algoritme dat meetelt, met het bestand en de rij waar het staat. Contactpersonen staan niet in dit bestand.".into(),
            format!("{SHIELDED}: het algoritme heeft uitzondering volledig. Het telt mee, maar de naam, het ID, de toelichting en de rij blijven bij de organisatie. Deze algoritmen staan na de andere algoritmen van de organisatie."),
        ],
        table: "tbl_algoritmen".into(),
        columns: vec![
            Column::new("Ministerie", Kind::Text),
            Column::new("Organisatie", Kind::Text),
            Column::new("Organisatienaam", Kind::Text),
            Column::new("Toezichthouder", Kind::Text),
            Column::new("ID", Kind::Text),
            Column::new("Naam", Kind::Wrap),
            Column::new("Categorie", Kind::Text),
            Column::new("Risicoselectie", Kind::Text),
            Column::new("Status", Kind::Text),
            Column::new("Geplande publicatie", Kind::Date),
            Column::new("Publicatiedatum", Kind::Date),
            Column::new("Algoritme-ID", Kind::Text),
            Column::new("Uitzondering", Kind::Text),
            Column::new("Toelichting", Kind::Wrap),
            Column::new("Bestand", Kind::Text),
            Column::new("Rij", Kind::Count),
        ],
        rows: Rows::one_by_one(rows.len(), move |i| {
            algorithm_row(rows[i], namen.get(&*rows[i].organisatie).copied().unwrap_or_default())
        }),
    }
}

/// The inputs folder as the run showed it (`inputs/`, or a path on the
/// officer's machine): the folder of `organisaties.csv`.
fn inputs_folder(report: &Report) -> Option<&str> {
    report
        .invoer
        .iter()
        .find_map(|i| i.file.strip_suffix("organisaties.csv"))
        .filter(|p| p.is_empty() || p.ends_with('/'))
}

/// A file as the `Bevindingen` sheet shows it: relative to the inputs
/// folder (`2025-Q2/politie.xlsx`), never a path of the officer's machine.
fn in_inputs<'a>(file: &'a str, folder: Option<&str>) -> &'a str {
    folder
        .filter(|f| !f.is_empty())
        .and_then(|f| file.strip_prefix(f))
        .unwrap_or(file)
}

/// `Bevindingen`: every finding of the run, in the order of `bevinding::volgorde::sort`:
/// per organisation (its code, or `algemeen`), errors first.
pub fn findings(report: &Report) -> TableSheet<'_> {
    let f = &report.cijfers;
    let t = f.bevindingen_telling;
    let folder = inputs_folder(report);
    let rows = f
        .bevindingen
        .iter()
        .map(|b| {
            vec![
                Value::text(b.groep()),
                Value::text(in_inputs(&b.location.file, folder)),
                Value::opt_text(b.location.sheet.as_deref()),
                Value::opt_text(b.location.cell.as_deref()),
                Value::text(b.severity.as_str()),
                Value::text(b.code.as_str()),
                Value::text(&b.message),
            ]
        })
        .collect();
    TableSheet {
        sheet: "Bevindingen".into(),
        title: format!("Bevindingen, {}", f.kwartaal),
        notes: vec![format!(
            "{} fouten, {} waarschuwingen en {} meldingen. Een fout moet verbeterd worden; een waarschuwing of melding is ter informatie. Per organisatie (code; algemeen: hoort bij geen organisatie), eerst de fouten. Bestand: de plaats in de map met invoer.",
            t.fout, t.waarschuwing, t.info
        )],
        table: "tbl_bevindingen".into(),
        columns: vec![
            Column::new("Organisatie", Kind::Text),
            Column::new("Bestand", Kind::Text),
            Column::new("Blad", Kind::Text),
            Column::new("Cel", Kind::Text),
            Column::new("Ernst", Kind::Text),
            Column::new("Code", Kind::Text),
            Column::new("Melding", Kind::Wrap),
        ],
        rows,
    }
}

/// `Uitgesloten`: rows that were read but do not count, and why.
pub fn excluded(report: &Report) -> TableSheet<'_> {
    let f = &report.cijfers;
    let rows = f
        .uitgesloten_rijen
        .iter()
        .map(|r| {
            vec![
                Value::text(&*r.bestand),
                Value::text(&*r.blad),
                Value::Count(r.rij),
                Value::text(&r.reden),
            ]
        })
        .collect();
    TableSheet {
        sheet: "Uitgesloten".into(),
        title: format!("Uitgesloten rijen, {}", f.kwartaal),
        notes: vec![format!(
            "Gelezen {} rijen: {} tellen mee en {} niet. De rijen die niet meetellen staan hieronder, met de reden.",
            f.rijen.gelezen, f.rijen.geteld, f.rijen.uitgesloten
        )],
        table: "tbl_uitgesloten".into(),
        columns: vec![
            Column::new("Bestand", Kind::Text),
            Column::new("Blad", Kind::Text),
            Column::new("Rij", Kind::Count),
            Column::new("Reden", Kind::Wrap),
        ],
        rows,
    }
}

/// `Data`: the long table, row for row the `cijfers` of the figures JSON.
pub fn data(report: &Report) -> TableSheet<'_> {
    let f = &report.cijfers;
    let namen = namen(report);
    let rows = Rows::one_by_one(f.per_organisatie.len(), move |i| {
        let c = &f.per_organisatie[i];
        vec![
            Value::text(c.kwartaal.to_string()),
            Value::text(&*c.ministerie),
            Value::text(&*c.organisatie),
            Value::text(namen.get(&*c.organisatie).copied().unwrap_or_default()),
            Value::yes_no(c.toezichthouder),
            Value::text(c.categorie.as_str()),
            Value::text(c.maat.name()),
            Value::text(c.maat.label()),
            Value::Count(c.aantal),
        ]
    });
    TableSheet {
        sheet: "Data".into(),
        title: format!("Data: alle cijfers per organisatie, categorie en maat, {}", f.kwartaal),
        notes: vec![
            "Eén rij per organisatie, categorie en maat; dezelfde rijen als cijfers in het JSON-bestand. Geschikt om te draaien (draaitabel).".into(),
            "Organisatie is de code uit organisaties.csv, Organisatienaam de naam. Maat is de naam in het JSON-bestand; Maatlabel is dezelfde maat zoals de pdf en de Toelichting hem noemen.".into(),
        ],
        table: "tbl_data".into(),
        columns: DATA_COLUMNS
            .iter()
            .map(|h| Column::new(*h, if *h == "Aantal" { Kind::Count } else { Kind::Text }))
            .collect(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Status};

    fn row(uitzondering: Exception) -> CountedRow {
        CountedRow {
            organisatie: "POL".into(),
            ministerie: "JenV".into(),
            toezichthouder: false,
            bestand: "inputs/2025-Q2/politie.xlsx".into(),
            blad: "Algoritmen".into(),
            rij: 7,
            id: Some("GEHEIM-ID".into()),
            naam: Some("=GEHEIM()".into()),
            categorie: Category::B,
            status: Status::Inventoried,
            risicoselectie: false,
            uitzondering,
            geplande_publicatie: None,
            publicatiedatum: None,
            algoritme_id: Some("12345670".into()),
            toelichting: Some("GEHEIM-TOELICHTING".into()),
            eu_databank: None,
            grondrechtentoets: None,
            kolommen: Default::default(),
        }
    }

    #[test]
    fn a_volledig_row_shows_no_text_even_if_ingest_had_kept_it() {
        let shielded = algorithm_row(&row(Exception::Full), "Politie");
        let shown = format!("{shielded:?}");
        assert!(!shown.contains("GEHEIM") && !shown.contains("12345670"), "{shown}");
        assert_eq!(shielded[5], Value::text(SHIELDED));
        assert_eq!(shielded[15], Value::Empty, "the row number gives the place away");
        let open = algorithm_row(&row(Exception::Partial), "Politie");
        assert_eq!(open[5], Value::text("=GEHEIM()"), "other rows keep their text, as text");
        assert_eq!(open[15], Value::Count(7));
        assert_eq!(open[2], Value::text("Politie"), "the name beside the code");
    }
}
