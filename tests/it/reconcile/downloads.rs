//! The register as it really is: the three downloads it offers (the CSV
//! export, the history download, the Excel download), versions folded to
//! what the public saw at the peildatum, and dates compared honestly.

use serde_json::Value as Json;

use crate::common::*;

/// One version: `[name, publication_category, algorithm_id, publication_dt, status]`, of Dienst Alfa.
type V<'a> = [&'a str; 5];

/// The CSV columns the tests fill, in the register's v1.0 order.
const COLUMNS: [&str; 8] = [
    "name",
    "organization",
    "status",
    "description_short",
    "lang",
    "publication_category",
    "algorithm_id",
    "publication_dt",
];

fn values(v: &V) -> [String; 8] {
    [
        v[0],
        "Dienst Alfa",
        v[4],
        "Dit hulpmiddel helpt onze medewerkers. Het neemt geen besluiten over mensen.",
        "nld",
        v[1],
        v[2],
        v[3],
    ]
    .map(str::to_owned)
}

/// A CSV download as the register writes it: BOM, every field quoted.
fn csv(versions: &[V]) -> Vec<u8> {
    let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut out = "\u{feff}".to_owned() + &COLUMNS.map(q).join(",") + "\n";
    for v in versions {
        out += &(values(v).map(|s| q(&s)).join(",") + "\n");
    }
    out.into_bytes()
}

/// The Excel download as the register writes it: a sheet `1.0`, column A
/// the Dutch titles, one column per version, every value text.
fn excel(versions: &[V]) -> Vec<u8> {
    let titles = [
        "Naam",
        "Organisatienaam",
        "Status",
        "Korte omschrijving",
        "Taal",
        "Publicatiecategorie",
        "Algoritme-ID",
        "Publicatie datum",
    ];
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("1.0").unwrap();
    for (r, t) in titles.iter().enumerate() {
        ws.write_string(r as u32, 0, *t).unwrap();
    }
    for (c, v) in versions.iter().enumerate() {
        for (r, value) in values(v).iter().enumerate() {
            ws.write_string(r as u32, c as u16 + 1, value).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

const B: &str = "Impactvolle algoritmes";
const C: &str = "Overige algoritmes";
const IN_GEBRUIK: &str = "In gebruik";

/// AAA's sheet: A-1 as in the register; A-2 first published in October,
/// updated in April; A-3 whose sheet date is six months after its first
/// publication; A-4 raised from C to B in May.
fn inputs() -> Inputs {
    let inputs = Inputs::new();
    let rows = [
        row("A-1", "B", "gepubliceerd", "", "2025-05-01", "12345670", "geen"),
        row("A-2", "B", "gepubliceerd", "", "2024-10-01", "22222220", "geen"),
        row("A-3", "B", "gepubliceerd", "", "2025-05-01", "33333335", "geen"),
        row("A-4", "B", "gepubliceerd", "", "2024-11-01", "44444440", "geen"),
    ];
    inputs.add_grid("alfa.xlsx", &sheet("AAA", "Dienst Alfa", "JenV", &rows));
    inputs
}

/// The register's current versions.
const CURRENT: [V; 4] = [
    ["Algoritme A-1", B, "12345670", "2025-05-01", IN_GEBRUIK],
    ["Algoritme A-2", B, "22222220", "2025-04-10", IN_GEBRUIK],
    ["Algoritme A-3", B, "33333335", "2024-11-01", IN_GEBRUIK],
    ["Algoritme A-4", B, "44444440", "2025-05-20", IN_GEBRUIK],
];

/// Every version: the current ones and the earlier ones of A-2 and A-4.
fn history() -> Vec<V<'static>> {
    vec![
        CURRENT[0],
        ["Algoritme A-2", B, "22222220", "2024-10-01", IN_GEBRUIK],
        CURRENT[1],
        CURRENT[2],
        ["Algoritme A-4", C, "44444440", "2024-11-01", IN_GEBRUIK],
        CURRENT[3],
    ]
}

fn write(inputs: &Inputs, name: &str, bytes: &[u8]) -> String {
    std::fs::write(inputs.path().join(name), bytes).unwrap();
    name.to_owned()
}

/// `run --register`: the figures document.
fn figures(inputs: &Inputs, register: &str, out: &str) -> Json {
    let o = inputs.run("run", &["--out", out, "--no-pdf", "--register", register]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    json(&inputs.path().join(format!("{out}/{QUARTER}/cijfers-{QUARTER}.json")))
}

/// The findings of one code.
fn with_code<'a>(figures: &'a Json, code: &str) -> Vec<&'a Json> {
    figures["bevindingen"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["code"] == code)
        .collect()
}

/// The figures with the file's name and the places in it written alike:
/// `blad 1.0, kolom C` (the Excel download's second algorithm) as `regel 3`
/// (the CSV's), and no `soort`.
fn alike(mut j: Json, register: &str) -> String {
    fn walk(j: &mut Json, register: &str) {
        match j {
            Json::String(s) => {
                *s = s.replace(register, "REGISTER");
                while let Some(i) = s.find("blad 1.0, kolom ") {
                    let rest = &s[i + 16..];
                    let letters: String = rest.chars().take_while(char::is_ascii_uppercase).collect();
                    let col = letters.bytes().fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1));
                    *s = format!("{}regel {}{}", &s[..i], col, &rest[letters.len()..]);
                }
            }
            Json::Array(a) => a.iter_mut().for_each(|v| walk(v, register)),
            Json::Object(o) => {
                o.remove("soort");
                if o.get("blad").and_then(Json::as_str) == Some("1.0") {
                    o.insert("blad".into(), Json::Null);
                    if let Some(Json::String(c)) = o.get_mut("cel") {
                        let letters = c.trim_start_matches("kolom ").to_owned();
                        let col = letters.bytes().fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1));
                        *c = format!("regel {col}");
                    }
                }
                o.values_mut().for_each(|v| walk(v, register));
            }
            _ => {}
        }
    }
    walk(&mut j, register);
    serde_json::to_string_pretty(&j).unwrap()
}

