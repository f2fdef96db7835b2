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
    for titel in ["Hoog-risico-AI-systemen", "Impactvolle algoritmen", "A en B samen"] {
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
        "Hoog-risico-AI-systemen (A) 0 van 1 gepubliceerd; nog 1 te publiceren, alle op tijd gepland Op schema"
    ));
    // Unknown is not zero: without history the Kamer's questions cannot be judged.
    assert!(
        holds(
            &t,
            "Wat de Kamer vraagt Niet te beoordelen: er is geen vorig kwartaal in de invoer."
        ),
        "{t}"
    );
    assert!(!holds(&t, "Geen waarschuwingen"), "{t}");
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

/// The worked example after the deadline (2026-Q3), with the PDF; the PDF's
/// text and the figures document.
fn after_the_deadline_pdf(doelen: Option<&str>) -> (String, serde_json::Value) {
    let dir = worked_example();
    if let Some(csv) = doelen {
        std::fs::write(dir.path().join("doelen.csv"), csv).unwrap();
    }
    let inputs = dir.path().to_string_lossy().into_owned();
    let out = algoreg(
        dir.path(),
        &["run", "--inputs", &inputs, "--quarter", AFTER, "--out", "rapporten"],
    );
    ok(&out);
    let folder = dir.path().join(format!("rapporten/{AFTER}"));
    let text = pdf_text(&std::fs::read(folder.join(format!("voortgang-{AFTER}.pdf"))).unwrap());
    (text, json(&folder.join(format!("cijfers-{AFTER}.json"))))
}

/// Past the deadline the section is "Na de deadline": the sentence says
/// what came in since, what is open and when it will be done (the figures
/// of the JSON), the front panel says "Achterstand", and a table per
/// organisation shows what each has open.
#[test]
fn after_the_deadline_the_report_shows_the_backlog() {
    let (t, j) = after_the_deadline_pdf(None);
    assert!(holds(&t, "Na de deadline"), "{t}");
    assert!(!holds(&t, "Op koers naar de deadline?"), "{t}");
    assert!(!holds(&t, "Niet op schema") && !holds(&t, "Op schema"), "{t}");
    let b = j["achterstand"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["groep"] == "Totaal" && a["categorie"] == "B")
        .unwrap();
    assert_eq!((b["ingehaald"].as_u64(), b["open"].as_u64()), (Some(3), Some(4)));
    for e in [
        "Sinds de deadline zijn er 3 gepubliceerd; er staan er nog 4 open. Op dit tempo (1,25 per kwartaal) is alles naar verwachting in 2027-Q3 gepubliceerd.",
        "Sinds de deadline is er nog niets gepubliceerd; er staat er nog 1 open. In de laatste vier kwartalen is er niets gepubliceerd. Wanneer alles gepubliceerd is, is daarom niet te schatten.",
        "Achterstand: 4 open",
        "Achterstand: 1 open",
        "4 open sinds de deadline van 31 december 2025, 3 ingehaald",
        "verwacht klaar: 2027-Q3",
        // A and B: 3 caught up, 5 open; (5 published in four quarters) / 4: 5 / 1,25 = 4 quarters.
        "Sinds de deadline zijn er 3 gepubliceerd; er staan er nog 5 open. Op dit tempo (1,25 per kwartaal) is alles naar verwachting in 2027-Q3 gepubliceerd.",
        "Achterstand per organisatie",
        "Organisatie Categorie Open Waarvan",
        "Ingehaald Verwacht klaar Dienst Alfa",
        "Dienst Alfa AB 5 1 3 2027-Q3",
        // The letter-style sentences in the past tense, with the deadline's date.
        "terwijl de deadline (eind 2025) voorbij is",
    ] {
        assert!(holds(&t, e), "missing: {e}\n--- text:\n{t}");
    }
    assert!(
        !holds(&t, "gepland voor publicatie"),
        "no future tense for a past deadline: {t}"
    );
}

