//! End to end: the real binary and the real typst make both PDF reports from
//! a small inputs folder; the tests read the PDFs back.

use std::path::{Path, PathBuf};

use algoreg_fixtures::grid::{Grid, Value};

use crate::common::{
    Folder, algoreg, command, date, find_bytes, holds, make_executable, ok, pdf_raw, pdf_text, repo, short_planned,
    short_published, short_row, short_sheet,
};

/// A name full of typst markup: it must print exactly like this.
const CANARY: &str = r#"#read("/etc/passwd") *]_$@<x> // \ [a]"#;

/// Inputs with 2025-Q1 and 2025-Q2: two ministries, a supervisor, an
/// organisation without a sheet and one whose name is the canary.
fn inputs(root: &Path) -> PathBuf {
    let inputs = Folder::new(root.join("inputs"));
    inputs.quarter("2025-Q1");
    inputs.quarter("2025-Q2");
    let canary_csv = CANARY.replace('"', "\"\"");
    inputs.orgs(&format!(
        "code,naam,ministerie,toezichthouder,naam_in_zin\n\
             POL,Politie,JenV,nee,Politie\n\
             NFI,Nederlands Forensisch Instituut,JenV,nee,het Nederlands Forensisch Instituut\n\
             IND,Immigratie- en Naturalisatiedienst,AenM,nee,de Immigratie- en Naturalisatiedienst\n\
             CAN,\"{canary_csv}\",JenV,nee,\"{canary_csv}\"\n\
             DJI,Dienst Justitiële Inrichtingen,JenV,nee,de Dienst Justitiële Inrichtingen\n\
             AP,Autoriteit Persoonsgegevens,JenV,ja,de Autoriteit Persoonsgegevens\n"
    ));
    let q2 = |f: &str, grid: Grid| {
        inputs.add_grid("2025-Q2", f, &grid);
    };
    let p2 = || date(2025, 6, 30);
    q2(
        "politie.xlsx",
        short_sheet(
            "POL",
            "Politie",
            "JenV",
            "2025-Q2",
            p2(),
            &[
                short_published("P1", "B", date(2025, 2, 1)),
                short_published("P2", "B", date(2025, 5, 1)),
                short_published("P3", "C", date(2025, 5, 2)),
                short_planned("P4", "B", date(2025, 12, 1)),
            ],
        ),
    );
    q2(
        "nfi.xlsx",
        short_sheet(
            "NFI",
            "Nederlands Forensisch Instituut",
            "JenV",
            "2025-Q2",
            p2(),
            &[
                short_published("N1", "A", date(2025, 3, 1)),
                short_published("N2", "C", date(2025, 3, 2)),
                short_planned("N3", "A", date(2025, 9, 30)),
            ],
        ),
    );
    q2(
        "ind.xlsx",
        short_sheet(
            "IND",
            "Immigratie- en Naturalisatiedienst",
            "AenM",
            "2025-Q2",
            p2(),
            &[
                short_published("I1", "B", date(2025, 4, 10)),
                short_planned("I2", "A", date(2025, 5, 1)),
            ],
        ),
    );
    q2(
        "canary.xlsx",
        short_sheet(
            "CAN",
            CANARY,
            "JenV",
            "2025-Q2",
            p2(),
            &[short_row(
                "C1",
                CANARY,
                "C",
                "gepubliceerd",
                Value::Empty,
                date(2025, 1, 5),
                "87654325",
            )],
        ),
    );
    q2(
        "ap.xlsx",
        short_sheet(
            "AP",
            "Autoriteit Persoonsgegevens",
            "JenV",
            "2025-Q2",
            p2(),
            &[short_published("A1", "B", date(2025, 1, 9))],
        ),
    );
    let q1 = |f: &str, grid: Grid| {
        inputs.add_grid("2025-Q1", f, &grid);
    };
    let p1 = || date(2025, 3, 31);
    q1(
        "politie.xlsx",
        short_sheet(
            "POL",
            "Politie",
            "JenV",
            "2025-Q1",
            p1(),
            &[
                short_published("P1", "B", date(2025, 2, 1)),
                short_planned("P2", "B", date(2025, 5, 1)),
                short_planned("P4", "B", date(2025, 12, 1)),
            ],
        ),
    );
    q1(
        "nfi.xlsx",
        short_sheet(
            "NFI",
            "Nederlands Forensisch Instituut",
            "JenV",
            "2025-Q1",
            p1(),
            &[
                short_published("N1", "A", date(2025, 3, 1)),
                short_published("N2", "C", date(2025, 3, 2)),
                short_planned("N3", "A", date(2025, 9, 30)),
            ],
        ),
    );
    inputs.path
}

