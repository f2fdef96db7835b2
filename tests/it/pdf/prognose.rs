//! The quarterly PDF on the path to the deadline: the charts with their alt
//! text and sentences, "op schema" that weighs the expectation, the planning
//! per organisation and the Kamer's rules; and the sample shows plans slip.

use crate::common::*;

/// Dienst Alfa: in Q1 two B rows due by 30 June; in Q2 neither is published
/// and both are planned later, before the deadline (all on time, but no plan was kept).
fn slipped() -> Inputs {
    let inputs = Inputs::new();
    add_q1(
        &inputs,
        "alfa.xlsx",
        &alfa_for(
            "2025-Q1",
            &[
                planned("A-1", "B", "2025-06-15"),
                planned("A-2", "B", "2025-05-31"),
                published("A-3", "B"),
                planned("A-4", "A", "2025-06-30"),
            ],
        ),
    );
    inputs.add_grid(
        "alfa.xlsx",
        &alfa_for(
            "2025-Q2",
            &[
                planned("A-1", "B", "2025-10-15"),
                planned("A-2", "B", "2025-11-30"),
                published("A-3", "B"),
                row("A-4", "A", "gepubliceerd", "", "2025-06-20", "23456785", "geen"),
                planned("A-5", "A", "2026-03-31"),
            ],
        ),
    );
    inputs
}

fn pdf(inputs: &Inputs) -> Vec<u8> {
    let out = inputs.run("run", &["--out", "rapporten"]);
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", stdout(&out));
    std::fs::read(
        inputs
            .path()
            .join(format!("rapporten/{QUARTER}/voortgang-{QUARTER}.pdf")),
    )
    .unwrap()
}

#[test]
fn on_time_plans_are_not_op_schema_when_last_quarters_plans_were_not_kept() {
    let bytes = pdf(&slipped());
    let t = pdf_text(&bytes);
    // B: 1 of 3 published, 2 planned on time; of the 2 due, 0 kept: 1 + floor(2 x 0/2) = 1.
    assert!(
        holds(
            &t,
            "Impactvolle algoritmen (B) 1 van 3 gepubliceerd; nog 2 te publiceren, alle op tijd gepland, maar naar verwachting zijn er bij de deadline 1 gepubliceerd Niet op schema"
        ),
        "{t}"
    );
    // A and B: the due rows A-1, A-2 and A-4; only A-4 kept. 2 published + floor(2 x 1/3) = 2.
    assert!(holds(
        &t,
        "Als de organisaties hun planning halen zoals in het vorige kwartaal (1 van de 3 gepland), zijn er eind 2025 naar verwachting 2 van de 5 verplichte algoritmen gepubliceerd."
    ));
    assert!(holds(&t, "Dienst Alfa 3 1 33% 1 0"), "the planning table: {t}");
    assert!(holds(
        &t,
        "Het algoritme A-5 (Algoritme A-5) staat sinds 2025-Q2 in het overzicht"
    ));
    let raw = pdf_raw(&bytes);
    for titel in ["Hoog-risico AI-systemen", "Impactvolle algoritmen", "A en B samen"] {
        assert!(
            raw.contains(&format!("Grafiek, {titel}")),
            "alt text of the chart {titel}"
        );
    }
}

#[test]
fn without_a_previous_quarter_the_sentence_says_there_is_nothing_to_go_by() {
    let inputs = Inputs::new();
    inputs.add_grid(
        "alfa.xlsx",
        &alfa(&[planned("A-1", "A", "2025-09-30"), published("A-2", "B")]),
    );
    let t = pdf_text(&pdf(&inputs));
    assert!(holds(
        &t,
        "Er is geen vorig kwartaal om de planning aan te toetsen. Als alle organisaties hun planning halen, zijn er eind 2025 2 van de 2 verplichte algoritmen gepubliceerd."
    ));
    assert!(holds(
        &t,
        "Hoog-risico AI-systemen (A) 0 van 1 gepubliceerd; nog 1 te publiceren, alle op tijd gepland Op schema"
    ));
}

