//! `algoreg terugmelding`: every organisation gets its sheet back with each
//! error marked; corrected in exactly the marked cells and put back, the
//! quarter passes `check` and counts as if it had been right from the start.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use algoreg_fixtures::grid::Grid;
use calamine::{Data, Reader};

use crate::common::*;

mod rondes;

const CSV: &str = "code,naam,ministerie,toezichthouder\n\
    AAA,Dienst Alfa,JenV,nee\n\
    BBB,Bureau Beta,AenM,nee\n\
    CCC,College Gamma,JenV,nee\n\
    DDD,Dienst Delta,JenV,nee\n\
    TTT,Toezicht Tau,JenV,ja\n";

fn r(id: &str, cat: &str, status: &str, plan: &str, pubdate: &str, reg: &str) -> [String; 10] {
    row(id, cat, status, plan, pubdate, reg, "geen")
}

/// The quarter as the organisations sent it: AAA, BBB and CCC with errors,
/// TTT clean, DDD nothing (it sent a sheet in 2025-Q1).
fn sent() -> BTreeMap<&'static str, Grid> {
    let mut ccc = sheet(
        "CCC",
        "College Gamma",
        "JenV",
        &[r("C1", "B", "gepubliceerd", "", "2025-04-02", "22222220")],
    );
    ccc.sheets[0].1[3][1] = text("2025-Q1");
    BTreeMap::from([
        (
            "Statusoverzicht AAA Q2 2025.xlsx",
            sheet(
                "AAA",
                "Dienst Alfa",
                "JenV",
                &[
                    r("A1", "B", "klaar", "2025-12-31", "", ""),
                    r("A2", "A", "in documentatie", "gisteren", "", ""),
                    r("A3", "B", "gepubliceerd", "", "", ""),
                ],
            ),
        ),
        (
            "bbb-statusoverzicht-2025-Q2.xlsx",
            sheet(
                "BBB",
                "Bureau Beta",
                "AenM",
                &[
                    r("B1", "A", "gepubliceerd", "", "2025-05-01", "11111115"),
                    r("B1", "B", "in documentatie", "2025-11-30", "", ""),
                    r("B3", "D", "in documentatie", "2025-10-31", "", ""),
                    r("B4", "A", "in documentatie", "", "", ""),
                ],
            ),
        ),
        ("ccc-2025-Q2.xlsx", ccc),
        (
            "ttt-2025-Q2.xlsx",
            sheet("TTT", "Toezicht Tau", "JenV", &[published("T1", "B")]),
        ),
    ])
}

/// What each organisation types into the marked cells: (file, sheet, cell) -> value.
fn corrections() -> BTreeMap<(&'static str, &'static str, &'static str), Typed<'static>> {
    BTreeMap::from([
        (("AAA", "Algoritmen", "E2"), Typed::Text("in documentatie")),
        (("AAA", "Algoritmen", "F3"), Typed::Text("30-11-2025")),
        (("AAA", "Algoritmen", "G4"), Typed::Date(day(2025, 5, 1))),
        (("AAA", "Algoritmen", "H4"), Typed::Text("33333335")),
        (("BBB", "Algoritmen", "A3"), Typed::Text("B2")),
        (("BBB", "Algoritmen", "C4"), Typed::Text("C")),
        (("BBB", "Algoritmen", "F5"), Typed::Text("2025-Q4")),
        (("CCC", "Organisatie", "B4"), Typed::Text("2025-Q2")),
    ])
}

/// The same quarter, right from the start.
fn right_from_the_start() -> BTreeMap<&'static str, Grid> {
    let mut files = sent();
    files.insert(
        "Statusoverzicht AAA Q2 2025.xlsx",
        sheet(
            "AAA",
            "Dienst Alfa",
            "JenV",
            &[
                r("A1", "B", "in documentatie", "2025-12-31", "", ""),
                r("A2", "A", "in documentatie", "30-11-2025", "", ""),
                r("A3", "B", "gepubliceerd", "", "2025-05-01", "33333335"),
            ],
        ),
    );
    files.insert(
        "bbb-statusoverzicht-2025-Q2.xlsx",
        sheet(
            "BBB",
            "Bureau Beta",
            "AenM",
            &[
                r("B1", "A", "gepubliceerd", "", "2025-05-01", "11111115"),
                r("B2", "B", "in documentatie", "2025-11-30", "", ""),
                r("B3", "C", "in documentatie", "2025-10-31", "", ""),
                r("B4", "A", "in documentatie", "2025-Q4", "", ""),
            ],
        ),
    );
    files.insert(
        "ccc-2025-Q2.xlsx",
        sheet(
            "CCC",
            "College Gamma",
            "JenV",
            &[r("C1", "B", "gepubliceerd", "", "2025-04-02", "22222220")],
        ),
    );
    files
}

