//! Status sheets and their rows: the template's layout with text cells
//! ([`sheet`], [`row`]), any Organisatie sheet ([`organisation`]), any
//! header ([`status_sheet`]), and the short layout with real date cells
//! ([`short_sheet`]); a quarter with a row in every part of `verplicht` ([`every_part`]).

use algoreg_fixtures::grid::{Grid, Value};
use chrono::NaiveDate;

use crate::common::inputs::{Folder, Inputs, ORGS_CSV, QUARTER};

/// A text cell; empty text is an empty cell.
pub fn text(s: &str) -> Value {
    if s.is_empty() {
        Value::Empty
    } else {
        Value::Text(s.to_owned())
    }
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// A real date cell (not text).
pub fn date(y: i32, m: u32, d: u32) -> Value {
    Value::Date(day(y, m, d))
}

/// The Organisatie sheet's rows; with `contact`, the Contactpersoon row too.
pub fn organisation(
    code: &str,
    naam: &str,
    ministerie: &str,
    quarter: &str,
    peildatum: Value,
    contact: Option<&str>,
) -> Vec<Vec<Value>> {
    let mut rows = vec![
        vec![text("Organisatie"), text(naam)],
        vec![text("Code"), text(code)],
        vec![text("Ministerie"), text(ministerie)],
        vec![text("Kwartaal"), text(quarter)],
        vec![text("Peildatum"), peildatum],
        vec![text("Fase"), text("publiceren")],
    ];
    if let Some(c) = contact {
        rows.push(vec![text("Contactpersoon"), text(c)]);
    }
    rows
}

/// The Organisatie sheet's rows for [`QUARTER`].
pub fn org_rows(code: &str, naam: &str, ministerie: &str) -> Vec<Vec<Value>> {
    organisation(
        code,
        naam,
        ministerie,
        QUARTER,
        text("30-06-2025"),
        Some("Contact Kanarie"),
    )
}

/// The Algoritmen sheet's headers as every sheet had them before the AI
/// Act's two columns (EU-databank, Grondrechtentoets): a sheet sent so far.
pub fn header() -> [&'static str; 10] {
    let all = algoreg::ingest::Field::headers();
    std::array::from_fn(|i| all[i])
}

/// Every header of the template, the AI Act's two columns last.
pub fn header_eu() -> [&'static str; 12] {
    algoreg::ingest::Field::headers()
}

/// A workbook with an Organisatie sheet and an Algoritmen sheet: `header`,
/// then `rows`.
pub fn status_sheet(org: Vec<Vec<Value>>, header: &[&str], rows: Vec<Vec<Value>>) -> Grid {
    let mut alg = vec![header.iter().map(|h| text(h)).collect::<Vec<_>>()];
    alg.extend(rows);
    Grid::default().sheet("Organisatie", org).sheet("Algoritmen", alg)
}

/// A good row: `[ID, Naam, Categorie, Risicoselectie, Status, Gepland, Publicatiedatum, Algoritme-ID, Uitzondering, Toelichting]`.
pub fn published(id: &str, cat: &str) -> [String; 10] {
    row(id, cat, "gepubliceerd", "", "2025-05-01", "12345670", "geen")
}

pub fn planned(id: &str, cat: &str, plan: &str) -> [String; 10] {
    row(id, cat, "in documentatie", plan, "", "", "geen")
}

pub fn row(id: &str, cat: &str, status: &str, plan: &str, pubdate: &str, reg: &str, uitz: &str) -> [String; 10] {
    [
        id,
        &format!("Algoritme {id}"),
        cat,
        "nee",
        status,
        plan,
        pubdate,
        reg,
        uitz,
        "",
    ]
    .map(str::to_owned)
}

/// A status sheet with the template's layout.
pub fn sheet(code: &str, naam: &str, ministerie: &str, rows: &[[String; 10]]) -> Grid {
    let rows = rows.iter().map(|r| r.iter().map(|v| text(v)).collect()).collect();
    status_sheet(org_rows(code, naam, ministerie), &header(), rows)
}

/// A status sheet for another `quarter` (peildatum its last day).
pub fn sheet_for(quarter: &str, code: &str, naam: &str, ministerie: &str, rows: &[[String; 10]]) -> Grid {
    let mut g = sheet(code, naam, ministerie, rows);
    let q = algoreg::model::Quarter::parse(quarter).expect("quarter");
    g.sheets[0].1[3][1] = text(quarter);
    g.sheets[0].1[4][1] = text(&q.last_day().format("%d-%m-%Y").to_string());
    g
}

/// The short layout: the template's columns without Risicoselectie,
/// Uitzondering and Toelichting.
pub const SHORT_HEADER: [&str; 7] = [
    "ID",
    "Naam",
    "Categorie",
    "Status",
    "Geplande publicatie",
    "Publicatiedatum",
    "Algoritme-ID",
];

/// A row in the short layout; an empty `reg` is an empty cell.
pub fn short_row(
    id: &str,
    naam: &str,
    cat: &str,
    status: &str,
    planned: Value,
    published: Value,
    reg: &str,
) -> Vec<Value> {
    vec![
        id.into(),
        naam.into(),
        cat.into(),
        status.into(),
        planned,
        published,
        text(reg),
    ]
}

/// A published row in the short layout, published on `d`.
pub fn short_published(id: &str, cat: &str, d: Value) -> Vec<Value> {
    short_row(
        id,
        "Gepubliceerd algoritme",
        cat,
        "gepubliceerd",
        Value::Empty,
        d,
        "12345670",
    )
}

/// A planned row in the short layout, planned for `d`.
pub fn short_planned(id: &str, cat: &str, d: Value) -> Vec<Value> {
    short_row(id, "Gepland algoritme", cat, "in documentatie", d, Value::Empty, "")
}

/// A status sheet in the short layout, without a contact person.
pub fn short_sheet(
    code: &str,
    naam: &str,
    ministerie: &str,
    quarter: &str,
    peildatum: Value,
    rows: &[Vec<Value>],
) -> Grid {
    let org = organisation(code, naam, ministerie, quarter, peildatum, None);
    status_sheet(org, &SHORT_HEADER, rows.to_vec())
}

/// The status sheet of AAA (Dienst Alfa, JenV) in [`crate::common::ORGS_CSV`].
pub fn alfa(rows: &[[String; 10]]) -> Grid {
    sheet("AAA", "Dienst Alfa", "JenV", rows)
}

/// Dienst Alfa's sheet for another `quarter`.
pub fn alfa_for(quarter: &str, rows: &[[String; 10]]) -> Grid {
    sheet_for(quarter, "AAA", "Dienst Alfa", "JenV", rows)
}

/// A quarter (2025-Q2: last day 30-06-2025, deadline 31-12-2025) with a
/// row in every part, on both edges, and rows that are not mandatory.
pub fn every_part() -> Inputs {
    let inputs = Inputs::new();
    let mut secret = row("B-GEHEIM", "B", "in documentatie", "2025-07-01", "", "", "volledig");
    secret[9] = "Opsporing".to_owned();
    inputs.add_grid(
        "alfa.xlsx",
        &sheet(
            "AAA",
            "Dienst Alfa",
            "JenV",
            &[
                published("A-PUB", "A"),
                planned("A-EINDE-KWARTAAL", "A", "2025-06-30"),
                planned("A-DAG-ERNA", "A", "2025-07-01"),
                planned("B-DEADLINE", "B", "2025-12-31"),
                planned("B-NA-DEADLINE", "B", "2026-01-01"),
                planned("B-ZONDER", "B", ""),
                planned("B-EERDER", "B", "2025-04-01"),
                published("C-PUB", "C"),
                planned("C-LAAT", "C", "2027-01-01"),
                secret,
            ],
        ),
    );
    inputs.add_grid(
        "beta.ods",
        &sheet(
            "BBB",
            "Bureau Beta",
            "AenM",
            &[published("B-1", "B"), planned("A-1", "A", "2026-03-01")],
        ),
    );
    inputs.add_grid(
        "tau.xlsx",
        &sheet("TTT", "Toezicht Tau", "JenV", &[planned("T-1", "B", "2025-09-30")]),
    );
    inputs
}

/// Rows of text cells.
pub fn text_rows(rows: &[[String; 10]]) -> Vec<Vec<Value>> {
    rows.iter().map(|r| r.iter().map(|v| text(v)).collect()).collect()
}

/// A sheet of [`QUARTER`] with a peildatum of its own.
pub fn sheet_on(code: &str, naam: &str, ministerie: &str, peildatum: &str, r: &[[String; 10]]) -> Grid {
    status_sheet(
        organisation(code, naam, ministerie, QUARTER, text(peildatum), None),
        &header(),
        text_rows(r),
    )
}

/// A sheet with one extra column: an unknown header gives an info finding.
pub fn with_column(code: &str, naam: &str, ministerie: &str, extra: &str, r: &[[String; 10]]) -> Grid {
    let mut h: Vec<&str> = header().to_vec();
    h.push(extra);
    let mut body = text_rows(r);
    for row in &mut body {
        row.push(text("iets"));
    }
    status_sheet(org_rows(code, naam, ministerie), &h, body)
}

/// A quarter after the Kamer's deadline (31 December 2025).
pub const AFTER: &str = "2026-Q3";

/// The worked example in [`AFTER`] (peildatum 30 September 2026):
/// Dienst Alfa (JenV) published B on 1 October and 10 November 2025 (before
/// the deadline), on 15 February, 20 May and 1 August 2026 (after); four B
/// are open (one planned 1 June 2026, now past). For A one published in
/// June 2025 and one open: nothing published in the last four quarters, so
/// when A is done cannot be estimated. Bureau Beta (AenM) and Toezicht Tau
/// sent empty sheets.
pub fn worked_example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = Folder::new(dir.path().to_path_buf());
    folder.orgs(ORGS_CSV);
    let pub_on = |id: &str, cat: &str, d: &str, reg: &str| row(id, cat, "gepubliceerd", "", d, reg, "geen");
    let rows = [
        pub_on("P1", "B", "2025-10-01", "11111115"),
        pub_on("P2", "B", "2025-11-10", "12111116"),
        pub_on("P3", "B", "2026-02-15", "13111117"),
        pub_on("P4", "B", "2026-05-20", "14111118"),
        pub_on("P5", "B", "2026-08-01", "15111119"),
        planned("O1", "B", "2026-06-01"),
        planned("O2", "B", "2026-11-01"),
        planned("O3", "B", "2027-01-15"),
        planned("O4", "B", "2026-12-01"),
        pub_on("PA", "A", "2025-06-01", "16111110"),
        planned("OA", "A", "2026-12-15"),
    ];
    folder.add_grid(
        AFTER,
        "alfa.xlsx",
        &sheet_for(AFTER, "AAA", "Dienst Alfa", "JenV", &rows),
    );
    folder.add_grid(AFTER, "beta.xlsx", &sheet_for(AFTER, "BBB", "Bureau Beta", "AenM", &[]));
    folder.add_grid(AFTER, "tau.xlsx", &sheet_for(AFTER, "TTT", "Toezicht Tau", "JenV", &[]));
    dir
}