#[test]
fn the_sample_shows_an_organisation_whose_plans_slipped() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = repo().join("inputs");
    let out = algoreg(
        dir.path(),
        &[
            "run",
            "--quarter",
            "2025-Q3",
            "--no-pdf",
            "--inputs",
            &inputs.to_string_lossy(),
            "--out",
            "r",
        ],
    );
    ok(&out);
    let j = json(&dir.path().join("r/2025-Q3/cijfers-2025-Q3.json"));
    let slipped: Vec<&str> = j["planning"]["per_organisatie"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["verschoven"].as_u64() > Some(0) && o["na_deadline_gepland"].as_u64() > Some(0))
        .map(|o| o["organisatie"].as_str().unwrap())
        .collect();
    assert!(
        !slipped.is_empty(),
        "an organisation whose plans moved past the deadline"
    );
    expect(&parse_findings(&out), "na-deadline-gepland", "waarschuwing", "");
}

#[test]
fn the_annual_report_sets_each_quarters_expectation_beside_what_was_published_at_the_deadline() {
    use algoreg::model::{Quarter, Status};
    use algoreg_fixtures::sample::{organisations_csv, sheet_rows};
    let dir = tempfile::tempdir().unwrap();
    let inputs = repo().join("inputs");
    let inputs = inputs.to_string_lossy();
    ok(&algoreg(
        dir.path(),
        &["annual", "--year", "2025", "--inputs", &inputs, "--out", "r"],
    ));
    let t = pdf_text(&std::fs::read(dir.path().join("r/2025/jaarrapportage-2025.pdf")).unwrap());
    // From the sample's own data: the ministries' mandatory rows at the end of 2025.
    let organisaties =
        algoreg::organisaties::OrganisatieLijst::parse(organisations_csv().as_bytes(), "organisaties.csv").unwrap();
    let supervisors = organisaties.toezichthouders();
    assert!(!supervisors.is_empty());
    let mandatory: Vec<_> = sheet_rows(Quarter::new(2025, 4).unwrap())
        .unwrap()
        .into_iter()
        .filter(|r| {
            r.cat != "C"
                && r.status != Status::Withdrawn
                && r.uitzondering != "volledig"
                && !supervisors.iter().any(|s| s == r.org)
        })
        .collect();
    let published = mandatory.iter().filter(|r| r.status == Status::Published).count();
    assert!(published < mandatory.len(), "the sample misses the deadline a little");
    assert!(
        holds(
            &t,
            &format!(
                "Bij de deadline (31 december 2025) waren {published} van de {} verplichte algoritmen (A en B) gepubliceerd.",
                mandatory.len()
            )
        ),
        "{t}"
    );
    // Each quarter's expectation is the one its own figures give.
    for q in ["2025-Q2", "2025-Q3"] {
        ok(&algoreg(
            dir.path(),
            &["run", "--quarter", q, "--no-pdf", "--inputs", &inputs, "--out", "r"],
        ));
        let j = json(&dir.path().join(format!("r/{q}/cijfers-{q}.json")));
        let ab = j["prognose"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["groep"] == "Totaal" && p["categorie"] == "AB")
            .unwrap();
        let verplicht = ["A", "B"]
            .iter()
            .map(|c| {
                j["totalen"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|t| t["groep"] == "Totaal" && t["categorie"] == *c && t["maat"] == "verplicht")
                    .unwrap()["aantal"]
                    .as_u64()
                    .unwrap()
            })
            .sum::<u64>();
        let sentence = format!("in {q} {} van de {verplicht}", ab["verwacht_voor_deadline"]);
        assert!(holds(&t, &sentence), "{sentence}");
        assert_eq!(ab["zonder_geschiedenis"], false);
    }
}

#[test]
fn the_chart_goes_back_a_year_and_only_the_pdf_reads_that_far() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = repo().join("inputs");
    let inputs = inputs.to_string_lossy();
    let run = |extra: &[&str], out: &str| {
        ok(&algoreg(
            dir.path(),
            &[
                &["run", "--quarter", "2025-Q3", "--inputs", &inputs, "--out", out],
                extra,
            ]
            .concat(),
        ));
        json(&dir.path().join(format!("{out}/2025-Q3/manifest.json")))["invoer"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["bestand"].as_str().unwrap().contains("2025-Q1"))
    };
    assert!(run(&[], "met"), "the PDF's chart reads 2025-Q1");
    assert!(
        !run(&["--no-pdf"], "zonder"),
        "without the PDF, only the previous quarter is read"
    );
    let raw = pdf_raw(&std::fs::read(dir.path().join("met/2025-Q3/voortgang-2025-Q3.pdf")).unwrap());
    assert!(
        raw.contains("op 31 maart 2025"),
        "the chart's alt text names the 2025-Q1 point"
    );
}
