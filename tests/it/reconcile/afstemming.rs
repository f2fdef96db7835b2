//! End to end: the real binary reconciles sheets with purpose-made register
//! exports in the register's column layouts, and with the shipped sample.

use serde_json::Value as Json;

use crate::common::*;

#[rustfmt::skip]
const V1: [&str; 31] = [
    "name", "organization", "description_short", "category", "website", "status", "goal", "proportionality",
    "lawful_basis", "standard_version", "url", "contact_email", "lang", "publiccode", "source_data",
    "methods_and_models", "human_intervention", "risks", "provider", "process_index_url", "tags", "source_id",
    "begin_date", "end_date", "impacttoetsen", "publication_category", "lawful_basis_grouping",
    "impacttoetsen_grouping", "source_data_grouping", "algorithm_id", "publication_dt",
];

/// A register record: `[name, organization, status, publication_category, algorithm_id, publication_dt]`.
type Rec<'a> = [&'a str; 6];

/// A v1.0 export: BOM, every field quoted, a line break inside `goal`, so
/// that every record spans two lines (record n starts on line 2n).
fn v1_export(records: &[Rec]) -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    let q = |v: &str| format!("\"{}\"", v.replace('"', "\"\""));
    out.extend(V1.map(q).join(",").bytes());
    out.push(b'\n');
    for r in records {
        let mut f = [""; 31];
        (f[0], f[1], f[5], f[25], f[29], f[30]) = (r[0], r[1], r[2], r[3], r[4], r[5]);
        f[6] = "Waarom dit algoritme er is.\r\nMet \"uitleg\" op twee regels.";
        f[12] = "nld";
        out.extend(f.map(q).join(",").bytes());
        out.push(b'\n');
    }
    out
}

/// The quality check's codes: the register's descriptions against the
/// publication standard have their own tests (`tests/it/kwaliteit.rs`); here
/// only the afstemming counts.
const QUALITY_CODES: [&str; 5] = [
    "register-veld-leeg",
    "register-waarde-ongeldig",
    "register-impacttoets-ontbreekt",
    "register-iama-ontbreekt",
    "register-tekst-moeilijk",
];

/// The findings of reconciliation, without those of the quality check.
fn afstemming(out: &std::process::Output) -> Vec<Line> {
    parse_findings(out)
        .into_iter()
        .filter(|l| !QUALITY_CODES.contains(&l.code.as_str()))
        .collect()
}

