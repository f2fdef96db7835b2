//! What the quarterly workbook's and the template's tests share: a small,
//! clean batch for 2025-Q2 with its canaries and formula-looking names, and
//! a read cell as text.

use algoreg_fixtures::grid::Value;
use calamine::Data;

use crate::common::{Folder, day as d, header, organisation, status_sheet, text as t};

/// The contact person on every Organisatie sheet (one of the [`CANARIES`]).
pub const CONTACT: &str = "Jan Kanariecontact";

/// Text of the `volledig` row and the contact person: must be in no output.
pub const CANARIES: &[&str] = &["KANARIE-NAAM", "KANARIE-ID", "KANARIE-TOELICHTING", CONTACT];

pub const FORMULA_NAMES: &[&str] = &[
    "=HYPERLINK(\"https://example.org\",\"klik\")",
    "+31 6 12345678",
    "@x algoritme",
    "-1 test",
];

/// A small, clean batch for 2025-Q2: two JenV organisations (one with
/// formula-looking names and a `volledig` canary row), one AenM organisation
/// as .ods, a supervisor, and one organisation that sent nothing.
pub fn inputs() -> tempfile::TempDir {
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
                t("12345670"),
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
                t("https://algoritmes.overheid.nl/nl/algoritme/87654325"),
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
            t("33334442"),
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

pub fn text(c: &Data) -> String {
    match c {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}