#[test]
fn the_csv_export_and_the_excel_download_give_the_same_figures() {
    let inputs = inputs();
    let csv_name = write(&inputs, "register.csv", &csv(&CURRENT));
    let xlsx_name = write(&inputs, "register.xlsx", &excel(&CURRENT));
    let from_csv = figures(&inputs, &csv_name, "csv");
    let from_xlsx = figures(&inputs, &xlsx_name, "xlsx");
    assert_eq!(from_csv["afstemming"]["soort"], "export");
    assert_eq!(from_xlsx["afstemming"]["soort"], "excel");
    assert_eq!(alike(from_csv, &csv_name), alike(from_xlsx, &xlsx_name));
}

#[test]
fn the_history_gives_the_same_counts_and_the_versions() {
    let inputs = inputs();
    let csv_name = write(&inputs, "export.csv", &csv(&CURRENT));
    let history_name = write(&inputs, "geschiedenis.csv", &csv(&history()));
    let export = figures(&inputs, &csv_name, "export");
    let history = figures(&inputs, &history_name, "geschiedenis");
    assert_eq!(history["afstemming"]["soort"], "geschiedenis");
    for part in ["cijfers", "totalen"] {
        assert_eq!(export[part], history[part], "{part}");
    }
    assert_eq!(export["afstemming"]["totalen"], history["afstemming"]["totalen"]);
    assert_eq!(export["kwaliteit"]["groepen"], history["kwaliteit"]["groepen"]);

    // One record per algorithm, with its history.
    let algoritmen = history["afstemming"]["algoritmen"].as_array().unwrap();
    assert_eq!(algoritmen.len(), 4, "{algoritmen:#?}");
    let a2 = algoritmen.iter().find(|a| a["algoritme_id"] == "22222220").unwrap();
    assert_eq!(
        (&a2["eerste_publicatie"], &a2["laatste_versie"], &a2["versies"]),
        (&Json::from("2024-10-01"), &Json::from("2025-04-10"), &Json::from(2))
    );
    let a2 = export["afstemming"]["algoritmen"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["algoritme_id"] == "22222220")
        .unwrap();
    assert_eq!(
        (&a2["eerste_publicatie"], &a2["versies"]),
        (&Json::from("2025-04-10"), &Json::from(1)),
        "the export has only the current version"
    );
    // Quality judged once per algorithm, not once per version.
    assert_eq!(history["kwaliteit"]["algoritmen"].as_array().unwrap().len(), 4);

    // In the quarter: A-2 and A-4 updated, A-4 raised from C to B, A-1 first published.
    let w = &history["afstemming"]["in_kwartaal"];
    assert_eq!(
        (&w["eerst_gepubliceerd"], &w["bijgewerkt"], &w["categorie_gewijzigd"]),
        (&Json::from(1), &Json::from(2), &Json::from(1)),
        "{w}"
    );
    assert!(export["afstemming"]["in_kwartaal"].is_null());
}