pub(super) fn write(inputs: &Inputs, name: &str, bytes: &[u8]) -> String {
    let path = inputs.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

/// AAA's sheet, one row per kind of disagreement (sheet rows 2 to 11).
fn alfa_rows() -> Vec<[String; 10]> {
    vec![
        row("A-1", "B", "gepubliceerd", "", "2025-05-01", "11111115", "geen"),
        row("A-2", "B", "gepubliceerd", "", "2025-05-01", "22222220", "geen"),
        row("A-3", "B", "gepubliceerd", "", "2025-05-01", "33333335", "geen"),
        row("A-4", "B", "gepubliceerd", "", "2025-05-01", "44444440", "geen"),
        row("A-5", "C", "gepubliceerd", "", "2025-05-01", "55555555", "geen"),
        row("A-6", "C", "gepubliceerd", "", "2025-05-01", "66666660", "geen"),
        row("A-7", "C", "gepubliceerd", "", "2025-05-01", "77777775", "geen"),
        row("A-8", "C", "gepubliceerd", "", "2025-05-01", "88888880", "geen"),
        row("A-9", "C", "in documentatie", "", "", "", "geen"),
        row("A-10", "C", "ter controle", "", "", "", "geen"),
    ]
}

pub(super) fn alfa_register() -> Vec<u8> {
    v1_export(&[
        [
            "Algoritme A-1",
            "Dienst Alfa",
            "In gebruik",
            "Impactvolle algoritmes",
            "11111115",
            "2025-05-01",
        ],
        // A-2 is missing.
        [
            "Algoritme A-3",
            "Bureau Beta",
            "In gebruik",
            "Impactvolle algoritmes",
            "33333335",
            "2025-05-01",
        ],
        [
            "Algoritme A-4",
            "Dienst Alfa",
            "In gebruik",
            "Overige algoritmes",
            "44444440",
            "2025-05-01",
        ],
        [
            "Algoritme A-5",
            "Dienst Alfa",
            "Buiten gebruik",
            "Overige algoritmes",
            "55555555",
            "2025-05-01",
        ],
        [
            "Algoritme A-6",
            "Dienst Alfa",
            "In gebruik",
            "Overige algoritmes",
            "66666660",
            "2025-03-15",
        ],
        // Exactly a month apart: no disagreement.
        [
            "Algoritme A-7",
            "Dienst Alfa",
            "In gebruik",
            "Overige algoritmes",
            "77777775",
            "2025-04-01",
        ],
        // The sheet's ID differs from the register's (in two digits: one digit off
        // fails the check digit): found by name.
        [
            "ALGORITME a-8 ",
            "dienst alfa",
            "In gebruik",
            "Overige algoritmes",
            "88888893",
            "2025-05-01",
        ],
        // A-9 is already in the register (by name), the sheet says in documentatie.
        [
            "Algoritme A-9",
            "Dienst Alfa",
            "In gebruik",
            "Overige algoritmes",
            "99999995",
            "2025-04-01",
        ],
        // A-10 was published after the peildatum: not compared.
        [
            "Algoritme A-10",
            "Dienst Alfa",
            "In ontwikkeling",
            "Overige algoritmes",
            "19191919",
            "2025-07-15",
        ],
        [
            "Vergeten algoritme",
            "Dienst Alfa",
            "In gebruik",
            "Overige algoritmes",
            "12121218",
            "2025-02-01",
        ],
        [
            "Iets van een gemeente",
            "Gemeente X",
            "In gebruik",
            "Overige algoritmes",
            "13131311",
            "2025-02-01",
        ],
    ])
}

pub(super) fn alfa_inputs() -> Inputs {
    let inputs = Inputs::new();
    inputs.add_grid("alfa.xlsx", &sheet("AAA", "Dienst Alfa", "JenV", &alfa_rows()));
    inputs.add_grid("beta.xlsx", &sheet("BBB", "Bureau Beta", "AenM", &[]));
    inputs.add_grid("tau.xlsx", &sheet("TTT", "Toezicht Tau", "JenV", &[]));
    inputs
}

#[track_caller]
fn one(findings: &[Line], code: &str, severity: &str, place_ends_with: &str) -> Line {
    let hits: Vec<&Line> = findings
        .iter()
        .filter(|f| f.code == code && f.severity == severity)
        .collect();
    assert_eq!(hits.len(), 1, "one {severity} [{code}] expected: {findings:#?}");
    assert!(hits[0].place.ends_with(place_ends_with), "{:#?}", hits[0]);
    hits[0].clone()
}

#[test]
fn every_kind_of_disagreement_is_found_once_at_its_place() {
    let inputs = alfa_inputs();
    let register = write(&inputs, "register.csv", &alfa_register());
    let out = inputs.run("reconcile", &["--register", &register]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let f = afstemming(&out);
    let m = one(&f, "niet-in-register", "waarschuwing", "alfa.xlsx:Algoritmen!H3");
    assert!(m.message.contains("\"Algoritme A-2\" (Algoritme-ID 22222220)"), "{m:?}");
    let m = one(
        &f,
        "register-andere-organisatie",
        "waarschuwing",
        "alfa.xlsx:Algoritmen!H4",
    );
    assert!(m.message.contains("onder Bureau Beta, niet onder Dienst Alfa"), "{m:?}");
    assert!(m.message.contains("regel 4, Algoritme-ID 33333335"), "{m:?}");
    let m = one(&f, "categorie-verschilt", "waarschuwing", "alfa.xlsx:Algoritmen!C5");
    assert!(m.message.contains("categorie B (Impactvolle algoritmes)") && m.message.contains("Overige algoritmes"));
    let m = one(
        &f,
        "publicatiedatum-verschilt",
        "waarschuwing",
        "alfa.xlsx:Algoritmen!G7",
    );
    assert!(
        m.message.contains("01-05-2025") && m.message.contains("15-03-2025"),
        "{m:?}"
    );
    let m = one(&f, "gekoppeld-op-naam", "waarschuwing", "alfa.xlsx:Algoritmen!H9");
    assert!(
        m.message.contains("88888880") && m.message.contains("88888893"),
        "{m:?}"
    );
    // Two status disagreements: out of use (A-5), and already published (A-9, by name).
    let status: Vec<&Line> = f.iter().filter(|l| l.code == "status-verschilt").collect();
    assert_eq!(status.len(), 2, "{f:#?}");
    assert!(status[0].place.ends_with("!E6") && status[0].message.contains("buiten gebruik"));
    assert!(status[1].place.ends_with("!E10") && status[1].message.contains("(Gekoppeld op naam.)"));
    one(&f, "gekoppeld-op-naam", "info", "alfa.xlsx:Algoritmen!H10");
    // Record 10 starts on line 20: multiline fields do not shift the line.
    let m = one(&f, "niet-in-inventaris", "waarschuwing", "register.csv:regel 20");
    assert!(
        m.message.contains("\"Vergeten algoritme\"") && m.message.contains("alfa.xlsx"),
        "{m:?}"
    );
    assert_eq!(f.len(), 9, "nothing else (A-1, A-7, A-10, Gemeente X): {f:#?}");
    assert!(
        stdout.contains("11 gelezen = 10 van deze organisaties + 1 van andere"),
        "{stdout}"
    );
}

#[test]
fn run_with_register_adds_afstemming_and_leaves_the_figures_alone() {
    let inputs = alfa_inputs();
    let register = write(&inputs, "register.csv", &alfa_register());
    let plain = inputs.run("run", &["--out", "zonder"]);
    assert_eq!(plain.status.code(), Some(0));
    let out = inputs.run("run", &["--out", "met", "--register", &register]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let read = |dir: &str| json(&inputs.path().join(format!("{dir}/{QUARTER}/cijfers-{QUARTER}.json")));
    let (zonder, met) = (read("zonder"), read("met"));
    assert!(
        zonder.get("afstemming").is_none(),
        "without --register the JSON is as before"
    );
    assert_eq!(zonder["cijfers"], met["cijfers"]);
    assert_eq!(zonder["totalen"], met["totalen"]);
    let a = &met["afstemming"];
    let t = &a["totalen"];
    for (kind, n) in [
        ("niet_in_register", 1),
        ("register_andere_organisatie", 1),
        ("niet_in_inventaris", 1),
        ("categorie_verschilt", 1),
        ("status_verschilt", 2),
        ("publicatiedatum_verschilt", 1),
        ("gekoppeld_op_naam", 2),
    ] {
        assert_eq!(t[kind], n, "{kind}: {t}");
    }
    let alfa = a["organisaties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["organisatie"] == "AAA")
        .unwrap();
    assert_eq!(alfa["gekoppeld_op_id"], 6);
    assert_eq!(alfa["gekoppeld_op_naam"], 3);
    assert_eq!(alfa["na_peildatum"], 1);
    assert_eq!(a["verschillen"].as_array().unwrap().len(), 9);
    let count = |severity: &str| {
        met["bevindingen"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["ernst"] == severity && !QUALITY_CODES.contains(&f["code"].as_str().unwrap()))
            .count()
    };
    assert_eq!((count("waarschuwing"), count("info")), (8, 1));

    // The workbook has a sheet with one row per disagreement, only with --register.
    use calamine::Reader;
    let sheets = |dir: &str| {
        let path = inputs.path().join(format!("{dir}/{QUARTER}/voortgang-{QUARTER}.xlsx"));
        let mut book: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
        let names = book.sheet_names();
        let rows = book
            .worksheet_range("Afstemming")
            .map(|r| r.rows().count())
            .unwrap_or(0);
        (names, rows)
    };
    assert!(!sheets("zonder").0.contains(&"Afstemming".to_owned()));
    let (names, rows) = sheets("met");
    assert_eq!(
        names[names.len() - 4..],
        ["Afstemming per organisatie", "Afstemming", "Register", "Data"],
        "the afstemming's sheets just before Data: {names:?}"
    );
    // Title, four notes (the export's age, which download it is), a blank row, the header and 9 disagreements.
    assert_eq!(rows, 6 + 1 + 9);
    // The PDF has a short section, only with --register.
    let pdf = |dir: &str| pdf_squashed(&inputs.path().join(format!("{dir}/{QUARTER}/voortgang-{QUARTER}.pdf")));
    assert!(!pdf("zonder").contains("Afstemmingmethetregister"));
    let met = pdf("met");
    for expected in [
        "Afstemming met het register",
        "In het register, niet in het overzicht",
        "Andere categorie",
    ] {
        assert!(met.contains(&squash(expected)), "{expected}");
    }
}

#[test]
fn older_29_column_export_is_matched_by_name_as_a_weaker_match() {
    let inputs = alfa_inputs();
    let old = "name,organization,status,goal,publication_category\n\
               Algoritme A-1,Dienst Alfa,In gebruik,\"twee\nregels\",Overige algoritmes\n\
               Algoritme A-2,Dienst Alfa,In gebruik,,Impactvolle algoritmes\n";
    let register = write(&inputs, "oud.csv", old.as_bytes());
    let out = inputs.run("reconcile", &["--register", &register]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("geen Algoritme-ID's"), "{stdout}");
    let f = parse_findings(&out);
    let weak: Vec<&Line> = f.iter().filter(|l| l.code == "gekoppeld-op-naam").collect();
    assert_eq!(weak.len(), 2, "{f:#?}");
    assert!(weak.iter().all(|l| l.severity == "info"));
    let m = one(&f, "categorie-verschilt", "waarschuwing", "alfa.xlsx:Algoritmen!C2");
    assert!(m.message.ends_with("(Gekoppeld op naam.)"), "{m:?}");
    assert_eq!(
        f.iter().filter(|l| l.code == "niet-in-register").count(),
        6,
        "A-3 to A-8"
    );
    assert!(
        f.iter().all(|l| l.code != "publicatiedatum-verschilt"),
        "no dates to compare"
    );
}

#[test]
fn the_real_may_2024_export_links_through_register_naam() {
    let inputs = Inputs::new();
    std::fs::write(
        inputs.path().join("organisaties.csv"),
        "code,naam,ministerie,toezichthouder,naam_in_zin,register_naam\n\
         AAA,Dienst Alfa,JenV,nee,,Gemeente Amsterdam\n",
    )
    .unwrap();
    let mut r = row("W-1", "C", "gepubliceerd", "", "2024-05-01", "12345670", "geen");
    r[1] = "Waarderen WOZ-objecten Amsterdam".into();
    inputs.add_grid("alfa.xlsx", &alfa(&[r]));
    let fixture = repo().join("tests/fixtures/register/export-v1.0-2024-05.csv");
    let out = inputs.run("reconcile", &["--register", &fixture.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let f = afstemming(&out);
    one(&f, "gekoppeld-op-naam", "info", "alfa.xlsx:Algoritmen!H2");
    let m = one(&f, "categorie-verschilt", "waarschuwing", "alfa.xlsx:Algoritmen!C2");
    assert!(
        m.message.contains("regel 2") && m.message.contains("Impactvolle algoritmes"),
        "{m:?}"
    );
    assert_eq!(f.len(), 2, "{f:#?}");
}

#[test]
fn shielded_rows_are_never_matched_or_quoted() {
    let inputs = Inputs::new();
    let mut secret = row("GEHEIM-1", "B", "in documentatie", "", "", "", "volledig");
    secret[1] = "Kanarie Geheim".into();
    secret[9] = "Kanarie toelichting".into();
    inputs.add_grid("alfa.xlsx", &alfa(&[secret]));
    let register = write(
        &inputs,
        "register.csv",
        &v1_export(&[[
            "Iets openbaars",
            "Dienst Alfa",
            "In gebruik",
            "Overige algoritmes",
            "12121218",
            "2025-01-01",
        ]]),
    );
    let out = inputs.run("reconcile", &["--register", &register]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("Kanarie") && !stdout.contains("GEHEIM-1"), "{stdout}");
    let f = parse_findings(&out);
    assert!(f.iter().all(|l| !l.place.contains("alfa.xlsx:Algoritmen")), "{f:#?}");
}

#[test]
fn an_unreadable_export_is_a_clear_error_with_a_hint() {
    let inputs = alfa_inputs();
    let out = inputs.run("reconcile", &["--register", "bestaat-niet.csv"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fout: kan het registerbestand bestaat-niet.csv niet openen") && err.contains("hint:"));

    let register = write(
        &inputs,
        "werkmap.csv",
        &sheet("AAA", "x", "JenV", &[]).to_xlsx().unwrap(),
    );
    let out = inputs.run("run", &["--out", "r", "--register", &register]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("registerbestand")
            && err.contains("hint: download het register")
            && err.contains("geschiedenis-download"),
        "{err}"
    );
    assert!(!inputs.path().join("r").exists(), "nothing written");

    let bad = "name,organization,status\nGoed,Dienst Alfa,In gebruik\nTe,veel,velden,hier\n";
    let register = write(&inputs, "scheef.csv", bad.as_bytes());
    let out = inputs.run("reconcile", &["--register", &register]);
    assert_eq!(out.status.code(), Some(0));
    one(
        &parse_findings(&out),
        "register-regel-ongeldig",
        "waarschuwing",
        "scheef.csv:regel 3",
    );
}

#[test]
fn the_sample_export_shows_its_deliberate_disagreements() {
    let out = reconcile_sample();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let mut got: Vec<(String, String, String)> = afstemming(&out)
        .into_iter()
        .map(|l| (l.code, l.severity, l.place))
        .collect();
    got.sort();
    let want = [
        (
            "categorie-verschilt",
            "inputs/2025-Q2/Statusoverzicht POL Q2 2025.xlsx:Algoritmen!C6",
        ),
        (
            "gekoppeld-op-naam",
            "inputs/2025-Q2/cjib-statusoverzicht-2025-Q2.xlsx:algoritmen!H2",
        ),
        (
            "niet-in-inventaris",
            "inputs/register/algoritmeregister-2025-07-01.csv:regel 8",
        ),
        (
            "niet-in-register",
            "inputs/2025-Q2/Statusoverzicht NCSC Q2 2025.xlsx:algoritmen!H5",
        ),
        (
            "publicatiedatum-verschilt",
            "inputs/2025-Q2/nfi-statusoverzicht-2025-Q2.xlsx:Algoritmen!E3",
        ),
        (
            "register-andere-organisatie",
            "inputs/2025-Q2/dji-statusoverzicht-2025-Q2.ods:Algoritmen!H5",
        ),
        (
            "status-verschilt",
            "inputs/2025-Q2/Statusoverzicht RVDK Q2 2025.xlsx:Algoritmen!E4",
        ),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(c, p)| (c.to_string(), "waarschuwing".to_owned(), p.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn the_sample_run_with_register_keeps_the_2025_q2_figures() {
    let run = |extra: &[&str]| -> Json {
        let out = tempfile::tempdir().unwrap();
        let dir = out.path().to_string_lossy().into_owned();
        let args = [&["run", "--quarter", "2025-Q2", "--out", &dir], extra].concat();
        let o = algoreg(repo(), &args);
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stdout));
        json(&out.path().join("2025-Q2/cijfers-2025-Q2.json"))
    };
    let plain = run(&[]);
    let met = run(&["--register", "inputs/register/algoritmeregister-2025-07-01.csv"]);
    assert_eq!(plain["cijfers"], met["cijfers"]);
    assert_eq!(plain["totalen"], met["totalen"]);
    assert_eq!(met["bevindingen_telling"]["fout"], 0);
    let a = &met["afstemming"];
    assert_eq!(a["register"], "inputs/register/algoritmeregister-2025-07-01.csv");
    assert_eq!(a["verschillen"].as_array().unwrap().len(), 7);
    let ind = a["organisaties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["organisatie"] == "IND")
        .unwrap();
    assert_eq!(
        ind["na_peildatum"], 1,
        "IND-005 was published on 1 July, after the peildatum"
    );
}

#[test]
fn the_sample_gives_the_same_disagreements_from_each_of_its_three_downloads() {
    let run = |file: &str| -> Json {
        let out = tempfile::tempdir().unwrap();
        let dir = out.path().to_string_lossy().into_owned();
        let register = format!("inputs/register/{file}");
        let o = algoreg(
            repo(),
            &[
                "run",
                "--quarter",
                "2025-Q2",
                "--no-pdf",
                "--out",
                &dir,
                "--register",
                &register,
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stdout));
        json(&out.path().join("2025-Q2/cijfers-2025-Q2.json"))
    };
    let export = run("algoritmeregister-2025-07-01.csv");
    let history = run("algoritmeregister-geschiedenis-2025-07-01.csv");
    let excel = run("algoritmeregister-2025-07-01.xlsx");
    let kinds = |j: &Json| -> Vec<(String, String)> {
        j["afstemming"]["verschillen"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| {
                (
                    v["code"].as_str().unwrap().to_owned(),
                    v["naam"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    assert_eq!(kinds(&export).len(), 7);
    assert_eq!(kinds(&export), kinds(&history));
    assert_eq!(kinds(&export), kinds(&excel));
    for j in [&history, &excel] {
        assert_eq!(export["afstemming"]["totalen"], j["afstemming"]["totalen"]);
        assert_eq!(export["kwaliteit"]["groepen"], j["kwaliteit"]["groepen"]);
    }
    let soort = |j: &Json| j["afstemming"]["soort"].as_str().unwrap().to_owned();
    assert_eq!(
        [soort(&export), soort(&history), soort(&excel)],
        ["export", "geschiedenis", "excel"]
    );
    // Only the history knows what changed in the quarter: DJI-01 and POL-002
    // updated, POL-002 from C to B; RVR-1's update of 1 July is after the peildatum.
    let w = &history["afstemming"]["in_kwartaal"];
    assert_eq!(
        (&w["bijgewerkt"], &w["categorie_gewijzigd"]),
        (&Json::from(2), &Json::from(1)),
        "{w}"
    );
    let rvr = |j: &Json| -> Json {
        j["afstemming"]["algoritmen"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["naam"] == "Toevoegautomaat")
            .cloned()
            .unwrap()
    };
    assert_eq!(
        rvr(&history)["laatste_versie"],
        "2024-10-15",
        "the version the public saw on 30 June"
    );
    assert_eq!(
        rvr(&export)["laatste_versie"],
        "2025-07-01",
        "the export only has the current version"
    );
}