fn quarterly(dir: &Path) -> Vec<u8> {
    let out = algoreg(dir, &["run", "--quarter", "2025-Q2"]);
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
    let t = pdf_text(&pdf);
    let expect = [
        "Op dit moment hebben beide ministeries en hun taakorganisaties 7 algoritmen en AI-systemen gepubliceerd \
         in het algoritmeregister.",
        &format!(
            "Het gaat om algoritmen en AI-systemen van Politie (3), het Nederlands Forensisch Instituut (2), {CANARY} \
             (1) en de Immigratie- en Naturalisatiedienst (1)."
        ),
        "In totaal moeten 7 algoritmen en AI-systemen verplicht worden gepubliceerd: 4 impactvolle algoritmen en 3 \
         hoog-risico-AI-systemen.",
        "Hiervan zijn inmiddels 3 impactvolle algoritmen en 1 hoog-risico-AI-systeem gepubliceerd.",
        "Het overige impactvolle algoritme en de overige 2 hoog-risico-AI-systemen staan voor eind 2025 gepland voor \
         publicatie.",
        "Volgens de eigen planning had 1 algoritme of AI-systeem al gepubliceerd moeten zijn.",
        "Zij hebben samen 1 algoritme of AI-systeem gepubliceerd.",
        "Classificatie: Intern",
        "Sinds 2025-Q1 zijn er 4 algoritmen en AI-systemen bijgekomen in het register: van 3 naar 7.",
        "Van de 6 organisaties heeft er 1 geen statusoverzicht ingeleverd.",
        "Dienst Justitiële Inrichtingen",
        "De lijst met bevindingen staat in de werkmap voortgang-2025-Q2.xlsx, blad Bevindingen.",
    ];
    for e in expect {
        assert!(holds(&t, e), "missing in the PDF text: {e}\n--- text:\n{t}");
    }
    assert!(!t.contains("VOORLOPIG"), "a clean run is not provisional");
    assert!(
        !t.contains("cijfers-2025-Q2.json"),
        "the findings are in the workbook, not the JSON"
    );
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
    let r = pdf_raw(&first);
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
    let out = algoreg(dir.path(), &["annual", "--year", "2025"]);
    ok(&out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Geen map voor 2025-Q3, 2025-Q4"), "{stdout}");
    let folder = dir.path().join("reports/2025");
    let pdf = std::fs::read(folder.join("jaarrapportage-2025.pdf")).unwrap();
    let t = pdf_text(&pdf);
    for e in [
        "Classificatie: Openbaar",
        "Op 30 juni 2025 hebben beide ministeries en hun taakorganisaties 7 algoritmen en AI-systemen gepubliceerd",
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
    let r = pdf_raw(&pdf);
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
        assert_eq!(
            book.sheet_names(),
            [
                "Voorblad",
                "Inhoud",
                "Toelichting",
                "Per ministerie",
                "Per organisatie",
                "AI-verordening"
            ]
        );
        let cover = book.worksheet_range("Voorblad").unwrap();
        assert!(
            cover
                .rows()
                .any(|r| r.iter().any(|c| c.to_string().starts_with("Openbaar")))
        );
        let per_ministry = book.worksheet_range("Per ministerie").unwrap();
        // Title, 2 notes, a blank row, the header, then 2025-Q1 (JenV, Totaal) and
        // 2025-Q2 (AenM, JenV, Totaal, Toezichthouders), 4 categories each.
        assert_eq!(per_ministry.height(), 4 + 1 + 2 * 4 + 4 * 4);
    }
    assert!(
        find_bytes(&xlsx, b"xl/tables/table1.xml").is_some(),
        "a real Excel table"
    );
    let json_text = serde_json::to_string(&json).unwrap();
    assert!(!json_text.contains("Gepubliceerd algoritme"));

    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("manifest.json")).unwrap()).unwrap();
    assert!(manifest["typst"].as_str().unwrap().starts_with("0.15."), "{manifest}");
    assert_eq!(manifest["uitvoer"].as_array().unwrap().len(), 3, "{manifest}");

    let again = algoreg(dir.path(), &["annual", "--year", "2025"]);
    ok(&again);
    assert!(pdf == std::fs::read(folder.join("jaarrapportage-2025.pdf")).unwrap());
    assert!(xlsx == std::fs::read(folder.join("jaarrapportage-2025.xlsx")).unwrap());
}

