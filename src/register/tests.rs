//! Unit tests for reading the CSV downloads: layouts, BOM, multiline fields, bad lines.

use super::*;
use crate::model::Category;

/// A peildatum after every date in these tests: every version counts.
fn peil() -> NaiveDate {
    NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()
}

fn read(bytes: &[u8], shown: &str, wanted: &Wanted) -> Result<Download> {
    super::read(bytes, shown, wanted, peil())
}

/// The v1.0 export's columns, in order (the kwaliteit tests use them too).
pub(crate) const V1_HEADER: &str = "name,organization,description_short,category,website,status,goal,proportionality,lawful_basis,standard_version,url,contact_email,lang,publiccode,source_data,methods_and_models,human_intervention,risks,provider,process_index_url,tags,source_id,begin_date,end_date,impacttoetsen,publication_category,lawful_basis_grouping,impacttoetsen_grouping,source_data_grouping,algorithm_id,publication_dt";

fn wanted(orgs: &[&str]) -> Wanted {
    Wanted {
        organisations: orgs.iter().map(|o| crate::text::key(o)).collect(),
        ids: Default::default(),
    }
}

/// A v1.0 line, every field quoted, with a line break inside `goal`.
fn v1_line(name: &str, org: &str, status: &str, cat: &str, id: &str, date: &str) -> String {
    let mut f = vec![String::new(); 31];
    f[0] = name.into();
    f[1] = org.into();
    f[5] = status.into();
    f[6] = "Eerste regel.\r\nTweede regel, met \"aanhalingstekens\".".into();
    f[12] = "nld".into();
    f[25] = cat.into();
    f[29] = id.into();
    f[30] = date.into();
    let quoted: Vec<String> = f.iter().map(|v| format!("\"{}\"", v.replace('"', "\"\""))).collect();
    quoted.join(",") + "\n"
}

#[test]
fn reads_v1_with_bom_and_multiline_fields_keeping_only_our_records() {
    let mut csv = format!("\u{feff}{V1_HEADER}\n");
    csv += &v1_line(
        "Eerste",
        "Dienst Alfa",
        "In gebruik",
        "Impactvolle algoritmes",
        "12345670",
        "2025-05-01",
    );
    csv += &v1_line(
        "Ander",
        "Gemeente X",
        "In gebruik",
        "Overige algoritmes",
        "87654325",
        "2025-05-01",
    );
    csv += &v1_line(
        "Derde",
        "DIENST ALFA ",
        "Buiten gebruik",
        "Hoog-risico AI-systeem",
        "",
        "2025-06-30T10:11:12",
    );
    let e = read(csv.as_bytes(), "export.csv", &wanted(&["Dienst Alfa"])).unwrap();
    assert!(e.met_algoritme_id && e.met_publicatiedatum);
    assert!(e.findings.is_empty(), "{:#?}", e.findings);
    assert_eq!(e.regels.gelezen, 3);
    assert_eq!(e.regels.eigen_organisaties, 2);
    assert_eq!(e.regels.andere_organisaties, 1);
    let first = &e.records[0];
    assert_eq!(first.naam, "Eerste");
    assert_eq!(first.plaats, Plaats::Regel(2));
    assert_eq!(first.algoritme_id.as_deref(), Some("12345670"));
    assert_eq!(first.categorie, Some(Category::B));
    assert_eq!(first.status, Some(RegisterStatus::InGebruik));
    // Each record spans two lines: the third starts on line 6.
    let third = &e.records[1];
    assert_eq!(third.plaats, Plaats::Regel(6));
    assert_eq!(third.categorie, Some(Category::A));
    assert_eq!(third.status, Some(RegisterStatus::BuitenGebruik));
    assert_eq!(third.publicatie, chrono::NaiveDate::from_ymd_opt(2025, 6, 30));
    assert_eq!(third.algoritme_id, None);
}

