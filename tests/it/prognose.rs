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
        planning[0][3..9],
        [
            "Toezichthouder",
            "Gepland",
            "Gehaald",
            "Verschoven",
            "Zonder datum",
            "Betrouwbaarheid"
        ]
    );
    assert_eq!(
        planning[1],
        [
            "JenV",
            "AAA",
            "Dienst Alfa",
            "nee",
            "3",
            "1",
            "1",
            "1",
            "0.333",
            "1",
            "1"
        ],
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
    for term in ["Betrouwbaarheid", "Verwacht voor deadline", "Verschoven na de deadline"] {
        assert!(toelichting.iter().any(|r| r[1] == term), "{term} on Toelichting");
    }
}

/// Runs `algoreg run` on the worked example (with `args`) and reads the
/// figures document back.
fn after_the_deadline(dir: &std::path::Path, args: &[&str]) -> (std::process::Output, Json) {
    let inputs = dir.to_string_lossy().into_owned();
    let out = algoreg(
        dir,
        &[
            &[
                "run",
                "--inputs",
                &inputs,
                "--quarter",
                AFTER,
                "--out",
                "rapporten",
                "--no-pdf",
            ],
            args,
        ]
        .concat(),
    );
    ok(&out);
    let j = json(&dir.join(format!("rapporten/{AFTER}/cijfers-{AFTER}.json")));
    (out, j)
}

fn record<'j>(j: &'j Json, list: &str, groep: &str, categorie: &str) -> &'j Json {
    j[list]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["groep"] == groep && a["categorie"] == categorie)
        .unwrap_or_else(|| panic!("no {list} for {groep} {categorie} in {}", j[list]))
}

/// The worked example, end to end: the sheet in, the backlog in the
/// JSON, the workbook's sheet Achterstand (read back) and the console.
#[test]
fn the_worked_example_in_the_json_the_workbook_and_the_console() {
    let dir = worked_example();
    let (out, j) = after_the_deadline(dir.path(), &[]);
    for groep in ["Totaal", "JenV"] {
        let b = record(&j, "achterstand", groep, "B");
        assert_eq!(b["deadline"], "2025-12-31");
        assert_eq!(
            [&b["gepubliceerd_voor_deadline"], &b["ingehaald"], &b["open"]],
            [2, 3, 4],
            "{b}"
        );
        assert_eq!(b["tempo"], 1.25);
        assert_eq!(b["verwacht_klaar"], "2027-Q3");
        assert_eq!(b["klaar"], false);
        // A: nothing published in the last four quarters.
        let a = record(&j, "achterstand", groep, "A");
        assert_eq!(
            [&a["open"], &a["tempo"], &a["verwacht_klaar"]],
            [&Json::from(1), &Json::from(0.0), &Json::Null]
        );
    }
    // AenM has no mandatory algorithms: past the deadline and done.
    let aenm = record(&j, "achterstand", "AenM", "AB");
    assert_eq!((&aenm["open"], &aenm["klaar"]), (&Json::from(0), &Json::from(true)));
    // Per organisation the same, with the plans that passed.
    let org = j["achterstand_per_organisatie"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["organisatie"] == "AAA" && o["categorie"] == "B")
        .unwrap();
    assert_eq!([&org["ingehaald"], &org["open"], &org["achterstallig"]], [3, 4, 1]);
    assert_eq!(org["oudste_geplande_datum"], "2026-06-01");
    // A past deadline: the path stays, the expectation for it does not.
    let p = record(&j, "prognose", "Totaal", "B");
    assert!(p.get("verwacht_voor_deadline").is_none(), "{p}");
    assert!(!p["pad"].as_array().unwrap().is_empty());

    // The workbook's sheet Achterstand holds the same figures.
    let path = dir.path().join(format!("rapporten/{AFTER}/voortgang-{AFTER}.xlsx"));
    let sheet = table(&path, "Achterstand", "Groep");
    assert_eq!(
        sheet[0][..10],
        [
            "Groep",
            "Code",
            "Organisatie",
            "Categorie",
            "Deadline",
            "Gepubliceerd voor deadline",
            "Ingehaald",
            "Open",
            "Tempo per kwartaal",
            "Verwacht klaar"
        ]
    );
    let totaal_b = sheet.iter().find(|r| r[0] == "Totaal" && r[3] == "B").unwrap();
    let from_json = |k: &str| record(&j, "achterstand", "Totaal", "B")[k].to_string();
    assert_eq!(
        totaal_b[5..10],
        [
            from_json("gepubliceerd_voor_deadline"),
            from_json("ingehaald"),
            from_json("open"),
            "1.250".to_owned(),
            "2027-Q3".to_owned()
        ]
    );
    let a = sheet.iter().find(|r| r[0] == "Totaal" && r[3] == "A").unwrap();
    assert_eq!(a[9], "niet te schatten");
    let alfa = sheet.iter().find(|r| r[1] == "AAA" && r[3] == "B").unwrap();
    assert_eq!((alfa[0].as_str(), alfa[10].as_str()), ("JenV", "1"));
    let inhoud = table(&path, "Inhoud", "Blad");
    assert!(inhoud.iter().any(|r| r[0] == "Achterstand"));
    let toelichting = table(&path, "Toelichting", "Soort");
    for term in [
        "Ingehaald (blad Achterstand)",
        "Verwacht klaar (blad Achterstand)",
        "Deadline JenV",
    ] {
        assert!(toelichting.iter().any(|r| r[1] == term), "{term} on Toelichting");
    }

    // The console: one line per category under the table.
    let text = stdout(&out);
    assert!(
        text.contains(
            "na de deadline (31-12-2025), categorie B: 4 open, 3 ingehaald, tempo 1,25 per kwartaal, verwacht klaar 2027-Q3"
        ),
        "{text}"
    );
    assert!(
        text.contains("categorie A: 1 open, 0 ingehaald, tempo 0 per kwartaal, klaar: niet te schatten"),
        "{text}"
    );
}

