//! The annual workbook `jaarrapportage-<jaar>.xlsx`, read back with
//! calamine: the house style of the quarterly workbook, and the same numbers
//! as the annual JSON.

use std::collections::HashMap;
use std::io::Cursor;

use algoreg::maat::Maat;
use calamine::{Data, DataType, Range, Reader};

use crate::common::*;

/// The name of a `volledig` row: it must be in no output.
const SECRET: &str = "KANARIE-VOLLEDIG";

/// 2025-Q1 (AAA) and 2025-Q2 (AAA, BBB and the supervisor TTT).
fn inputs() -> Inputs {
    let inputs = Inputs::new();
    add_q1(
        &inputs,
        "alfa.xlsx",
        &alfa_for("2025-Q1", &[planned("A-1", "B", "2025-06-30")]),
    );
    inputs
        .add_grid(
            "alfa.xlsx",
            &alfa(&[published("A-1", "B"), planned("A-2", "A", "2025-12-31")]),
        )
        .add_grid(
            "beta.xlsx",
            &sheet(
                "BBB",
                "Bureau Beta",
                "AenM",
                &[published("B-1", "A"), published("B-2", "C"), secret()],
            ),
        )
        .add_grid(
            "tau.xlsx",
            &sheet("TTT", "Toezicht Tau", "JenV", &[published("T-1", "B")]),
        );
    inputs
}

fn secret() -> [String; 10] {
    let mut r = row("B-3", "B", "in documentatie", "2025-12-31", "", "", "volledig");
    r[1] = SECRET.into();
    r
}

