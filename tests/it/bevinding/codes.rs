//! One test per finding code: a purpose-made bad sheet, the real binary, and
//! the finding it must give (code, severity and place).

use algoreg_fixtures::grid::{Grid, Value};

use crate::common::*;

/// A folder with a good sheet for BBB and TTT, plus `alfa.xlsx` for AAA.
fn with_alfa(grid: Grid) -> Vec<Line> {
    let inputs = Inputs::new();
    inputs.add_grid("beta.xlsx", &sheet("BBB", "Bureau Beta", "AenM", &[]));
    inputs.add_grid("tau.xlsx", &sheet("TTT", "Toezicht Tau", "JenV", &[]));
    inputs.add_grid("alfa.xlsx", &grid);
    inputs.check()
}

/// AAA's sheet with one algorithm row.
fn one_row(r: [String; 10]) -> Vec<Line> {
    with_alfa(alfa(&[r]))
}

/// AAA's sheet with one Organisatie value replaced.
fn org_value(label_row: usize, value: Value) -> Vec<Line> {
    let mut g = alfa(&[]);
    g.sheets[0].1[label_row][1] = value;
    with_alfa(g)
}

fn with_cell(col: usize, value: &str) -> Vec<Line> {
    let mut r = planned("A-1", "B", "2025-12-31");
    r[col] = value.to_owned();
    one_row(r)
}