#[test]
fn an_update_is_no_date_difference_and_a_later_sheet_date_is_one_with_both() {
    let inputs = inputs();
    for (name, bytes) in [("export.csv", csv(&CURRENT)), ("geschiedenis.csv", csv(&history()))] {
        let register = write(&inputs, name, &bytes);
        let j = figures(&inputs, &register, name.trim_end_matches(".csv"));
        let dates = with_code(&j, "publicatiedatum-verschilt");
        assert_eq!(dates.len(), 1, "{name}: {dates:#?}");
        assert_eq!(
            dates[0]["cel"], "G4",
            "{name}: only A-3, whose sheet date is six months later"
        );
        let m = dates[0]["melding"].as_str().unwrap();
        let compared = if name == "export.csv" {
            "de huidige versie"
        } else {
            "de eerste publicatie"
        };
        assert!(m.contains(compared) && m.contains("01-11-2024"), "{name}: {m}");
        // A-4 was C before it was B: the sheet's B is right.
        assert!(with_code(&j, "categorie-verschilt").is_empty(), "{name}");
    }
}

#[test]
fn versions_after_the_peildatum_do_not_change_the_afstemming() {
    let inputs = inputs();
    let mut later = history();
    later.push(["Algoritme A-1", C, "12345670", "2025-08-01", "Buiten gebruik"]);
    later.push(["Algoritme A-3", B, "33333335", "2025-10-01", IN_GEBRUIK]);
    let before = figures(&inputs, &write(&inputs, "juni.csv", &csv(&history())), "juni");
    let after = figures(&inputs, &write(&inputs, "december.csv", &csv(&later)), "december");
    let (mut a, mut b) = (before["afstemming"].clone(), after["afstemming"].clone());
    for x in [&mut a, &mut b] {
        let o = x.as_object_mut().unwrap();
        // The file's own name and age: the newest publication in it.
        o.remove("register");
        o.remove("ouderdom");
        o.remove("regels");
    }
    let text = |j: &Json| {
        serde_json::to_string(j)
            .unwrap()
            .replace("juni.csv", "X")
            .replace("december.csv", "X")
    };
    assert_eq!(text(&a), text(&b));
    assert_eq!(before["cijfers"], after["cijfers"]);
}

#[test]
fn two_versions_with_one_date_and_other_content_the_later_counts() {
    let inputs = inputs();
    let mut versions = CURRENT.to_vec();
    versions.push(["Algoritme A-1 (nieuw)", C, "12345670", "2025-05-01", IN_GEBRUIK]);
    let j = figures(&inputs, &write(&inputs, "dubbel.csv", &csv(&versions)), "dubbel");
    let dup = with_code(&j, "register-versie-dubbel");
    assert_eq!(dup.len(), 1, "{dup:#?}");
    assert_eq!(dup[0]["cel"], "regel 6");
    assert!(dup[0]["melding"].as_str().unwrap().contains("regel 2"), "{}", dup[0]);
    let a1 = j["afstemming"]["algoritmen"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["algoritme_id"] == "12345670")
        .unwrap();
    assert_eq!(a1["naam"], "Algoritme A-1 (nieuw)");
    assert_eq!(a1["versies"], 1);
    // The same row twice is one version, without a word.
    let mut twice = CURRENT.to_vec();
    twice.push(CURRENT[0]);
    let j = figures(&inputs, &write(&inputs, "twee.csv", &csv(&twice)), "twee");
    assert!(with_code(&j, "register-versie-dubbel").is_empty());
}

#[test]
fn a_description_not_updated_for_two_years_gets_an_info() {
    let inputs = inputs();
    let mut versions = CURRENT.to_vec();
    versions[2][3] = "2023-05-01";
    let j = figures(&inputs, &write(&inputs, "oud.csv", &csv(&versions)), "oud");
    let old = with_code(&j, "register-niet-bijgewerkt");
    assert_eq!(old.len(), 1, "{old:#?}");
    assert_eq!(
        (&old[0]["ernst"], &old[0]["cel"]),
        (&Json::from("info"), &Json::from("regel 4"))
    );
    assert!(old[0]["melding"].as_str().unwrap().contains("01-05-2023"));
}

#[test]
fn an_invalid_algorithm_id_in_the_register_is_a_warning() {
    let inputs = inputs();
    let mut versions = CURRENT.to_vec();
    versions[0][2] = "12345678";
    let j = figures(&inputs, &write(&inputs, "tik.csv", &csv(&versions)), "tik");
    let bad = with_code(&j, "register-id-ongeldig");
    assert_eq!(bad.len(), 1, "{bad:#?}");
    assert_eq!(
        (&bad[0]["ernst"], &bad[0]["cel"]),
        (&Json::from("waarschuwing"), &Json::from("regel 2"))
    );
}