fn folder(root: &Path, files: &BTreeMap<&str, Grid>) -> Folder {
    let f = Folder::new(root.to_path_buf());
    f.orgs(CSV);
    for (name, grid) in files {
        f.add_grid(QUARTER, name, grid);
    }
    f.add_grid(
        "2025-Q1",
        "ddd-2025-Q1.xlsx",
        &sheet_for(
            "2025-Q1",
            "DDD",
            "Dienst Delta",
            "JenV",
            &[planned("D1", "B", "2025-09-30")],
        ),
    );
    f
}

fn run_in(root: &Path, command: &str, args: &[&str]) -> std::process::Output {
    algoreg(root, &[&[command, "--inputs", &root.to_string_lossy()], args].concat())
}

/// A file of the first round; the overview sits beside the rounds.
fn returned(root: &Path, name: &str) -> PathBuf {
    in_round(root, 1, name)
}

/// A file of round `n`; the overview sits beside the rounds.
fn in_round(root: &Path, n: u32, name: &str) -> PathBuf {
    let folder = root.join(format!("rapporten/{QUARTER}/terugmelding"));
    if name.starts_with("overzicht-") {
        folder.join(name)
    } else {
        folder.join(format!("ronde-{n}")).join(name)
    }
}

/// The figures of a quarter, without what names the files.
fn figures(root: &Path) -> serde_json::Value {
    let out = run_in(root, "run", &["--out", "rapporten", "--no-pdf"]);
    ok(&out);
    let mut j = json(&root.join(format!("rapporten/{QUARTER}/cijfers-{QUARTER}.json")));
    j.as_object_mut().expect("object").remove("bevindingen");
    j
}

#[test]
fn every_error_is_marked_and_corrected_in_its_cell_the_quarter_then_counts_as_if_right() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    folder(root, &sent());
    let check = parse_findings(&run_in(root, "check", &[]));
    let out = run_in(
        root,
        "terugmelding",
        &["--out", "rapporten", "--uiterlijk", "2025-07-15"],
    );
    assert_eq!(out.status.code(), Some(1), "errors: exit 1\n{}", stdout(&out));

    // Every error with a cell is on that cell, with its message and a red fill.
    let errors: Vec<&Line> = check.iter().filter(|l| l.severity == "fout").collect();
    assert!(errors.len() >= 7, "{errors:#?}");
    let mut marked = Vec::new();
    for code in ["AAA", "BBB", "CCC"] {
        let book = std::fs::read(returned(root, &format!("{code}-{QUARTER}.xlsx"))).unwrap();
        for sheet_name in ["Organisatie", "Algoritmen"] {
            let notes = notes(&book, sheet_name);
            for (cell, note) in &notes {
                if fill(&book, sheet_name, cell).as_deref() == Some("FFFFC7CE") {
                    marked.push((code, sheet_name.to_owned(), cell.clone(), note.clone()));
                }
            }
        }
    }
    let mut seen = 0;
    for e in &errors {
        let Some((file, at)) = e.place.rsplit_once(':') else {
            continue;
        };
        let Some((sheet_name, cell)) = at.split_once('!') else {
            continue;
        };
        let code = ["AAA", "BBB", "CCC"]
            .into_iter()
            .find(|c| file.to_lowercase().contains(&c.to_lowercase()))
            .expect("an organisation's file");
        let hit = marked
            .iter()
            .find(|(c, s, x, _)| *c == code && s == sheet_name && x == cell)
            .unwrap_or_else(|| panic!("no red note for {e:?}; marked: {marked:#?}"));
        assert!(hit.3.contains(&e.message), "note {:?} lacks {:?}", hit.3, e.message);
        seen += 1;
    }
    assert_eq!(seen, errors.len(), "every error has a cell");

    // Typed into exactly the marked cells (red and yellow), and put back.
    let fixes = corrections();
    for code in ["AAA", "BBB", "CCC"] {
        let path = returned(root, &format!("{code}-{QUARTER}.xlsx"));
        let mut book = std::fs::read(&path).unwrap();
        for sheet_name in ["Organisatie", "Algoritmen"] {
            let coloured: Vec<String> = notes(&book, sheet_name)
                .keys()
                .filter(|c| {
                    matches!(
                        fill(&book, sheet_name, c).as_deref(),
                        Some("FFFFC7CE") | Some("FFFFEB9C")
                    )
                })
                .cloned()
                .collect();
            let ours: Vec<String> = fixes
                .keys()
                .filter(|(c, s, _)| *c == code && *s == sheet_name)
                .map(|(_, _, cell)| cell.to_string())
                .collect();
            assert_eq!(
                coloured, ours,
                "{code} {sheet_name}: the marked cells are the ones to correct"
            );
            let edits: Vec<(&str, Typed)> = fixes
                .iter()
                .filter(|((c, s, _), _)| *c == code && *s == sheet_name)
                .map(|((_, _, cell), v)| (*cell, *v))
                .collect();
            book = Edit::of(&book).type_into(sheet_name, &edits).done();
        }
        let original = sent()
            .keys()
            .find(|n| n.to_lowercase().contains(&code.to_lowercase()))
            .unwrap()
            .to_string();
        std::fs::write(root.join(QUARTER).join(&original), &book).unwrap();
    }
    let again = parse_findings(&run_in(root, "check", &[]));
    assert!(
        again.iter().all(|l| l.severity != "fout"),
        "no error remains: {again:#?}"
    );

    let right = tempfile::tempdir().unwrap();
    folder(right.path(), &right_from_the_start());
    assert_eq!(figures(root), figures(right.path()));

    // The same, with the corrected files saved by LibreOffice as .xlsx and .ods.
    for to in ["xlsx", "ods"] {
        let saved = tempfile::tempdir().unwrap();
        let copy = saved.path().join("inputs");
        folder(&copy, &BTreeMap::new()).quarter(QUARTER);
        for entry in std::fs::read_dir(root.join(QUARTER)).unwrap() {
            let path = entry.unwrap().path();
            let converted = libreoffice(&path, to, saved.path());
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            std::fs::copy(&converted, copy.join(QUARTER).join(format!("{name}.{to}"))).unwrap();
        }
        let found = parse_findings(&run_in(&copy, "check", &[]));
        assert!(found.iter().all(|l| l.severity != "fout"), "{to}: {found:#?}");
        // The same figures; only the files' extension differs.
        let got = figures(&copy).to_string().replace(".ods\"", ".xlsx\"");
        assert_eq!(got, figures(right.path()).to_string(), "saved by LibreOffice as {to}");
    }
}

