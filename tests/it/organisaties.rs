//! `organisaties.csv` as people save it: Excel on a Dutch Windows machine
//! (`;`, Windows-1252, CRLF), UTF-16 with a BOM, UTF-8 with a BOM. Each reads
//! exactly as the plain UTF-8 file, and the manifest says how it was read. A
//! line that cannot be used (also a code that would be an unsafe file name)
//! stops the run and names the line.

use algoreg_fixtures::grid::Value;
use encoding_rs::WINDOWS_1252;

use crate::common::*;

/// The organisations, as UTF-8 text with `,` and LF line ends.
const ORGS: &str = "code,naam,ministerie,toezichthouder,naam_in_zin\n\
    AAA,Dienst Alfa,JenV,nee,de Dienst Alfa\n\
    NCT,Nationaal Coördinator Tau,JenV,ja,de Nationaal Coördinator Tau\n";

fn inputs() -> Inputs {
    let inputs = Inputs::new();
    inputs.add_grid(
        "alfa.xlsx",
        &alfa(&[row("A-1", "B", "gepubliceerd", "", "2025-05-01", "11111115", "geen")]),
    );
    inputs.add_grid(
        "tau.xlsx",
        &sheet(
            "NCT",
            "Nationaal Coördinator Tau",
            "JenV",
            &[row("N-1", "C", "gepubliceerd", "", "2025-05-01", "22222220", "geen")],
        ),
    );
    inputs
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut out = if little_endian {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        out.extend(if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    out
}

/// As Excel on a Dutch Windows machine writes it: `;`, CRLF, Windows-1252.
fn as_excel(text: &str) -> Vec<u8> {
    let text = text.replace(',', ";").replace('\n', "\r\n");
    WINDOWS_1252.encode(&text).0.into_owned()
}

/// Runs a quarter with `csv` as organisaties.csv into `out`; returns the
/// figures JSON's bytes and the manifest's entry for organisaties.csv.
fn run_with(inputs: &Inputs, csv: &[u8], out: &str) -> (Vec<u8>, serde_json::Value) {
    std::fs::write(inputs.path().join("organisaties.csv"), csv).unwrap();
    let run = inputs.run("run", &["--out", out, "--no-pdf"]);
    ok(&run);
    let dir = inputs.path().join(out).join(QUARTER);
    let figures = std::fs::read(dir.join(format!("cijfers-{QUARTER}.json"))).unwrap();
    let manifest = json(&dir.join("manifest.json"));
    let entry = manifest["invoer"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["bestand"] == "organisaties.csv")
        .cloned()
        .unwrap_or_else(|| panic!("no organisaties.csv in {manifest:#}"));
    (figures, entry)
}

#[test]
fn every_way_of_saving_reads_as_the_utf8_file() {
    let inputs = inputs();
    let (reference, entry) = run_with(&inputs, ORGS.as_bytes(), "utf8");
    let text = String::from_utf8(reference.clone()).unwrap();
    assert!(text.contains("Nationaal Coördinator Tau"), "{text}");
    assert!(!text.contains("organisatie-onbekend"), "{text}");
    assert_eq!(
        (entry["codering"].as_str(), entry["scheidingsteken"].as_str()),
        (Some("UTF-8"), Some(","))
    );

    let bom = [b"\xEF\xBB\xBF".as_slice(), ORGS.replace(',', ";").as_bytes()].concat();
    for (name, bytes, codering, scheidingsteken) in [
        ("excel", as_excel(ORGS), "Windows-1252", ";"),
        ("utf16le", utf16(&ORGS.replace('\n', "\r\n"), true), "UTF-16LE", ","),
        ("utf16be", utf16(ORGS, false), "UTF-16BE", ","),
        ("bom", bom, "UTF-8 met BOM", ";"),
    ] {
        let (figures, entry) = run_with(&inputs, &bytes, name);
        assert!(figures == reference, "{name}: {}", String::from_utf8_lossy(&figures));
        assert_eq!(entry["codering"], codering, "{name}");
        assert_eq!(entry["scheidingsteken"], scheidingsteken, "{name}");
    }
}

#[test]
fn the_annual_manifest_says_how_organisaties_csv_was_read() {
    let inputs = inputs();
    std::fs::write(inputs.path().join("organisaties.csv"), as_excel(ORGS)).unwrap();
    ok(&inputs.run("annual", &["--year", "2025", "--out", "uit", "--accept-errors"]));
    let manifest = json(&inputs.path().join("uit/2025/manifest.json"));
    let entry = manifest["invoer"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["bestand"] == "organisaties.csv");
    let entry = entry.unwrap_or_else(|| panic!("{manifest:#}"));
    assert_eq!(
        (&entry["codering"], &entry["scheidingsteken"]),
        (&"Windows-1252".into(), &";".into())
    );
}

#[test]
fn a_line_that_cannot_be_used_stops_the_run_and_names_it() {
    let inputs = inputs();
    let bad = format!("{ORGS}BBB,Bureau Bèta,AenM,misschien,\n");
    for bytes in [bad.clone().into_bytes(), as_excel(&bad)] {
        std::fs::write(inputs.path().join("organisaties.csv"), bytes).unwrap();
        let out = inputs.run("run", &["--out", "uit", "--no-pdf"]);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with("fout: organisaties.csv, regel 4: bij BBB staat bij toezichthouder geen ja of nee"),
            "{err}"
        );
        assert!(err.contains("\nhint: "), "{err}");
        assert!(!inputs.path().join("uit").join(QUARTER).exists(), "no reports");
    }
}

#[test]
fn a_header_read_with_the_wrong_separator_names_the_missing_columns() {
    let inputs = inputs();
    std::fs::write(inputs.path().join("organisaties.csv"), ORGS.replace(',', "\t")).unwrap();
    let out = inputs.run("check", &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("mist de kolom code, naam, ministerie, toezichthouder"),
        "{err}"
    );
    assert!(err.contains("hint: "), "{err}");
}

#[test]
fn organisation_code_that_would_be_an_unsafe_file_name() {
    let inputs = Inputs::new();
    let csv = format!("{ORGS_CSV}../x,Ontsnapping,JenV,nee,\n");
    std::fs::write(inputs.path().join("organisaties.csv"), csv).unwrap();
    let mut g = sheet("../x", "Ontsnapping", "JenV", &[]);
    g.sheets[0].1[1][1] = Value::Text("../x".into());
    inputs.add_grid("x.xlsx", &g);
    let out = inputs.run("check", &[]);
    // A line of organisaties.csv that cannot be used stops the run, naming the line.
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("organisaties.csv, regel 5: de code \"../x\""), "{err}");
}

