//! End-to-end tests of the Excel products: the quarterly workbook written by
//! `algoreg run` and the template written by `algoreg template`, read back
//! with calamine and as raw package parts.

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use algoreg::grid::{Grid, Value};
use calamine::{Data, Range, Reader};
use chrono::NaiveDate;

const BIN: &str = env!("CARGO_BIN_EXE_algoreg");

/// Text of the `volledig` row and the contact person: must be in no output.
const CANARIES: &[&str] = &[
    "KANARIE-NAAM",
    "KANARIE-ID",
    "KANARIE-TOELICHTING",
    "Jan Kanariecontact",
];

const FORMULA_NAMES: &[&str] = &[
    "=HYPERLINK(\"https://example.org\",\"klik\")",
    "+31 6 12345678",
    "@x algoritme",
    "-1 test",
];

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn t(s: &str) -> Value {
    Value::Text(s.to_owned())
}

const HEADER: [&str; 10] = [
    "ID",
    "Naam",
    "Categorie",
    "Risicoselectie",
    "Status",
    "Geplande publicatie",
    "Publicatiedatum",
    "Algoritme-ID",
    "Uitzondering",
    "Toelichting",
];

fn org_sheet(naam: &str, code: &str, ministerie: &str, quarter: &str, peildatum: NaiveDate) -> Vec<Vec<Value>> {
    vec![
        vec![t("Organisatie"), t(naam)],
        vec![t("Code"), t(code)],
        vec![t("Ministerie"), t(ministerie)],
        vec![t("Kwartaal"), t(quarter)],
        vec![t("Peildatum"), peildatum.into()],
        vec![t("Fase"), t("publiceren")],
        vec![t("Contactpersoon"), t("Jan Kanariecontact")],
    ]
}

fn status_sheet(org: Vec<Vec<Value>>, rows: Vec<Vec<Value>>) -> Grid {
    let mut alg = vec![HEADER.iter().map(|h| t(h)).collect::<Vec<_>>()];
    alg.extend(rows);
    Grid::default().sheet("Organisatie", org).sheet("Algoritmen", alg)
}

/// A small, clean batch for 2025-Q2: two JenV organisations (one with
/// formula-looking names and a `volledig` canary row), one AenM organisation
/// as .ods, a supervisor, and one organisation that sent nothing.
fn inputs() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("inputs");
    let q = root.join("2025-Q2");
    std::fs::create_dir_all(&q).unwrap();
    std::fs::write(
        root.join("organisaties.csv"),
        "code,naam,ministerie,toezichthouder\n\
         POL,Politie,JenV,nee\n\
         NFI,Nederlands Forensisch Instituut,JenV,nee\n\
         IND,Immigratie- en Naturalisatiedienst,AenM,nee\n\
         AP,Autoriteit Persoonsgegevens,JenV,ja\n\
         CJIB,Centraal Justitieel Incassobureau,JenV,nee\n",
    )
    .unwrap();
    let peil = d(2025, 6, 30);
    let pol = status_sheet(
        org_sheet("Politie", "POL", "JenV", "2025-Q2", peil),
        vec![
            vec![
                t("P1"),
                t(FORMULA_NAMES[0]),
                t("B"),
                t("nee"),
                t("gepubliceerd"),
                Value::Empty,
                d(2025, 5, 1).into(),
                t("12345678"),
                t("geen"),
                t("+31 toelichting"),
            ],
            vec![
                t("P2"),
                t(FORMULA_NAMES[1]),
                t("A"),
                t("ja"),
                t("in documentatie"),
                t("2025-Q4"),
                Value::Empty,
                Value::Empty,
                t("gedeeltelijk"),
                t("@toelichting"),
            ],
            vec![
                t("P3"),
                t(FORMULA_NAMES[2]),
                t("C"),
                t("nee"),
                t("gepubliceerd"),
                Value::Empty,
                d(2025, 1, 10).into(),
                t("https://algoritmes.overheid.nl/nl/algoritme/87654321"),
                t("geen"),
                Value::Empty,
            ],
            vec![
                t("P4"),
                t(FORMULA_NAMES[3]),
                t("C"),
                t("nee"),
                t("vervallen"),
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::Empty,
            ],
            vec![
                t("KANARIE-ID-77"),
                t("KANARIE-NAAM-GEHEIM"),
                t("B"),
                t("nee"),
                t("geïnventariseerd"),
                d(2025, 12, 1).into(),
                Value::Empty,
                Value::Empty,
                t("volledig"),
                t("KANARIE-TOELICHTING"),
            ],
        ],
    );
    let nfi = status_sheet(
        org_sheet(
            "Nederlands Forensisch Instituut",
            "NFI",
            "JenV",
            "2025-Q2",
            d(2025, 6, 27),
        ),
        vec![
            vec![
                t("N1"),
                t("DNA-match"),
                t("B"),
                t("nee"),
                t("ter controle"),
                d(2025, 9, 30).into(),
            ],
            vec![t("N2"), t("Sporenregistratie"), t("C"), t("nee"), t("geïnventariseerd")],
        ],
    );
    let ind = status_sheet(
        org_sheet("Immigratie- en Naturalisatiedienst", "IND", "AenM", "2025-Q2", peil),
        vec![vec![
            t("I1"),
            t("Risicoprofiel visum"),
            t("A"),
            t("ja"),
            t("gepubliceerd"),
            Value::Empty,
            d(2025, 4, 15).into(),
            t("11112222"),
            t("geen"),
        ]],
    );
    let ap = status_sheet(
        org_sheet("Autoriteit Persoonsgegevens", "AP", "JenV", "2025-Q2", peil),
        vec![vec![
            t("AP1"),
            t("Klachtenrouting"),
            t("C"),
            t("nee"),
            t("gepubliceerd"),
            Value::Empty,
            d(2025, 3, 3).into(),
            t("33334444"),
            t("geen"),
        ]],
    );
    std::fs::write(q.join("politie.xlsx"), pol.to_xlsx().unwrap()).unwrap();
    std::fs::write(q.join("nfi.xlsx"), nfi.to_xlsx().unwrap()).unwrap();
    std::fs::write(q.join("ind.ods"), ind.to_ods().unwrap()).unwrap();
    std::fs::write(q.join("ap.xlsx"), ap.to_xlsx().unwrap()).unwrap();
    dir
}

