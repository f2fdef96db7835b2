//! Across quarters: each kind of change and each finding on purpose-made
//! fixtures, and `--carry-forward` end to end.

use serde_json::Value as Json;

use crate::common::*;

fn named(mut r: [String; 10], naam: &str) -> [String; 10] {
    r[1] = naam.into();
    r
}

/// Q1 and Q2 of Dienst Alfa, with one of each kind of change between them.
fn two_quarters() -> Inputs {
    let inputs = Inputs::new();
    let q1 = [
        planned("A-1", "B", "2025-06-30"),
        row("A-2", "C", "geïnventariseerd", "", "", "", "geen"),
        row("A-3", "B", "gepubliceerd", "", "2025-02-01", "12345670", "geen"),
        named(row("A-4", "C", "geïnventariseerd", "", "", "", "geen"), "Oude naam"),
        row("A-5", "C", "geïnventariseerd", "", "", "", "geen"),
        row("A-6", "B", "gepubliceerd", "", "2025-03-01", "23456785", "geen"),
        row("A-7", "C", "geïnventariseerd", "", "", "", "geen"),
        row("A-10", "C", "vervallen", "", "", "", "geen"),
    ];
    let q2 = [
        planned("A-1", "B", "2025-09-30"),
        row("A-2", "B", "geïnventariseerd", "2025-12-31", "", "", "geen"),
        row("A-3", "B", "gepubliceerd", "", "2025-02-15", "12345670", "geen"),
        named(
            row("A-4", "C", "geïnventariseerd", "", "", "", "geen"),
            "Heel iets anders",
        ),
        row("A-6", "B", "ter controle", "2025-09-30", "", "", "geen"),
        row("A-7", "C", "vervallen", "", "", "", "geen"),
        row("A-8", "C", "gepubliceerd", "", "2025-05-01", "34567890", "geen"),
        row("A-9", "A", "geïnventariseerd", "2025-12-31", "", "", "geen"),
    ];
    add_q1(&inputs, "alfa.xlsx", &alfa_for("2025-Q1", &q1));
    inputs.add_grid("alfa.xlsx", &alfa_for("2025-Q2", &q2));
    inputs
}

fn run(inputs: &Inputs, args: &[&str]) -> (Vec<Line>, Json) {
    let out = inputs.run("run", &[&["--out", "rapporten"], args].concat());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let j = json(
        &inputs
            .path()
            .join(format!("rapporten/{QUARTER}/cijfers-{QUARTER}.json")),
    );
    (parse_findings(&out), j)
}

#[test]
fn every_kind_of_change_is_counted_per_organisation_and_category() {
    let (_, j) = run(&two_quarters(), &[]);
    let m = &j["mutaties"];
    assert_eq!(m["vorig_kwartaal"], "2025-Q1");
    assert_eq!(m["vergeleken"], serde_json::json!(["AAA"]));
    let count = |cat: &str, k: &str| {
        m["per_organisatie"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["organisatie"] == "AAA" && t["categorie"] == cat)
            .map_or(0, |t| t[k].as_i64().unwrap())
    };
    assert_eq!(count("A", "nieuw_geinventariseerd"), 1, "A-9");
    assert_eq!(count("C", "nieuw_geinventariseerd"), 1, "A-8");
    assert_eq!(count("C", "nieuw_gepubliceerd"), 1, "A-8");
    assert_eq!(count("C", "nieuw_vervallen"), 1, "A-7; A-10 was vervallen already");
    assert_eq!(count("B", "categorie_gewijzigd"), 1, "A-2 went from C to B");
    assert_eq!(count("B", "verschoven"), 1, "A-1");
    assert_eq!(count("B", "verschoven_dagen"), 92, "30 June to 30 September");
    assert_eq!(count("C", "verdwenen"), 1, "A-5");
    let changes = m["wijzigingen"].as_array().unwrap();
    let moved = changes.iter().find(|w| w["soort"] == "verschoven").unwrap();
    assert_eq!(
        (moved["id"].as_str(), moved["van"].as_str(), moved["naar"].as_str()),
        (Some("A-1"), Some("30-06-2025"), Some("30-09-2025"))
    );
    let cat = changes.iter().find(|w| w["soort"] == "categorie-gewijzigd").unwrap();
    assert_eq!((cat["van"].as_str(), cat["naar"].as_str()), (Some("C"), Some("B")));
    // Supervisors are not in the totals; Dienst Alfa is.
    assert_eq!(m["totaal"]["B"]["verschoven"], 1);
}

#[test]
fn what_should_not_happen_is_a_warning_at_its_cell() {
    let (f, _) = run(&two_quarters(), &[]);
    let at = |code: &str| {
        let hits: Vec<&Line> = f.iter().filter(|l| l.code == code).collect();
        assert_eq!(hits.len(), 1, "{code}: {f:#?}");
        assert_eq!(hits[0].severity, "waarschuwing");
        hits[0].clone()
    };
    let gone = at("algoritme-verdwenen");
    assert!(
        gone.place.ends_with("2025-Q2/alfa.xlsx:Algoritmen") && gone.message.contains("A-5"),
        "{gone:?}"
    );
    assert!(at("status-terug").place.ends_with("alfa.xlsx:Algoritmen!E6"));
    let date = at("publicatiedatum-gewijzigd");
    assert!(
        date.place.ends_with("alfa.xlsx:Algoritmen!G4") && date.message.contains("01-02-2025"),
        "{date:?}"
    );
    let reused = at("id-hergebruikt");
    assert!(
        reused.place.ends_with("alfa.xlsx:Algoritmen!A5") && reused.message.contains("Oude naam"),
        "{reused:?}"
    );
}

