//! End to end: the real binary on real spreadsheet files.

use std::collections::BTreeMap;

use serde_json::Value as Json;

use crate::common::*;

/// Runs the shipped sample for a quarter into a temporary reports folder.
fn run_sample(quarter: &str) -> (tempfile::TempDir, Json) {
    let out = tempfile::tempdir().unwrap();
    let inputs = repo().join("inputs");
    let o = algoreg(
        repo(),
        &[
            "run",
            "--inputs",
            &inputs.to_string_lossy(),
            "--quarter",
            quarter,
            "--out",
            &out.path().to_string_lossy(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stdout));
    let json = json(&out.path().join(quarter).join(format!("cijfers-{quarter}.json")));
    (out, json)
}

fn total(j: &Json, groep: &str, cat: &str, maat: &str) -> u64 {
    j["totalen"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["groep"] == groep && t["categorie"] == cat && t["maat"] == maat)
        .map_or_else(
            || panic!("no total {groep} {cat} {maat}"),
            |t| t["aantal"].as_u64().unwrap(),
        )
}

fn per_org(j: &Json, maat: &str) -> BTreeMap<String, u64> {
    let mut m = BTreeMap::new();
    for c in j["cijfers"].as_array().unwrap() {
        if c["maat"] == maat && c["toezichthouder"] == false {
            *m.entry(c["organisatie"].as_str().unwrap().to_owned()).or_default() += c["aantal"].as_u64().unwrap();
        }
    }
    m.retain(|_, v| *v > 0);
    m
}

#[test]
fn sample_2025_q2_reproduces_the_figures_given_to_parliament() {
    let (_out, j) = run_sample("2025-Q2");
    assert_eq!(total(&j, "Totaal", "totaal", "gepubliceerd"), 32);
    let expected: BTreeMap<String, u64> = [
        ("POL", 6),
        ("NFI", 4),
        ("BD", 4),
        ("NCSC", 3),
        ("DJI", 2),
        ("RVR", 2),
        ("IND", 2),
        ("JUSTID", 2),
        ("RVDK", 2),
        ("CJIB", 1),
        ("JUSTIS", 1),
        ("DTV", 1),
        ("COA", 1),
        ("NIPV", 1),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    assert_eq!(per_org(&j, "gepubliceerd"), expected);
    assert_eq!(total(&j, "Totaal", "totaal", "verplicht"), 32);
    assert_eq!(total(&j, "Totaal", "B", "verplicht"), 22);
    assert_eq!(total(&j, "Totaal", "A", "verplicht"), 10);
    assert_eq!(total(&j, "Totaal", "B", "gepubliceerd"), 11);
    assert_eq!(total(&j, "Totaal", "A", "gepubliceerd"), 3);
    assert_eq!(total(&j, "Totaal", "B", "gepland_voor_deadline"), 11);
    assert_eq!(total(&j, "Totaal", "A", "gepland_voor_deadline"), 7);
    assert_eq!(total(&j, "Totaal", "C", "gepubliceerd"), 18);
    // IND, COA and DT&V belong to AenM.
    assert_eq!(total(&j, "AenM", "totaal", "gepubliceerd"), 4);
    assert_eq!(total(&j, "JenV", "totaal", "gepubliceerd"), 28);
    // Supervisors are reported apart.
    assert!(total(&j, "Toezichthouders", "totaal", "gepubliceerd") > 0);
    let rijen = &j["rijen"];
    assert_eq!(
        rijen["gelezen"].as_u64().unwrap(),
        rijen["geteld"].as_u64().unwrap() + rijen["uitgesloten"].as_u64().unwrap()
    );
    assert_eq!(j["bevindingen_telling"]["fout"], 0);
}

#[test]
fn sample_q1_runs_clean_and_shows_less_progress() {
    let (_out, j) = run_sample("2025-Q1");
    assert_eq!(j["bevindingen_telling"]["fout"], 0);
    assert!(total(&j, "Totaal", "totaal", "gepubliceerd") < 32);
    let missing: Vec<&str> = j["organisaties"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["ingeleverd"] == false)
        .map(|o| o["code"].as_str().unwrap())
        .collect();
    assert_eq!(missing, ["FSH", "LBIO", "WODC"]);
}

#[test]
fn sample_inputs_are_made_by_the_generator() {
    let fresh = tempfile::tempdir().unwrap();
    let written = algoreg_fixtures::sample::write_inputs(fresh.path()).unwrap();
    assert!(written.len() > 80);
    for name in &written {
        let shipped = std::fs::read(repo().join("inputs").join(name)).unwrap_or_default();
        let made = std::fs::read(fresh.path().join(name)).unwrap();
        assert!(
            shipped == made,
            "inputs/{name} differs from what the generator makes: run cargo run --example voorbeeldinvoer"
        );
    }
    // ... and nothing else is shipped in the quarter folders.
    for q in algoreg_fixtures::sample::QUARTERS.map(|q| q.to_string()) {
        let q = q.as_str();
        let shipped = std::fs::read_dir(repo().join("inputs").join(q)).unwrap().count();
        assert_eq!(shipped, written.iter().filter(|w| w.starts_with(q)).count(), "{q}");
    }
}

#[test]
fn same_inputs_same_bytes() {
    let (a, _) = run_sample("2025-Q2");
    let (b, _) = run_sample("2025-Q2");
    let name = "2025-Q2/cijfers-2025-Q2.json";
    assert_eq!(
        std::fs::read(a.path().join(name)).unwrap(),
        std::fs::read(b.path().join(name)).unwrap()
    );
}

#[test]
fn messy_sheets_and_ods_are_read_as_intended() {
    use algoreg_fixtures::grid::{Grid, Value};
    let inputs = Inputs::new();
    let d = |y, m, dd| Value::Date(chrono::NaiveDate::from_ymd_opt(y, m, dd).unwrap());
    // Title rows above the header, columns in another order, sloppy headers,
    // accents and case, trailing spaces, dates as text and as date cells,
    // a quarter as plan, a register link, blank rows, an unknown column.
    let alg = vec![
        vec![text("Statusoverzicht Dienst Alfa")],
        vec![],
        vec![
            text("NAAM "),
            text("id"),
            text("Status"),
            text("geplande  publicatie"),
            text("categorie"),
            text("Publicatiedatum"),
            text("Algoritme ID"),
            text("Eigenaar"),
        ],
        vec![
            text("Eerste"),
            text("A-1"),
            text("Gepubliceerd "),
            Value::Empty,
            text("b"),
            text("01-05-2025"),
            text("https://algoritmes.overheid.nl/nl/algoritme/12345670"),
        ],
        vec![],
        vec![
            text("Tweede"),
            Value::Number(2.0),
            text("GEINVENTARISEERD"),
            text("Q4 2025"),
            text("Hoog-risico AI-systeem"),
            Value::Empty,
            Value::Empty,
            text("team"),
        ],
        vec![text("  ")],
        vec![
            text("Derde"),
            text("A-3"),
            text("in Documentatie"),
            d(2025, 6, 1),
            text("Impactvolle algoritmes"),
        ],
        vec![
            text("Vierde"),
            text("A-4"),
            text("ter controle"),
            text("2026-03-31"),
            text("overig"),
        ],
    ];
    let org = vec![
        vec![text("Gegevens van de organisatie")],
        vec![text("Organisatie:"), text("Dienst Alfa ")],
        vec![text("CODE"), text("aaa")],
        vec![text("Ministerie"), text("Ministerie van Justitie en Veiligheid")],
        vec![text("Kwartaal"), text("Q2 2025")],
        vec![text("Peildatum"), d(2025, 6, 30)],
        vec![text("fase"), text("Publiceren")],
    ];
    inputs.add_grid(
        "alfa.xlsx",
        &Grid::default().sheet("organisatie", org).sheet("ALGORITMEN", alg),
    );
    inputs.add_grid(
        "beta.ods",
        &sheet(
            "BBB",
            "Bureau Beta",
            "AenM",
            &[published("B-1", "A"), planned("B-2", "B", "2025-12-31")],
        ),
    );
    inputs.add_grid("tau.xlsx", &sheet("TTT", "Toezicht Tau", "JenV", &[]));

    let findings = inputs.check();
    let not_info: Vec<_> = findings.iter().filter(|f| f.severity != "info").collect();
    assert!(not_info.is_empty(), "{not_info:#?}");
    assert_eq!(findings.len(), 1, "only the unknown column: {findings:#?}");
    assert_eq!(findings[0].code, "kolom-onbekend");
    assert!(
        findings[0].place.ends_with("alfa.xlsx:ALGORITMEN!H3"),
        "{}",
        findings[0].place
    );

    let out = inputs.run("run", &["--out", "rapporten"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let j = json(
        &inputs
            .path()
            .join(format!("rapporten/{QUARTER}/cijfers-{QUARTER}.json")),
    );
    let fig = |org: &str, cat: &str, maat: &str| {
        j["cijfers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["organisatie"] == org && c["categorie"] == cat && c["maat"] == maat)
            .unwrap()["aantal"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(fig("AAA", "B", "gepubliceerd"), 1);
    assert_eq!(fig("AAA", "B", "nieuw_gepubliceerd"), 1);
    assert_eq!(fig("AAA", "A", "gepland_voor_deadline"), 1, "Q4 2025 means 31-12-2025");
    assert_eq!(
        fig("AAA", "B", "achterstallig"),
        1,
        "planned 1 June, not published by 30 June"
    );
    assert_eq!(fig("AAA", "C", "geinventariseerd"), 1);
    assert_eq!(fig("BBB", "A", "gepubliceerd"), 1);
    assert_eq!(fig("BBB", "B", "gepland_voor_deadline"), 1);
    assert_eq!(j["rijen"]["gelezen"], 6);
    assert_eq!(j["rijen"]["geteld"], 6);
    // Supervisors are never in the ministries' totals.
    assert!(j["totalen"].as_array().unwrap().iter().all(|t| t["groep"] != "Totaal"
        || t["maat"] != "geinventariseerd"
        || t["categorie"] != "totaal"
        || t["aantal"] == 6));
}

#[test]
fn errors_block_reports_unless_accepted_and_then_they_are_provisional() {
    let inputs = Inputs::new();
    inputs.add_grid(
        "alfa.xlsx",
        &alfa(&[
            published("A-1", "B"),
            row("A-2", "X", "gepubliceerd", "", "", "", "geen"),
        ]),
    );
    let out = inputs.run("run", &["--out", "rapporten"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !inputs.path().join("rapporten").join(QUARTER).exists(),
        "no reports when errors were found"
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("VOORLOPIG"));

    let out = inputs.run("run", &["--out", "rapporten", "--accept-errors"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("VOORLOPIG: er stond nog 1 fout in de statusoverzichten."),
        "the summary says the figures are provisional: {stdout}"
    );
    let j = json(
        &inputs
            .path()
            .join(format!("rapporten/{QUARTER}/cijfers-{QUARTER}.json")),
    );
    assert_eq!(j["voorlopig"], true);
    assert_eq!(j["rijen"]["uitgesloten"], 1);
    assert_eq!(j["uitgesloten_rijen"][0]["rij"], 3);
}

#[test]
fn fatal_problems_exit_2_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let out = algoreg(dir.path(), &["check", "--inputs", "bestaat-niet"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("fout: de map bestaat-niet bestaat niet") && err.contains("hint:"),
        "{err}"
    );

    let inputs = Inputs::new();
    let out = inputs.run("check", &["--quarter", "2024-Q4"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("geen map voor 2024-Q4") && err.contains("gevonden kwartalen: 2025-Q2"),
        "{err}"
    );
}

#[test]
fn personal_and_shielded_text_never_reaches_the_json() {
    let inputs = Inputs::new();
    let mut secret = row("GEHEIM-7", "B", "in documentatie", "", "", "", "volledig");
    secret[1] = "Kanarie Geheime Naam".into();
    secret[9] = "Kanarie toelichting".into();
    inputs.add_grid("alfa.xlsx", &alfa(&[secret.clone(), secret]));
    let out = inputs.run("run", &["--out", "rapporten", "--accept-errors"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("[id-dubbel]"), "duplicates are still found: {stdout}");
    let bytes = std::fs::read(
        inputs
            .path()
            .join(format!("rapporten/{QUARTER}/cijfers-{QUARTER}.json")),
    )
    .unwrap();
    let all = format!("{stdout}{}", String::from_utf8_lossy(&bytes));
    for canary in ["Kanarie", "GEHEIM-7", "Contact Kanarie"] {
        assert!(!all.contains(canary), "{canary} leaked");
    }
    let j: Json = serde_json::from_slice(&bytes).unwrap();
    let volledig = j["cijfers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["organisatie"] == "AAA" && c["categorie"] == "B" && c["maat"] == "uitzondering_volledig")
        .unwrap();
    assert_eq!(volledig["aantal"], 1, "counted once, never carried");
}