fn algoreg(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap();
    if !out.status.success() {
        eprintln!(
            "algoreg {args:?}:\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    out
}

/// Runs the quarter into `out` and returns the workbook's path.
fn run_into(dir: &Path, out: &str) -> PathBuf {
    let o = algoreg(dir, &["run", "--quarter", "2025-Q2", "--out", out]);
    assert_eq!(o.status.code(), Some(0), "run should be clean");
    dir.join(out).join("2025-Q2/voortgang-2025-Q2.xlsx")
}

fn book(path: &Path) -> calamine::Xlsx<Cursor<Vec<u8>>> {
    calamine::open_workbook_from_rs(Cursor::new(std::fs::read(path).unwrap())).unwrap()
}

/// Every part of the zip package, decompressed.
fn parts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut v = Vec::new();
            f.read_to_end(&mut v).unwrap();
            (f.name().unwrap().into_owned(), v)
        })
        .collect()
}

fn part(bytes: &[u8], name: &str) -> String {
    let p = parts(bytes);
    let (_, v) = p
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no part {name}"));
    String::from_utf8(v.clone()).unwrap()
}

fn text(c: &Data) -> String {
    match c {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
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

const SHEETS: [&str; 10] = [
    "Voorblad",
    "Inhoud",
    "Toelichting",
    "Overzicht",
    "Organisaties",
    "Grafiek",
    "Algoritmen",
    "Bevindingen",
    "Uitgesloten",
    "Data",
];

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
            let name = xml
                .split(" name=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .to_owned();
            name
        })
        .collect();
    tables.sort();
    assert_eq!(
        tables,
        [
            "tbl_algoritmen",
            "tbl_bevindingen",
            "tbl_data",
            "tbl_grafiek",
            "tbl_inhoud",
            "tbl_organisaties",
            "tbl_overzicht",
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
        "Bestand",
        &["Bestand", "Blad", "Cel", "Ernst", "Code", "Melding"],
    );
    expect("Inhoud", "Blad", &["Blad", "Wat staat erop"]);
    expect(
        "Data",
        "Kwartaal",
        &[
            "Kwartaal",
            "Ministerie",
            "Organisatie",
            "Toezichthouder",
            "Categorie",
            "Maat",
            "Aantal",
        ],
    );
    let (h, _) = table(&wb.worksheet_range("Organisaties").unwrap(), "Ministerie");
    assert_eq!(
        h[..5],
        ["Ministerie", "Code", "Organisatie", "Toezichthouder", "Ingeleverd"]
    );
    assert_eq!(h.len(), 7 + 12, "every maat");
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
    assert_eq!(rows.len(), 4 * 3 * 12, "four organisations sent a sheet");
    for (row, c) in rows.iter().zip(cijfers) {
        let toezicht = if c["toezichthouder"].as_bool().unwrap() {
            "ja"
        } else {
            "nee"
        };
        assert_eq!(
            row[..6].iter().map(text).collect::<Vec<_>>(),
            [
                c["kwartaal"].as_str().unwrap(),
                c["ministerie"].as_str().unwrap(),
                c["organisatie"].as_str().unwrap(),
                toezicht,
                c["categorie"].as_str().unwrap(),
                c["maat"].as_str().unwrap(),
            ]
        );
        assert_eq!(row[6], Data::Float(c["aantal"].as_f64().unwrap()), "a number, not text");
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

    let o = Command::new(BIN)
        .args(["run", "--quarter", "2025-Q2", "--out", "c"])
        .current_dir(dir.path())
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
        org_sheet(
            "Centraal Justitieel Incassobureau",
            "CJIB",
            "JenV",
            "2025-Q2",
            d(2025, 6, 30),
        ),
        vec![vec![t("C1"), t("Boete-inning"), t("Z"), t("nee"), t("gepubliceerd")]],
    );
    std::fs::write(q.join("cjib.xlsx"), bad.to_xlsx().unwrap()).unwrap();
    let o = algoreg(dir.path(), &["run", "--quarter", "2025-Q2", "--accept-errors"]);
    assert_eq!(o.status.code(), Some(1));
    let mut wb = book(&dir.path().join("reports/2025-Q2/voortgang-2025-Q2.xlsx"));
    let cover = wb.worksheet_range("Voorblad").unwrap();
    let all: Vec<String> = cover.cells().map(|(_, _, c)| text(c)).collect();
    assert!(all.iter().any(|s| s == "VOORLOPIG"), "{all:?}");
    assert!(
        all.iter().any(|s| s.starts_with("Intern")),
        "classification on the cover: {all:?}"
    );
    let (_, rows) = table(&wb.worksheet_range("Bevindingen").unwrap(), "Bestand");
    assert!(
        rows.iter()
            .any(|r| text(&r[3]) == "fout" && text(&r[0]).ends_with("cjib.xlsx"))
    );
}
