//! End to end: the real binary and the real typst make both PDF reports from
//! a small inputs folder; the tests read the PDFs back.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use algoreg_fixtures::grid::{Grid, Value};
use chrono::NaiveDate;

/// A name full of typst markup: it must print exactly like this.
const CANARY: &str = r#"#read("/etc/passwd") *]_$@<x> // \ [a]"#;

fn date(y: i32, m: u32, d: u32) -> Value {
    Value::Date(NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

/// One algorithm row: id, name, category, status, planned, published date, register id.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Value,
    Value,
    &'static str,
);

fn sheet(code: &str, naam: &str, ministerie: &str, quarter: &str, peildatum: Value, rows: &[Row]) -> Vec<u8> {
    let org = vec![
        vec!["Organisatie".into(), naam.into()],
        vec!["Code".into(), code.into()],
        vec!["Ministerie".into(), ministerie.into()],
        vec!["Kwartaal".into(), quarter.into()],
        vec!["Peildatum".into(), peildatum],
        vec!["Fase".into(), "publiceren".into()],
    ];
    let mut alg: Vec<Vec<Value>> = vec![
        [
            "ID",
            "Naam",
            "Categorie",
            "Status",
            "Geplande publicatie",
            "Publicatiedatum",
            "Algoritme-ID",
        ]
        .iter()
        .map(|s| (*s).into())
        .collect(),
    ];
    for (id, name, cat, status, planned, published, reg) in rows {
        alg.push(vec![
            (*id).into(),
            (*name).into(),
            (*cat).into(),
            (*status).into(),
            planned.clone(),
            published.clone(),
            if reg.is_empty() { Value::Empty } else { (*reg).into() },
        ]);
    }
    Grid::default()
        .sheet("Organisatie", org)
        .sheet("Algoritmen", alg)
        .to_xlsx()
        .unwrap()
}

fn published(id: &'static str, cat: &'static str, d: Value) -> Row {
    (
        id,
        "Gepubliceerd algoritme",
        cat,
        "gepubliceerd",
        Value::Empty,
        d,
        "12345678",
    )
}

fn planned(id: &'static str, cat: &'static str, d: Value) -> Row {
    (id, "Gepland algoritme", cat, "in documentatie", d, Value::Empty, "")
}

/// Inputs with 2025-Q1 and 2025-Q2: two ministries, a supervisor, an
/// organisation without a sheet and one whose name is the canary.
fn inputs(root: &Path) -> PathBuf {
    let inputs = root.join("inputs");
    std::fs::create_dir_all(inputs.join("2025-Q1")).unwrap();
    std::fs::create_dir_all(inputs.join("2025-Q2")).unwrap();
    let canary_csv = CANARY.replace('"', "\"\"");
    std::fs::write(
        inputs.join("organisaties.csv"),
        format!(
            "code,naam,ministerie,toezichthouder,naam_in_zin\n\
             POL,Politie,JenV,nee,Politie\n\
             NFI,Nederlands Forensisch Instituut,JenV,nee,het Nederlands Forensisch Instituut\n\
             IND,Immigratie- en Naturalisatiedienst,AenM,nee,de Immigratie- en Naturalisatiedienst\n\
             CAN,\"{canary_csv}\",JenV,nee,\"{canary_csv}\"\n\
             DJI,Dienst Justitiële Inrichtingen,JenV,nee,de Dienst Justitiële Inrichtingen\n\
             AP,Autoriteit Persoonsgegevens,JenV,ja,de Autoriteit Persoonsgegevens\n"
        ),
    )
    .unwrap();
    let q2 = |f: &str, bytes: Vec<u8>| std::fs::write(inputs.join("2025-Q2").join(f), bytes).unwrap();
    let p2 = || date(2025, 6, 30);
    q2(
        "politie.xlsx",
        sheet(
            "POL",
            "Politie",
            "JenV",
            "2025-Q2",
            p2(),
            &[
                published("P1", "B", date(2025, 2, 1)),
                published("P2", "B", date(2025, 5, 1)),
                published("P3", "C", date(2025, 5, 2)),
                planned("P4", "B", date(2025, 12, 1)),
            ],
        ),
    );
    q2(
        "nfi.xlsx",
        sheet(
            "NFI",
            "Nederlands Forensisch Instituut",
            "JenV",
            "2025-Q2",
            p2(),
            &[
                published("N1", "A", date(2025, 3, 1)),
                published("N2", "C", date(2025, 3, 2)),
                planned("N3", "A", date(2025, 9, 30)),
            ],
        ),
    );
    q2(
        "ind.xlsx",
        sheet(
            "IND",
            "Immigratie- en Naturalisatiedienst",
            "AenM",
            "2025-Q2",
            p2(),
            &[
                published("I1", "B", date(2025, 4, 10)),
                planned("I2", "A", date(2025, 5, 1)),
            ],
        ),
    );
    q2(
        "canary.xlsx",
        sheet(
            "CAN",
            CANARY,
            "JenV",
            "2025-Q2",
            p2(),
            &[(
                "C1",
                CANARY,
                "C",
                "gepubliceerd",
                Value::Empty,
                date(2025, 1, 5),
                "87654321",
            )],
        ),
    );
    q2(
        "ap.xlsx",
        sheet(
            "AP",
            "Autoriteit Persoonsgegevens",
            "JenV",
            "2025-Q2",
            p2(),
            &[published("A1", "B", date(2025, 1, 9))],
        ),
    );
    let q1 = |f: &str, bytes: Vec<u8>| std::fs::write(inputs.join("2025-Q1").join(f), bytes).unwrap();
    let p1 = || date(2025, 3, 31);
    q1(
        "politie.xlsx",
        sheet(
            "POL",
            "Politie",
            "JenV",
            "2025-Q1",
            p1(),
            &[
                published("P1", "B", date(2025, 2, 1)),
                planned("P2", "B", date(2025, 5, 1)),
                planned("P4", "B", date(2025, 12, 1)),
            ],
        ),
    );
    q1(
        "nfi.xlsx",
        sheet(
            "NFI",
            "Nederlands Forensisch Instituut",
            "JenV",
            "2025-Q1",
            p1(),
            &[
                published("N1", "A", date(2025, 3, 1)),
                published("N2", "C", date(2025, 3, 2)),
                planned("N3", "A", date(2025, 9, 30)),
            ],
        ),
    );
    inputs
}

fn algoreg(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_algoreg"))
        .args(args)
        .current_dir(cwd)
        .env_remove("ALGOREG_TYPST")
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("algoreg starts")
}

fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "algoreg failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Text without any white space: line breaks (also after a hyphen) do not count.
fn squash(s: &str) -> String {
    s.split_whitespace().collect()
}

/// Does the PDF text hold this sentence, wherever its lines break?
fn holds(text: &str, sentence: &str) -> bool {
    squash(text).contains(&squash(sentence))
}

/// The PDF's text with all white space folded to single spaces.
fn text(pdf: &[u8]) -> String {
    let raw = pdf_extract::extract_text_from_mem(pdf).expect("pdf text");
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every stream of the PDF inflated, plus the raw bytes, as one lossy string.
fn raw(pdf: &[u8]) -> String {
    common::pdf_raw(pdf)
}

fn quarterly(dir: &Path) -> Vec<u8> {
    let out = algoreg(&["run", "--quarter", "2025-Q2"], dir);
    ok(&out);
    std::fs::read(dir.join("reports/2025-Q2/voortgang-2025-Q2.pdf")).unwrap()
}

/// Run with `ALGOREG_FIXTURE=/some/folder cargo test --test pdf fixture -- --ignored`
/// to get the inputs folder for a look by hand.
#[test]
#[ignore]
fn fixture() {
    let dir = PathBuf::from(std::env::var("ALGOREG_FIXTURE").expect("ALGOREG_FIXTURE"));
    inputs(&dir);
}

#[test]
fn quarterly_report_reads_as_the_letter_and_prints_markup_literally() {
    let dir = tempfile::tempdir().unwrap();
    inputs(dir.path());
    let pdf = quarterly(dir.path());
    let t = text(&pdf);
    let expect = [
        "Op dit moment hebben de beide ministeries en haar taakorganisaties 7 algoritmen en AI-systemen gepubliceerd \
         in het algoritmeregister.",
        &format!(
            "Het gaat om algoritmen en AI-systemen van Politie (3), het Nederlands Forensisch Instituut (2), {CANARY} \
             (1) en de Immigratie- en Naturalisatiedienst (1)."
        ),
        "In totaal moeten 7 algoritmen en AI-systemen verplicht worden gepubliceerd: 4 impactvolle algoritmen en 3 \
         hoogrisico-AI-systemen.",
        "Hiervan zijn inmiddels 3 impactvolle algoritmen en 1 hoogrisico-AI-systeem gepubliceerd.",
        "Het overige impactvolle algoritme en de overige 2 hoogrisico-AI-systemen staan voor eind 2025 gepland voor \
         publicatie.",
        "Volgens de eigen planning had 1 algoritme of AI-systeem al gepubliceerd moeten zijn.",
        "Zij hebben samen 1 algoritme of AI-systeem gepubliceerd.",
        "Classificatie: Intern",
        "Sinds 2025-Q1 zijn er 4 algoritmen en AI-systemen bijgekomen in het register: van 3 naar 7.",
        "Van de 6 organisaties heeft er 1 geen statusoverzicht ingeleverd.",
        "Dienst Justitiële Inrichtingen",
    ];
    for e in expect {
        assert!(holds(&t, e), "missing in the PDF text: {e}\n--- text:\n{t}");
    }
    assert!(!t.contains("VOORLOPIG"), "a clean run is not provisional");
    assert!(!t.contains("root:x:0"), "typst read a file it was never meant to");
}

#[test]
fn pdfs_are_tagged_dutch_titled_and_reproducible() {
    let dir = tempfile::tempdir().unwrap();
    inputs(dir.path());
    let first = quarterly(dir.path());
    let second = quarterly(dir.path());
    assert!(first == second, "two runs gave different PDF bytes");
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("reports/2025-Q2/manifest.json")).unwrap()).unwrap();
    assert!(manifest["typst"].as_str().unwrap().starts_with("0.15."), "{manifest}");
    let r = raw(&first);
    assert!(r.contains("/StructTreeRoot"), "no structure tree");
    assert!(r.contains("/Lang (nl)") || r.contains("/Lang(nl)"), "no /Lang (nl)");
    assert!(
        r.contains("Voortgang publicatie in het Algoritmeregister, 2025-Q2"),
        "no title"
    );
    assert!(r.contains("pdfuaid"), "not marked as PDF/UA");
    assert!(r.contains("/Alt"), "no alt text on the chart");
}