fn text(c: &Data) -> String {
    match c {
        Data::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn number(c: &Data) -> u64 {
    c.as_f64().unwrap_or_else(|| panic!("no number: {c:?}")) as u64
}

/// The header row (the first row starting with `Kwartaal`) and the rows under it.
fn table(range: &Range<Data>) -> (Vec<String>, Vec<Vec<Data>>) {
    let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
    let at = rows
        .iter()
        .position(|r| text(&r[0]) == "Kwartaal")
        .expect("a header row");
    (rows[at].iter().map(text).collect(), rows[at + 1..].to_vec())
}

#[test]
fn annual_workbook_has_the_house_style_and_the_numbers_of_the_json() {
    let inputs = inputs();
    let run = || ok(&inputs.run("annual", &["--year", "2025", "--out", "rapporten"]));
    run();
    let dir = inputs.path().join("rapporten/2025");
    let bytes = std::fs::read(dir.join("jaarrapportage-2025.xlsx")).unwrap();
    let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
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
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).unwrap();
        assert_eq!(range.start(), Some((0, 0)), "{sheet} starts in A1");
        assert!(!text(&range[(0, 0)]).is_empty(), "{sheet} has a title in A1");
        if sheet != "Voorblad" {
            assert!(!text(&range[(1, 0)]).is_empty(), "{sheet} has a note under the title");
        }
    }
    book.load_tables().unwrap();
    let mut tables = book.table_names();
    tables.sort();
    assert_eq!(
        tables,
        [
            "tbl_ai_verordening",
            "tbl_inhoud",
            "tbl_per_ministerie",
            "tbl_per_organisatie",
            "tbl_toelichting"
        ]
    );
    let cover = book.worksheet_range("Voorblad").unwrap();
    assert!(
        cover.rows().any(
            |r| text(&r[0]) == "Bedrijfsvoering Rijk" && text(&r[1]).contains("kwartaal 2025-Q2, categorie totaal")
        ),
        "the cover says which figures go into the Jaarrapportage Bedrijfsvoering Rijk"
    );
    let inhoud = book.worksheet_range("Inhoud").unwrap();
    for sheet in ["Toelichting", "Per ministerie", "Per organisatie"] {
        assert!(inhoud.rows().any(|r| text(&r[0]) == sheet), "Inhoud lists {sheet}");
    }
    let toelichting = book.worksheet_range("Toelichting").unwrap();
    assert!(
        toelichting
            .rows()
            .any(|r| text(&r[1]) == "Gepland voor deadline" && text(&r[2]) == "gepland_voor_deadline")
    );
    assert!(part(&bytes, "docProps/core.xml").contains("<dc:language>nl-NL</dc:language>"));
    for (name, content) in parts(&bytes) {
        assert!(
            !String::from_utf8_lossy(&content).contains(SECRET),
            "{SECRET} in {name}"
        );
    }

    // The annual JSON: (kwartaal, code, categorie, maat) to aantal.
    let json = json(&dir.join("cijfers-2025.json"));
    let mut figures: HashMap<(String, String, String, String), u64> = HashMap::new();
    let mut supervisor: HashMap<String, bool> = HashMap::new();
    for c in json["cijfers"].as_array().unwrap() {
        let s = |k: &str| c[k].as_str().unwrap().to_owned();
        supervisor.insert(s("organisatie"), c["toezichthouder"].as_bool().unwrap());
        figures.insert(
            (s("kwartaal"), s("organisatie"), s("categorie"), s("maat")),
            c["aantal"].as_u64().unwrap(),
        );
    }
    let label_to_name: HashMap<&str, &str> = Maat::ALL.iter().map(|m| (m.label(), m.name())).collect();

    let (head, rows) = table(&book.worksheet_range("Per organisatie").unwrap());
    assert_eq!(
        head[..6],
        [
            "Kwartaal",
            "Ministerie",
            "Organisatie",
            "Code",
            "Toezichthouder",
            "Categorie"
        ]
    );
    let maten: Vec<&str> = head[6..].iter().map(|h| label_to_name[h.as_str()]).collect();
    assert_eq!(
        maten,
        Maat::ALL.map(Maat::name),
        "a Dutch header for every maat, in order"
    );
    assert!(!head.iter().any(|h| h == "gepland_voor_deadline"));
    // 1 organisation in Q1 and 3 in Q2, three categories each.
    assert_eq!(rows.len(), (1 + 3) * 3);
    let mut seen = 0;
    for r in &rows {
        for (i, maat) in maten.iter().enumerate() {
            let k = (text(&r[0]), text(&r[3]), text(&r[5]), (*maat).to_owned());
            let want = figures.get(&k).copied().unwrap_or(0);
            assert_eq!(number(&r[6 + i]), want, "{k:?}");
            seen += want;
        }
    }
    assert_eq!(
        seen,
        figures.values().sum::<u64>(),
        "every figure of the JSON is in the workbook"
    );
    assert!(seen > 0);

    // AI-verordening: the year's last quarter, per organisation with category
    // A, the same counts as the JSON (Alfa's A-2 and Beta's B-1: no columns, unknown).
    let (head, rows) = table(&book.worksheet_range("AI-verordening").unwrap());
    assert_eq!(head[2], "Code");
    let mut ai_seen = 0;
    for r in rows.iter().filter(|r| !text(&r[2]).is_empty()) {
        let k = (text(&r[0]), text(&r[2]), "A".to_owned(), text(&r[7]));
        assert_eq!(k.0, "2025-Q2");
        assert_eq!(number(&r[6]), figures[&k], "{k:?}");
        ai_seen += number(&r[6]);
    }
    assert_eq!(ai_seen, 2 * 2, "two systems, each answered twice (unknown)");

    // Totaal, categorie totaal: every organisation but the supervisors, all categories.
    let (head, rows) = table(&book.worksheet_range("Per ministerie").unwrap());
    assert_eq!(head[..3], ["Kwartaal", "Groep", "Categorie"]);
    for q in ["2025-Q1", "2025-Q2"] {
        let r = rows
            .iter()
            .find(|r| text(&r[0]) == q && text(&r[1]) == "Totaal" && text(&r[2]) == "totaal")
            .unwrap_or_else(|| panic!("no Totaal row for {q}"));
        for (i, h) in head[3..].iter().enumerate() {
            let name = label_to_name[h.as_str()];
            let want: u64 = figures
                .iter()
                .filter(|((kq, code, _, m), _)| kq == q && m == name && !supervisor[code])
                .map(|(_, n)| n)
                .sum();
            assert_eq!(number(&r[3 + i]), want, "{q} Totaal {name}");
        }
    }

    run();
    assert!(
        bytes == std::fs::read(dir.join("jaarrapportage-2025.xlsx")).unwrap(),
        "the same inputs give the same bytes"
    );
}