#[test]
fn reads_the_older_29_column_layout_and_unions_in_any_order() {
    let old = "name,organization,status,publication_category\nEerste,Dienst Alfa,In gebruik,Overige algoritmes\n";
    let e = read(old.as_bytes(), "oud.csv", &wanted(&["Dienst Alfa"])).unwrap();
    assert!(!e.met_algoritme_id && !e.met_publicatiedatum);
    assert_eq!(e.records.len(), 1);
    assert_eq!(e.records[0].categorie, Some(Category::C));

    let union = "publication_dt,lang,organization,extra_v2_column,name,algorithm_id\n\
                 2025-04-01,nld,Dienst Alfa,x,Eerste,12345670\n\
                 2025-04-01,eng,Dienst Alfa,x,First,12345670\n";
    let e = read(union.as_bytes(), "union.csv", &wanted(&["Dienst Alfa"])).unwrap();
    assert_eq!(e.records.len(), 1, "the English translation is not compared");
    assert_eq!(e.regels.andere_taal, 1);
    assert_eq!(e.records[0].algoritme_id.as_deref(), Some("12345670"));
}

#[test]
fn the_real_one_record_export_of_may_2024() {
    let bytes = include_bytes!("../../tests/fixtures/register/export-v1.0-2024-05.csv");
    let e = read(&bytes[..], "echt.csv", &wanted(&["Gemeente Amsterdam"])).unwrap();
    assert!(!e.met_algoritme_id);
    assert!(e.findings.is_empty(), "{:#?}", e.findings);
    assert_eq!(e.regels.gelezen, 1);
    let r = &e.records[0];
    assert_eq!(r.naam, "Waarderen WOZ-objecten Amsterdam");
    assert_eq!(r.organisatie, "Gemeente Amsterdam");
    assert_eq!(r.categorie, Some(Category::B));
    assert_eq!(r.status, Some(RegisterStatus::InGebruik));
    assert_eq!(r.plaats, Plaats::Regel(2));
}

#[test]
fn bad_lines_become_findings_and_are_never_dropped_silently() {
    let mut csv = b"name,organization,status,publication_category,algorithm_id,publication_dt\n".to_vec();
    // Line 2 is long, so that the byte that is not UTF-8 on line 3 comes after
    // the part read to tell the encoding: the file is UTF-8 with one bad line.
    csv.extend_from_slice(
        format!(
            "Kort{},Dienst Alfa\n",
            " ".repeat(crate::organisaties::decode::SNIFF_BYTES)
        )
        .as_bytes(),
    );
    csv.extend_from_slice(b"Caf\xe9,Dienst Alfa,In gebruik,Overige algoritmes,12345670,2025-01-01\n");
    csv.extend_from_slice(b"Vreemd,Dienst Alfa,Misschien,Categorie D,1234,gisteren\n");
    csv.extend_from_slice(b",Dienst Alfa,In gebruik,Overige algoritmes,11111115,2025-01-01\n");
    csv.extend_from_slice(b"Goed,Gemeente X,Misschien,Categorie D,1234,gisteren\n");
    let e = read(&csv[..], "x.csv", &wanted(&["Dienst Alfa"])).unwrap();
    let places: Vec<(String, String)> = e
        .findings
        .iter()
        .map(|f| (f.location.cell.clone().unwrap_or_default(), f.message.clone()))
        .collect();
    assert_eq!(e.regels.gelezen, 5);
    assert_eq!(e.regels.onleesbaar, 3, "{places:#?}");
    assert_eq!(e.regels.eigen_organisaties, 1);
    assert_eq!(
        e.regels.andere_organisaties, 1,
        "other organisations' odd values are not ours to report"
    );
    assert!(
        places[0].0 == "regel 2" && places[0].1.contains("2 velden, de kopregel 6"),
        "{places:#?}"
    );
    assert!(places[1].0 == "regel 3" && places[1].1.contains("UTF-8"), "{places:#?}");
    let line4: Vec<_> = places.iter().filter(|p| p.0 == "regel 4").collect();
    assert_eq!(line4.len(), 4, "id, category, status and date: {places:#?}");
    assert!(places.iter().any(|p| p.0 == "regel 5" && p.1.contains("zonder naam")));
    assert!(
        e.findings
            .iter()
            .all(|f| f.code == crate::bevinding::Code::RegisterRegelOngeldig)
    );
    let r = &e.records[0];
    assert_eq!(
        (r.algoritme_id.as_ref(), r.categorie, r.status, r.publicatie),
        (None, None, None, None)
    );
}