#[test]
fn a_missing_typst_fails_with_install_hints_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    inputs(dir.path());
    let out = algoreg(dir.path(), &["run", "--typst", "/nergens/typst"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fout: typst niet gevonden op /nergens/typst"), "{err}");
    assert!(err.contains("hint: installeer typst met: cargo install typst-cli --locked --version 0.15.1"));
    assert!(!dir.path().join("reports/2025-Q2").exists());

    // Too old a typst, named in ALGOREG_TYPST.
    let fake = dir.path().join("oude-typst");
    std::fs::write(&fake, "#!/bin/sh\necho 'typst 0.12.0 (oud)'\n").unwrap();
    make_executable(&fake);
    let out = command(dir.path())
        .args(["annual", "--year", "2025"])
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
    let out = algoreg(dir.path(), &["run", "--no-pdf", "--typst", "/nergens/typst"]);
    ok(&out);
    assert!(dir.path().join("reports/2025-Q2/cijfers-2025-Q2.json").exists());
    assert!(!dir.path().join("reports/2025-Q2/voortgang-2025-Q2.pdf").exists());
}

#[test]
fn typst_errors_are_passed_through_and_the_previous_reports_stay() {
    let dir = tempfile::tempdir().unwrap();
    inputs(dir.path());
    ok(&algoreg(dir.path(), &["run", "--no-pdf"]));
    let before = std::fs::read(dir.path().join("reports/2025-Q2/cijfers-2025-Q2.json")).unwrap();

    let templates = dir.path().join("mijn-templates");
    std::fs::create_dir_all(templates.join("fonts")).unwrap();
    let shipped = repo().join("templates");
    for f in ["stijl.typ", "fonts/Inter-Regular.otf"] {
        std::fs::copy(shipped.join(f), templates.join(f)).unwrap();
    }
    std::fs::write(
        templates.join("voortgang.typ"),
        "#let d = json(\"data.json\")\n#d.bestaat_niet\n",
    )
    .unwrap();
    let out = algoreg(dir.path(), &["run", "--templates", "mijn-templates"]);
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
    let out = algoreg(dir.path(), &["run", "--accept-errors"]);
    assert_eq!(out.status.code(), Some(1));
    let pdf = std::fs::read(dir.path().join("reports/2025-Q2/voortgang-2025-Q2.pdf")).unwrap();
    let t = pdf_text(&pdf);
    assert!(t.contains("VOORLOPIG"), "{t}");
}

/// The shipped 2025-Q2 sample gives the sentences of the letter to Parliament.
#[test]
fn sample_batch_reads_as_the_letter_to_parliament() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = repo().join("inputs");
    let inputs = inputs.to_str().unwrap();
    let out = algoreg(
        dir.path(),
        &["run", "--inputs", inputs, "--quarter", "2025-Q2", "--out", "reports"],
    );
    ok(&out);
    let pdf = std::fs::read(dir.path().join("reports/2025-Q2/voortgang-2025-Q2.pdf")).unwrap();
    let t = pdf_text(&pdf);
    for e in [
        "Op dit moment hebben beide ministeries en hun taakorganisaties 32 algoritmen en AI-systemen gepubliceerd \
         in het algoritmeregister.",
        "Het gaat om algoritmen en AI-systemen van Politie (6), het kerndepartement (4), het Nederlands Forensisch \
         Instituut (4), het Nationaal Cyber Security Centrum (3), de Dienst Justitiële Inrichtingen (2), de IND \
         (2), Justid (2), de Raad voor de Kinderbescherming (2), de Raad voor Rechtsbijstand (2), het Centraal \
         Justitieel Incassobureau (1), het COA (1), de Dienst Terugkeer en Vertrek (1), Justis (1) en het Nederlands \
         Instituut Publieke Veiligheid (1).",
        "In totaal moeten 32 algoritmen en AI-systemen verplicht worden gepubliceerd: 22 impactvolle algoritmen en 10 \
         hoog-risico-AI-systemen.",
        "Hiervan zijn inmiddels 11 impactvolle algoritmen en 3 hoog-risico-AI-systemen gepubliceerd. De overige 11 \
         impactvolle algoritmen en 7 hoog-risico-AI-systemen staan voor eind 2025 gepland voor publicatie.",
        "Classificatie: Intern",
        "Sinds 2025-Q1",
    ] {
        assert!(holds(&t, e), "missing in the sample PDF: {e}\n--- text:\n{t}");
    }

    let out = algoreg(
        dir.path(),
        &["annual", "--year", "2025", "--inputs", inputs, "--out", "reports"],
    );
    ok(&out);
    let pdf = std::fs::read(dir.path().join("reports/2025/jaarrapportage-2025.pdf")).unwrap();
    let t = pdf_text(&pdf);
    for e in [
        "Classificatie: Openbaar",
        "Deze rapportage gebruikt de statusoverzichten van 2025-Q1, 2025-Q2, 2025-Q3 en 2025-Q4.",
        "Op 31 december 2025 hebben beide ministeries en hun taakorganisaties",
        "Op 31 december 2025 hebben het ministerie van Asiel en Migratie en zijn taakorganisaties",
    ] {
        assert!(holds(&t, e), "missing in the sample annual PDF: {e}\n--- text:\n{t}");
    }
}

