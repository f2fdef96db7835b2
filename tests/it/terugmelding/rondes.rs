//! A quarter in three rounds with four organisations: Dienst Alfa fixes its
//! error, Bureau Beta confirms its one warning, College Gamma sends nothing
//! until the third round, and Dienst Delta's corrected file lands next to
//! its old one (the coordinator's slip). After each round: the mails, the
//! sheets given back, the overview and the figures.

use std::collections::BTreeMap;
use std::path::PathBuf;

use calamine::Reader;

use crate::common::*;

const CSV: &str = "code,naam,ministerie,toezichthouder,naam_in_zin\n\
    AAA,Dienst Alfa,JenV,nee,de Dienst Alfa\n\
    BBB,Bureau Beta,AenM,nee,het Bureau Beta\n\
    CCC,College Gamma,JenV,nee,het College Gamma\n\
    DDD,Dienst Delta,JenV,nee,de Dienst Delta\n";

fn pubrow(id: &str, date: &str, reg: &str) -> [String; 10] {
    row(id, "B", "gepubliceerd", "", date, reg, "geen")
}

struct Quarter {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Quarter {
    /// 2025-Q1 as every organisation sent it, and 2025-Q2's first files:
    /// AAA with an unknown status, BBB with a publication date other than
    /// in 2025-Q1 (a warning only), DDD with a planned date that is no date.
    fn new() -> Quarter {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let f = Folder::new(root.clone());
        f.orgs(CSV);
        for (code, naam, min) in [
            ("AAA", "Dienst Alfa", "JenV"),
            ("BBB", "Bureau Beta", "AenM"),
            ("CCC", "College Gamma", "JenV"),
            ("DDD", "Dienst Delta", "JenV"),
        ] {
            let rows = [pubrow(&format!("{code}-1"), "2025-01-10", "12345670")];
            f.add_grid(
                "2025-Q1",
                &format!("{code}-q1.xlsx"),
                &sheet_for("2025-Q1", code, naam, min, &rows),
            );
        }
        let q = Quarter { _dir: dir, root };
        q.put("aaa-2025-Q2.xlsx", &Self::aaa(false));
        q.put("bbb-2025-Q2.xlsx", &Self::bbb());
        q.put("ddd-2025-Q2.xlsx", &Self::ddd(false));
        q
    }

    fn aaa(fixed: bool) -> algoreg_fixtures::grid::Grid {
        let status = if fixed { "in documentatie" } else { "bijna klaar" };
        let rows = [
            pubrow("AAA-1", "2025-01-10", "12345670"),
            row("AAA-2", "B", status, "2025-12-31", "", "", "geen"),
        ];
        sheet("AAA", "Dienst Alfa", "JenV", &rows)
    }

    fn bbb() -> algoreg_fixtures::grid::Grid {
        sheet(
            "BBB",
            "Bureau Beta",
            "AenM",
            &[pubrow("BBB-1", "2025-01-20", "12345670")],
        )
    }

    fn ddd(fixed: bool) -> algoreg_fixtures::grid::Grid {
        let plan = if fixed { "2025-11-30" } else { "na de zomer" };
        let rows = [
            pubrow("DDD-1", "2025-01-10", "12345670"),
            row("DDD-2", "B", "in documentatie", plan, "", "", "geen"),
        ];
        sheet("DDD", "Dienst Delta", "JenV", &rows)
    }

    fn put(&self, name: &str, grid: &algoreg_fixtures::grid::Grid) {
        Folder::new(self.root.clone()).add_grid(QUARTER, name, grid);
    }

    fn run(&self, command: &str, args: &[&str]) -> std::process::Output {
        algoreg(
            &self.root,
            &[&[command, "--inputs", &self.root.to_string_lossy()], args].concat(),
        )
    }

    fn terugmelding(&self) -> std::process::Output {
        self.run("terugmelding", &["--out", "rapporten", "--uiterlijk", "2025-07-15"])
    }

    fn folder(&self) -> PathBuf {
        self.root.join(format!("rapporten/{QUARTER}/terugmelding"))
    }

    fn round(&self, n: u32) -> PathBuf {
        self.folder().join(format!("ronde-{n}"))
    }