#[test]
fn annual_report_is_public_and_complete() {
    let dir = tempfile::tempdir().unwrap();
    inputs(dir.path());
    let out = algoreg(&["annual", "--year", "2025"], dir.path());
    ok(&out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Geen map voor 2025-Q3, 2025-Q4"), "{stdout}");
    let folder = dir.path().join("reports/2025");
    let pdf = std::fs::read(folder.join("jaarrapportage-2025.pdf")).unwrap();
    let t = text(&pdf);
    for e in [
        "Classificatie: Openbaar",
        "Op 30 juni 2025 hebben de beide ministeries en haar taakorganisaties 7 algoritmen en AI-systemen gepubliceerd",
        "Op 30 juni 2025 hebben het ministerie van Asiel en Migratie en zijn taakorganisaties 1 algoritme of AI-systeem \
         gepubliceerd in het algoritmeregister.",
        "Van 2025-Q3 en 2025-Q4 ontbreken de cijfers nog",
        "Verloop per kwartaal",
        CANARY,
    ] {
        assert!(holds(&t, e), "missing in the annual PDF: {e}\n--- text:\n{t}");
    }
    // A public document: no algorithm names, no findings.
    for never in ["Gepubliceerd algoritme", "Gepland algoritme", "bevinding"] {
        assert!(!t.contains(never), "the annual PDF shows {never:?}");
    }
    let r = raw(&pdf);
    assert!(r.contains("/StructTreeRoot") && (r.contains("/Lang (nl)") || r.contains("/Lang(nl)")));

    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("cijfers-2025.json")).unwrap()).unwrap();
    assert_eq!(json["classificatie"], "Openbaar");
    assert_eq!(json["kwartalen"], serde_json::json!(["2025-Q1", "2025-Q2"]));
    let records = json["cijfers"].as_array().unwrap();
    assert!(records.iter().any(|c| c["kwartaal"] == "2025-Q1"));
    assert!(records.iter().any(|c| c["kwartaal"] == "2025-Q2"));
    let xlsx = std::fs::read(folder.join("jaarrapportage-2025.xlsx")).unwrap();
    {
        use calamine::Reader;
        let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(xlsx.clone())).unwrap();
        assert_eq!(book.sheet_names(), ["Voorblad", "Per ministerie", "Per organisatie"]);
        let cover = book.worksheet_range("Voorblad").unwrap();
        assert!(
            cover
                .rows()
                .any(|r| r.iter().any(|c| *c == calamine::Data::String("Openbaar".into())))
        );
        let per_ministry = book.worksheet_range("Per ministerie").unwrap();
        // Header, 2025-Q1 (JenV, Totaal) and 2025-Q2 (AenM, JenV, Totaal, Toezichthouders), 4 categories each.
        assert_eq!(per_ministry.height(), 1 + 2 * 4 + 4 * 4);
    }
    assert!(
        common::find_bytes(&xlsx, b"xl/tables/table1.xml").is_some(),
        "a real Excel table"
    );
    let json_text = serde_json::to_string(&json).unwrap();
    assert!(!json_text.contains("Gepubliceerd algoritme"));

    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("manifest.json")).unwrap()).unwrap();
    assert!(manifest["typst"].as_str().unwrap().starts_with("0.15."), "{manifest}");
    assert_eq!(manifest["uitvoer"].as_array().unwrap().len(), 3, "{manifest}");

    let again = algoreg(&["annual", "--year", "2025"], dir.path());
    ok(&again);
    assert!(pdf == std::fs::read(folder.join("jaarrapportage-2025.pdf")).unwrap());
    assert!(xlsx == std::fs::read(folder.join("jaarrapportage-2025.xlsx")).unwrap());
}