/// More organisations than one page can show: 45 with an overdue publication,
/// 50 that only published, 30 without a sheet, and a supervisor.
fn large_inputs(root: &Path) -> PathBuf {
    let inputs = Folder::new(root.join("inputs"));
    let mut csv = String::from("code,naam,ministerie,toezichthouder,naam_in_zin\n");
    let ministerie = |i: usize| if i.is_multiple_of(2) { "JenV" } else { "AenM" };
    for i in 1..=45 {
        let (code, naam) = (format!("ACH{i:03}"), format!("Dienst Achter {i:03}"));
        csv.push_str(&format!("{code},{naam},{},nee,{naam}\n", ministerie(i)));
        let rows = [
            short_published("X0", "B", date(2025, 2, 1)),
            short_planned("X1", "B", date(2025, 5, 1)),
        ];
        let grid = short_sheet(&code, &naam, ministerie(i), "2025-Q2", date(2025, 6, 30), &rows);
        inputs.add_grid("2025-Q2", &format!("{code}.xlsx"), &grid);
    }
    for i in 1..=50 {
        let (code, naam) = (format!("RUS{i:03}"), format!("Dienst Rustig {i:03}"));
        csv.push_str(&format!("{code},{naam},{},nee,{naam}\n", ministerie(i)));
        let rows = [short_published("X0", "C", date(2025, 2, 1))];
        let grid = short_sheet(&code, &naam, ministerie(i), "2025-Q2", date(2025, 6, 30), &rows);
        inputs.add_grid("2025-Q2", &format!("{code}.xlsx"), &grid);
    }
    for i in 1..=30 {
        csv.push_str(&format!("STI{i:03},Dienst Stil {i:03},JenV,nee,Dienst Stil {i:03}\n"));
    }
    csv.push_str("AP,Autoriteit Persoonsgegevens,JenV,ja,de Autoriteit Persoonsgegevens\n");
    inputs.orgs(&csv);
    let rows = [short_published("X0", "B", date(2025, 1, 9))];
    let grid = short_sheet(
        "AP",
        "Autoriteit Persoonsgegevens",
        "JenV",
        "2025-Q2",
        date(2025, 6, 30),
        &rows,
    );
    inputs.add_grid("2025-Q2", "AP.xlsx", &grid);
    inputs.path
}

#[test]
fn a_large_batch_counts_per_ministry_and_points_to_the_workbook() {
    let dir = tempfile::tempdir().unwrap();
    large_inputs(dir.path());
    let t = pdf_text(&quarterly(dir.path()));
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
        "75 organisaties hebben aandacht nodig.",
        "De tabel toont de eerste 25 van de 75 organisaties. Alle organisaties staan in de werkmap \
         voortgang-2025-Q2.xlsx, blad Organisaties.",
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
