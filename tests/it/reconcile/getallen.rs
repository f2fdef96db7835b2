//! One count, one number: the afstemming's counts per organisation and its
//! sentence are the same in the JSON, on the console, in the workbook and
//! in the PDF, for a batch with a match by name only and a match by ID under
//! another organisation.

use std::collections::BTreeMap;

use calamine::{Data, Reader};

use super::afstemming::{alfa_inputs, alfa_register, write};
use crate::common::*;

/// JSON field, console heading, workbook heading: the same count.
const COUNTS: [(&str, &str, &str); 6] = [
    ("in_register", "in reg.", "In register onder eigen naam"),
    ("gekoppeld_op_id", "op ID", "Rijen gekoppeld op Algoritme-ID"),
    ("gekoppeld_op_naam", "op naam", "Rijen gekoppeld op naam"),
    (
        "verschillen.register_andere_organisatie",
        "andere org.",
        "Gekoppeld, onder andere organisatie",
    ),
    ("niet_gekoppeld", "niet gek.", "In register, niet gekoppeld"),
    ("na_peildatum", "later", "Na de peildatum gepubliceerd"),
];

fn rows(path: &std::path::Path, sheet: &str) -> Vec<Vec<Data>> {
    let mut book = calamine::open_workbook_auto(path).unwrap();
    book.worksheet_range(sheet)
        .unwrap()
        .rows()
        .map(<[Data]>::to_vec)
        .collect()
}

#[test]
fn every_count_of_the_afstemming_is_one_number_in_every_output() {
    let inputs = alfa_inputs();
    // A-4 gets a second disagreement (the date as well as the category):
    // 8 disagreements at 7 algorithms, and 2 matches by name only.
    let export = String::from_utf8(alfa_register())
        .unwrap()
        .replace("\"44444440\",\"2025-05-01\"", "\"44444440\",\"2025-03-15\"");
    let register = write(&inputs, "register.csv", export.as_bytes());
    let out = inputs.run("run", &["--out", "r", "--register", &register]);
    let console = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{console}");
    let dir = inputs.path().join(format!("r/{QUARTER}"));
    let a = json(&dir.join(format!("cijfers-{QUARTER}.json")))["afstemming"].clone();

    // The sentence: one count of disagreements, one of algorithms.
    let s = &a["samenvatting"];
    assert_eq!(
        (
            s["verschillen"].as_u64(),
            s["algoritmen"].as_u64(),
            s["op_naam"].as_u64()
        ),
        (Some(8), Some(7), Some(2))
    );
    assert_eq!(
        a["verschillen"].as_array().unwrap().len(),
        10,
        "one line per disagreement and per match by name"
    );
    let zin = "8 verschillen bij 7 algoritmen vragen aandacht. 2 algoritmen zijn alleen op naam gekoppeld: \
               dat is geen verschil, maar minder zeker.";
    assert!(console.contains(zin), "{console}");
    let notes: String = rows(&dir.join(format!("voortgang-{QUARTER}.xlsx")), "Afstemming")
        .iter()
        .flatten()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(notes.contains(zin), "{notes}");
    let pdf = pdf_squashed(&dir.join(format!("voortgang-{QUARTER}.pdf")));
    assert!(pdf.contains(&squash(zin)), "{pdf}");

    // The counts per organisation, from the JSON.
    let json_counts: BTreeMap<String, Vec<u64>> = a["organisaties"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["ingeleverd"] == true)
        .map(|o| {
            let code = o["organisatie"].as_str().unwrap().to_owned();
            let field = |f: &str| f.split('.').fold(o, |v, part| &v[part]).as_u64().unwrap();
            (code, COUNTS.iter().map(|(f, _, _)| field(f)).collect())
        })
        .collect();
    // AAA: A-3 linked by ID under Bureau Beta, A-8 and A-9 (and A-10) by
    // name, "Vergeten algoritme" under its name without a row. BBB: A-3 is
    // under its name, linked to AAA's row.
    assert_eq!(json_counts["AAA"], [9, 6, 3, 1, 1, 1]);
    assert_eq!(json_counts["BBB"], [1, 0, 0, 0, 1, 0]);
    for (code, c) in &json_counts {
        assert_eq!(c[0], c[1] + c[2] - c[3] + c[4], "{code}: the columns add up");
    }

    // The console table: the same headings, the same numbers.
    let head = console.lines().find(|l| l.trim_start().starts_with("org.")).unwrap();
    let mut at = head.find("org.").unwrap() + 4;
    for (_, kort, _) in COUNTS {
        let found = head[at..].find(kort).unwrap_or_else(|| panic!("{kort} in {head}"));
        at += found + kort.len();
    }
    for code in ["AAA", "BBB"] {
        let line = console
            .lines()
            .find(|l| l.split_whitespace().next() == Some(code))
            .unwrap_or_else(|| panic!("{code} in {console}"));
        let numbers: Vec<u64> = line
            .split_whitespace()
            .skip(1)
            .take(6)
            .map(|n| n.parse().unwrap())
            .collect();
        assert_eq!(numbers, json_counts[code], "{line}");
    }

    // The workbook: a row per organisation under the same words.
    let sheet = rows(
        &dir.join(format!("voortgang-{QUARTER}.xlsx")),
        "Afstemming per organisatie",
    );
    let header = sheet
        .iter()
        .position(|r| r.first() == Some(&Data::String("Organisatie".into())))
        .unwrap();
    let col = |name: &str| {
        sheet[header]
            .iter()
            .position(|c| *c == Data::String(name.into()))
            .unwrap()
    };
    for r in &sheet[header + 1..] {
        let code = r[0].to_string();
        let numbers: Vec<u64> = COUNTS
            .iter()
            .map(|(_, _, kop)| match &r[col(kop)] {
                Data::Float(f) => *f as u64,
                Data::Int(i) => *i as u64,
                other => panic!("{kop}: {other:?}"),
            })
            .collect();
        assert_eq!(numbers, json_counts[&code], "{code}");
    }
    assert_eq!(sheet.len() - header - 1, json_counts.len());
}