#[test]
fn a_file_that_is_no_export_is_a_clear_error() {
    for bytes in [&b""[..], b"code,naam\nA,B\n", b"PK\x03\x04\x14\x00\xff\xfe binary"] {
        let err = read(bytes, "x.csv", &wanted(&[])).unwrap_err();
        let text = format!("{err:#}");
        assert!(
            text.contains("registerbestand x.csv") && text.contains("hint:"),
            "{text}"
        );
    }
}

#[test]
fn status_words() {
    assert_eq!(
        RegisterStatus::parse("buiten  gebruik"),
        Some(RegisterStatus::BuitenGebruik)
    );
    assert_eq!(RegisterStatus::parse("in_gebruik"), Some(RegisterStatus::InGebruik));
}

#[test]
fn excel_titles_are_read_per_version_of_the_standard() {
    use super::titels::Standaard;
    assert_eq!(Standaard::of_sheet("1.0"), Some(Standaard::V1_0));
    assert_eq!(Standaard::of_sheet("1.0.0"), Some(Standaard::V1_0));
    assert_eq!(Standaard::of_sheet("0.4"), Some(Standaard::V0_4));
    assert_eq!(Standaard::of_sheet("1.01"), None);
    assert_eq!(Standaard::of_sheet("0.9"), None);
    // One title, two fields: the list of assessments in 1.0, the text in 0.4.
    assert_eq!(Standaard::V1_0.key_of("Impacttoetsen"), Some("impacttoetsen_grouping"));
    assert_eq!(Standaard::V0_4.key_of("impacttoetsen"), Some("impacttoetsen"));
    assert_eq!(Standaard::V1_0.key_of("Organisatienaam"), Some("organization"));
    assert_eq!(Standaard::V0_4.key_of("Organisatie"), Some("organization"));
    assert_eq!(Standaard::V1_0.key_of("Publicatie datum"), Some("publication_dt"));
    // The English download writes the keys.
    assert_eq!(Standaard::V1_0.key_of("lars"), Some("algorithm_id"));
    assert_eq!(Standaard::V1_0.key_of("publication_dt"), Some("publication_dt"));
    assert_eq!(Standaard::V1_0.key_of("Kleur"), None);
}

#[test]
fn versions_fold_to_the_one_the_public_saw_at_the_peildatum() {
    let header = "name,organization,publication_category,algorithm_id,publication_dt\n";
    let rows = "Oud,Dienst Alfa,Overige algoritmes,12345670,2024-01-10\n\
                Nieuw,Dienst Alfa,Impactvolle algoritmes,12345670,2025-03-01\n\
                Later,Dienst Alfa,Hoog-risico AI-systeem,12345670,2025-09-01\n\
                Straks,Dienst Alfa,Overige algoritmes,22222220,2025-08-01\n";
    let csv = format!("{header}{rows}");
    let wanted = wanted(&["Dienst Alfa"]);
    let peil = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
    let d = super::read(csv.as_bytes(), "g.csv", &wanted, peil).unwrap();
    assert_eq!(d.soort, Soort::Geschiedenis);
    assert_eq!(d.records.len(), 2);
    let a = &d.records[0];
    assert_eq!((a.naam.as_str(), a.categorie), ("Nieuw", Some(Category::B)));
    assert_eq!(a.plaats, Plaats::Regel(3));
    assert_eq!(a.eerste_publicatie, NaiveDate::from_ymd_opt(2024, 1, 10));
    assert_eq!(a.laatste_versie(), NaiveDate::from_ymd_opt(2025, 3, 1));
    assert_eq!(a.versies.len(), 2, "the version after the peildatum is not counted");
    // Its first version after the peildatum: that one, and it is "later".
    let b = &d.records[1];
    assert_eq!(
        (b.naam.as_str(), b.eerste_publicatie),
        ("Straks", NaiveDate::from_ymd_opt(2025, 8, 1))
    );
    // The same rows in another order fold the same.
    let reversed: String = rows.lines().rev().map(|l| format!("{l}\n")).collect();
    let e = super::read(format!("{header}{reversed}").as_bytes(), "g.csv", &wanted, peil).unwrap();
    let names = |d: &Download| -> Vec<(String, Option<NaiveDate>, usize)> {
        let mut v: Vec<_> = d
            .records
            .iter()
            .map(|r| (r.naam.clone(), r.eerste_publicatie, r.versies.len()))
            .collect();
        v.sort();
        v
    };
    assert_eq!(names(&d), names(&e));
}