    /// The files of round `n`, by name.
    fn files(&self, n: u32) -> Vec<String> {
        let mut names: Vec<String> = files_under(&self.round(n))
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn mail(&self, n: u32, code: &str) -> String {
        std::fs::read_to_string(self.round(n).join(format!("{code}-{QUARTER}.txt"))).unwrap()
    }

    /// Per organisation: (toestand, ronde, sinds de vorige ronde, voor u) from the overview.
    fn overview(&self) -> BTreeMap<String, [String; 4]> {
        let path = self.folder().join(format!("overzicht-{QUARTER}.xlsx"));
        let mut book = calamine::open_workbook_auto(&path).unwrap();
        let range = book.worksheet_range("Overzicht").unwrap();
        let rows: Vec<Vec<String>> = range
            .rows()
            .map(|r| r.iter().map(ToString::to_string).collect())
            .collect();
        let header = rows
            .iter()
            .position(|r| r.first().is_some_and(|c| c == "Ministerie"))
            .unwrap();
        let col = |name: &str| rows[header].iter().position(|h| h == name).unwrap();
        rows[header + 1..]
            .iter()
            .map(|r| {
                (
                    r[col("Code")].clone(),
                    [
                        r[col("Toestand")].clone(),
                        r[col("Ronde")].clone(),
                        r[col("Sinds de vorige ronde")].clone(),
                        r[col("Voor u")].clone(),
                    ],
                )
            })
            .collect()
    }

    /// Nothing of the coordinator's in what goes to the organisations: no
    /// path of this machine, no option, no finding about two files.
    fn nothing_of_the_coordinator(&self, n: u32) {
        let here = self.root.to_string_lossy().into_owned();
        for path in files_under(&self.round(n)) {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !(name.ends_with(".txt") || name.ends_with(".xlsx")) {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let mut texts = vec![String::from_utf8_lossy(&bytes).into_owned()];
            if name.ends_with(".xlsx") {
                texts.extend(
                    parts(&bytes)
                        .into_iter()
                        .map(|(_, v)| String::from_utf8_lossy(&v).into_owned()),
                );
            }
            for t in texts {
                for bad in [
                    here.as_str(),
                    "2025-Q2/",
                    "--",
                    "dubbel-blad",
                    "statusoverzichten ingeleverd",
                ] {
                    assert!(!t.contains(bad), "{bad:?} in {name}");
                }
            }
        }
    }
}

fn state(o: &BTreeMap<String, [String; 4]>, code: &str) -> (String, String, String) {
    let [t, r, v, _] = &o[code];
    (t.clone(), r.clone(), v.clone())
}

fn s(t: &str, r: &str, v: &str) -> (String, String, String) {
    (t.to_owned(), r.to_owned(), v.to_owned())
}

/// Types `ja` in the `Klopt zo?` column of the warning with `code` on the
/// sheet `Terugmelding` of a workbook given back.
fn confirm(book: &[u8], code: &str) -> Vec<u8> {
    let mut wb = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(book.to_vec())).unwrap();
    let range = wb.worksheet_range("Terugmelding").unwrap();
    let (r0, c0) = range.start().unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    let header = rows.iter().position(|r| r.iter().any(|c| c == "Klopt zo?")).unwrap();
    let col = rows[header].iter().position(|c| c == "Klopt zo?").unwrap();
    let at = rows.iter().position(|r| r.iter().any(|c| c == code)).unwrap();
    let cell = format!(
        "{}{}",
        algoreg::text::column_letters(c0 + col as u32),
        r0 + at as u32 + 1
    );
    Edit::of(book)
        .type_into("Terugmelding", &[(cell, Typed::Text("ja"))])
        .done()
}

fn errors_for_organisations(q: &Quarter) -> Vec<Line> {
    parse_findings(&q.run("check", &["--out", "rapporten"]))
        .into_iter()
        .filter(|l| l.severity == "fout" && l.code != "dubbel-blad" && !l.place.contains("/ddd-2025-Q2.xlsx"))
        .collect()
}

#[test]
fn three_rounds_with_organisations_that_fix_confirm_stay_silent_and_send_twice() {
    let q = Quarter::new();

    // Round 1: everyone gets a mail.
    let out = q.terugmelding();
    assert_eq!(out.status.code(), Some(1), "errors: {}", stdout(&out));
    let o = q.overview();
    assert_eq!(state(&o, "AAA"), s("verbeteren", "1", "eerste ronde"));
    assert_eq!(
        state(&o, "BBB"),
        s("gecontroleerd met opmerkingen", "1", "eerste ronde")
    );
    assert_eq!(state(&o, "CCC"), s("niet ontvangen", "1", "eerste ronde"));
    assert_eq!(state(&o, "DDD"), s("verbeteren", "1", "eerste ronde"));
    for code in ["AAA", "BBB", "CCC", "DDD"] {
        assert!(
            q.files(1).contains(&format!("{code}-{QUARTER}.txt")),
            "{:?}",
            q.files(1)
        );
    }
    let aaa = q.mail(1, "AAA");
    assert!(aaa.starts_with("Onderwerp: Statusoverzicht Algoritmeregister 2025-Q2: graag verbeteren"));
    assert!(aaa.contains("Beste collega's van de Dienst Alfa,"), "{aaa}");
    assert!(aaa.contains("Verbeter de rode cellen"), "{aaa}");
    // A warning is a question: look, and send nothing when it is right.
    let bbb = q.mail(1, "BBB");
    assert!(bbb.contains("Beste collega's van het Bureau Beta,"), "{bbb}");
    assert!(
        bbb.contains("Er staan geen fouten in") && bbb.contains("niets opnieuw te sturen"),
        "{bbb}"
    );
    assert!(
        !bbb.contains("graag verbeteren") && !bbb.contains("Verbeter de rode"),
        "{bbb}"
    );
    assert!(q.mail(1, "CCC").contains("nog geen statusoverzicht"));
    q.nothing_of_the_coordinator(1);

    // Between rounds: AAA sends its correction; check refreshes the overview.
    let book = std::fs::read(q.round(1).join(format!("AAA-{QUARTER}.xlsx"))).unwrap();
    let fixed = Edit::of(&book)
        .type_into("Algoritmen", &[("E3", Typed::Text("in documentatie"))])
        .done();
    std::fs::write(q.root.join(QUARTER).join("aaa-2025-Q2.xlsx"), fixed).unwrap();
    let o = {
        q.run("check", &["--out", "rapporten"]);
        q.overview()
    };
    assert_eq!(o["AAA"][0], "ontvangen", "a new file, not answered yet");
    assert_eq!(o["BBB"][0], "gecontroleerd met opmerkingen");

    // BBB confirms its warning in the sheet given back; DDD's corrected
    // file lands next to its old one.
    let book = std::fs::read(q.round(1).join(format!("BBB-{QUARTER}.xlsx"))).unwrap();
    std::fs::write(
        q.root.join(QUARTER).join("bbb-2025-Q2.xlsx"),
        confirm(&book, "publicatiedatum-gewijzigd"),
    )
    .unwrap();
    q.put("ddd-2025-Q2-verbeterd.xlsx", &Quarter::ddd(true));

    // Round 2: only those whose situation changed.
    let out = q.terugmelding();
    assert!(stdout(&out).contains("ronde 2"), "{}", stdout(&out));
    let files = q.files(2);
    assert!(
        !files.iter().any(|f| f.starts_with("CCC-")),
        "CCC: nothing changed: {files:?}"
    );
    for code in ["AAA", "BBB", "DDD"] {
        assert!(files.contains(&format!("{code}-{QUARTER}.txt")), "{files:?}");
    }
    let o = q.overview();
    assert_eq!(state(&o, "AAA"), s("goedgekeurd", "2", "nieuw bestand"));
    assert_eq!(state(&o, "BBB"), s("goedgekeurd", "2", "nieuw bestand"));
    assert_eq!(state(&o, "CCC"), s("niet ontvangen", "1", "niets veranderd"));
    assert_eq!(state(&o, "DDD"), s("goedgekeurd", "2", "nieuw bestand"));
    assert_eq!(
        o["DDD"][3], "2",
        "the two files, and the old file's error, are for the coordinator"
    );
    // The coordinator's slip is not mailed as DDD's fault.
    let ddd = q.mail(2, "DDD");
    assert!(ddd.contains("goedgekeurd") && !ddd.contains("ingeleverd"), "{ddd}");
    q.nothing_of_the_coordinator(2);
    // The confirmed warning stays visible to the coordinator.
    let mut book = calamine::open_workbook_auto(q.folder().join(format!("overzicht-{QUARTER}.xlsx"))).unwrap();
    let apart: String = book
        .worksheet_range("Voor u")
        .unwrap()
        .rows()
        .flatten()
        .map(|d| d.to_string())
        .collect();
    assert!(apart.contains("bevestigd door de organisatie") && apart.contains("publicatiedatum-gewijzigd"));
    assert!(apart.contains("dubbel-blad"), "{apart}");
    let found = parse_findings(&q.run("check", &["--out", "rapporten"]));
    assert!(
        found.iter().any(|l| l.code == "publicatiedatum-gewijzigd"),
        "the coordinator still sees the warning"
    );
    assert!(errors_for_organisations(&q).is_empty());

    // Round 3: CCC sends its sheet; the coordinator removes DDD's old file.
    q.put(
        "ccc-2025-Q2.xlsx",
        &sheet(
            "CCC",
            "College Gamma",
            "JenV",
            &[pubrow("CCC-1", "2025-01-10", "12345670")],
        ),
    );
    std::fs::remove_file(q.root.join(QUARTER).join("ddd-2025-Q2.xlsx")).unwrap();
    let out = q.terugmelding();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let files = q.files(3);
    assert!(files.contains(&format!("CCC-{QUARTER}.txt")), "{files:?}");
    assert!(
        !files.iter().any(|f| f.starts_with("AAA-") || f.starts_with("DDD-")),
        "{files:?}"
    );
    let o = q.overview();
    assert_eq!(state(&o, "CCC"), s("goedgekeurd", "3", "nieuw bestand"));
    assert_eq!(state(&o, "DDD"), s("goedgekeurd", "2", "niets veranderd"));
    // No round deleted another.
    assert!(q.round(1).join(format!("AAA-{QUARTER}.xlsx")).exists());
    assert!(q.round(2).join(format!("AAA-{QUARTER}.txt")).exists());
    // A fourth time without a change: no fourth round.
    let out = q.terugmelding();
    assert!(stdout(&out).contains("niets veranderd"), "{}", stdout(&out));
    assert!(!q.round(4).exists());

    // The figures: every organisation's sheet counts, one row each more than in 2025-Q1.
    let out = q.run("run", &["--out", "rapporten", "--no-pdf"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let j = json(&q.root.join(format!("rapporten/{QUARTER}/cijfers-{QUARTER}.json")));
    assert_eq!(j["bevindingen_telling"]["fout"], 0);
    let mut read: Vec<&str> = j["organisaties"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["ingeleverd"] == true)
        .map(|o| o["code"].as_str().unwrap())
        .collect();
    read.sort_unstable();
    assert_eq!(read, ["AAA", "BBB", "CCC", "DDD"]);
    assert!(q.round(3).exists(), "run keeps the rounds");
}

#[test]
fn a_volledig_row_whose_id_is_missing_gets_one_finding() {
    let dir = tempfile::tempdir().unwrap();
    let f = Folder::new(dir.path().to_path_buf());
    f.orgs(CSV);
    let shielded = |id: &str| row(id, "B", "in documentatie", "2025-12-31", "", "", "volledig");
    f.add_grid(
        "2025-Q1",
        "aaa-q1.xlsx",
        &sheet_for("2025-Q1", "AAA", "Dienst Alfa", "JenV", &[shielded("GEHEIM-1")]),
    );
    f.add_grid(
        QUARTER,
        "aaa.xlsx",
        &sheet("AAA", "Dienst Alfa", "JenV", &[shielded("")]),
    );
    let out = algoreg(
        dir.path(),
        &["check", "--inputs", &dir.path().to_string_lossy(), "--out", "rapporten"],
    );
    let found = parse_findings(&out);
    assert!(!found.is_empty(), "{}", stdout(&out));
    let aaa: Vec<&Line> = found.iter().filter(|l| l.place.contains("aaa.xlsx")).collect();
    assert_eq!(aaa.len(), 1, "only the missing ID: {}", stdout(&out));
    assert_eq!(aaa[0].code, "waarde-ontbreekt");
    assert!(!found.iter().any(|l| l.code == "algoritme-verdwenen"), "{found:#?}");
}
