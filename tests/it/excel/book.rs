//! The quarterly workbook `voortgang-<kwartaal>.xlsx` written by `algoreg
//! run`, read back with calamine and as raw package parts: its sheets and
//! tables, the same numbers as the JSON, text that stays text, no
//! confidential text, the same bytes twice, and its cover.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Data, Range, Reader};

use crate::common::{
    Inputs, QUARTER, alfa, algoreg, command, day as d, header, json, ok, organisation, part, parts, published,
    status_sheet, text as t, write_grid,
};

use super::batch::{CANARIES, CONTACT, FORMULA_NAMES, inputs, text};

/// Runs the quarter into `out` and returns the workbook's path.
fn run_into(dir: &Path, out: &str) -> PathBuf {
    let o = algoreg(dir, &["run", "--quarter", "2025-Q2", "--out", out]);
    assert_eq!(o.status.code(), Some(0), "run should be clean");
    dir.join(out).join("2025-Q2/voortgang-2025-Q2.xlsx")
}

fn book(path: &Path) -> calamine::Xlsx<Cursor<Vec<u8>>> {
    calamine::open_workbook_from_rs(Cursor::new(std::fs::read(path).unwrap())).unwrap()
}

/// The table on a sheet: the header row (the first row whose first cell is
/// `first_header`) and the rows below it.
fn table(range: &Range<Data>, first_header: &str) -> (Vec<String>, Vec<Vec<Data>>) {
    let rows: Vec<&[Data]> = range.rows().collect();
    let at = rows
        .iter()
        .position(|r| text(&r[0]) == first_header)
        .unwrap_or_else(|| panic!("no header row starting with {first_header}"));
    let header: Vec<String> = rows[at].iter().map(text).take_while(|s| !s.is_empty()).collect();
    let body = rows[at + 1..].iter().map(|r| r[..header.len()].to_vec()).collect();
    (header, body)
}

const SHEETS: [&str; 12] = [
    "Voorblad",
    "Inhoud",
    "Toelichting",
    "Overzicht",
    "Organisaties",
    "Grafiek",
    "Algoritmen",
    "Bevindingen",
    "Uitgesloten",
    "Prognose",
    "AI-verordening",
    "Data",
];

/// `AI-verordening`: long format, eight answers per group, the two questions
/// adding up to the same high-risk AI systems.
fn expect_ai(wb: &mut calamine::Xlsx<Cursor<Vec<u8>>>) {
    let (h, rows) = table(&wb.worksheet_range("AI-verordening").unwrap(), "Kwartaal");
    assert_eq!(
        h,
        [
            "Kwartaal",
            "Ministerie of groep",
            "Code",
            "Organisatie",
            "Vraag",
            "Antwoord",
            "Aantal",
            "Maat"
        ]
    );
    // Every group has the eight answers; the answers of a question add up per group.
    let totaal: Vec<&Vec<Data>> = rows.iter().filter(|r| text(&r[1]) == "Totaal").collect();
    assert_eq!(totaal.len(), 8);
    let sum = |vraag: &str| -> f64 {
        totaal
            .iter()
            .filter(|r| text(&r[4]) == vraag)
            .map(|r| match r[6] {
                Data::Float(x) => x,
                ref other => panic!("a number: {other:?}"),
            })
            .sum()
    };
    assert_eq!(sum("EU-databank"), sum("Grondrechtentoets"));
}