#[test]
fn a_clean_folder_gives_no_findings() {
    let f = one_row(published("A-1", "B"));
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn bestand_onleesbaar() {
    let inputs = Inputs::new();
    inputs
        .add("pdf.xlsx", b"%PDF-1.7\n...")
        .add("leeg.xlsx", b"")
        .add("half.xlsx", &sheet("AAA", "x", "JenV", &[]).to_xlsx().unwrap()[..300]);
    inputs.add("oud.xls", b"dit is tekst");
    let f = inputs.check();
    expect(&f, "bestand-onleesbaar", "fout", "pdf.xlsx");
    expect(&f, "bestand-onleesbaar", "fout", "leeg.xlsx");
    expect(&f, "bestand-onleesbaar", "fout", "half.xlsx");
    expect(&f, "bestand-onleesbaar", "fout", "oud.xls");
    assert!(f.iter().any(|l| l.message.contains("PDF-bestand")), "{f:#?}");
    assert!(f.iter().any(|l| l.message.contains("leeg")), "{f:#?}");
}

#[test]
fn bestand_overgeslagen_and_lock_files() {
    let inputs = Inputs::new();
    inputs.add("notities.txt", b"x").add("~$alfa.xlsx", b"lock");
    let f = inputs.check();
    expect(&f, "bestand-overgeslagen", "info", "notities.txt");
    assert!(
        !f.iter().any(|l| l.place.contains("~$")),
        "lock files are skipped quietly: {f:#?}"
    );
}

#[test]
fn blad_ontbreekt() {
    let mut g = alfa(&[]);
    g.sheets.truncate(1);
    expect(&with_alfa(g), "blad-ontbreekt", "fout", "alfa.xlsx");
}

#[test]
fn label_ontbreekt() {
    let mut g = alfa(&[]);
    g.sheets[0].1.remove(4); // Peildatum
    expect(&with_alfa(g), "label-ontbreekt", "fout", "alfa.xlsx:Organisatie");
    expect(
        &org_value(5, Value::Empty),
        "label-ontbreekt",
        "fout",
        "alfa.xlsx:Organisatie!B6",
    );
}

#[test]
fn kolom_ontbreekt_onbekend_dubbel() {
    let mut g = alfa(&[published("A-1", "B")]);
    let rows = &mut g.sheets[1].1;
    rows[0][4] = text("Statuss"); // Status missing, unknown column instead
    rows[0].push(text("Naam"));
    let f = with_alfa(g);
    expect(&f, "kolom-ontbreekt", "fout", "alfa.xlsx:Algoritmen!A1");
    expect(&f, "kolom-onbekend", "info", "alfa.xlsx:Algoritmen!E1");
    expect(&f, "kolom-dubbel", "waarschuwing", "alfa.xlsx:Algoritmen!K1");
}

#[test]
fn kopregel_ontbreekt() {
    let mut g = alfa(&[published("A-1", "B")]);
    g.sheets[1].1.remove(0);
    expect(&with_alfa(g), "kopregel-ontbreekt", "fout", "alfa.xlsx:Algoritmen");
}

#[test]
fn organisatie_onbekend() {
    expect(
        &org_value(1, text("ZZZ")),
        "organisatie-onbekend",
        "fout",
        "alfa.xlsx:Organisatie!B2",
    );
}

#[test]
fn ministerie_klopt_niet() {
    expect(
        &org_value(2, text("AenM")),
        "ministerie-klopt-niet",
        "fout",
        "alfa.xlsx:Organisatie!B3",
    );
}

#[test]
fn kwartaal_klopt_niet_en_ongeldig() {
    expect(
        &org_value(3, text("2025-Q1")),
        "kwartaal-klopt-niet",
        "fout",
        "alfa.xlsx:Organisatie!B4",
    );
    expect(
        &org_value(3, text("tweede kwartaal")),
        "kwartaal-ongeldig",
        "fout",
        "alfa.xlsx:Organisatie!B4",
    );
}

#[test]
fn peildatum_buiten_kwartaal() {
    expect(
        &org_value(4, text("15-07-2025")),
        "peildatum-buiten-kwartaal",
        "fout",
        "alfa.xlsx:Organisatie!B5",
    );
}

#[test]
fn fase_onbekend() {
    expect(
        &org_value(5, text("afronden")),
        "fase-onbekend",
        "fout",
        "alfa.xlsx:Organisatie!B6",
    );
}

#[test]
fn dubbel_blad_and_blad_niet_ingeleverd() {
    let inputs = Inputs::new();
    inputs.add_grid("alfa-1.xlsx", &alfa(&[published("A-1", "B")]));
    inputs.add_grid("alfa-2.ods", &alfa(&[published("A-1", "B")]));
    let f = inputs.check();
    expect(&f, "dubbel-blad", "fout", "alfa-2.ods");
    expect(&f, "blad-niet-ingeleverd", "waarschuwing", QUARTER);
    assert!(
        f.iter()
            .any(|l| l.code == "blad-niet-ingeleverd" && l.message.contains("(BBB)")),
        "{f:#?}"
    );
}

#[test]
fn id_dubbel() {
    let f = with_alfa(alfa(&[published("A-1", "B"), planned("a-1 ", "B", "2025-12-31")]));
    expect(&f, "id-dubbel", "fout", "alfa.xlsx:Algoritmen!A3");
}

#[test]
fn waarde_ontbreekt() {
    expect(&with_cell(1, ""), "waarde-ontbreekt", "fout", "alfa.xlsx:Algoritmen!B2");
    expect(
        &with_cell(0, "  "),
        "waarde-ontbreekt",
        "fout",
        "alfa.xlsx:Algoritmen!A2",
    );
    expect(&with_cell(4, ""), "waarde-ontbreekt", "fout", "alfa.xlsx:Algoritmen!E2");
    let mut r = published("A-1", "B");
    r[6] = String::new();
    expect(&one_row(r), "waarde-ontbreekt", "fout", "alfa.xlsx:Algoritmen!G2");
}

#[test]
fn categorie_status_uitzondering_risicoselectie_onbekend() {
    expect(
        &with_cell(2, "D"),
        "categorie-onbekend",
        "fout",
        "alfa.xlsx:Algoritmen!C2",
    );
    expect(
        &with_cell(4, "klaar"),
        "status-onbekend",
        "fout",
        "alfa.xlsx:Algoritmen!E2",
    );
    expect(
        &with_cell(8, "soms"),
        "uitzondering-onbekend",
        "fout",
        "alfa.xlsx:Algoritmen!I2",
    );
    expect(
        &with_cell(3, "misschien"),
        "risicoselectie-onbekend",
        "fout",
        "alfa.xlsx:Algoritmen!D2",
    );
}

#[test]
fn datum_ongeldig() {
    expect(
        &with_cell(5, "binnenkort"),
        "datum-ongeldig",
        "fout",
        "alfa.xlsx:Algoritmen!F2",
    );
    expect(
        &with_cell(5, "31-12-2101"),
        "datum-ongeldig",
        "fout",
        "alfa.xlsx:Algoritmen!F2",
    );
    let mut r = published("A-1", "B");
    r[6] = "1899-12-31".into();
    expect(&one_row(r), "datum-ongeldig", "fout", "alfa.xlsx:Algoritmen!G2");
}

/// The example in the message is the last day of the quarter at hand, not a fixed date.
#[test]
fn datum_ongeldig_shows_dates_of_the_quarter_at_hand() {
    let message = |f: &[Line]| f.iter().find(|l| l.code == "datum-ongeldig").map(|l| l.message.clone());
    let now = message(&with_cell(5, "binnenkort")).expect("a finding");
    assert!(
        now.ends_with("Schrijf bijvoorbeeld 30-06-2025, 2025-06-30 of 2025-Q2."),
        "{now}"
    );

    let inputs = Inputs::new();
    let folder = inputs.path().join("2026-Q1");
    std::fs::create_dir_all(&folder).unwrap();
    let mut r = planned("A-1", "B", "binnenkort");
    r[6] = "gisteren".into();
    write_grid(&folder.join("alfa.xlsx"), &alfa_for("2026-Q1", &[r]));
    let out = inputs.run("controleer", &["--kwartaal", "2026-Q1"]);
    let later: Vec<String> = parse_findings(&out)
        .into_iter()
        .filter(|l| l.code == "datum-ongeldig")
        .map(|l| l.message)
        .collect();
    assert_eq!(later.len(), 2, "{}", stdout(&out));
    assert!(
        later[0].ends_with("Schrijf bijvoorbeeld 31-03-2026, 2026-03-31 of 2026-Q1."),
        "{later:?}"
    );
    assert!(
        later[1].ends_with("Schrijf bijvoorbeeld 31-03-2026 of 2026-03-31."),
        "{later:?}"
    );
}

#[test]
fn planning_ontbreekt() {
    let f = with_cell(5, "");
    expect(&f, "planning-ontbreekt", "waarschuwing", "alfa.xlsx:Algoritmen!F2");
    // Category C, vervallen and volledig need no plan.
    for (col, v) in [(2, "C"), (4, "vervallen"), (8, "volledig")] {
        let mut r = planned("A-1", "B", "");
        r[col] = v.into();
        assert!(one_row(r).is_empty(), "{v} needs no plan");
    }
}

#[test]
fn publicatie_na_peildatum() {
    let mut r = published("A-1", "B");
    r[6] = "2025-07-05".into();
    expect(
        &one_row(r),
        "publicatie-na-peildatum",
        "fout",
        "alfa.xlsx:Algoritmen!G2",
    );
}

#[test]
fn algoritme_id_ontbreekt_en_ongeldig() {
    let mut r = published("A-1", "B");
    r[7] = String::new();
    expect(
        &one_row(r.clone()),
        "algoritme-id-ontbreekt",
        "fout",
        "alfa.xlsx:Algoritmen!H2",
    );
    r[7] = "1234".into();
    expect(&one_row(r), "algoritme-id-ongeldig", "fout", "alfa.xlsx:Algoritmen!H2");
}

/// The register's Algoritme-IDs carry a check digit: one mistyped digit, as
/// 8 digits or in a register link, is one fout at its cell. A shielded
/// (`volledig`) row's ID is never quoted, so it gives none.
#[test]
fn algoritme_id_ongeldig_by_its_check_digit() {
    // Each a valid ID with one digit mistyped: 12345670 (the third digit),
    // 41914566 (the seventh), 23456785 (the last).
    let f = with_alfa(alfa(&[
        published("A-1", "B"),
        row("A-2", "B", "gepubliceerd", "", "2025-05-01", "12845670", "geen"),
        row(
            "A-3",
            "B",
            "gepubliceerd",
            "",
            "2025-05-01",
            "https://algoritmes.overheid.nl/nl/algoritme/telefonisch-innen-41914576",
            "geen",
        ),
        row("A-4", "B", "ter controle", "2025-12-31", "", "23456780", "volledig"),
    ]));
    let fouten: Vec<&Line> = f.iter().filter(|l| l.severity == "fout").collect();
    let places: Vec<(&str, &str)> = fouten.iter().map(|l| (l.code.as_str(), l.place.as_str())).collect();
    assert_eq!(
        places,
        [
            ("algoritme-id-ongeldig", "2025-Q2/alfa.xlsx:Algoritmen!H3"),
            ("algoritme-id-ongeldig", "2025-Q2/alfa.xlsx:Algoritmen!H4"),
        ],
        "{f:#?}"
    );
    assert!(
        fouten[0]
            .message
            .starts_with("Bij het Algoritme-ID staat \"12845670\". Het controlecijfer klopt niet"),
        "{f:#?}"
    );
    assert!(
        fouten[1].message.contains("\"41914576\"") && fouten[1].message.contains("controlecijfer"),
        "{f:#?}"
    );
    assert!(
        !f.iter()
            .any(|l| l.place.ends_with("!H5") || l.message.contains("23456780")),
        "{f:#?}"
    );
}

#[test]
fn volledig_gepubliceerd() {
    let mut r = published("A-1", "B");
    r[8] = "volledig".into();
    expect(&one_row(r), "volledig-gepubliceerd", "fout", "alfa.xlsx:Algoritmen!I2");
}

#[test]
fn cel_fout() {
    let mut g = alfa(&[published("A-1", "B")]);
    g.sheets[1].1[1][2] = Value::Formula {
        formula: "=VLOOKUP(X1,Y:Z,2,0)".into(),
        result: "#N/A".into(),
    };
    let f = with_alfa(g);
    expect(&f, "cel-fout", "fout", "alfa.xlsx:Algoritmen!C2");
    assert!(f.iter().any(|l| l.message.contains("#N/A")), "{f:#?}");
}

#[test]
fn waarde_soort() {
    let mut g = alfa(&[published("A-1", "B")]);
    g.sheets[1].1[1][1] = Value::Date(chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
    expect(&with_alfa(g), "waarde-soort", "waarschuwing", "alfa.xlsx:Algoritmen!B2");
    let mut g = alfa(&[published("A-1", "B")]);
    g.sheets[1].1[1][1] = Value::Number(42.0);
    expect(&with_alfa(g), "waarde-soort", "waarschuwing", "alfa.xlsx:Algoritmen!B2");
}
