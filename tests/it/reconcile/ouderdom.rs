//! How old the register export is: every output (JSON, console, workbook,
//! PDF) says it, `--register-datum` shows in each, and an export older than
//! the peildatum gives a `register-verouderd` warning, also when the date
//! given contradicts the export's content. The export may also be saved by
//! Excel (`;`, Windows-1252).

use calamine::Reader;

use crate::common::*;

const HEADER: &str = "name,organization,status,publication_category,algorithm_id,publication_dt\n";

/// AAA with one published algorithm, and an export that holds it, published on `date`.
fn setup(date: &str) -> (Inputs, String) {
    let inputs = Inputs::new();
    inputs.add_grid(
        "alfa.xlsx",
        &alfa(&[row("A-1", "B", "gepubliceerd", "", "2025-05-01", "11111115", "geen")]),
    );
    let export = format!("{HEADER}Algoritme A-1,Dienst Alfa,In gebruik,,11111115,{date}\n");
    let path = inputs.path().join("register.csv");
    std::fs::write(&path, export).unwrap();
    (inputs, path.to_string_lossy().into_owned())
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn verouderd(out: &std::process::Output) -> bool {
    parse_findings(out)
        .iter()
        .any(|l| l.code == "register-verouderd" && l.severity == "waarschuwing")
}

#[test]
fn an_export_older_than_the_peildatum_is_warned_about() {
    let (inputs, register) = setup("2025-05-01");
    let out = inputs.run("reconcile", &["--register", &register]);
    assert!(verouderd(&out), "{}", stdout(&out));
    let s = stdout(&out);
    assert!(
        s.contains("De nieuwste publicatie in de export is van 01-05-2025."),
        "{s}"
    );
    assert!(s.contains("ouder dan de peildatum (30-06-2025)"), "{s}");

    // The date the user gives wins over the newest publication.
    let out = inputs.run(
        "reconcile",
        &["--register", &register, "--register-datum", "2025-07-02"],
    );
    assert!(!verouderd(&out), "{}", stdout(&out));
    assert!(stdout(&out).contains("De export van het register is van 02-07-2025."));
    let out = inputs.run(
        "reconcile",
        &["--register", &register, "--register-datum", "2025-06-29"],
    );
    assert!(verouderd(&out), "{}", stdout(&out));

    // A publication on the peildatum or later: not old.
    let (inputs, register) = setup("2025-06-30");
    let out = inputs.run("reconcile", &["--register", &register]);
    assert!(!verouderd(&out), "{}", stdout(&out));
}

/// The date given is held against the export: a newest publication more
/// than three months before the peildatum, or one after the date given,
/// gives the warning whatever date was given, and says which date counted.
#[test]
fn a_given_date_the_export_contradicts_does_not_hide_an_old_export() {
    let (inputs, register) = setup("2025-03-01");
    let out = inputs.run(
        "afstemming",
        &["--register", &register, "--register-datum", "2025-07-03"],
    );
    assert!(verouderd(&out), "{}", stdout(&out));
    let s = stdout(&out);
    for part in [
        "u gaf op dat de export van 03-07-2025 is, maar de nieuwste publicatie in de export is van 01-03-2025",
        "meer dan drie maanden voor de peildatum (30-06-2025)",
        "algoreg gaat uit van 01-03-2025",
    ] {
        assert!(s.contains(part), "{part}: {s}");
    }
    let (_, figures) = inputs.report(&["--register", &register, "--register-datum", "2025-07-03"]);
    let age = &figures["afstemming"]["ouderdom"];
    assert_eq!(age["register_datum"], "2025-07-03", "{age}");
    assert_eq!(age["aangenomen_datum"], "2025-03-01", "{age}");
    assert_eq!(age["reden"], "publicatie-te-oud", "{age}");
    assert_eq!(age["verouderd"], true, "{age}");

    // A publication after the date given: that date cannot be right.
    let (inputs, register) = setup("2025-07-01");
    let out = inputs.run(
        "afstemming",
        &["--register", &register, "--register-datum", "2025-06-30"],
    );
    assert!(verouderd(&out), "{}", stdout(&out));
    let s = stdout(&out);
    assert!(s.contains("er staat een publicatie van 01-07-2025 in"), "{s}");
    assert!(
        s.contains("algoreg gaat uit van 01-07-2025, de nieuwste publicatie"),
        "{s}"
    );
    let (_, figures) = inputs.report(&["--register", &register, "--register-datum", "2025-06-30"]);
    assert_eq!(figures["afstemming"]["ouderdom"]["reden"], "datum-voor-publicatie");

    // The same export with a date it agrees with: no warning, the date given counts.
    let out = inputs.run(
        "afstemming",
        &["--register", &register, "--register-datum", "2025-07-02"],
    );
    assert!(!verouderd(&out), "{}", stdout(&out));
    let (_, figures) = inputs.report(&["--register", &register, "--register-datum", "2025-07-02"]);
    let age = &figures["afstemming"]["ouderdom"];
    assert_eq!(age["aangenomen_datum"], "2025-07-02", "{age}");
    assert_eq!(age["reden"], serde_json::Value::Null, "{age}");
}

#[test]
fn a_date_that_is_no_date_is_refused() {
    let (inputs, register) = setup("2025-05-01");
    let out = inputs.run("reconcile", &["--register", &register, "--register-datum", "2-7-2025"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("'2-7-2025' voor --register-datum <JJJJ-MM-DD>"), "{err}");
}

#[test]
fn the_age_is_in_every_output() {
    let (inputs, register) = setup("2025-05-01");
    let out = inputs.run(
        "run",
        &[
            "--out",
            "uit",
            "--register",
            &register,
            "--register-datum",
            "2025-06-15",
        ],
    );
    ok(&out);
    assert!(verouderd(&out));
    assert!(stdout(&out).contains("De export van het register is van 15-06-2025."));
    let dir = inputs.path().join("uit").join(QUARTER);

    let figures = json(&dir.join(format!("cijfers-{QUARTER}.json")));
    let age = &figures["afstemming"]["ouderdom"];
    assert_eq!(age["nieuwste_publicatie"], "2025-05-01", "{age}");
    assert_eq!(age["register_datum"], "2025-06-15", "{age}");
    assert_eq!(age["peildatum"], "2025-06-30", "{age}");
    assert_eq!(age["verouderd"], true, "{age}");
    assert_eq!(age["aangenomen_datum"], "2025-06-15", "{age}");
    assert_eq!(age["reden"], "ouder-dan-peildatum", "{age}");
    let manifest = json(&dir.join("manifest.json"));
    assert_eq!(manifest["opties"]["register"]["datum"], "2025-06-15");
    assert_eq!(manifest["opties"]["register"]["soort"], "export");

    let mut book: calamine::Xlsx<_> = calamine::open_workbook(dir.join(format!("voortgang-{QUARTER}.xlsx"))).unwrap();
    let sheet = book.worksheet_range("Afstemming").unwrap();
    let cells: Vec<String> = sheet.rows().flatten().map(ToString::to_string).collect();
    let note = cells.iter().find(|c| c.contains("nieuwste publicatie")).cloned();
    let note = note.unwrap_or_else(|| panic!("{cells:?}"));
    assert!(note.contains("15-06-2025") && note.contains("01-05-2025") && note.contains("ouder dan de peildatum"));

    let pdf = pdf_squashed(&dir.join(format!("voortgang-{QUARTER}.pdf")));
    for sentence in [
        "De export van het register is van 15-06-2025.",
        "De nieuwste publicatie in de export is van 01-05-2025.",
        "waarschijnlijk ouder dan de peildatum",
    ] {
        assert!(pdf.contains(&squash(sentence)), "{sentence}: {pdf}");
    }
}

#[test]
fn an_export_saved_by_excel_reads_as_the_original() {
    let (inputs, register) = setup("2025-07-01");
    let original = inputs.run("reconcile", &["--register", &register]);
    let text = std::fs::read_to_string(&register).unwrap().replace("Alfa", "Àlfa");
    std::fs::write(inputs.path().join("organisaties.csv"), ORGS_CSV.replace("Alfa", "Àlfa")).unwrap();
    std::fs::write(&register, text.as_bytes()).unwrap();
    let utf8 = inputs.run("reconcile", &["--register", &register]);
    let excel = encoding_rs::WINDOWS_1252
        .encode(&text.replace(',', ";").replace('\n', "\r\n"))
        .0
        .into_owned();
    std::fs::write(&register, excel).unwrap();
    let saved = inputs.run("reconcile", &["--register", &register]);
    assert!(
        stdout(&original).contains("1 van deze organisaties"),
        "{}",
        stdout(&original)
    );
    assert_eq!(stdout(&saved), stdout(&utf8));
    assert!(stdout(&saved).contains("1 van deze organisaties"), "{}", stdout(&saved));
}
