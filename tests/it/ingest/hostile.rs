//! The bad-file catalogue: hostile and broken files, one test each. Every one
//! gets a clear Dutch finding naming the file, the other files are still
//! read, and nothing panics or runs out of memory.

use algoreg_fixtures::grid::Grid;

use crate::common::*;

/// A folder with a good sheet for BBB, plus the given file.
fn with_bad(name: &str, bytes: &[u8], args: &[&str]) -> (Vec<Line>, std::process::Output) {
    let inputs = Inputs::new();
    inputs.add_grid(
        "beta.xlsx",
        &sheet("BBB", "Bureau Beta", "AenM", &[published("B-1", "B")]),
    );
    inputs.add(name, bytes);
    let out = inputs.run("check", args);
    (parse_findings(&out), out)
}

/// The good sheet was read: its organisation does not appear as missing.
#[track_caller]
fn others_still_read(out: &std::process::Output, findings: &[Line]) {
    assert_ne!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        !findings
            .iter()
            .any(|f| f.code == "blad-niet-ingeleverd" && f.message.contains("(BBB)")),
        "{findings:#?}"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("rijen:"),
        "the run finished with a summary"
    );
}

fn alfa() -> Vec<u8> {
    crate::common::alfa(&[published("A-1", "B"), planned("A-2", "A", "2025-12-31")])
        .to_xlsx()
        .unwrap()
}

#[test]
fn password_protected_workbook() {
    // Excel stores an encrypted workbook as an OLE compound file.
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    let (f, out) = with_bad("geheim.xlsx", &ole, &[]);
    expect(&f, "bestand-onleesbaar", "fout", "geheim.xlsx");
    assert!(f.iter().any(|l| l.message.contains("wachtwoord")), "{f:#?}");
    others_still_read(&out, &f);
}

#[test]
fn zip_bomb() {
    // The sheet XML inflates to 30 MB; with --max-file-mb 1 the limit when
    // unpacked is 10 MB, so the file is refused before anything is unpacked.
    let bomb = Edit::of(&alfa())
        .xml("xl/worksheets/sheet2.xml", |xml| {
            xml.replace("</worksheet>", &format!("{}</worksheet>", " ".repeat(30 << 20)))
        })
        .done();
    assert!(bomb.len() < 1 << 20, "small on disk: {}", bomb.len());
    let (f, out) = with_bad("bom.xlsx", &bomb, &["--max-file-mb", "1"]);
    expect(&f, "bestand-te-groot", "fout", "bom.xlsx");
    assert!(f.iter().any(|l| l.message.contains("uitgepakt")), "{f:#?}");
    others_still_read(&out, &f);
}

#[test]
fn file_too_large_on_disk() {
    let mut big = alfa();
    big.resize(2 << 20, 0);
    let (f, out) = with_bad("groot.xlsx", &big, &["--max-file-mb", "1"]);
    expect(&f, "bestand-te-groot", "fout", "groot.xlsx");
    others_still_read(&out, &f);
}

#[test]
fn huge_declared_dimension_with_few_cells() {
    let wide = Edit::of(&alfa())
        .xml("xl/worksheets/sheet2.xml", |xml| {
            let xml = regex_free_replace(&xml, "<dimension ref=\"", "\"/>", "A1:XFD1048576");
            xml.replace(
                "</sheetData>",
                "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>ver weg</t></is></c></row></sheetData>",
            )
        })
        .done();
    let (f, out) = with_bad("breed.xlsx", &wide, &[]);
    expect(&f, "blad-te-groot", "info", "breed.xlsx:Algoritmen");
    assert!(
        !f.iter().any(|l| l.place.contains("breed.xlsx") && l.severity == "fout"),
        "{f:#?}"
    );
    others_still_read(&out, &f);
}

/// Replaces the text between `start` and `end` (first occurrence).
fn regex_free_replace(s: &str, start: &str, end: &str, with: &str) -> String {
    let i = s.find(start).expect("start") + start.len();
    let j = i + s[i..].find(end).expect("end");
    format!("{}{with}{}", &s[..i], &s[j..])
}

#[test]
fn thousands_of_sheets() {
    let mut g = Grid::default();
    for i in 0..2000 {
        g = g.sheet(&format!("Blad{i}"), vec![vec![text("x")]]);
    }
    let (f, out) = with_bad("bladen.xlsx", &g.to_xlsx().unwrap(), &[]);
    expect(&f, "blad-ontbreekt", "fout", "bladen.xlsx");
    assert!(
        f.iter().any(|l| l.message.contains("en 1990 andere")),
        "the list of sheets is cut short: {f:#?}"
    );
    others_still_read(&out, &f);
}

#[test]
fn too_many_rows() {
    let rows: Vec<[String; 10]> = (0..6000).map(|i| planned(&format!("A-{i}"), "C", "")).collect();
    let bytes = crate::common::alfa(&rows).to_xlsx().unwrap();
    let (f, out) = with_bad("lang.xlsx", &bytes, &["--max-cells", "10000"]);
    // 10 header cells, then 6 filled cells a row: row 1667 is the first not read.
    expect(&f, "blad-te-groot", "fout", "lang.xlsx:Algoritmen!A1667");
    others_still_read(&out, &f);
}

#[test]
fn ods_with_repeated_rows_and_columns() {
    let xml = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Algoritmen"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="50" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
    let ods = Grid::default()
        .sheet("Algoritmen", vec![vec![text("x")]])
        .to_ods()
        .unwrap();
    let bomb = Edit::of(&ods).xml("content.xml", |_| xml.to_owned()).done();
    let (f, out) = with_bad("herhaald.ods", &bomb, &[]);
    expect(&f, "blad-te-groot", "fout", "herhaald.ods");
    others_still_read(&out, &f);
}

#[test]
fn link_to_a_file_outside_the_inputs() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("elders.xlsx"), alfa()).unwrap();
    let inputs = Inputs::new();
    inputs.add_grid("beta.xlsx", &sheet("BBB", "Bureau Beta", "AenM", &[]));
    std::os::unix::fs::symlink(
        outside.path().join("elders.xlsx"),
        inputs.quarter_dir().join("link.xlsx"),
    )
    .unwrap();
    // A link that stays inside the inputs folder is fine.
    std::fs::write(inputs.path().join("alfa-bron.xlsx"), alfa()).unwrap();
    std::os::unix::fs::symlink(
        inputs.path().join("alfa-bron.xlsx"),
        inputs.quarter_dir().join("alfa.xlsx"),
    )
    .unwrap();
    let out = inputs.run("check", &[]);
    let f = parse_findings(&out);
    expect(&f, "bestand-buiten-map", "fout", "link.xlsx");
    assert!(
        !f.iter().any(|l| l.message.contains("(AAA)")),
        "the inside link was read: {f:#?}"
    );
}