/// `doelen.csv` is read like `organisaties.csv` (here `;` and Windows-1252 with
/// CRLF, as Excel saves it); each bad line stops the run with exit code 2,
/// the file, the line and a hint, and nothing is written.
#[test]
fn every_bad_line_of_doelen_csv_stops_the_run_and_names_it() {
    let head = "ministerie;categorie;datum\r\nJenV;B;30-06-2026\r\n";
    for (line, cause) in [
        (
            "Financiën;B;2026-06-30",
            "het ministerie \"Financiën\" staat niet in organisaties.csv",
        ),
        ("JenV;C;2026-06-30", "de categorie \"C\" is geen A of B"),
        ("JenV;A;eind juni", "de datum \"eind juni\" is geen datum"),
        (
            "jenv;b;2026-09-30",
            "JenV categorie B staat er twee keer in (ook op regel 2)",
        ),
    ] {
        let inputs = inputs();
        let text = format!("{head}{line}\r\n");
        let (csv, _, _) = WINDOWS_1252.encode(&text);
        std::fs::write(inputs.path().join("doelen.csv"), &csv).unwrap();
        let out = inputs.run("run", &["--out", "rapporten", "--no-pdf"]);
        assert_eq!(out.status.code(), Some(2), "{line}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("fout: ") && err.contains("doelen.csv, regel 3: ") && err.contains(cause),
            "{err}"
        );
        assert!(err.contains("\nhint: "), "{err}");
        assert!(!inputs.path().join("rapporten").exists(), "nothing written for {line}");
    }
}

/// `--doelen` names another file; a file that is not there is an error with a hint.
#[test]
fn doelen_can_be_given_with_an_option_and_a_missing_one_is_named() {
    let inputs = inputs();
    std::fs::write(
        inputs.path().join("eigen.csv"),
        "ministerie,categorie,datum\nJenV,A,2026-03-31\n",
    )
    .unwrap();
    let eigen = inputs.path().join("eigen.csv");
    let (_, j) = inputs.report(&["--accept-errors", "--doelen", &eigen.to_string_lossy()]);
    assert_eq!(j["deadlines"]["JenV"]["A"], "2026-03-31");
    assert_eq!(j["deadlines"]["JenV"]["B"], "2025-12-31");
    assert_eq!(j["deadline"]["A"], "2025-12-31", "the Kamer's date stays");
    let out = inputs.run("run", &["--out", "rapporten", "--doelen", "bestaat-niet.csv"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bestaat-niet.csv") && err.contains("hint: "), "{err}");
}
