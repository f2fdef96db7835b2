//! The path to the deadline, the planning measured against the previous
//! quarter and the Kamer's rules, end to end: sheets in, JSON and workbook out.

use serde_json::Value as Json;

use crate::common::*;

/// Dienst Alfa in Q1 and Q2. Due by 30 June in Q1's sheet: A-1 (published
/// in Q2), A-2 (moved to 2026, after the deadline), A-3 (no date now).
fn two_quarters() -> Inputs {
    let inputs = Inputs::new();
    let q1 = [
        planned("A-1", "B", "2025-06-30"),
        planned("A-2", "B", "2025-05-31"),
        planned("A-3", "A", "2025-04-15"),
        row("A-4", "C", "geïnventariseerd", "", "", "", "geen"),
        row("A-5", "A", "geïnventariseerd", "2025-05-01", "", "", "volledig"),
    ];
    let q2 = [
        row("A-1", "B", "gepubliceerd", "", "2025-06-20", "12345670", "geen"),
        planned("A-2", "B", "2026-02-01"),
        row("A-3", "A", "geïnventariseerd", "", "", "", "geen"),
        planned("A-4", "A", "2025-07-31"),
        row("A-5", "A", "geïnventariseerd", "2025-05-01", "", "", "volledig"),
        planned("A-6", "B", "2025-08-01"),
    ];
    add_q1(&inputs, "alfa.xlsx", &alfa_for("2025-Q1", &q1));
    inputs.add_grid("alfa.xlsx", &alfa_for("2025-Q2", &q2));
    inputs
}

fn of<'j>(list: &'j Json, key: &str, value: &str) -> &'j Json {
    list.as_array()
        .unwrap()
        .iter()
        .find(|v| v[key] == value)
        .unwrap_or_else(|| panic!("no {key} = {value} in {list}"))
}

#[test]
fn the_figures_hold_the_path_the_planning_and_the_expectation() {
    let (out, j) = two_quarters().report(&[]);
    let p = of(&j["planning"]["per_organisatie"], "organisatie", "AAA");
    assert_eq!(j["planning"]["vorig_kwartaal"], "2025-Q1");
    let counts: Vec<i64> = ["gepland", "gehaald", "verschoven", "zonder_datum"]
        .iter()
        .map(|k| p[k].as_i64().unwrap())
        .collect();
    assert_eq!(counts, [3, 1, 1, 1], "A-5 is volledig: not counted");
    assert!((p["betrouwbaarheid"].as_f64().unwrap() - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(
        (p["hoog_risico_niet_direct"].as_i64(), p["na_deadline_gepland"].as_i64()),
        (Some(1), Some(1))
    );
    let totaal_ab = j["prognose"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["groep"] == "Totaal" && p["categorie"] == "AB")
        .unwrap();
    // Published: A-1. Before the deadline: A-4 (31 July) and A-6 (1 August).
    assert_eq!(totaal_ab["gepubliceerd"], 1);
    assert_eq!(totaal_ab["gepland_voor_deadline"], 2);
    assert_eq!(totaal_ab["verwacht_voor_deadline"], 1, "1 + floor(2 x 1/3)");
    assert_eq!(totaal_ab["zonder_geschiedenis"], false);
    assert_eq!(totaal_ab["zonder_planning"], 1, "A-3");
    let pad: Vec<(String, i64)> = totaal_ab["pad"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["maand"].as_str().unwrap().to_owned(),
                s["cumulatief"].as_i64().unwrap(),
            )
        })
        .collect();
    let expected: Vec<(String, i64)> = [
        ("2025-06", 1),
        ("2025-07", 2),
        ("2025-08", 3),
        ("2025-09", 3),
        ("2025-10", 3),
        ("2025-11", 3),
        ("2025-12", 3),
        ("2026-01", 3),
        ("2026-02", 4),
    ]
    .map(|(m, n)| (m.to_owned(), n))
    .to_vec();
    assert_eq!(pad, expected, "A-2 (1 February 2026) is the last plan");
    let findings = parse_findings(&out);
    expect(&findings, "hoog-risico-niet-direct", "waarschuwing", "!E5");
    expect(&findings, "na-deadline-gepland", "waarschuwing", "!F3");
    assert!(findings.iter().all(|f| !f.message.contains("A-5")));
}

#[test]
fn without_a_previous_quarter_the_expectation_is_every_plan_and_says_so() {
    let inputs = Inputs::new();
    inputs.add_grid(
        "alfa.xlsx",
        &alfa(&[planned("A-1", "A", "2025-09-30"), published("A-2", "B")]),
    );
    let (_, j) = inputs.report(&[]);
    assert!(j.get("planning").is_none());
    let a = j["prognose"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["groep"] == "JenV" && p["categorie"] == "A")
        .unwrap();
    assert_eq!(
        (a["gepubliceerd"].as_i64(), a["verwacht_voor_deadline"].as_i64()),
        (Some(0), Some(1))
    );
    assert_eq!(a["zonder_geschiedenis"], true);
}

/// The rows under the header row that starts with `first`, as text (numbers as Excel shows them unformatted).
fn table(path: &std::path::Path, sheet: &str, first: &str) -> Vec<Vec<String>> {
    use calamine::{Data, Reader};
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(std::fs::read(path).unwrap())).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    Data::Float(f) => format!("{:.3}", f).trim_end_matches(".000").to_owned(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect();
    let at = rows.iter().position(|r| r[0] == first).expect("header row");
    rows[at..].to_vec()
}

#[test]
fn the_workbook_has_the_path_and_the_planning_as_tables_described_on_inhoud_and_toelichting() {
    let inputs = two_quarters();
    inputs.report(&[]);
    let path = inputs.path().join("rapporten/2025-Q2/voortgang-2025-Q2.xlsx");
    let prognose = table(&path, "Prognose", "Groep");
    assert_eq!(prognose[0], ["Groep", "Categorie", "Maand", "Cumulatief"]);
    let totaal_ab: Vec<(&str, &str)> = prognose
        .iter()
        .filter(|r| r[0] == "Totaal" && r[1] == "AB")
        .map(|r| (r[2].as_str(), r[3].as_str()))
        .collect();
    assert_eq!(totaal_ab[..3], [("2025-06", "1"), ("2025-07", "2"), ("2025-08", "3")]);
    assert_eq!(totaal_ab.last(), Some(&("2026-02", "4")));
    let planning = table(&path, "Planning", "Ministerie");
    assert_eq!(
        planning[0][3..8],
        ["Gepland", "Gehaald", "Verschoven", "Zonder datum", "Betrouwbaarheid"]
    );
    assert_eq!(
        planning[1],
        ["JenV", "AAA", "Dienst Alfa", "3", "1", "1", "1", "0.333", "1", "1"],
        "A-5 (volledig) is not counted"
    );
    assert_eq!(planning.len(), 2, "only AAA has sheets in both quarters");
    let inhoud = table(&path, "Inhoud", "Blad");
    assert!(
        ["Prognose", "Planning"]
            .iter()
            .all(|s| inhoud.iter().any(|r| r[0] == *s))
    );
    let toelichting = table(&path, "Toelichting", "Soort");
    for term in ["Betrouwbaarheid", "Verwacht voor deadline", "Na de deadline gepland"] {
        assert!(toelichting.iter().any(|r| r[1] == term), "{term} on Toelichting");
    }
}
