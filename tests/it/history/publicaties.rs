//! `algoreg publicaties` on the shipped sample: exactly the algorithms the
//! sample's sheets give as published in the half year, each once, as the
//! latest sheet says, never a `volledig` one; the PDF links each to the register.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use algoreg::model::{Quarter, Status};
use algoreg_fixtures::sample::{SampleRow, sheet_rows};
use calamine::{Data, Reader};
use chrono::NaiveDate;

use crate::common::*;

const NAME: &str = "publicaties-2025-01-01-2025-06-30";

fn run(out: &Path) -> PathBuf {
    let inputs = repo().join("inputs");
    let o = algoreg(
        out,
        &[
            "publicaties",
            "--van",
            "2025-01-01",
            "--tot",
            "2025-06-30",
            "--inputs",
            &inputs.to_string_lossy(),
            "--out",
            &out.join("rapporten").to_string_lossy(),
        ],
    );
    ok(&o);
    out.join("rapporten").join(NAME)
}

/// From the sample's own data: per organisation and ID, the latest of Q1 and
/// Q2 that has it; published from 1 January to 30 June; not `volledig`.
fn expected() -> BTreeMap<(String, String), SampleRow> {
    let mut latest = BTreeMap::new();
    for q in [1, 2] {
        for r in sheet_rows(Quarter::new(2025, q).unwrap()).unwrap() {
            latest.insert((r.org.to_owned(), r.id.to_owned()), r);
        }
    }
    let (van, tot) = (
        NaiveDate::from_ymd_opt(2025, 1, 1),
        NaiveDate::from_ymd_opt(2025, 6, 30),
    );
    latest.retain(|_, r| {
        r.status == Status::Published && r.uitzondering != "volledig" && r.published >= van && r.published <= tot
    });
    latest
}

#[test]
fn the_half_year_lists_exactly_the_algorithms_published_in_it_each_once() {
    let dir = tempfile::tempdir().unwrap();
    let folder = run(dir.path());
    let expected = expected();
    assert!(expected.len() > 10, "the sample publishes in the half year");

    let mut book: calamine::Xlsx<_> = calamine::open_workbook(folder.join(format!("{NAME}.xlsx"))).unwrap();
    assert_eq!(book.sheet_names(), ["Publicaties"]);
    let range = book.worksheet_range("Publicaties").unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    let at = rows
        .iter()
        .position(|r| r[0] == Data::String("Ministerie".into()))
        .unwrap();
    let header: Vec<String> = rows[at].iter().map(|c| c.to_string()).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let text = |r: &[Data], name: &str| r[col(name)].to_string();
    let mut listed: Vec<(String, String, String, NaiveDate, String)> = rows[at + 1..]
        .iter()
        .map(|r| {
            let Data::DateTime(date) = &r[col("Publicatiedatum")] else {
                panic!("a date cell: {:?}", r[col("Publicatiedatum")])
            };
            let date = date.as_datetime().unwrap().date();
            (
                text(r, "Code"),
                text(r, "Algoritme"),
                text(r, "Categorie"),
                date,
                text(r, "Algoritme-ID"),
            )
        })
        .collect();
    let n = listed.len();
    listed.sort();
    listed.dedup();
    assert_eq!(listed.len(), n, "each algorithm once");
    let mut want: Vec<(String, String, String, NaiveDate, String)> = expected
        .values()
        .map(|r| {
            (
                r.org.to_owned(),
                r.naam.to_owned(),
                r.cat.clone(),
                r.published.unwrap(),
                r.register_id.clone(),
            )
        })
        .collect();
    want.sort();
    assert_eq!(listed, want);
    let links: Vec<String> = rows[at + 1..].iter().map(|r| text(r, "Link")).collect();
    assert!(links.iter().zip(&rows[at + 1..]).all(|(l, r)| *l
        == format!(
            "https://algoritmes.overheid.nl/nl/algoritme/{}",
            text(r, "Algoritme-ID")
        )));

    let pdf = std::fs::read(folder.join(format!("{NAME}.pdf"))).unwrap();
    let shown = pdf_text(&pdf);
    let raw = pdf_raw(&pdf);
    // The supervisors apart: the ministries' number leaves them out, as
    // the workbook's Toezichthouder column does.
    let toezicht = rows[at + 1..]
        .iter()
        .filter(|r| text(r, "Toezichthouder") == "ja")
        .count();
    assert!(toezicht > 0, "the sample's supervisors publish in the half year");
    let ministeries = format!(
        "hebben de ministeries en hun organisaties {} algoritmen gepubliceerd",
        rows.len() - at - 1 - toezicht
    );
    assert!(holds(&shown, &ministeries), "{ministeries}\n{shown}");
    assert!(
        holds(&shown, &format!("zij publiceerden er {toezicht}, apart aan het eind")),
        "{shown}"
    );
    for r in expected.values() {
        assert!(holds(&shown, r.naam), "{} in the pdf", r.naam);
        let uri = format!("https://algoritmes.overheid.nl/nl/algoritme/{}", r.register_id);
        assert!(raw.contains(&uri), "a link to {uri}");
    }
    assert!(raw.contains("pdfuaid"), "PDF/UA as the other reports");
    let volledig: Vec<&str> = [1, 2]
        .into_iter()
        .flat_map(|q| sheet_rows(Quarter::new(2025, q).unwrap()).unwrap())
        .filter(|r| r.uitzondering == "volledig")
        .map(|r| r.naam)
        .collect();
    assert!(!volledig.is_empty());
    let xlsx = std::fs::read(folder.join(format!("{NAME}.xlsx"))).unwrap();
    let xml: String = parts(&xlsx)
        .into_iter()
        .map(|(_, b)| String::from_utf8_lossy(&b).into_owned())
        .collect();
    for naam in volledig {
        assert!(!holds(&shown, naam) && !xml.contains(naam), "{naam} is volledig");
    }
}