/// A ministry's own date is named in the section, and its organisations are
/// measured against it.
#[test]
fn after_the_deadline_a_ministrys_own_date_is_named() {
    let (t, j) = after_the_deadline_pdf(Some("ministerie,categorie,datum\nJenV,B,2026-03-31\n"));
    assert_eq!(j["deadlines"]["JenV"]["B"], "2026-03-31");
    assert!(
        holds(
            &t,
            "JenV heeft een eigen datum: categorie B op 31 maart 2026. De organisaties van JenV worden aan die datum gemeten."
        ),
        "{t}"
    );
    // Against 31 March 2026 the February publication came in time: 2 caught up.
    assert!(holds(&t, "Dienst Alfa AB 5 1 2 2027-Q3"), "{t}");
}

/// The annual report for 2026, after the deadline, from the sample: the
/// backlog at each quarter's end as that quarter's figures give it, what was
/// caught up in the year, and the expected quarter.
#[test]
fn the_annual_report_after_the_deadline_shows_the_backlog_per_quarter() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = repo().join("inputs");
    let inputs = inputs.to_string_lossy();
    ok(&algoreg(
        dir.path(),
        &["annual", "--year", "2026", "--inputs", &inputs, "--out", "r"],
    ));
    let t = pdf_text(&std::fs::read(dir.path().join("r/2026/jaarrapportage-2026.pdf")).unwrap());
    assert!(
        holds(&t, "Na de deadline") && holds(&t, "Achterstand per kwartaal"),
        "{t}"
    );
    assert!(!holds(&t, "Op koers naar de deadline"), "{t}");
    let mut last = None;
    for q in ["2026-Q1", "2026-Q2"] {
        ok(&algoreg(
            dir.path(),
            &["run", "--quarter", q, "--no-pdf", "--inputs", &inputs, "--out", "r"],
        ));
        let j = json(&dir.path().join(format!("r/{q}/cijfers-{q}.json")));
        let ab = j["achterstand"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["groep"] == "Totaal" && a["categorie"] == "AB")
            .unwrap()
            .clone();
        let tempo = algoreg::text::dutch_decimal(ab["tempo"].as_f64().unwrap());
        let klaar = ab["verwacht_klaar"].as_str().unwrap_or("niet te schatten").to_owned();
        let row = format!("{q} {} {} {tempo} {klaar}", ab["open"], ab["ingehaald"]);
        assert!(holds(&t, &row), "{row}\n{t}");
        last = Some(ab);
    }
    let ab = last.unwrap();
    let sentence = format!(
        "In 2026 zijn er {} verplichte algoritmen ingehaald: gepubliceerd na de deadline. De stand op 30 juni 2026: sinds de deadline zijn er {} gepubliceerd; er staan er nog {} open.",
        ab["ingehaald_dit_jaar"], ab["ingehaald"], ab["open"]
    );
    assert!(holds(&t, &sentence), "{sentence}\n{t}");

    // The annual JSON and workbook have the same backlog per quarter.
    let year = json(&dir.path().join("r/2026/cijfers-2026.json"));
    let of = |q: &str| {
        year["achterstand"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["kwartaal"] == q && a["groep"] == "Totaal" && a["categorie"] == "AB")
            .cloned()
            .unwrap_or_else(|| panic!("{q} in {}", year["achterstand"]))
    };
    assert_eq!(of("2026-Q2")["open"], ab["open"]);
    assert_eq!(of("2026-Q2")["verwacht_klaar"], ab["verwacht_klaar"]);
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(dir.path().join("r/2026/jaarrapportage-2026.xlsx")).unwrap();
    let rows: Vec<Vec<String>> = book
        .worksheet_range("Achterstand")
        .unwrap()
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    let header = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| c == "Kwartaal"))
        .unwrap();
    let col = |name: &str| rows[header].iter().position(|h| h == name).unwrap();
    let q2 = rows
        .iter()
        .find(|r| r[0] == "2026-Q2" && r[1] == "Totaal" && r[2] == "AB")
        .expect("2026-Q2 Totaal AB");
    assert_eq!(q2[col("Open")], ab["open"].to_string());
    assert_eq!(q2[col("Ingehaald dit jaar")], ab["ingehaald_dit_jaar"].to_string());
}