/// Before the deadline nothing of the backlog is written, and the prognose
/// keeps its expectation.
#[test]
fn before_the_deadline_there_is_no_achterstand_and_the_expectation_stays() {
    let (_, j) = two_quarters().report(&[]);
    assert_eq!(j["achterstand"], Json::Array(vec![]));
    assert!(record(&j, "prognose", "Totaal", "AB")["verwacht_voor_deadline"].is_u64());
}

/// JenV's own date for B (`doelen.csv`, 30 June 2027): its rows are planned
/// in time against it and JenV has no backlog for B; `Totaal` keeps the
/// Kamer's date for its backlog while its maten are the sums of the rows.
/// The dates are in the JSON, the manifest and the workbook.
#[test]
fn a_doelen_csv_gives_a_ministry_its_own_date() {
    let dir = worked_example();
    std::fs::write(
        dir.path().join("doelen.csv"),
        "ministerie,categorie,datum\nJenV,B,2027-06-30\n",
    )
    .unwrap();
    let (_, j) = after_the_deadline(dir.path(), &[]);
    assert_eq!(j["deadlines"]["JenV"]["B"], "2027-06-30");
    assert_eq!(j["deadlines"]["JenV"]["A"], "2025-12-31");
    assert_eq!(j["deadlines"]["AenM"]["B"], "2025-12-31");
    let jenv_b = |maat: &str| {
        j["totalen"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["groep"] == "JenV" && t["categorie"] == "B" && t["maat"] == maat)
            .unwrap()["aantal"]
            .as_u64()
            .unwrap()
    };
    // O2, O3, O4 (November 2026 to January 2027) are in time for 30 June 2027; O1 is overdue.
    assert_eq!(
        (
            jenv_b("op_tijd_gepland"),
            jenv_b("gepland_na_deadline"),
            jenv_b("achterstallig")
        ),
        (3, 0, 1)
    );
    let totaal = |maat: &str| {
        j["totalen"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["groep"] == "Totaal" && t["categorie"] == "B" && t["maat"] == maat)
            .unwrap()["aantal"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(
        totaal("op_tijd_gepland"),
        jenv_b("op_tijd_gepland"),
        "Totaal sums the rows"
    );
    let parts: u64 = [
        "verplicht_gepubliceerd",
        "achterstallig",
        "op_tijd_gepland",
        "gepland_na_deadline",
        "zonder_planning",
    ]
    .iter()
    .map(|m| totaal(m))
    .sum();
    assert_eq!(parts, totaal("verplicht"));
    // JenV is before its own date for B: a path with an expectation, no backlog.
    assert!(record(&j, "prognose", "JenV", "B")["verwacht_voor_deadline"].is_u64());
    assert_eq!(record(&j, "prognose", "JenV", "B")["deadline"], "2027-06-30");
    assert!(
        j["achterstand"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| !(a["groep"] == "JenV" && a["categorie"] == "B"))
    );
    // Totaal: the Kamer's date, so the worked example's backlog.
    let t = record(&j, "achterstand", "Totaal", "B");
    assert_eq!(
        (&t["deadline"], &t["ingehaald"], &t["open"]),
        (&Json::from("2025-12-31"), &Json::from(3), &Json::from(4))
    );
    // The manifest names the file with its fingerprint, and the dates used.
    let manifest = json(&dir.path().join(format!("rapporten/{AFTER}/manifest.json")));
    assert!(
        manifest["invoer"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["bestand"].as_str().is_some_and(|b| b.ends_with("doelen.csv")) && i["sha256"].is_string()),
        "{manifest}"
    );
    assert_eq!(manifest["opties"]["deadlines"]["JenV"]["B"], "2027-06-30");
    let path = dir.path().join(format!("rapporten/{AFTER}/voortgang-{AFTER}.xlsx"));
    let toelichting = table(&path, "Toelichting", "Soort");
    let jenv = toelichting.iter().find(|r| r[1] == "Deadline JenV").unwrap();
    assert!(
        jenv[3].contains("30-06-2027") && jenv[3].contains("doelen.csv"),
        "{jenv:?}"
    );
}
