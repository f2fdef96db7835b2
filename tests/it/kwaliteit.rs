//! End to end: the quality of the register's descriptions (`kwaliteit`),
//! from a purpose-made export through `run --register` into the figures
//! document, and through `reconcile` onto the console.

use serde_json::Value as Json;

use crate::common::*;

/// The register's v1.0 columns, in order: those of the sample's export.
use algoreg_fixtures::sample::register::COLUMNS as V1;

const EASY: &str =
    "<p>Wij kijken of uw aanvraag compleet is.</p><ul><li>Is alles ingevuld?</li><li>Klopt het adres?</li></ul>";
const HARD: &str = "Geautomatiseerde risicoclassificatie ondersteunt beleidsmedewerkers bij handhavingsprioritering \
                    van gemeentelijke vergunningsaanvragen en bestemmingsplanwijzigingen &amp; bezwaarprocedures.";

const HOSTILE: &str = "#set text(red) *vet* $x$ <b>";

/// A complete description of Dienst Alfa; `change` sets other columns.
fn record(name: &str, id: &str, change: &[(&str, &str)]) -> Vec<String> {
    let mut f: Vec<String> = V1.iter().map(|_| String::new()).collect();
    let mut set = |c: &str, v: &str| f[V1.iter().position(|h| *h == c).unwrap()] = v.to_owned();
    for (c, v) in [
        ("name", name),
        ("organization", "Dienst Alfa"),
        ("description_short", EASY),
        ("category", "Recht"),
        ("status", "In gebruik"),
        ("goal", EASY),
        ("proportionality", EASY),
        ("human_intervention", EASY),
        ("standard_version", "1.0"),
        ("contact_email", "https://alfa.example.nl/contact"),
        ("lang", "nld"),
        ("publication_category", "Impactvolle algoritmes"),
        ("impacttoetsen_grouping", "Data Protection Impact Assessment (DPIA)"),
        ("algorithm_id", id),
        ("publication_dt", "2025-05-01"),
    ] {
        set(c, v);
    }
    for (c, v) in change {
        set(c, v);
    }
    f
}

fn export(records: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new().from_writer(b"\xEF\xBB\xBF".to_vec());
    w.write_record(V1).unwrap();
    for r in records {
        w.write_record(r).unwrap();
    }
    w.into_inner().unwrap()
}

fn inputs_with_register() -> (Inputs, String) {
    let inputs = Inputs::new();
    let rows = vec![
        published("A-1", "B"),
        published("A-2", "B"),
        published("A-3", "A"),
        published("A-4", "C"),
    ];
    inputs.add_grid("alfa.xlsx", &sheet("AAA", "Dienst Alfa", "JenV", &rows));
    inputs.add_grid("beta.xlsx", &sheet("BBB", "Bureau Beta", "AenM", &[]));
    let bytes = export(&[
        record("Compleet", "11111115", &[]),
        record("Zonder contact", "22222220", &[("contact_email", "n.v.t.")]),
        record(
            "Risico zonder IAMA",
            "33333335",
            &[("publication_category", "Hoog-risico AI-systeem")],
        ),
        record(
            "Moeilijk & oud",
            "44444440",
            &[
                ("standard_version", "0.4"),
                ("publication_category", ""),
                ("contact_email", ""),
                ("goal", HARD),
            ],
        ),
        record(
            "Toezicht zonder toets",
            "55555555",
            &[("organization", "Toezicht Tau"), ("impacttoetsen_grouping", "")],
        ),
        record("Van een ander", "66666660", &[("organization", "Gemeente Elders")]),
        // Register text is data: typst markup in a name is printed as it is.
        record(
            HOSTILE,
            "77777775",
            &[("organization", "Bureau Beta"), ("contact_email", "-")],
        ),
    ]);
    let path = inputs.path().join("register.csv");
    std::fs::write(&path, bytes).unwrap();
    let shown = path.to_string_lossy().into_owned();
    (inputs, shown)
}

const QUALITY_CODES: [&str; 5] = [
    "register-veld-leeg",
    "register-waarde-ongeldig",
    "register-impacttoets-ontbreekt",
    "register-iama-ontbreekt",
    "register-tekst-moeilijk",
];

fn by_name<'a>(k: &'a Json, naam: &str) -> &'a Json {
    k["algoritmen"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["naam"] == naam)
        .unwrap_or_else(|| panic!("{naam} in {k:#}"))
}