#[test]
fn the_workbook_has_a_sheet_of_changes() {
    use calamine::Reader;
    let inputs = two_quarters();
    run(&inputs, &[]);
    let path = inputs
        .path()
        .join(format!("rapporten/{QUARTER}/voortgang-{QUARTER}.xlsx"));
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let range = book.worksheet_range("Mutaties").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .skip_while(|r| r[0] != "Organisatie")
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let kinds: Vec<String> = rows[1..].iter().map(|r| r[col("Wijziging")].clone()).collect();
    // The organisation's name and whether it is a supervisor beside its code.
    assert!(
        rows[1..]
            .iter()
            .all(|r| r[col("Organisatienaam")] == "Dienst Alfa" && r[col("Toezichthouder")] == "nee"),
        "{rows:?}"
    );
    assert!(
        kinds.contains(&"planning verschoven".to_owned()) && kinds.contains(&"verdwenen zonder vervallen".to_owned()),
        "{kinds:?}"
    );
}

#[test]
fn carry_forward_marks_the_taken_over_sheet_everywhere() {
    let inputs = Inputs::new();
    add_q1(
        &inputs,
        "beta.xlsx",
        &sheet_for(
            "2025-Q1",
            "BBB",
            "Bureau Beta",
            "AenM",
            &[published("B-1", "B"), planned("B-2", "A", "2025-12-31")],
        ),
    );
    add_q1(&inputs, "alfa.xlsx", &alfa_for("2025-Q1", &[published("A-1", "B")]));
    inputs.add_grid("alfa.xlsx", &alfa_for("2025-Q2", &[published("A-1", "B")]));

    // Without the flag, Bureau Beta did not report and counts for nothing.
    let (f, j) = run(&inputs, &[]);
    assert!(
        f.iter()
            .any(|l| l.code == "blad-niet-ingeleverd" && l.message.contains("(BBB)"))
    );
    let beta = |j: &Json| {
        j["organisaties"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["code"] == "BBB")
            .unwrap()
            .clone()
    };
    assert_eq!(beta(&j)["ingeleverd"], false);
    assert!(beta(&j).get("overgenomen_uit").is_none());
    assert!(
        !j["cijfers"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["organisatie"] == "BBB")
    );
    let total = |j: &Json| {
        j["totalen"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["groep"] == "Totaal" && t["categorie"] == "totaal" && t["maat"] == "verplicht")
            .unwrap()["aantal"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(total(&j), 1);

    let (f, j) = run(&inputs, &["--carry-forward"]);
    let carried = f
        .iter()
        .find(|l| l.code == "blad-overgenomen")
        .expect("a finding says so");
    assert!(
        carried.message.contains("overgenomen uit 2025-Q1") && carried.place.ends_with("2025-Q1/beta.xlsx"),
        "{carried:?}"
    );
    assert!(
        !f.iter()
            .any(|l| l.code == "blad-niet-ingeleverd" && l.message.contains("(BBB)"))
    );
    assert_eq!(beta(&j)["overgenomen_uit"], "2025-Q1");
    assert_eq!(beta(&j)["ingeleverd"], false);
    assert_eq!(total(&j), 3, "the totals do not drop");
    let records: Vec<&Json> = j["cijfers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["organisatie"] == "BBB")
        .collect();
    assert!(!records.is_empty() && records.iter().all(|c| c["overgenomen_uit"] == "2025-Q1"));
    assert_eq!(j["rijen"]["overgenomen"], 2);
    assert!(
        !j["mutaties"]["vergeleken"]
            .as_array()
            .unwrap()
            .contains(&Json::from("BBB")),
        "a carried sheet is not compared"
    );

    use calamine::Reader;
    let path = inputs
        .path()
        .join(format!("rapporten/{QUARTER}/voortgang-{QUARTER}.xlsx"));
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let orgs = book.worksheet_range("Organisaties").unwrap();
    assert!(orgs.rows().any(|r| r.iter().any(|c| *c == "overgenomen uit 2025-Q1")));
    let pdf = pdf_squashed(
        &inputs
            .path()
            .join(format!("rapporten/{QUARTER}/voortgang-{QUARTER}.pdf")),
    );
    assert!(pdf.contains(&squash("overgenomen uit 2025-Q1")), "the PDF marks it too");
}

#[test]
fn annual_counts_what_happened_during_the_year_without_names() {
    let inputs = two_quarters();
    let out = inputs.run("annual", &["--year", "2025", "--out", "rapporten"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let dir = inputs.path().join("rapporten/2025");
    let j = json(&dir.join("cijfers-2025.json"));
    let m = &j["mutaties"][0];
    assert_eq!(
        (m["kwartaal"].as_str(), m["vorig_kwartaal"].as_str()),
        (Some("2025-Q2"), Some("2025-Q1"))
    );
    assert_eq!(m["per_categorie"]["B"]["verschoven"], 1);
    assert_eq!(m["per_categorie"]["C"]["nieuw_vervallen"], 1);
    let pdf = pdf_squashed(&dir.join("jaarrapportage-2025.pdf"));
    assert!(pdf.contains(&squash("Wat er per algoritme veranderde")));
    for name in ["Oude naam", "Heel iets anders", "Algoritme A-"] {
        let all = format!(
            "{pdf}{}",
            std::fs::read_to_string(dir.join("cijfers-2025.json")).unwrap()
        );
        assert!(
            !all.contains(&squash(name)) && !all.contains(name),
            "{name} in a public output"
        );
    }
}