/// Converts a file with LibreOffice (`soffice --headless --convert-to`).
fn libreoffice(path: &Path, to: &str, work: &Path) -> PathBuf {
    let out = work.join(format!("lo-{to}"));
    let run = std::process::Command::new("soffice")
        .args(["--headless", "--norestore", "--convert-to", to, "--outdir"])
        .arg(&out)
        .arg(path)
        .env("HOME", work)
        .output()
        .expect("soffice (LibreOffice) must be installed: apt-get install libreoffice-calc-nogui");
    assert!(
        run.status.success(),
        "soffice failed on {}: {}",
        path.display(),
        String::from_utf8_lossy(&run.stderr)
    );
    out.join(format!("{}.{to}", path.file_stem().unwrap().to_string_lossy()))
}

/// The cells of one sheet of a workbook as calamine reads them.
fn cells(path: &Path, sheet: &str) -> Vec<Vec<Data>> {
    let mut book = calamine::open_workbook_auto(path).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    range.rows().map(|r| r.to_vec()).collect()
}

#[test]
fn the_chase_list_says_who_must_act_and_clean_or_silent_organisations_get_what_fits() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    folder(root, &sent());
    let out = run_in(root, "terugmelding", &["--out", "rapporten"]);
    assert_eq!(out.status.code(), Some(1));
    let list = json(&returned(root, &format!("terugmelding-{QUARTER}.json")));
    let status: BTreeMap<String, String> = list["organisaties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["code"].as_str().unwrap().to_owned(),
                o["toestand"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(status["AAA"], "verbeteren");
    assert_eq!(status["DDD"], "niet ontvangen");
    assert_eq!(status["TTT"], "goedgekeurd");
    // A clean organisation gets no workbook, only its line and a mail.
    assert!(!returned(root, &format!("TTT-{QUARTER}.xlsx")).exists());
    assert!(returned(root, &format!("TTT-{QUARTER}.txt")).exists());
    // An organisation that sent nothing gets the template with last quarter's rows.
    let ddd = returned(root, &format!("DDD-{QUARTER}.xlsx"));
    let rows = cells(&ddd, "Algoritmen");
    assert_eq!(rows[1][0], Data::String("D1".into()));
    let summary = cells(&ddd, "Terugmelding");
    let said: String = summary
        .iter()
        .flatten()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(said.contains("geen statusoverzicht voor 2025-Q2 ontvangen"), "{said}");
    assert!(said.contains("al ingevuld met uw rijen uit 2025-Q1"), "{said}");
    // The overview workbook has the same lines.
    let overview = cells(&returned(root, &format!("overzicht-{QUARTER}.xlsx")), "Overzicht");
    let header = overview
        .iter()
        .position(|r| r.first() == Some(&Data::String("Ministerie".into())))
        .unwrap();
    assert_eq!(overview.len() - header - 1, 5, "one line per organisation");
    let mail = std::fs::read_to_string(returned(root, &format!("AAA-{QUARTER}.txt"))).unwrap();
    assert!(mail.contains("Algoritmen, cel E2"), "{mail}");
    assert!(mail.contains("AAA-2025-Q2.xlsx"), "{mail}");
}

#[test]
fn an_unreadable_file_and_a_missing_sheet_get_the_template_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let f = folder(root, &BTreeMap::new());
    std::fs::write(
        f.quarter(QUARTER).join("Statusoverzicht AAA.xlsx"),
        b"%PDF-1.7 geen spreadsheet",
    )
    .unwrap();
    let only_org = Grid::default().sheet("Organisatie", org_rows("BBB", "Bureau Beta", "AenM"));
    f.add_grid(QUARTER, "bbb.xlsx", &only_org);
    let out = run_in(root, "terugmelding", &["--out", "rapporten"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let list = json(&returned(root, &format!("terugmelding-{QUARTER}.json")));
    let line = |code: &str| {
        list["organisaties"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["code"] == code)
            .unwrap()
            .clone()
    };
    assert_eq!(line("AAA")["toestand"], "verbeteren");
    assert_eq!(line("AAA")["ontvangen"], true);
    assert_eq!(line("AAA")["bestand"], "Statusoverzicht AAA.xlsx");
    assert_eq!(line("BBB")["toestand"], "verbeteren");
    for (code, reason) in [
        ("AAA", "Dit is een PDF-bestand"),
        ("BBB", "Het blad Algoritmen ontbreekt"),
    ] {
        let book = returned(root, &format!("{code}-{QUARTER}.xlsx"));
        let said: String = cells(&book, "Terugmelding")
            .iter()
            .flatten()
            .map(|d| d.to_string())
            .collect();
        assert!(said.contains(reason), "{code}: {said}");
        assert_eq!(
            cells(&book, "Algoritmen")[0][0],
            Data::String("ID".into()),
            "{code}: the template"
        );
        let mail = std::fs::read_to_string(returned(root, &format!("{code}-{QUARTER}.txt"))).unwrap();
        assert!(mail.contains("niet lezen") && mail.contains(reason), "{mail}");
    }
}

#[test]
fn a_volledig_row_comes_back_whole_to_its_own_organisation_only_and_sheet_text_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut secret = row("GEHEIM-ID-7", "B", "in documentatie", "2025-12-31", "", "", "volledig");
    secret[1] = "GEHEIM-PROJECT-X".into();
    secret[9] = "GEHEIME-NOTITIE".into();
    let mut formula = planned("=HYPERLINK(\"http://x\",\"klik\")", "B", "2025-12-31");
    formula[1] = "<b>vet</b> #set text(red)".into();
    let mut bad = planned("A9", "B", "morgen");
    bad[1] = "+SUM(A1:A2)".into();
    let f = folder(root, &BTreeMap::new());
    f.add_grid(
        QUARTER,
        "aaa.xlsx",
        &sheet("AAA", "Dienst Alfa", "JenV", &[secret, formula, bad]),
    );
    let out = run_in(root, "terugmelding", &["--out", "rapporten"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let secrets = ["GEHEIM-ID-7", "GEHEIM-PROJECT-X", "GEHEIME-NOTITIE", "Contact Kanarie"];
    let own = returned(root, &format!("AAA-{QUARTER}.xlsx"));
    // In no file but AAA's own sheet: not its mail, the JSON, the overview.
    let mut checked = 0;
    for path in files_under(&root.join(format!("rapporten/{QUARTER}/terugmelding"))) {
        if path == own {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let mut texts = vec![bytes.clone()];
        if path.extension().is_some_and(|e| e == "xlsx") {
            texts.extend(parts(&bytes).into_iter().map(|(_, v)| v));
        }
        for t in texts {
            for word in secrets {
                assert!(
                    find_bytes(&t, word.as_bytes()).is_none(),
                    "{word} in {}",
                    path.display()
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 4, "the mails, the JSON, the manifest and the overview");
    // AAA's own sheet keeps what AAA wrote: nothing is asked twice.
    let rows = cells(&own, "Algoritmen");
    assert_eq!(rows[1][0], Data::String("GEHEIM-ID-7".into()));
    assert_eq!(rows[1][1], Data::String("GEHEIM-PROJECT-X".into()));
    assert_eq!(rows[1][9], Data::String("GEHEIME-NOTITIE".into()));
    assert_eq!(rows[1][8], Data::String("volledig".into()));
    let org: String = cells(&own, "Organisatie")
        .iter()
        .flatten()
        .map(|d| d.to_string())
        .collect();
    assert!(org.contains("Contact Kanarie"), "{org}");
    let book = std::fs::read(&own).unwrap();
    assert_eq!(
        fill(&book, "Algoritmen", "A2"),
        None,
        "no blue cell: nothing to type again"
    );
    let mail = std::fs::read_to_string(returned(root, &format!("AAA-{QUARTER}.txt"))).unwrap();
    assert!(
        !mail.contains("opnieuw in") && mail.contains("niets opnieuw te typen"),
        "{mail}"
    );
    // Formula- and markup-looking text comes back as the same text, never a formula.
    assert_eq!(rows[2][0], Data::String("=HYPERLINK(\"http://x\",\"klik\")".into()));
    assert_eq!(rows[2][1], Data::String("<b>vet</b> #set text(red)".into()));
    assert_eq!(rows[3][1], Data::String("+SUM(A1:A2)".into()));
    // A date that is no date comes back as typed.
    assert_eq!(rows[3][5], Data::String("morgen".into()));
    let sheet_xml = parts(&book)
        .into_iter()
        .filter(|(n, _)| n.starts_with("xl/worksheets/sheet"))
        .map(|(_, v)| String::from_utf8(v).unwrap())
        .collect::<String>();
    assert!(!sheet_xml.contains("<f>"), "no formulas");
}

#[test]
fn columns_in_another_order_are_given_back_in_the_template_order_and_the_table_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let f = folder(root, &BTreeMap::new());
    let header = [
        "Naam",
        "ID",
        "Categorie",
        "Status",
        "Geplande publicatie",
        "Eigen kolom",
    ];
    let rows = vec![vec![
        text("Algoritme X"),
        text("X1"),
        text("B"),
        text("klaar"),
        text("2025-12-31"),
        text("iets van ons"),
    ]];
    let mut org = org_rows("AAA", "Dienst Alfa", "JenV");
    org.insert(0, vec![text("Ons eigen overzicht")]);
    f.add_grid(QUARTER, "aaa.xlsx", &status_sheet(org, &header, rows));
    let out = run_in(root, "terugmelding", &["--out", "rapporten"]);
    assert!(out.status.code().is_some(), "{}", stdout(&out));
    let path = returned(root, &format!("AAA-{QUARTER}.xlsx"));
    let alg = cells(&path, "Algoritmen");
    assert_eq!(
        alg[0][..5],
        ["ID", "Naam", "Categorie", "Risicoselectie", "Status"].map(|s| Data::String(s.into()))
    );
    // After the template's twelve columns (the last two: EU-databank, Grondrechtentoets).
    assert_eq!(alg[0][11], Data::String("Grondrechtentoets".into()));
    assert_eq!(alg[0][12], Data::String("Eigen kolom".into()));
    assert_eq!(alg[1][0], Data::String("X1".into()));
    assert_eq!(alg[1][4], Data::String("klaar".into()));
    assert_eq!(alg[1][12], Data::String("iets van ons".into()));
    // The unknown status was in D2 of the organisation's file, now in E2.
    let summary = cells(&path, "Terugmelding");
    let header_row = summary
        .iter()
        .position(|r| r.first() == Some(&Data::String("Blad".into())))
        .unwrap();
    assert_eq!(summary[header_row][2], Data::String("Cel in uw bestand".into()));
    let status_line = summary
        .iter()
        .find(|r| r.get(4) == Some(&Data::String("status-onbekend".into())))
        .expect("the finding");
    assert_eq!(status_line[1], Data::String("E2".into()));
    assert_eq!(status_line[2], Data::String("D2".into()));
    let book = std::fs::read(&path).unwrap();
    assert_eq!(fill(&book, "Algoritmen", "E2").as_deref(), Some("FFFFC7CE"));
    // The Organisatie labels stay at the organisation's rows (one lower than usual).
    let org = cells(&path, "Organisatie");
    assert_eq!(org[1][0], Data::String("Organisatie".into()));
    assert_eq!(org[2][1], Data::String("AAA".into()));
}

#[test]
fn nothing_changed_is_no_new_round_and_a_run_keeps_the_rounds() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    folder(root, &sent());
    let round = root.join(format!("rapporten/{QUARTER}/terugmelding/ronde-1"));
    let read_all = || -> BTreeMap<String, Vec<u8>> {
        files_under(&round)
            .into_iter()
            .map(|p| {
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&p).unwrap(),
                )
            })
            .collect()
    };
    run_in(root, "terugmelding", &["--out", "rapporten"]);
    let first = read_all();
    assert!(first.contains_key("manifest.json"));
    let again = run_in(root, "terugmelding", &["--out", "rapporten"]);
    assert!(stdout(&again).contains("niets veranderd"), "{}", stdout(&again));
    assert!(
        !round.with_file_name("ronde-2").exists(),
        "no new round without a change"
    );
    assert_eq!(first, read_all());
    let out = run_in(root, "run", &["--out", "rapporten", "--no-pdf", "--accept-errors"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        first,
        read_all(),
        "a run replaces the quarter's reports, not its rounds"
    );
    assert!(
        stdout(&out).contains("overzicht van de terugmelding is bijgewerkt"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn the_shipped_example_shows_every_state() {
    let out = tempfile::tempdir().unwrap();
    let example = repo().join("inputs/terugmelding-voorbeeld");
    let run = algoreg(
        out.path(),
        &["terugmelding", "--inputs", &example.to_string_lossy(), "--out", "r"],
    );
    assert_eq!(run.status.code(), Some(1), "{}", stdout(&run));
    let list = json(
        &out.path()
            .join("r/2025-Q3/terugmelding/ronde-1/terugmelding-2025-Q3.json"),
    );
    let status: BTreeMap<String, String> = list["organisaties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["code"].as_str().unwrap().to_owned(),
                o["toestand"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let want = [
        ("COA", "verbeteren"),
        ("DJI", "gecontroleerd met opmerkingen"),
        ("IND", "verbeteren"),
        ("NCTV", "niet ontvangen"),
        ("NFI", "verbeteren"),
        ("POL", "verbeteren"),
    ];
    assert_eq!(
        status,
        want.map(|(c, s)| (c.to_owned(), s.to_owned())).into_iter().collect()
    );
}

/// A sheet rejected as a whole (for another quarter) goes back with its row
/// errors too, so one round of corrections suffices.
#[test]
fn a_sheet_that_does_not_count_goes_back_with_its_row_errors_too() {
    let inputs = Inputs::new();
    let rows = [
        published("A-1", "B"),
        row("A-2", "B", "gepubliceerd", "", "", "12345670", "geen"),
    ];
    inputs.add_grid("alfa.xlsx", &alfa_for("2025-Q1", &rows));
    let out = inputs.run("terugmelding", &["--out", "rapporten"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let mail = std::fs::read_to_string(returned(inputs.path(), &format!("AAA-{QUARTER}.txt"))).unwrap();
    assert!(mail.contains("2025-Q1"), "the quarter error: {mail}");
    assert!(mail.contains("Algoritmen, cel G3"), "the row error at its cell: {mail}");
    assert!(mail.contains("telt nu niet mee"), "{mail}");
}

/// An organisation with é, ë and ï in its name and two addresses; AAA has one.
const CSV_MAIL: &str = "code,naam,ministerie,toezichthouder,email\n\
    AAA,Dienst Alfa,JenV,nee,kanarie.alfa@alfa.example\n\
    EEE,Rijksinstituut voor Zeeën en Reïntegratie van Café,JenV,nee,\"eerste@zee.example; tweede.kanarie@zee.example\"\n\
    TTT,Toezicht Tau,JenV,ja,\n";

/// AAA sends a sheet with errors, EEE sends nothing, TTT a clean sheet.
fn mail_folder(root: &Path) {
    let f = Folder::new(root.to_path_buf());
    f.orgs(CSV_MAIL);
    f.add_grid(
        QUARTER,
        "aaa.xlsx",
        &sheet(
            "AAA",
            "Dienst Alfa",
            "JenV",
            &[r("A1", "B", "klaar", "2025-12-31", "", "")],
        ),
    );
    f.add_grid(
        QUARTER,
        "ttt.xlsx",
        &sheet("TTT", "Toezicht Tau", "JenV", &[published("T1", "B")]),
    );
}

#[test]
fn a_mail_draft_has_the_addresses_the_subject_the_text_and_the_returned_workbook() {
    use mail_parser::{MessageParser, MimeHeaders};
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    mail_folder(root);
    let out = run_in(root, "terugmelding", &["--out", "rapporten"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    for (code, to) in [
        ("AAA", vec!["kanarie.alfa@alfa.example"]),
        ("EEE", vec!["eerste@zee.example", "tweede.kanarie@zee.example"]),
    ] {
        let bytes = std::fs::read(returned(root, &format!("{code}-{QUARTER}.eml"))).unwrap();
        let msg = MessageParser::default().parse(&bytes).expect("a mail");
        let addresses: Vec<&str> = msg.to().unwrap().iter().filter_map(|a| a.address()).collect();
        assert_eq!(addresses, to);
        let txt = std::fs::read_to_string(returned(root, &format!("{code}-{QUARTER}.txt"))).unwrap();
        let (first, body) = txt.split_once('\n').unwrap();
        assert_eq!(Some(first.strip_prefix("Onderwerp: ").unwrap()), msg.subject());
        assert_eq!(
            msg.body_text(0).unwrap().replace("\r\n", "\n"),
            body.trim_start_matches('\n')
        );
        assert_eq!(msg.header_raw("X-Unsent").map(str::trim), Some("1"));
        let book = std::fs::read(returned(root, &format!("{code}-{QUARTER}.xlsx"))).unwrap();
        let attached: Vec<_> = msg.attachments().collect();
        assert_eq!(attached.len(), 1);
        assert_eq!(
            attached[0].attachment_name(),
            Some(format!("{code}-{QUARTER}.xlsx").as_str())
        );
        assert_eq!(
            attached[0].content_type().and_then(|c| c.subtype()),
            Some("vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        );
        assert!(
            attached[0].contents() == book.as_slice(),
            "the workbook beside it, byte for byte"
        );
    }
    // Dutch characters survive the encoded header and the UTF-8 body.
    let eee = std::fs::read(returned(root, &format!("EEE-{QUARTER}.eml"))).unwrap();
    let msg = MessageParser::default().parse(&eee).unwrap();
    assert!(
        msg.body_text(0)
            .unwrap()
            .contains("Rijksinstituut voor Zeeën en Reïntegratie van Café"),
        "{:?}",
        msg.body_text(0)
    );
    assert!(eee.is_ascii(), "headers and body are encoded for any mail program");
    // Without an address only the text, and the overview says so.
    assert!(returned(root, &format!("TTT-{QUARTER}.txt")).exists());
    assert!(!returned(root, &format!("TTT-{QUARTER}.eml")).exists());
    let overview = cells(&returned(root, &format!("overzicht-{QUARTER}.xlsx")), "Overzicht");
    let header = overview
        .iter()
        .position(|r| r.first() == Some(&Data::String("Ministerie".into())))
        .unwrap();
    let col = overview[header]
        .iter()
        .position(|c| *c == Data::String("E-mailconcept".into()))
        .unwrap();
    let said: BTreeMap<String, String> = overview[header + 1..]
        .iter()
        .map(|r| (r[1].to_string(), r[col].to_string()))
        .collect();
    assert_eq!(said["AAA"], format!("AAA-{QUARTER}.eml"));
    assert_eq!(said["TTT"], "geen e-mailadres");
    // Same inputs, same bytes.
    run_in(root, "terugmelding", &["--out", "rapporten"]);
    assert_eq!(
        eee,
        std::fs::read(returned(root, &format!("EEE-{QUARTER}.eml"))).unwrap()
    );
}

#[test]
fn an_address_appears_only_in_the_to_of_its_draft() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    mail_folder(root);
    let run = run_in(root, "run", &["--out", "rapporten", "--accept-errors"]);
    assert_eq!(run.status.code(), Some(1), "{}", stdout(&run));
    let mail = run_in(root, "terugmelding", &["--out", "rapporten"]);
    let mut seen = vec![stdout(&run).into_bytes(), stdout(&mail).into_bytes()];
    let files = files_under(&root.join("rapporten"));
    assert!(
        files.iter().any(|p| p.extension().is_some_and(|e| e == "pdf")),
        "{files:?}"
    );
    let mut drafts = 0;
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        match path.extension().and_then(|e| e.to_str()) {
            Some("xlsx") => seen.extend(parts(&bytes).into_iter().map(|(_, v)| v)),
            Some("pdf") => seen.push(pdf_raw(&bytes).into_bytes()),
            Some("eml") => {
                drafts += 1;
                let text = String::from_utf8(bytes).unwrap();
                let (head, body) = text.split_once("\r\n\r\n").unwrap();
                let without_to: String = head
                    .split("\r\n")
                    .filter(|l| !l.starts_with("To:") && !l.starts_with(' ') && !l.starts_with('\t'))
                    .collect();
                assert!(head.contains("kanarie"), "the To header names the address");
                seen.push(format!("{without_to}{body}").into_bytes());
                continue;
            }
            _ => {}
        }
        seen.push(std::fs::read(&path).unwrap());
    }
    assert_eq!(drafts, 2);
    for bytes in seen {
        assert!(
            find_bytes(&bytes, b"kanarie").is_none(),
            "{}",
            String::from_utf8_lossy(&bytes)
        );
        assert!(find_bytes(&bytes, b"zee.example").is_none());
    }
}

/// The AI Act's two columns come back on every returned sheet, with what the
/// organisation wrote in them and the warning from `--deadline-eu` at its
/// cell; saved by LibreOffice and put back, they count the same.
#[test]
fn a_returned_sheet_keeps_the_ai_act_columns_through_libreoffice() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let eu = |id: &str, status: &str, databank: &str, toets: &str| {
        let (plan, pubdate, reg) = if status == "gepubliceerd" {
            ("", "2025-05-01", "12345670")
        } else {
            ("2025-12-31", "", "")
        };
        let mut v: Vec<String> = row(id, "A", status, plan, pubdate, reg, "geen").to_vec();
        v.extend([databank.to_owned(), toets.to_owned()]);
        v.iter().map(|s| text(s)).collect::<Vec<_>>()
    };
    let alfa = status_sheet(
        org_rows("AAA", "Dienst Alfa", "JenV"),
        &header_eu(),
        vec![
            eu("A1", "gepubliceerd", "geregistreerd", "gedaan"),
            eu("A2", "in documentatie", "niet geregistreerd", "niet van toepassing"),
            eu("A3", "in documentatie", "", "niet gedaan"),
        ],
    );
    let mut files = BTreeMap::new();
    files.insert("alfa.xlsx", alfa);
    files.insert(
        "beta.xlsx",
        sheet("BBB", "Bureau Beta", "AenM", &[planned("B1", "A", "2025-12-31")]),
    );
    folder(root, &files);
    let counts = |root: &Path| {
        let j = figures(root);
        let names = [
            "eu_geregistreerd",
            "eu_niet_geregistreerd",
            "eu_niet_van_toepassing",
            "eu_onbekend",
            "grondrechtentoets_gedaan",
            "grondrechtentoets_niet_gedaan",
            "grondrechtentoets_niet_van_toepassing",
            "grondrechtentoets_onbekend",
        ];
        names.map(|m| {
            j["totalen"]
                .as_array()
                .unwrap()
                .iter()
                .find(|t| t["groep"] == "Totaal" && t["categorie"] == "A" && t["maat"] == m)
                .unwrap()["aantal"]
                .as_u64()
                .unwrap()
        })
    };
    // A1, A2, A3 and B1: registered 1, not 1, unknown 2 (A3 and Beta's row).
    assert_eq!(counts(root), [1, 1, 0, 2, 1, 1, 1, 1]);
    let out = run_in(
        root,
        "terugmelding",
        &["--out", "rapporten", "--deadline-eu", "2025-06-01"],
    );
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", stdout(&out));

    let alfa_back = returned(root, &format!("AAA-{QUARTER}.xlsx"));
    let rows = cells(&alfa_back, "Algoritmen");
    assert_eq!(rows[0][10], Data::String("EU-databank".into()));
    assert_eq!(rows[0][11], Data::String("Grondrechtentoets".into()));
    let column = |rows: &[Vec<Data>], c: usize| -> Vec<String> {
        rows[1..4]
            .iter()
            .map(|r| r.get(c).map(|d| d.to_string()).unwrap_or_default())
            .collect()
    };
    assert_eq!(column(&rows, 10), ["geregistreerd", "niet geregistreerd", ""]);
    assert_eq!(column(&rows, 11), ["gedaan", "niet van toepassing", "niet gedaan"]);
    // The warning sits on the EU-databank cell of A2 (K3) and A3 (K4).
    let book = std::fs::read(&alfa_back).unwrap();
    let notes = notes(&book, "Algoritmen");
    for cell in ["K3", "K4"] {
        assert!(
            notes.get(cell).is_some_and(|n| n.contains("EU-databank")),
            "{cell}: {notes:#?}"
        );
    }
    assert!(!notes.contains_key("K2"), "{notes:#?}");
    // Beta's sheet had no such columns: it gets them back, empty, to fill in.
    let beta_rows = cells(&returned(root, &format!("BBB-{QUARTER}.xlsx")), "Algoritmen");
    assert_eq!(beta_rows[0][10], Data::String("EU-databank".into()));
    assert_eq!(beta_rows[0][11], Data::String("Grondrechtentoets".into()));

    // Saved by LibreOffice and put back in place of what was sent: the same counts.
    let work = tempfile::tempdir().unwrap();
    let saved = libreoffice(&alfa_back, "xlsx", work.path());
    let rows = cells(&saved, "Algoritmen");
    assert_eq!(column(&rows, 10), ["geregistreerd", "niet geregistreerd", ""]);
    assert_eq!(column(&rows, 11), ["gedaan", "niet van toepassing", "niet gedaan"]);
    std::fs::copy(&saved, root.join(QUARTER).join("alfa.xlsx")).unwrap();
    assert_eq!(counts(root), [1, 1, 0, 2, 1, 1, 1, 1]);
}