#[test]
fn a_missing_typst_fails_with_install_hints_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    inputs(dir.path());
    let out = algoreg(&["run", "--typst", "/nergens/typst"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fout: typst niet gevonden op /nergens/typst"), "{err}");
    assert!(err.contains("hint: installeer typst met: cargo install typst-cli --locked --version 0.15.1"));
    assert!(!dir.path().join("reports/2025-Q2").exists());

    // Too old a typst, named in ALGOREG_TYPST.
    let fake = dir.path().join("oude-typst");
    std::fs::write(&fake, "#!/bin/sh\necho 'typst 0.12.0 (oud)'\n").unwrap();
    make_executable(&fake);
    let out = Command::new(env!("CARGO_BIN_EXE_algoreg"))
        .args(["annual", "--year", "2025"])
        .current_dir(dir.path())
        .env("ALGOREG_TYPST", &fake)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("versie 0.12.0 is te oud"), "{err}");
    assert!(
        err.contains("cargo install typst-cli --locked --version 0.15.1"),
        "{err}"
    );

    // --no-pdf needs no typst at all.
    let out = algoreg(&["run", "--no-pdf", "--typst", "/nergens/typst"], dir.path());
    ok(&out);
    assert!(dir.path().join("reports/2025-Q2/cijfers-2025-Q2.json").exists());
    assert!(!dir.path().join("reports/2025-Q2/voortgang-2025-Q2.pdf").exists());
}