#[test]
fn what_the_excel_download_has_that_algoreg_does_not_know_is_an_info() {
    let inputs = inputs();
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("0.9").unwrap();
    for (r, (title, value)) in [
        ("Naam", "Algoritme A-1"),
        ("Organisatienaam", "Dienst Alfa"),
        ("Publicatiecategorie", B),
        ("Algoritme-ID", "12345670"),
        ("Publicatie datum", "2025-05-01"),
        ("Kleur van de maan", "blauw"),
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(r as u32, 0, *title).unwrap();
        ws.write_string(r as u32, 1, *value).unwrap();
    }
    let register = write(&inputs, "vreemd.xlsx", &book.save_to_buffer().unwrap());
    let j = figures(&inputs, &register, "vreemd");
    let infos = with_code(&j, "register-indeling-onbekend");
    let messages: Vec<&str> = infos.iter().map(|b| b["melding"].as_str().unwrap()).collect();
    assert_eq!(
        infos.len(),
        3,
        "no 1.0 sheet, sheet 0.9, the unknown field: {messages:#?}"
    );
    assert!(messages.iter().any(|m| m.contains("geen blad 1.0")));
    assert!(messages.iter().any(|m| m.contains("0.9")));
    assert!(messages.iter().any(|m| m.contains("Kleur van de maan")));
    assert!(infos.iter().all(|b| b["ernst"] == "info"));
    // What is known is read: A-1 is linked by its ID.
    let a1 = j["afstemming"]["algoritmen"].as_array().unwrap();
    assert_eq!((a1.len(), &a1[0]["koppeling"]), (1, &Json::from("id")));
}

#[test]
fn a_corrupt_or_protected_workbook_is_a_clear_error() {
    let inputs = inputs();
    let mut broken = excel(&CURRENT);
    broken.truncate(broken.len() / 2);
    let mut protected = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    protected.extend([0u8; 512]);
    for (name, bytes) in [("kapot.xlsx", broken), ("wachtwoord.xlsx", protected)] {
        let register = write(&inputs, name, &bytes);
        let out = inputs.run("run", &["--out", "r", "--no-pdf", "--register", &register]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&format!("fout: kan het registerbestand {name} niet lezen")) && err.contains("hint:"),
            "{err}"
        );
        assert!(!inputs.path().join("r").exists(), "nothing written");
    }
}

#[test]
fn the_history_is_in_the_workbook_the_pdf_and_the_annual_report() {
    use calamine::Reader;
    let inputs = inputs();
    let register = write(&inputs, "geschiedenis.csv", &csv(&history()));
    let out = inputs.run("run", &["--out", "r", "--register", &register]);
    ok(&out);
    assert!(stdout(&out).contains("soort: geschiedenis"), "{}", stdout(&out));
    let dir = inputs.path().join("r").join(QUARTER);
    let manifest = json(&dir.join("manifest.json"));
    assert_eq!(manifest["opties"]["register"]["soort"], "geschiedenis");

    // The workbook's Register sheet: one row per algorithm, with its versions.
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(dir.join(format!("voortgang-{QUARTER}.xlsx"))).unwrap();
    let sheet = book.worksheet_range("Register").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    let header = rows
        .iter()
        .position(|r| r.contains(&"Eerste publicatie".to_owned()))
        .unwrap();
    let col = |name: &str| rows[header].iter().position(|h| h == name).unwrap();
    let a2 = rows.iter().find(|r| r.contains(&"22222220".to_owned())).unwrap();
    assert_eq!(a2[col("Versies")], "2", "{a2:?}");
    assert_eq!(a2[col("Bijgewerkt in kwartaal")], "ja", "{a2:?}");
    assert_eq!(rows.len() - header - 1, 4, "one row per algorithm, not per version");

    // The council PDF says it in one short paragraph.
    let pdf = pdf_squashed(&dir.join(format!("voortgang-{QUARTER}.pdf")));
    assert!(pdf.contains(&squash("2 beschrijvingen bijgewerkt")), "{pdf}");
    assert!(pdf.contains(&squash("de categorie anders dan in de versie ervoor")));

    // The annual report sums the year's quarters.
    let out = inputs.run("annual", &["--year", "2025", "--out", "j", "--register", &register]);
    ok(&out);
    let year = json(&inputs.path().join("j/2025/cijfers-2025.json"));
    assert_eq!(year["register"]["jaar"]["bijgewerkt"], 2, "{}", year["register"]);
    assert_eq!(year["register"]["per_kwartaal"][0]["kwartaal"], QUARTER);
    let pdf = pdf_squashed(&inputs.path().join("j/2025/jaarrapportage-2025.pdf"));
    assert!(
        pdf.contains(&squash("In 2025 zijn in het register 2 beschrijvingen bijgewerkt")),
        "{pdf}"
    );
}