#[test]
fn workbook_has_its_sheets_tables_and_header_rows() {
    let dir = inputs();
    let path = run_into(dir.path(), "reports");
    let mut wb = book(&path);
    assert_eq!(wb.sheet_names(), SHEETS);

    let bytes = std::fs::read(&path).unwrap();
    let mut tables: Vec<String> = parts(&bytes)
        .iter()
        .filter(|(n, _)| n.starts_with("xl/tables/"))
        .map(|(_, xml)| {
            let xml = String::from_utf8_lossy(xml);
            xml.split(" name=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    tables.sort();
    assert_eq!(
        tables,
        [
            "tbl_ai_verordening",
            "tbl_algoritmen",
            "tbl_bevindingen",
            "tbl_data",
            "tbl_grafiek",
            "tbl_inhoud",
            "tbl_organisaties",
            "tbl_overzicht",
            "tbl_prognose",
            "tbl_toelichting",
            "tbl_uitgesloten"
        ]
    );

    for sheet in SHEETS {
        let range = wb.worksheet_range(sheet).unwrap();
        assert_eq!(range.start(), Some((0, 0)), "{sheet}: title in A1");
        assert!(
            matches!(range.get_value((0, 0)), Some(Data::String(s)) if !s.is_empty()),
            "{sheet}"
        );
    }
    let mut expect = |sheet: &str, first: &str, headers: &[&str]| {
        let (h, _) = table(&wb.worksheet_range(sheet).unwrap(), first);
        assert_eq!(h, headers, "{sheet}");
    };
    expect(
        "Bevindingen",
        "Organisatie",
        &["Organisatie", "Bestand", "Blad", "Cel", "Ernst", "Code", "Melding"],
    );
    expect("Inhoud", "Blad", &["Blad", "Wat staat erop"]);
    expect(
        "Data",
        "Kwartaal",
        &[
            "Kwartaal",
            "Ministerie",
            "Organisatie",
            "Organisatienaam",
            "Toezichthouder",
            "Categorie",
            "Maat",
            "Maatlabel",
            "Aantal",
        ],
    );
    let (h, _) = table(&wb.worksheet_range("Organisaties").unwrap(), "Ministerie");
    assert_eq!(
        h[..5],
        ["Ministerie", "Code", "Organisatie", "Toezichthouder", "Ingeleverd"]
    );
    assert_eq!(h.len(), 7 + 23, "every maat");
    expect_ai(&mut wb);
    let (h, _) = table(&wb.worksheet_range("Algoritmen").unwrap(), "Ministerie");
    assert!(h.contains(&"Bestand".to_owned()) && h.contains(&"Rij".to_owned()));
    assert!(!h.iter().any(|c| c.contains("Contact")));

    // Inhoud links to every sheet.
    let inhoud = part(&bytes, "xl/worksheets/sheet2.xml");
    for sheet in SHEETS {
        assert!(
            inhoud.contains(&format!("location=\"'{sheet}'!A1\"")),
            "link to {sheet}"
        );
    }
    // Native chart with alt text, document language, properties.
    assert!(parts(&bytes).iter().any(|(n, _)| n == "xl/charts/chart1.xml"));
    let drawing = part(&bytes, "xl/drawings/drawing1.xml");
    assert!(drawing.contains("descr=\"Staafdiagram"), "{drawing}");
    let core = part(&bytes, "docProps/core.xml");
    assert!(core.contains("<dc:language>nl-NL</dc:language>"), "{core}");
    assert!(core.contains("<dc:title>Voortgang publicatie Algoritmeregister 2025-Q2</dc:title>"));
    assert!(
        core.contains("2025-06-30T00:00:00Z"),
        "creation time from the peildatum: {core}"
    );
    assert!(
        !parts(&bytes)
            .iter()
            .any(|(_, x)| String::from_utf8_lossy(x).contains("<mergeCell"))
    );
}

#[test]
fn data_sheet_equals_the_json_figures_row_for_row() {
    let dir = inputs();
    let path = run_into(dir.path(), "reports");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("reports/2025-Q2/cijfers-2025-Q2.json")).unwrap())
            .unwrap();
    let cijfers = json["cijfers"].as_array().unwrap();
    let (_, rows) = table(&book(&path).worksheet_range("Data").unwrap(), "Kwartaal");
    assert_eq!(rows.len(), cijfers.len());
    assert_eq!(rows.len(), 4 * 3 * 23, "four organisations sent a sheet, 23 maten");
    for (row, c) in rows.iter().zip(cijfers) {
        let toezicht = if c["toezichthouder"].as_bool().unwrap() {
            "ja"
        } else {
            "nee"
        };
        // The organisation's name beside its code, the maat's label beside its name.
        let shown: Vec<String> = [0, 1, 2, 4, 5, 6].iter().map(|i| text(&row[*i])).collect();
        assert_eq!(
            shown,
            [
                c["kwartaal"].as_str().unwrap(),
                c["ministerie"].as_str().unwrap(),
                c["organisatie"].as_str().unwrap(),
                toezicht,
                c["categorie"].as_str().unwrap(),
                c["maat"].as_str().unwrap(),
            ]
        );
        assert!(!text(&row[3]).is_empty(), "the organisation's name");
        let label = algoreg::maat::Maat::ALL
            .iter()
            .find(|m| m.name() == c["maat"])
            .unwrap()
            .label();
        assert_eq!(text(&row[7]), label, "the PDF's label");
        assert_eq!(row[8], Data::Float(c["aantal"].as_f64().unwrap()), "a number, not text");
    }
}

#[test]
fn formula_looking_names_are_stored_as_text() {
    let dir = inputs();
    let path = run_into(dir.path(), "reports");
    let (h, rows) = table(&book(&path).worksheet_range("Algoritmen").unwrap(), "Ministerie");
    let naam = h.iter().position(|c| c == "Naam").unwrap();
    let names: Vec<&Data> = rows.iter().map(|r| &r[naam]).collect();
    for f in FORMULA_NAMES {
        assert!(
            names.contains(&&Data::String((*f).to_owned())),
            "{f} as a string in {names:?}"
        );
    }
    let bytes = std::fs::read(&path).unwrap();
    for (name, xml) in parts(&bytes) {
        if name.starts_with("xl/worksheets/sheet") {
            assert!(!String::from_utf8_lossy(&xml).contains("<f>"), "no formula in {name}");
        }
    }
}

#[test]
fn no_text_of_a_volledig_row_or_contact_anywhere_in_the_package() {
    let dir = inputs();
    let path = run_into(dir.path(), "reports");
    let bytes = std::fs::read(&path).unwrap();
    for (name, content) in parts(&bytes) {
        let s = String::from_utf8_lossy(&content).to_lowercase();
        for canary in CANARIES {
            assert!(!s.contains(&canary.to_lowercase()), "{canary} leaked into {name}");
        }
    }
    // The row still counts, shown as shielded.
    let (h, rows) = table(&book(&path).worksheet_range("Algoritmen").unwrap(), "Ministerie");
    let naam = h.iter().position(|c| c == "Naam").unwrap();
    assert_eq!(rows.iter().filter(|r| text(&r[naam]) == "[afgeschermd]").count(), 1);
}

#[test]
fn two_runs_give_identical_bytes() {
    let dir = inputs();
    let first = std::fs::read(run_into(dir.path(), "a")).unwrap();
    let second = std::fs::read(run_into(dir.path(), "b")).unwrap();
    assert!(first == second, "the workbook differs between runs");

    let o = command(dir.path())
        .args(["run", "--quarter", "2025-Q2", "--out", "c"])
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .output()
        .unwrap();
    assert!(o.status.success());
    let third = std::fs::read(dir.path().join("c/2025-Q2/voortgang-2025-Q2.xlsx")).unwrap();
    assert!(part(&third, "docProps/core.xml").contains("2026-01-01T00:00:00Z"));
}

#[test]
fn provisional_workbook_says_so_on_the_cover() {
    let dir = inputs();
    let q = dir.path().join("inputs/2025-Q2");
    let bad = status_sheet(
        organisation(
            "CJIB",
            "Centraal Justitieel Incassobureau",
            "JenV",
            "2025-Q2",
            d(2025, 6, 30).into(),
            Some(CONTACT),
        ),
        &header(),
        vec![vec![t("C1"), t("Boete-inning"), t("Z"), t("nee"), t("gepubliceerd")]],
    );
    write_grid(&q.join("cjib.xlsx"), &bad);
    let o = algoreg(dir.path(), &["run", "--quarter", "2025-Q2", "--accept-errors"]);
    assert_eq!(o.status.code(), Some(1));
    let mut wb = book(&dir.path().join("reports/2025-Q2/voortgang-2025-Q2.xlsx"));
    let cover = wb.worksheet_range("Voorblad").unwrap();
    let all: Vec<String> = cover.cells().map(|(_, _, c)| text(c)).collect();
    assert!(all.iter().any(|s| s == "VOORLOPIG"), "{all:?}");
    let j = json(&dir.path().join("reports/2025-Q2/cijfers-2025-Q2.json"));
    let fout = j["bevindingen_telling"]["fout"].as_u64().unwrap() as usize;
    assert!(
        all.iter().any(|s| *s == algoreg::excel::book::voorlopig_tekst(fout)),
        "the cover counts the errors of the JSON ({fout}): {all:?}"
    );
    // One error is one "fout", not "1 fouten".
    let one = algoreg::excel::book::voorlopig_tekst(1);
    assert!(
        one.contains("er stond nog 1 fout in de") && !one.contains("fouten"),
        "{one}"
    );
    assert!(algoreg::excel::book::voorlopig_tekst(3).contains("er stonden nog 3 fouten in de"));
    assert!(
        all.iter().any(|s| s.starts_with("Intern")),
        "classification on the cover: {all:?}"
    );
    let (_, rows) = table(&wb.worksheet_range("Bevindingen").unwrap(), "Organisatie");
    assert!(
        rows.iter()
            .any(|r| text(&r[4]) == "fout" && text(&r[1]).ends_with("cjib.xlsx"))
    );
}

/// A quarter with one sheet (Dienst Alfa's), for the cover.
fn one_sheet() -> Inputs {
    let inputs = Inputs::new();
    inputs.add_grid("alfa.xlsx", &alfa(&[published("A-1", "B")]));
    inputs
}

/// The cover's labels and values, as text.
fn cover(inputs: &Inputs) -> Vec<(String, Data)> {
    let path = inputs
        .path()
        .join(format!("rapporten/{QUARTER}/voortgang-{QUARTER}.xlsx"));
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(std::fs::read(path).unwrap())).unwrap();
    let range = book.worksheet_range("Voorblad").unwrap();
    range
        .rows()
        .filter(|r| r.len() > 1)
        .map(|r| (r[0].to_string(), r[1].clone()))
        .collect()
}