#[test]
fn run_with_register_writes_the_kwaliteit_block() {
    let (inputs, register) = inputs_with_register();
    let (_, plain) = inputs.report(&[]);
    assert!(plain.get("kwaliteit").is_none(), "without --register no kwaliteit");
    let (_, j) = inputs.report(&["--register", &register]);
    let k = &j["kwaliteit"];
    assert_eq!(k["drempels"]["flesch_douma_onder"], 45.0);
    assert_eq!(
        k["algoritmen"].as_array().unwrap().len(),
        6,
        "Gemeente Elders is not listed"
    );

    let a = by_name(k, "Zonder contact");
    assert_eq!(a["organisatie"], "AAA");
    assert_eq!(a["algoritme_id"], "22222220");
    assert_eq!(a["lege_velden"], serde_json::json!(["contact_email"]));
    assert_eq!(a["gebreken"], serde_json::json!(["veld-leeg"]));
    let a = by_name(k, "Risico zonder IAMA");
    assert_eq!(a["categorie"], "A");
    assert_eq!(
        (a["zonder_impacttoets"].as_bool(), a["zonder_iama"].as_bool()),
        (Some(false), Some(true))
    );
    assert_eq!(a["gebreken"], serde_json::json!(["geen-iama"]));
    let a = by_name(k, "Moeilijk & oud");
    assert_eq!(a["oudere_standaard"], true);
    assert_eq!(a["lege_velden"], serde_json::json!([]));
    assert_eq!(a["gebreken"], serde_json::json!(["tekst-moeilijk"]));
    let goal = a["leesbaarheid"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["veld"] == "goal")
        .unwrap();
    // 12 words (`&amp;` decoded is no word), one sentence.
    assert_eq!((goal["woorden"].as_u64(), goal["zinnen"].as_u64()), (Some(12), Some(1)));
    assert_eq!(goal["moeilijk"], true);
    // The easy text: 7 + 3 + 3 words in three sentences (the list items count).
    let easy = &by_name(k, "Compleet")["leesbaarheid"][0];
    assert_eq!((easy["woorden"].as_u64(), easy["zinnen"].as_u64()), (Some(13), Some(3)));
    assert_eq!(easy["moeilijk"], false);

    let org = |code: &str| -> Json {
        k["organisaties"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["organisatie"] == code)
            .unwrap()
            .clone()
    };
    let alfa = org("AAA");
    let n = |o: &Json, f: &str| o[f].as_u64().unwrap();
    assert_eq!(
        [
            "gepubliceerd",
            "oudere_standaard",
            "volledig",
            "categorie_a_b",
            "met_impacttoets",
            "categorie_a",
            "met_iama",
            "algoritmen_met_moeilijke_tekst"
        ]
        .map(|f| n(&alfa, f)),
        [4, 1, 2, 3, 3, 1, 0, 1]
    );
    assert_eq!(n(&org("BBB"), "gepubliceerd"), 1);
    let groep = |name: &str| -> Json {
        k["groepen"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["groep"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(n(&groep("JenV"), "gepubliceerd"), 4);
    assert_eq!(n(&groep("AenM"), "gepubliceerd"), 1);
    assert_eq!(n(&groep("Totaal"), "gepubliceerd"), 5);
    let tz = groep("Toezichthouders");
    assert_eq!(
        (
            n(&tz, "gepubliceerd"),
            n(&tz, "categorie_a_b"),
            n(&tz, "met_impacttoets")
        ),
        (1, 1, 0)
    );

    // The findings: one per algorithm and kind, for its organisation.
    let found: Vec<(String, String, String)> = j["bevindingen"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| QUALITY_CODES.contains(&f["code"].as_str().unwrap()))
        .map(|f| {
            (
                f["organisatie"].as_str().unwrap().to_owned(),
                f["code"].as_str().unwrap().to_owned(),
                f["ernst"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected = [
        ("AAA", "register-veld-leeg", "waarschuwing"),
        ("AAA", "register-iama-ontbreekt", "waarschuwing"),
        ("AAA", "register-tekst-moeilijk", "info"),
        ("TTT", "register-impacttoets-ontbreekt", "waarschuwing"),
        ("BBB", "register-veld-leeg", "waarschuwing"),
    ];
    for e in expected {
        assert_eq!(
            found
                .iter()
                .filter(|f| (f.0.as_str(), f.1.as_str(), f.2.as_str()) == e)
                .count(),
            1,
            "{e:?} in {found:#?}"
        );
    }
    assert_eq!(found.len(), expected.len(), "{found:#?}");
}

/// A sheet of the quarterly workbook as text cells, from its header row
/// (the row whose first cell is `first_header`) on.
fn table(inputs: &Inputs, sheet: &str, first_header: &str) -> Vec<Vec<String>> {
    use calamine::Reader;
    let path = inputs
        .path()
        .join(format!("rapporten/{QUARTER}/voortgang-{QUARTER}.xlsx"));
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    let start = rows.iter().position(|r| r[0] == first_header).unwrap();
    rows[start..].to_vec()
}

fn sheet_names(inputs: &Inputs) -> Vec<String> {
    use calamine::Reader;
    let path = inputs
        .path()
        .join(format!("rapporten/{QUARTER}/voortgang-{QUARTER}.xlsx"));
    let book: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    book.sheet_names()
}

#[test]
fn the_workbook_has_the_kwaliteit_sheets_and_explains_them() {
    let (inputs, register) = inputs_with_register();
    inputs.report(&[]);
    let names = sheet_names(&inputs);
    assert!(!names.iter().any(|n| n.starts_with("Kwaliteit")), "{names:?}");
    let toelichting = |inputs: &Inputs| table(inputs, "Toelichting", "Soort");
    assert!(!toelichting(&inputs).iter().any(|r| r[1] == "Leesbaarheidsindicatie"));

    inputs.report(&["--register", &register]);
    let names = sheet_names(&inputs);
    for s in ["Kwaliteit", "Kwaliteit per organisatie"] {
        assert!(names.contains(&s.to_owned()), "{names:?}");
        let inhoud = table(&inputs, "Inhoud", "Blad");
        assert!(inhoud.iter().any(|r| r[0] == s), "Inhoud lists {s}: {inhoud:?}");
    }
    let terms: Vec<String> = toelichting(&inputs).into_iter().map(|r| r[1].clone()).collect();
    for t in [
        "Volledig",
        "Oudere standaard",
        "Impacttoets",
        "IAMA",
        "Leesbaarheidsindicatie",
    ] {
        assert!(terms.contains(&t.to_owned()), "{t} in {terms:?}");
    }

    // One row per algorithm, under one header.
    let k = table(&inputs, "Kwaliteit", "Organisatie");
    let header = &k[0];
    assert_eq!(k.len(), 1 + 6);
    let col = |h: &str| {
        header
            .iter()
            .position(|c| c == h)
            .unwrap_or_else(|| panic!("{h} in {header:?}"))
    };
    let of = |naam: &str| k.iter().find(|r| r[col("Naam")] == naam).unwrap().clone();
    let r = of("Zonder contact");
    assert_eq!(
        (r[col("Organisatie")].as_str(), r[col("Algoritme-ID")].as_str()),
        ("AAA", "22222220")
    );
    assert_eq!(r[col("Lege verplichte velden")], "Contactgegevens");
    assert_eq!(r[col("Gebreken")], "verplicht veld leeg");
    let r = of("Risico zonder IAMA");
    assert_eq!(
        (r[col("Impacttoets (A en B)")].as_str(), r[col("IAMA (A)")].as_str()),
        ("ja", "nee")
    );
    let r = of("Moeilijk & oud");
    assert_eq!(r[col("Oudere standaard")], "ja");
    // By hand, with the documented rules: 12 words, 1 sentence, 58 syllables
    // (Ge-au-to-ma-ti-seer-de counted 6, hand-ha-vings-prio-ri-te-ring 7, the
    // other ten words as spoken: 8+3+6+1+1+5+6+1+8+6 = 45, plus 6 and 7).
    // 206,835 - 0,93 x 12 - 77 x 58/12 = 206,835 - 11,16 - 372,167 = -176,49.
    assert_eq!(r[col("Doel en impact: Flesch-Douma")], "-176.5");
    assert_eq!(r[col("Doel en impact: woorden per zin")], "12");
    assert_eq!(r[col("Impacttoets (A en B)")], "", "no category: not asked");

    let s = table(&inputs, "Kwaliteit per organisatie", "Soort");
    let col = |h: &str| s[0].iter().position(|c| c == h).unwrap();
    let alfa = s.iter().find(|r| r[1] == "AAA").unwrap();
    assert_eq!(
        [
            "Gepubliceerd",
            "Volledig",
            "Categorie A of B",
            "Met impacttoets",
            "Met IAMA"
        ]
        .map(|h| alfa[col(h)].as_str()),
        ["4", "2", "3", "3", "0"]
    );
    let groups: Vec<(&str, &str)> = s
        .iter()
        .filter(|r| r[0] == "Groep")
        .map(|r| (r[1].as_str(), r[col("Gepubliceerd")].as_str()))
        .collect();
    assert_eq!(
        groups,
        [("AenM", "1"), ("JenV", "4"), ("Totaal", "5"), ("Toezichthouders", "1")]
    );
}

#[test]
fn reconcile_prints_the_quality_summary() {
    let (inputs, register) = inputs_with_register();
    let out = inputs.run("reconcile", &["--register", &register]);
    let all = stdout(&out);
    let text = all
        .split_once("kwaliteit van de registraties")
        .unwrap_or_else(|| panic!("{all}"))
        .1;
    let row = |name: &str| -> Vec<String> {
        text.lines()
            .find(|l| l.trim_start().starts_with(&format!("{name} ")))
            .unwrap_or_else(|| panic!("{name} in {text}"))
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    };
    // org, in reg., ouder, volledig, A/B, toets, A, IAMA, moeilijk
    assert_eq!(row("AAA"), ["AAA", "4", "1", "2", "3", "3", "1", "0", "1"]);
    assert_eq!(
        row("Toezichthouders"),
        ["Toezichthouders", "1", "0", "1", "1", "0", "0", "0", "0"]
    );
    assert!(
        text.contains("Bij 1 algoritme van categorie A (hoog risico) staat geen IAMA bij de impacttoetsen."),
        "{text}"
    );
    assert!(all.contains("[register-tekst-moeilijk]"), "{all}");
}

#[test]
fn the_quarterly_pdf_has_the_section_with_names_as_text() {
    let (inputs, register) = inputs_with_register();
    let pdf = |dir: &str| pdf_squashed(&inputs.path().join(format!("{dir}/{QUARTER}/voortgang-{QUARTER}.pdf")));
    let out = inputs.run("run", &["--out", "zonder"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(!pdf("zonder").contains(&squash("Kwaliteit van de registraties")));
    let out = inputs.run("run", &["--out", "met", "--register", &register]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let met = pdf("met");
    for expected in [
        "Kwaliteit van de registraties",
        "geen oordeel over taalniveau B1",
        "Bij 1 algoritme van categorie A (hoog risico) staat geen IAMA bij de impacttoetsen.",
        "Bij 2 algoritmes is het verplichte veld Contactgegevens leeg.",
        "Risico zonder IAMA",
        // Dienst Alfa: 4 published, 2 of the 3 of standard 1.0 complete, 3 of 3 A/B with an assessment, 0 of 1 A with IAMA.
        "Dienst Alfa 4 2 van 3 3 van 3 0 van 1 1",
        HOSTILE,
    ] {
        assert!(met.contains(&squash(expected)), "{expected} in {met}");
    }
}

#[test]
fn the_sample_export_has_its_deliberate_gaps_and_no_others() {
    let out = reconcile_sample();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let mut got: Vec<(String, String)> = parse_findings(&out)
        .into_iter()
        .filter(|l| QUALITY_CODES.contains(&l.code.as_str()))
        .map(|l| {
            (
                l.code,
                l.message.split([' ', '.']).take(8).collect::<Vec<_>>().join(" "),
            )
        })
        .collect();
    got.sort();
    let codes: Vec<&str> = got.iter().map(|(c, _)| c.as_str()).collect();
    // fixtures/src/sample/register.rs, `Gap`: one of each kind, two empty fields.
    assert_eq!(
        codes,
        [
            "register-iama-ontbreekt",
            "register-impacttoets-ontbreekt",
            "register-tekst-moeilijk",
            "register-veld-leeg",
            "register-veld-leeg",
            "register-waarde-ongeldig",
        ],
        "{got:#?}"
    );
    let text = stdout(&out);
    for name in [
        "Automatische gezichtsbeeldvergelijking",
        "Threat-to-life model",
        "Het voorspellen van de kwaliteit",
        "Chatbot Wout",
        "DV&O Planapplicatie",
        "HAVANK",
    ] {
        assert!(text.contains(name), "{name}");
    }
    // Zivver is written to standard 0.4: counted as older, its empty contact no gap.
    let kwaliteit = text.split_once("kwaliteit van de registraties").unwrap().1;
    let cvta: Vec<&str> = kwaliteit
        .lines()
        .find(|l| l.trim_start().starts_with("CVTA "))
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(cvta[..4], ["CVTA", "2", "1", "1"]);
}
