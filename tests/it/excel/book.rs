//! End-to-end tests of the Excel products: the quarterly workbook written by
//! `algoreg run` and the template written by `algoreg template`, read back
//! with calamine and as raw package parts.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use algoreg_fixtures::grid::Value;
use calamine::{Data, Range, Reader};

use crate::common::{
    Edit, Folder, Typed, algoreg, command, day as d, header, organisation, part, parts, status_sheet, text as t,
    write_grid,
};

/// The contact person on every Organisatie sheet (one of the [`CANARIES`]).
const CONTACT: &str = "Jan Kanariecontact";

/// Text of the `volledig` row and the contact person: must be in no output.
const CANARIES: &[&str] = &["KANARIE-NAAM", "KANARIE-ID", "KANARIE-TOELICHTING", CONTACT];

const FORMULA_NAMES: &[&str] = &[
    "=HYPERLINK(\"https://example.org\",\"klik\")",
    "+31 6 12345678",
    "@x algoritme",
    "-1 test",
];

/// A small, clean batch for 2025-Q2: two JenV organisations (one with
/// formula-looking names and a `volledig` canary row), one AenM organisation
/// as .ods, a supervisor, and one organisation that sent nothing.
fn inputs() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let inputs = Folder::new(dir.path().join("inputs"));
    inputs.orgs(
        "code,naam,ministerie,toezichthouder\n\
         POL,Politie,JenV,nee\n\
         NFI,Nederlands Forensisch Instituut,JenV,nee\n\
         IND,Immigratie- en Naturalisatiedienst,AenM,nee\n\
         AP,Autoriteit Persoonsgegevens,JenV,ja\n\
         CJIB,Centraal Justitieel Incassobureau,JenV,nee\n",
    );
    inputs.quarter("2025-Q2");
    let peil = d(2025, 6, 30);
    let pol = status_sheet(
        organisation("POL", "Politie", "JenV", "2025-Q2", peil.into(), Some(CONTACT)),
        &header(),
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
        organisation(
            "NFI",
            "Nederlands Forensisch Instituut",
            "JenV",
            "2025-Q2",
            d(2025, 6, 27).into(),
            Some(CONTACT),
        ),
        &header(),
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
        organisation(
            "IND",
            "Immigratie- en Naturalisatiedienst",
            "AenM",
            "2025-Q2",
            peil.into(),
            Some(CONTACT),
        ),
        &header(),
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
        organisation(
            "AP",
            "Autoriteit Persoonsgegevens",
            "JenV",
            "2025-Q2",
            peil.into(),
            Some(CONTACT),
        ),
        &header(),
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
    inputs
        .add_grid("2025-Q2", "politie.xlsx", &pol)
        .add_grid("2025-Q2", "nfi.xlsx", &nfi)
        .add_grid("2025-Q2", "ind.ods", &ind)
        .add_grid("2025-Q2", "ap.xlsx", &ap);
    dir
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

const SHEETS: [&str; 11] = [
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
    assert_eq!(h.len(), 7 + 15, "every maat");
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
    assert_eq!(rows.len(), 4 * 3 * 15, "four organisations sent a sheet");
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

// ---------------------------------------------------------------------------
// The template

/// The zero-based row of a label in column A of the Organisatie sheet.
fn label_row(bytes: &[u8], label: &str) -> u32 {
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let range = wb.worksheet_range("Organisatie").unwrap();
    range
        .rows()
        .position(|r| text(&r[0]) == label)
        .unwrap_or_else(|| panic!("no label {label}")) as u32
}

fn one_org_inputs(quarter: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let inputs = Folder::new(dir.path().join("inputs"));
    inputs.quarter(quarter);
    inputs.orgs("code,naam,ministerie,toezichthouder\nNFI,Nederlands Forensisch Instituut,JenV,nee\n");
    dir
}

#[test]
fn a_filled_in_template_passes_check_without_findings() {
    let dir = one_org_inputs("2025-Q3");
    let file = dir.path().join("inputs/2025-Q3/nfi.xlsx");
    let o = algoreg(
        dir.path(),
        &[
            "template",
            "--org",
            "NFI",
            "--quarter",
            "2025-Q3",
            "--out",
            "inputs/2025-Q3/nfi.xlsx",
        ],
    );
    assert!(o.status.success());
    let template = std::fs::read(&file).unwrap();

    // As the template comes, check finds what is still empty.
    let o = algoreg(dir.path(), &["check", "--quarter", "2025-Q3"]);
    assert_eq!(o.status.code(), Some(1), "peildatum and fase are still empty");

    let peil = label_row(&template, "Peildatum") + 1;
    let fase = label_row(&template, "Fase") + 1;
    let rows: Vec<[Option<Typed>; 10]> = vec![
        [
            Some(Typed::Text("N1")),
            Some(Typed::Text("DNA-match")),
            Some(Typed::Text("B")),
            Some(Typed::Text("nee")),
            Some(Typed::Text("ter controle")),
            Some(Typed::Date(d(2025, 12, 31))),
            None,
            None,
            Some(Typed::Text("geen")),
            None,
        ],
        [
            Some(Typed::Text("N2")),
            Some(Typed::Text("=Sporenregistratie")),
            Some(Typed::Text("C")),
            Some(Typed::Text("nee")),
            Some(Typed::Text("gepubliceerd")),
            None,
            Some(Typed::Date(d(2025, 8, 1))),
            Some(Typed::Text("12345678")),
            Some(Typed::Text("geen")),
            Some(Typed::Text("Vrije tekst")),
        ],
        [
            Some(Typed::Text("N3")),
            Some(Typed::Text("Profielanalyse")),
            Some(Typed::Text("A")),
            Some(Typed::Text("ja")),
            Some(Typed::Text("geïnventariseerd")),
            Some(Typed::Text("2025-Q4")),
            None,
            None,
            Some(Typed::Text("gedeeltelijk")),
            None,
        ],
        [
            Some(Typed::Text("N4")),
            Some(Typed::Text("Oud systeem")),
            Some(Typed::Text("B")),
            Some(Typed::Text("nee")),
            Some(Typed::Text("vervallen")),
            None,
            None,
            None,
            None,
            None,
        ],
    ];
    let cells: Vec<(String, Typed)> = rows
        .iter()
        .enumerate()
        .flat_map(|(i, row)| {
            row.iter()
                .enumerate()
                .filter_map(move |(c, v)| v.map(|v| (format!("{}{}", (b'A' + c as u8) as char, 2 + i), v)))
        })
        .collect();
    let filled = Edit::of(&template)
        .type_into(
            "Organisatie",
            &[
                (format!("B{peil}"), Typed::Date(d(2025, 9, 30))),
                (format!("B{fase}"), Typed::Text("documenteren")),
            ],
        )
        .type_into("Algoritmen", &cells)
        .done();
    std::fs::write(&file, filled).unwrap();

    let o = algoreg(dir.path(), &["check", "--quarter", "2025-Q3"]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{stdout}");
    for severity in [": fout: ", ": waarschuwing: ", ": info: "] {
        assert!(!stdout.contains(severity), "no findings expected:\n{stdout}");
    }
    let o = algoreg(dir.path(), &["run", "--quarter", "2025-Q3"]);
    assert_eq!(o.status.code(), Some(0));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("reports/2025-Q3/cijfers-2025-Q3.json")).unwrap())
            .unwrap();
    assert_eq!(json["rijen"]["geteld"], 4, "every filled-in row counts");
}

#[test]
fn template_has_dropdowns_date_checks_and_header_comments() {
    let dir = one_org_inputs("2025-Q2");
    let o = algoreg(
        dir.path(),
        &["template", "--org", "nfi", "--quarter", "2025-Q3", "--out", "t.xlsx"],
    );
    assert!(o.status.success());
    let bytes = std::fs::read(dir.path().join("t.xlsx")).unwrap();

    let mut wb: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
    assert_eq!(wb.sheet_names(), ["Uitleg", "Organisatie", "Algoritmen"]);
    let alg = wb.worksheet_range("Algoritmen").unwrap();
    let header: Vec<String> = alg.rows().next().unwrap().iter().map(text).collect();
    assert_eq!(header, algoreg::ingest::Field::headers());
    let org = wb.worksheet_range("Organisatie").unwrap();
    let value = |label: &str| {
        org.rows()
            .find(|r| text(&r[0]) == label)
            .map(|r| text(&r[1]))
            .unwrap_or_else(|| panic!("no label {label}"))
    };
    assert_eq!(value("Code"), "NFI");
    assert_eq!(value("Organisatie"), "Nederlands Forensisch Instituut");
    assert_eq!(value("Ministerie"), "JenV");
    assert_eq!(value("Kwartaal"), "2025-Q3");
    assert_eq!(value("Contactpersoon"), "");

    let alg_xml = part(&bytes, "xl/worksheets/sheet3.xml");
    let lists: Vec<&str> = alg_xml
        .split("<dataValidation ")
        .skip(1)
        .filter(|v| v.starts_with("type=\"list\""))
        .map(|v| {
            v.split("<formula1>")
                .nth(1)
                .unwrap()
                .split("</formula1>")
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(
        lists,
        [
            "\"A,B,C\"",
            "\"ja,nee\"",
            "\"geïnventariseerd,in documentatie,ter controle,gepubliceerd,vervallen\"",
            "\"geen,gedeeltelijk,volledig\""
        ]
    );
    for (col, name) in [("C", "Categorie"), ("E", "Status"), ("I", "Uitzondering")] {
        assert!(
            alg_xml.contains(&format!("sqref=\"{col}2:{col}501\"")),
            "{name} validated on rows 2-501"
        );
    }
    assert_eq!(
        alg_xml.matches("<dataValidation type=\"date\"").count(),
        2,
        "two date columns"
    );
    let org_xml = part(&bytes, "xl/worksheets/sheet2.xml");
    assert!(org_xml.contains("<formula1>\"agenderen,inventariseren,documenteren,publiceren,inbedden\"</formula1>"));
    assert!(org_xml.contains("type=\"date\""), "peildatum inside the quarter");

    let comments: String = parts(&bytes)
        .iter()
        .filter(|(n, _)| n.starts_with("xl/comments"))
        .map(|(_, x)| String::from_utf8_lossy(x).into_owned())
        .collect();
    for help in [
        "A = hoog-risico AI-systeem",
        "Het nummer van 8 cijfers",
        "Een datum (31-12-2025) of een kwartaal",
    ] {
        assert!(comments.contains(help), "comment with {help:?}");
    }
    assert!(part(&bytes, "docProps/core.xml").contains("<dc:language>nl-NL</dc:language>"));

    // Never over a file that is already there.
    let o = algoreg(dir.path(), &["template", "--out", "t.xlsx", "--quarter", "2025-Q3"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("bestaat al"));
    assert_eq!(std::fs::read(dir.path().join("t.xlsx")).unwrap(), bytes);
}

#[test]
fn template_from_previous_takes_over_rows_without_shielded_text() {
    let dir = inputs();
    let o = algoreg(dir.path(), &["template", "--org", "POL", "--from-previous"]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{stdout}");
    assert!(stdout.contains("5 rijen overgenomen"), "{stdout}");
    // Without --quarter: the quarter after the newest folder.
    let bytes = std::fs::read(dir.path().join("statusoverzicht-pol-2025-Q3.xlsx")).unwrap();
    for (name, content) in parts(&bytes) {
        let s = String::from_utf8_lossy(&content).to_lowercase();
        for canary in CANARIES {
            assert!(!s.contains(&canary.to_lowercase()), "{canary} leaked into {name}");
        }
    }
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let alg = wb.worksheet_range("Algoritmen").unwrap();
    let rows: Vec<Vec<Data>> = alg.rows().skip(1).map(|r| r.to_vec()).collect();
    assert_eq!(rows.len(), 5);
    let ids: Vec<String> = rows.iter().map(|r| text(&r[0])).collect();
    assert_eq!(ids, ["P1", "P2", "P3", "P4", ""]);
    for (row, name) in rows.iter().zip(FORMULA_NAMES) {
        assert_eq!(row[1], Data::String((*name).to_owned()));
    }
    assert_eq!(text(&rows[4][8]), "volledig");
    assert!(
        matches!(rows[0][6], Data::DateTime(_)),
        "a date stays a date: {:?}",
        rows[0][6]
    );
    let planned = match &rows[1][5] {
        Data::DateTime(dt) => dt.as_datetime().unwrap().date(),
        other => panic!("no date: {other:?}"),
    };
    assert_eq!(
        planned,
        d(2025, 12, 31),
        "a quarter as planned date becomes its last day"
    );
}