#[test]
fn the_cover_shows_a_made_date_only_from_source_date_epoch() {
    let inputs = one_sheet();
    ok(&inputs.run("run", &["--no-pdf", "--out", "rapporten"]));
    let lines = cover(&inputs);
    assert!(lines.iter().any(|(l, _)| l == "Peildatum"), "{lines:?}");
    assert!(
        !lines.iter().any(|(l, _)| l == "Gemaakt op"),
        "without SOURCE_DATE_EPOCH there is no made date: {lines:?}"
    );

    // 2026-01-15 12:00 UTC.
    let out = command(inputs.path())
        .env("SOURCE_DATE_EPOCH", "1768478400")
        .args(["run", "--no-pdf", "--out", "rapporten", "--inputs"])
        .arg(inputs.path())
        .output()
        .unwrap();
    ok(&out);
    let lines = cover(&inputs);
    let made = lines
        .iter()
        .find(|(l, _)| l == "Gemaakt op")
        .unwrap_or_else(|| panic!("no Gemaakt op: {lines:?}"));
    match &made.1 {
        Data::DateTime(dt) => assert_eq!(dt.as_datetime().unwrap().date(), d(2026, 1, 15)),
        other => panic!("not a date: {other:?}"),
    }
}

/// A shielded row gives nothing away: on the sample (Politie's `volledig`
/// rows) it comes after its organisation's other rows, without a row
/// number, so its place between two IDs does not tell its own.
#[test]
fn a_shielded_row_stands_after_its_organisations_other_rows_without_its_row_number() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = crate::common::repo().join("inputs");
    ok(&algoreg(
        dir.path(),
        &[
            "run",
            "--inputs",
            inputs.to_str().unwrap(),
            "--quarter",
            "2025-Q3",
            "--out",
            "reports",
        ],
    ));
    let path = dir.path().join("reports/2025-Q3/voortgang-2025-Q3.xlsx");
    let (h, rows) = table(&book(&path).worksheet_range("Algoritmen").unwrap(), "Ministerie");
    let col = |name: &str| h.iter().position(|c| c == name).unwrap();
    let (org, naam, rij) = (col("Organisatie"), col("Naam"), col("Rij"));
    let shielded = |r: &Vec<Data>| text(&r[naam]) == "[afgeschermd]";
    assert!(rows.iter().any(shielded), "the sample has shielded rows");
    for (i, r) in rows.iter().enumerate().filter(|(_, r)| shielded(r)) {
        assert_eq!(text(&r[rij]), "", "a shielded row's row number: {r:?}");
        let later_open = rows[i + 1..].iter().any(|s| s[org] == r[org] && !shielded(s));
        assert!(!later_open, "an open row of {} after a shielded one", text(&r[org]));
    }
}

/// The `Bevindingen` sheet shows files relative to the inputs folder, never
/// a path of the officer's machine, also with `--invoer` as an absolute path.
#[test]
fn findings_show_files_relative_to_the_inputs_folder() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = crate::common::repo().join("inputs");
    let inputs = inputs.to_str().unwrap();
    ok(&algoreg(
        dir.path(),
        &["run", "--inputs", inputs, "--quarter", "2025-Q3", "--out", "reports"],
    ));
    let path = dir.path().join("reports/2025-Q3/voortgang-2025-Q3.xlsx");
    let (h, rows) = table(&book(&path).worksheet_range("Bevindingen").unwrap(), "Organisatie");
    let bestand = h.iter().position(|c| c == "Bestand").unwrap();
    let files: Vec<String> = rows.iter().map(|r| text(&r[bestand])).collect();
    assert!(files.iter().any(|f| f.starts_with("2025-Q3/")), "{files:?}");
    assert!(
        files.iter().all(|f| !f.contains(inputs) && !f.starts_with('/')),
        "{files:?}"
    );
}
