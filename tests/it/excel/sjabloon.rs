//! The template written by `algoreg template`, read back with calamine and
//! as raw package parts: filled in as a person would, it passes `check`;
//! its dropdowns, date checks and notes; taken over from the previous
//! quarter without shielded text.

use std::io::Cursor;

use calamine::{Data, Reader};

use crate::common::{Edit, Folder, Typed, algoreg, day as d, part, parts};

use super::batch::{CANARIES, FORMULA_NAMES, inputs, text};

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
            Some(Typed::Text("12345670")),
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
            "\"geen,gedeeltelijk,volledig\"",
            "\"geregistreerd,niet geregistreerd,niet van toepassing\"",
            "\"gedaan,niet gedaan,niet van toepassing\""
        ]
    );
    for (col, name) in [
        ("C", "Categorie"),
        ("E", "Status"),
        ("I", "Uitzondering"),
        ("K", "EU-databank"),
        ("L", "Grondrechtentoets"),
    ] {
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
        "Een datum (30-09-2025) of een kwartaal (2025-Q3)",
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

/// The examples in a template are dates of the quarter it is for, not fixed ones.
#[test]
fn the_examples_in_a_template_are_dates_of_its_quarter() {
    for (quarter, first, last) in [
        ("2026-Q1", "01-01-2026", "31-03-2026"),
        ("2025-Q3", "01-07-2025", "30-09-2025"),
    ] {
        let dir = one_org_inputs("2025-Q2");
        let o = algoreg(
            dir.path(),
            &[
                "sjabloon",
                "--organisatie",
                "NFI",
                "--kwartaal",
                quarter,
                "--uitvoer",
                "t.xlsx",
            ],
        );
        assert!(o.status.success(), "{quarter}");
        let bytes = std::fs::read(dir.path().join("t.xlsx")).unwrap();
        let mut wb: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
        let uitleg: Vec<String> = wb
            .worksheet_range("Uitleg")
            .unwrap()
            .rows()
            .flatten()
            .map(text)
            .collect();
        let step =
            format!("6. Schrijf datums als {last}. Bij Geplande publicatie mag ook een kwartaal, zoals {quarter}.");
        assert!(uitleg.contains(&step), "{uitleg:?}");
        let alg_xml = part(&bytes, "xl/worksheets/sheet3.xml");
        for message in [
            format!("Een datum, zoals {last}. Een kwartaal, zoals {quarter}, mag ook."),
            format!("Een datum, zoals {first}, niet later dan {last}."),
        ] {
            assert!(alg_xml.contains(&message), "{message}: {alg_xml}");
        }
        assert!(
            !alg_xml.contains("31-12-2025") && !alg_xml.contains("15-05-2025"),
            "{alg_xml}"
        );
    }
}

/// `--from-previous` fills in the AI Act's two columns as the organisation
/// answered last quarter, in the words of the choice lists; a `volledig`
/// row keeps its answers, an answer that was no answer comes back empty.
#[test]
fn template_from_previous_takes_over_the_ai_act_answers() {
    use crate::common::{header_eu, org_rows, planned, status_sheet, text as t, write_grid};
    let dir = one_org_inputs("2025-Q2");
    let row = |id: &str, uitz: &str, eu: &str, toets: &str| {
        let mut r: Vec<String> = planned(id, "A", "2025-12-31").to_vec();
        r[8] = uitz.to_owned();
        r.extend([eu.to_owned(), toets.to_owned()]);
        r.iter().map(|v| t(v)).collect::<Vec<_>>()
    };
    write_grid(
        &dir.path().join("inputs/2025-Q2/nfi.xlsx"),
        &status_sheet(
            org_rows("NFI", "Nederlands Forensisch Instituut", "JenV"),
            &header_eu(),
            vec![
                row("N1", "geen", " Geregistreerd", "N.V.T."),
                row("N2", "volledig", "niet geregistreerd", "niet gedaan"),
                row("N3", "geen", "ja", ""),
            ],
        ),
    );
    let o = algoreg(
        dir.path(),
        &[
            "sjabloon",
            "--organisatie",
            "NFI",
            "--vorig-kwartaal",
            "--kwartaal",
            "2025-Q3",
            "--uitvoer",
            "t.xlsx",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let bytes = std::fs::read(dir.path().join("t.xlsx")).unwrap();
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let alg = wb.worksheet_range("Algoritmen").unwrap();
    let rows: Vec<Vec<String>> = alg.rows().map(|r| r.iter().map(text).collect()).collect();
    assert_eq!(rows[0][10..12], ["EU-databank", "Grondrechtentoets"]);
    let answers: Vec<[&str; 2]> = rows[1..4].iter().map(|r| [r[10].as_str(), r[11].as_str()]).collect();
    assert_eq!(
        answers,
        [
            ["geregistreerd", "niet van toepassing"],
            ["niet geregistreerd", "niet gedaan"],
            ["", ""]
        ]
    );
}