#[test]
fn typst_errors_are_passed_through_and_the_previous_reports_stay() {
    let dir = tempfile::tempdir().unwrap();
    inputs(dir.path());
    ok(&algoreg(&["run", "--no-pdf"], dir.path()));
    let before = std::fs::read(dir.path().join("reports/2025-Q2/cijfers-2025-Q2.json")).unwrap();

    let templates = dir.path().join("mijn-templates");
    std::fs::create_dir_all(templates.join("fonts")).unwrap();
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    for f in ["stijl.typ", "fonts/Inter-Regular.otf"] {
        std::fs::copy(shipped.join(f), templates.join(f)).unwrap();
    }
    std::fs::write(
        templates.join("voortgang.typ"),
        "#let d = json(\"data.json\")\n#d.bestaat_niet\n",
    )
    .unwrap();
    let out = algoreg(&["run", "--templates", "mijn-templates"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("kon voortgang.typ niet omzetten naar pdf"), "{err}");
    assert!(err.contains("bestaat_niet"), "typst's own message is shown: {err}");
    assert!(
        err.contains("voortgang.typ:2"),
        "the line in the template is named: {err}"
    );
    let after = std::fs::read(dir.path().join("reports/2025-Q2/cijfers-2025-Q2.json")).unwrap();
    assert_eq!(before, after);
    assert!(!dir.path().join("reports/2025-Q2/voortgang-2025-Q2.pdf").exists());
}

#[test]
fn provisional_reports_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = inputs(dir.path());
    std::fs::write(inputs.join("2025-Q2/kapot.xlsx"), b"geen spreadsheet").unwrap();
    let out = algoreg(&["run", "--accept-errors"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let pdf = std::fs::read(dir.path().join("reports/2025-Q2/voortgang-2025-Q2.pdf")).unwrap();
    let t = text(&pdf);
    assert!(t.contains("VOORLOPIG"), "{t}");
}

#[cfg(unix)]
fn make_executable(p: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(not(unix))]
fn make_executable(_: &Path) {}

/// The shipped 2025-Q2 sample gives the sentences of the letter to Parliament.
#[test]
fn sample_batch_reads_as_the_letter_to_parliament() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let inputs = repo.join("inputs");
    let inputs = inputs.to_str().unwrap();
    let out = algoreg(
        &["run", "--inputs", inputs, "--quarter", "2025-Q2", "--out", "reports"],
        dir.path(),
    );
    ok(&out);
    let pdf = std::fs::read(dir.path().join("reports/2025-Q2/voortgang-2025-Q2.pdf")).unwrap();
    let t = text(&pdf);
    for e in [
        "Op dit moment hebben de beide ministeries en haar taakorganisaties 32 algoritmen en AI-systemen gepubliceerd \
         in het algoritmeregister.",
        "Het gaat om algoritmen en AI-systemen van Politie (6), het kerndepartement (4), het Nederlands Forensisch \
         Instituut (4), het Nationaal Cyber Security Centrum (3), de Dienst Justitiële Inrichtingen (2), de IND \
         (2), Justid (2), de Raad voor de Kinderbescherming (2), de Raad voor Rechtsbijstand (2), het Centraal \
         Justitieel Incassobureau (1), het COA (1), de Dienst Terugkeer en Vertrek (1), Justis (1) en het Nederlands \
         Instituut Publieke Veiligheid (1).",
        "In totaal moeten 32 algoritmen en AI-systemen verplicht worden gepubliceerd: 22 impactvolle algoritmen en 10 \
         hoogrisico-AI-systemen.",
        "Hiervan zijn inmiddels 11 impactvolle algoritmen en 3 hoogrisico-AI-systemen gepubliceerd. De overige 11 \
         impactvolle algoritmen en 7 hoogrisico-AI-systemen staan voor eind 2025 gepland voor publicatie.",
        "Classificatie: Intern",
        "Sinds 2025-Q1",
    ] {
        assert!(holds(&t, e), "missing in the sample PDF: {e}\n--- text:\n{t}");
    }

    let out = algoreg(
        &["annual", "--year", "2025", "--inputs", inputs, "--out", "reports"],
        dir.path(),
    );
    ok(&out);
    let pdf = std::fs::read(dir.path().join("reports/2025/jaarrapportage-2025.pdf")).unwrap();
    let t = text(&pdf);
    for e in [
        "Classificatie: Openbaar",
        "Deze rapportage gebruikt de statusoverzichten van 2025-Q1, 2025-Q2, 2025-Q3 en 2025-Q4.",
        "Op 31 december 2025 hebben de beide ministeries en haar taakorganisaties",
        "Op 31 december 2025 hebben het ministerie van Asiel en Migratie en zijn taakorganisaties",
    ] {
        assert!(holds(&t, e), "missing in the sample annual PDF: {e}\n--- text:\n{t}");
    }
}

/// More organisations than one page can show: 45 with an overdue publication,
/// 50 that only published, 30 without a sheet, and a supervisor.
fn large_inputs(root: &Path) -> PathBuf {
    let inputs = root.join("inputs");
    let q2 = inputs.join("2025-Q2");
    std::fs::create_dir_all(&q2).unwrap();
    let mut csv = String::from("code,naam,ministerie,toezichthouder,naam_in_zin\n");
    let ministerie = |i: usize| if i.is_multiple_of(2) { "JenV" } else { "AenM" };
    for i in 1..=45 {
        let (code, naam) = (format!("ACH{i:03}"), format!("Dienst Achter {i:03}"));
        csv.push_str(&format!("{code},{naam},{},nee,{naam}\n", ministerie(i)));
        let rows = [
            published("X0", "B", date(2025, 2, 1)),
            planned("X1", "B", date(2025, 5, 1)),
        ];
        let bytes = sheet(&code, &naam, ministerie(i), "2025-Q2", date(2025, 6, 30), &rows);
        std::fs::write(q2.join(format!("{code}.xlsx")), bytes).unwrap();
    }
    for i in 1..=50 {
        let (code, naam) = (format!("RUS{i:03}"), format!("Dienst Rustig {i:03}"));
        csv.push_str(&format!("{code},{naam},{},nee,{naam}\n", ministerie(i)));
        let rows = [published("X0", "C", date(2025, 2, 1))];
        let bytes = sheet(&code, &naam, ministerie(i), "2025-Q2", date(2025, 6, 30), &rows);
        std::fs::write(q2.join(format!("{code}.xlsx")), bytes).unwrap();
    }
    for i in 1..=30 {
        csv.push_str(&format!("STI{i:03},Dienst Stil {i:03},JenV,nee,Dienst Stil {i:03}\n"));
    }
    csv.push_str("AP,Autoriteit Persoonsgegevens,JenV,ja,de Autoriteit Persoonsgegevens\n");
    std::fs::write(inputs.join("organisaties.csv"), csv).unwrap();
    let rows = [published("X0", "B", date(2025, 1, 9))];
    let bytes = sheet(
        "AP",
        "Autoriteit Persoonsgegevens",
        "JenV",
        "2025-Q2",
        date(2025, 6, 30),
        &rows,
    );
    std::fs::write(q2.join("AP.xlsx"), bytes).unwrap();
    inputs
}

#[test]
fn a_large_batch_counts_per_ministry_and_points_to_the_workbook() {
    let dir = tempfile::tempdir().unwrap();
    large_inputs(dir.path());
    let t = text(&quarterly(dir.path()));
    let expect = [
        "Publicatie per ministerie",
        "Dit rapport gaat over 126 organisaties. Een staaf per organisatie is dan niet te lezen. Daarom staat hier \
         een staaf per ministerie. De cijfers van elke organisatie staan in de werkmap voortgang-2025-Q2.xlsx, \
         blad Organisaties.",
        "Cijfers per ministerie",
        "Ministerie van Justitie en Veiligheid",
        "Ministerie van Asiel en Migratie",
        "Alle toezichthouders samen",
        "Er zijn 45 organisaties met achterstallige publicaties. Hieronder staan de 25 met de meeste.",
        "Dienst Achter 001",
        "Dienst Achter 025",
        "Het gaat om algoritmen en AI-systemen van 95 organisaties, het meest van Dienst Achter 001 (1), Dienst \
         Achter 002 (1), Dienst Achter 003 (1), Dienst Achter 004 (1) en Dienst Achter 005 (1).",
        "Van de 126 organisaties hebben er 30 geen statusoverzicht ingeleverd.",
        "Hieronder staan de eerste 20, op volgorde van de lijst met organisaties. Wie wel en niet inleverde, staat \
         in de werkmap voortgang-2025-Q2.xlsx, blad Organisaties (kolom Ingeleverd).",
        "Dienst Stil 020",
    ];
    for e in expect {
        assert!(holds(&t, e), "missing {e:?} in:\n{t}");
    }
    // Not every organisation: no per-organisation bars or rows, no long lists.
    for absent in [
        "Dienst Achter 026",
        "Dienst Rustig 001",
        "Dienst Stil 021",
        "Publicatie per organisatie",
    ] {
        assert!(!holds(&t, absent), "{absent:?} should not be in:\n{t}");
    }
}
