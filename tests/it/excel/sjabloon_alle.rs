//! `algoreg template --alle`: one template per organisation of
//! `organisaties.csv` in one folder, prefilled from the previous quarter
//! where the organisation had a sheet, read back with calamine.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader};

use crate::common::*;

/// The name of a `volledig` row: it must be in no template.
const SECRET: &str = "KANARIE-VOLLEDIG";

fn named(mut r: [String; 10], naam: &str) -> [String; 10] {
    r[1] = naam.into();
    r
}

/// 2025-Q2 with a sheet for AAA only (one row `volledig`); BBB and TTT sent none.
fn inputs() -> Inputs {
    let inputs = Inputs::new();
    let rows = [
        published("A-1", "B"),
        planned("A-2", "A", "2025-12-31"),
        named(
            row("A-3", "B", "in documentatie", "2025-12-31", "", "", "volledig"),
            SECRET,
        ),
    ];
    inputs.add_grid("alfa.xlsx", &alfa(&rows));
    inputs
}

fn cells(bytes: &[u8], sheet: &str) -> Vec<Vec<Data>> {
    let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    book.worksheet_range(sheet)
        .unwrap()
        .rows()
        .map(<[Data]>::to_vec)
        .collect()
}

fn has(rows: &[Vec<Data>], s: &str) -> bool {
    rows.iter().flatten().any(|c| *c == Data::String(s.into()))
}

fn read(dir: &Path, name: &str) -> Vec<u8> {
    std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn one_template_per_organisation_prefilled_where_possible() {
    let inputs = inputs();
    let out = inputs.run("template", &["--alle"]);
    ok(&out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    // Without --quarter: the quarter after the newest folder, in the default folder.
    let dir = inputs.path().join("sjablonen-2025-Q3");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "statusoverzicht-aaa-2025-Q3.xlsx",
            "statusoverzicht-bbb-2025-Q3.xlsx",
            "statusoverzicht-ttt-2025-Q3.xlsx"
        ]
    );
    assert!(
        stdout.contains("Dienst Alfa (AAA)") && stdout.contains("3 rijen overgenomen uit"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Bureau Beta (BBB)") && stdout.contains("geen statusoverzicht in 2025-Q2"),
        "{stdout}"
    );
    assert!(
        stdout.contains("3 sjablonen voor 2025-Q3 geschreven in")
            && stdout.contains("1 met rijen uit 2025-Q2, 2 met alleen"),
        "{stdout}"
    );

    let alfa = read(&dir, "statusoverzicht-aaa-2025-Q3.xlsx");
    let rows = cells(&alfa, "Algoritmen");
    let ids: Vec<String> = rows.iter().skip(1).map(|r| r[0].to_string()).collect();
    assert_eq!(ids, ["A-1", "A-2", ""], "the volledig row keeps no ID");
    assert!(has(&rows, "Algoritme A-1") && has(&rows, "Algoritme A-2"));
    assert!(has(&cells(&alfa, "Organisatie"), "AAA"));

    let beta = read(&dir, "statusoverzicht-bbb-2025-Q3.xlsx");
    assert!(has(&cells(&beta, "Organisatie"), "Bureau Beta"));
    let rows = cells(&beta, "Algoritmen");
    assert!(
        rows.iter().skip(1).all(|r| r.iter().all(|c| *c == Data::Empty)),
        "no rows without a previous sheet"
    );

    for name in &names {
        for (part, content) in parts(&read(&dir, name)) {
            let s = String::from_utf8_lossy(&content);
            assert!(!s.contains(SECRET) && !s.contains("A-3"), "{SECRET} in {name} ({part})");
        }
    }
}

#[test]
fn an_existing_folder_is_never_written_into() {
    let inputs = inputs();
    let dir = inputs.path().join("sjablonen");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("statusoverzicht-aaa-2025-Q3.xlsx"), "ingevuld").unwrap();
    let out = inputs.run("template", &["--alle", "--out", &dir.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bestaat al") && err.contains("hint:"), "{err}");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    assert_eq!(
        std::fs::read(dir.join("statusoverzicht-aaa-2025-Q3.xlsx")).unwrap(),
        b"ingevuld"
    );
    let left: Vec<_> = std::fs::read_dir(inputs.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("bezig"))
        .collect();
    assert!(left.is_empty(), "no half folder left: {left:?}");
}

#[test]
fn alle_and_org_do_not_go_together() {
    let inputs = inputs();
    let out = inputs.run("template", &["--alle", "--org", "AAA"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("deze opties gaan niet samen"));
}

#[test]
fn without_a_previous_folder_every_template_has_only_the_organisation() {
    let inputs = inputs();
    let out = inputs.run("template", &["--alle", "--quarter", "2025-Q1", "--out", "leeg"]);
    ok(&out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("0 met rijen uit 2024-Q4, 3 met alleen de organisatie ingevuld"),
        "{stdout}"
    );
    let alfa = read(&inputs.path().join("leeg"), "statusoverzicht-aaa-2025-Q1.xlsx");
    assert!(has(&cells(&alfa, "Organisatie"), "Dienst Alfa"));
    assert!(!has(&cells(&alfa, "Algoritmen"), "Algoritme A-1"));
}

/// The number in the closing sentence is the number of lines that say so.
#[test]
fn the_summary_counts_the_lines_it_prints() {
    let inputs = inputs();
    // BBB sent a sheet without algorithms: nothing to take over.
    inputs.add_grid("beta.xlsx", &sheet("BBB", "Bureau Beta", "AenM", &[]));
    let out = inputs.run("template", &["--alle"]);
    ok(&out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    let count = |what: &str| lines.iter().filter(|l| l.contains(what)).count();
    let (met, zonder, alleen) = (
        count(" overgenomen uit "),
        count("geen rijen overgenomen"),
        count("alleen de organisatie ingevuld (geen"),
    );
    assert_eq!((met, zonder, alleen), (1, 1, 1), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "3 sjablonen voor 2025-Q3 geschreven in sjablonen-2025-Q3: {met} met rijen uit 2025-Q2, \
             {zonder} met een statusoverzicht uit 2025-Q2 zonder rijen, {alleen} met alleen de organisatie ingevuld."
        )),
        "{stdout}"
    );
    assert!(!stdout.contains("0 rijen"), "{stdout}");
}