#[test]
fn a_period_after_before_its_start_is_refused_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let o = algoreg(
        dir.path(),
        &[
            "publicaties",
            "--van",
            "2025-07-01",
            "--tot",
            "2025-06-30",
            "--inputs",
            &repo().join("inputs").to_string_lossy(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("ligt na --tot") && err.contains("hint:"), "{err}");
}

const CANARY: &str = r#"#read("/etc/passwd") *]_$@<x> // \ [a]"#;

/// Dienst Alfa in Q1 and Q2: X's date was corrected to before the period in
/// Q2 (the latest sheet wins), Y is only in Q1, Z was published in Q2 under a
/// name that is typst markup, and a `volledig` row claims to be published.
fn two_quarters() -> Inputs {
    let inputs = Inputs::new();
    let named = |mut r: [String; 10], naam: &str| {
        r[1] = naam.into();
        r
    };
    add_q1(
        &inputs,
        "alfa.xlsx",
        &alfa_for(
            "2025-Q1",
            &[
                row("X", "B", "gepubliceerd", "", "2025-03-01", "11111115", "geen"),
                row("Y", "C", "gepubliceerd", "", "2025-02-01", "22222220", "geen"),
            ],
        ),
    );
    inputs.add_grid(
        "alfa.xlsx",
        &alfa_for(
            "2025-Q2",
            &[
                row("X", "B", "gepubliceerd", "", "2024-12-20", "11111115", "geen"),
                named(
                    row("Z", "A", "gepubliceerd", "", "2025-05-01", "33333335", "geen"),
                    CANARY,
                ),
                named(
                    row("G", "B", "gepubliceerd", "", "2025-05-02", "", "volledig"),
                    "GEHEIM-NAAM",
                ),
            ],
        ),
    );
    inputs
}

#[test]
fn the_latest_sheet_wins_names_are_data_and_a_volledig_row_never_shows() {
    let inputs = two_quarters();
    let out = inputs.run(
        "publicaties",
        &[
            "--van",
            "2025-01-01",
            "--tot",
            "2025-06-30",
            "--out",
            "rapporten",
            "--accept-errors",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "volledig and gepubliceerd is an error: {}",
        stdout(&out)
    );
    let folder = inputs.path().join("rapporten").join(NAME);
    let pdf = std::fs::read(folder.join(format!("{NAME}.pdf"))).unwrap();
    let t = pdf_text(&pdf);
    assert!(holds(&t, &format!("{CANARY} A 01-05-2025 33333335")), "{t}");
    assert!(
        holds(&t, "Algoritme Y C 01-02-2025 22222220"),
        "only in Q1, still listed: {t}"
    );
    assert!(
        !t.contains("Algoritme X"),
        "X was corrected to 2024 in the latest sheet"
    );
    assert!(!t.contains("root:x:0") && holds(&t, "VOORLOPIG"));
    let xlsx = std::fs::read(folder.join(format!("{NAME}.xlsx"))).unwrap();
    let xml: String = parts(&xlsx)
        .into_iter()
        .map(|(_, b)| String::from_utf8_lossy(&b).into_owned())
        .collect();
    assert!(
        !t.contains("GEHEIM") && !xml.contains("GEHEIM"),
        "the volledig row is in no output"
    );
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(folder.join(format!("{NAME}.xlsx"))).unwrap();
    let range = book.worksheet_range("Publicaties").unwrap();
    let names: Vec<String> = range
        .rows()
        .skip_while(|r| r[0] != Data::String("Ministerie".into()))
        .skip(1)
        .map(|r| r[4].to_string())
        .collect();
    assert_eq!(names, ["Algoritme Y", CANARY], "by date; the name stays text");
}
