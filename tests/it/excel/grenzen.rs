//! Excel's limits on everything algoreg writes (issue 25). One cell of
//! 40,000 characters goes through every writing command and costs its
//! organisation a finding, never the quarter; only `src/excel/grenzen.rs`
//! hands text, links, notes and sheet names to the xlsx writer; and every
//! writing command is fuzzed with text at and past every limit. CI runs a
//! few cases; run it long locally with
//! `ALGOREG_FUZZ_CASES=200 cargo test --test grenzen` (about 2.5 seconds a
//! case).

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Output;

use crate::common::*;
use algoreg_fixtures::grid::{Grid, Value};
use algoreg_fixtures::sample::register::COLUMNS;
use calamine::{Data, Reader};
use proptest::prelude::*;

/// The most text in one cell of Excel (UTF-16 units, as Excel counts).
const MAX_TEXT: usize = 32_767;
/// The longest line the console may print for one finding.
const MAX_LINE: usize = 600;

/// Text that no output may hold: a `volledig` row's name, ID and note, and
/// the contact person.
const CANARIES: [&str; 4] = [
    "KanarieVolledigeNaam",
    "KANARIE-ID-7",
    "KanarieToelichting",
    "Contact Kanarie",
];

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

/// 40,000 characters of pasted words.
fn forty_thousand() -> String {
    format!("{}Lang!", "Lang ".repeat(7_999))
}

/// The row with `Uitzondering = volledig`, full of canaries.
fn secret() -> [String; 10] {
    let mut r = row("KANARIE-ID-7", "B", "in documentatie", "2025-12-31", "", "", "volledig");
    r[1] = "KanarieVolledigeNaam".into();
    r[9] = "KanarieToelichting".into();
    r
}

/// Dienst Alfa's rows: A-1 published (B), A-2 planned (A), A-3 published
/// (C), and the secret row.
fn alfa_rows() -> Vec<[String; 10]> {
    vec![
        published("A-1", "B"),
        planned("A-2", "A", "2025-12-31"),
        published("A-3", "C"),
        secret(),
    ]
}

/// A stand-in in the grid for `texts[i]`: the writers of the test grids
/// cannot write what does not fit (that is the point), so the stand-ins are
/// swapped for the texts in the package's XML afterwards.
fn token(i: usize) -> String {
    format!("QQTOKEN{i:03}QQ")
}

/// A text as XML: escaped, with control characters as xlsx writes them
/// (`_x0001_`) or, in ods (where XML cannot hold them), left out.
fn xml(text: &str, ods: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 && ods => {}
            c if (c as u32) < 0x20 => out.push_str(&format!("_x{:04X}_", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// The grid as `.xlsx` or `.ods`, with every stand-in swapped for its text.
fn bytes_with(grid: &Grid, ods: bool, texts: &[String]) -> Vec<u8> {
    let bytes = if ods { grid.to_ods() } else { grid.to_xlsx() }.expect("grid");
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let options = zip::write::SimpleFileOptions::default().compression_method(file.compression());
        let mut content = Vec::new();
        file.read_to_end(&mut content).unwrap();
        if name.ends_with(".xml") {
            let mut text = String::from_utf8(content).unwrap();
            for (i, t) in texts.iter().enumerate() {
                text = text.replace(&token(i), &xml(t, ods));
            }
            content = text.into_bytes();
        }
        out.start_file(name, options).unwrap();
        out.write_all(&content).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// A register export with one description of Dienst Alfa (Algoritme-ID
/// 12345670, as its published rows) and `set` columns changed.
fn register(set: &[(&str, &str)]) -> Vec<u8> {
    let mut f: Vec<String> = COLUMNS.iter().map(|_| String::new()).collect();
    let base = [
        ("name", "Algoritme A-1"),
        ("organization", "Dienst Alfa"),
        ("description_short", "Wij kijken of uw aanvraag compleet is."),
        ("status", "In gebruik"),
        ("standard_version", "1.0"),
        ("lang", "nld"),
        ("publication_category", "Impactvolle algoritmes"),
        ("algorithm_id", "12345670"),
        ("publication_dt", "2025-05-01"),
    ];
    for (c, v) in base.iter().chain(set) {
        f[COLUMNS.iter().position(|h| h == c).expect("column")] = (*v).to_owned();
    }
    let mut w = csv::WriterBuilder::new().from_writer(b"\xEF\xBB\xBF".to_vec());
    w.write_record(COLUMNS).unwrap();
    w.write_record(&f).unwrap();
    w.into_inner().unwrap()
}

/// Every file under `dir` (none when it is not there).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return vec![];
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        if entry.file_type().unwrap().is_dir() {
            out.extend(files_under(&entry.path()));
        } else {
            out.push(entry.path());
        }
    }
    out.sort();
    out
}

/// Every readable byte of an output: the parts of an xlsx, the text and
/// inflated streams of a PDF, or the file itself.
fn everything_in(path: &Path, bytes: &[u8]) -> String {
    match path.extension().and_then(|e| e.to_str()) {
        Some("xlsx") => parts(bytes)
            .into_iter()
            .map(|(_, p)| String::from_utf8_lossy(&p).into_owned())
            .collect(),
        Some("pdf") => format!(
            "{}{}",
            pdf_extract::extract_text_from_mem(bytes).unwrap_or_default(),
            pdf_raw(bytes)
        ),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// What is wrong with one xlsx written by algoreg: a cell, note, link, sheet
/// name or row height past Excel's limits, or a package Excel cannot open.
fn xlsx_faults(bytes: &[u8]) -> Vec<String> {
    let mut faults = Vec::new();
    let mut book = match calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())) {
        Ok(b) => b,
        Err(e) => return vec![format!("does not open: {e}")],
    };
    for name in book.sheet_names() {
        if units(&name) > 31 || name.contains(['[', ']', ':', '*', '?', '/', '\\']) {
            faults.push(format!("sheet name {name:?}"));
        }
        let range = match book.worksheet_range(&name) {
            Ok(r) => r,
            Err(e) => {
                faults.push(format!("sheet {name} does not read: {e}"));
                continue;
            }
        };
        for (row, col, data) in range.used_cells() {
            if let Data::String(s) = data
                && units(s) > MAX_TEXT
            {
                faults.push(format!("{name} ({row}, {col}): {} characters", units(s)));
            }
        }
    }
    for (part, content) in parts(bytes) {
        let xml = String::from_utf8_lossy(&content);
        if part.starts_with("xl/comments") {
            for comment in xml.split("<comment ").skip(1) {
                if units(comment) > MAX_TEXT + 200 {
                    faults.push(format!("{part}: a note of {} characters", units(comment)));
                }
            }
        }
        if part.starts_with("xl/worksheets/sheet") {
            for (i, _) in xml.match_indices(" location=\"") {
                let link = &xml[i + 11..];
                let len = link.find('"').unwrap_or(link.len());
                if len > 2_079 {
                    faults.push(format!("{part}: a link of {len} characters"));
                }
            }
            for (i, _) in xml.match_indices(" ht=\"") {
                let ht = &xml[i + 5..];
                let ht: f64 = ht[..ht.find('"').unwrap_or(0)].parse().unwrap_or(0.0);
                if ht > 409.5 {
                    faults.push(format!("{part}: a row of {ht} points"));
                }
            }
        }
    }
    faults
}

/// The property of every writing command: it ran (exit 0 or 1), printed
/// no line longer than [`MAX_LINE`], and every output it left is whole,
/// within Excel's limits, and free of confidential text.
fn faults(inputs: &Inputs, runs: &[(String, Output)], outputs: &[PathBuf]) -> Vec<String> {
    let mut faults = Vec::new();
    for (what, out) in runs {
        let (stdout, stderr) = (stdout(out), String::from_utf8_lossy(&out.stderr).into_owned());
        // `--from-previous` needs a readable sheet of the quarter before: a
        // sheet made unreadable may stop it, with a Dutch error and a hint.
        let refused = what.contains("--from-previous")
            && stderr.starts_with("fout: in ")
            && stderr.contains("geen leesbaar statusoverzicht")
            && stderr.contains("\nhint: ");
        if !matches!(out.status.code(), Some(0 | 1)) && !refused {
            faults.push(format!("{what}: exit {:?}\n{}", out.status.code(), cut(&stderr)));
        }
        for line in stdout.lines().chain(stderr.lines()) {
            if line.chars().count() > MAX_LINE {
                faults.push(format!(
                    "{what}: a line of {} characters: {}",
                    line.chars().count(),
                    cut(line)
                ));
            }
        }
        for canary in CANARIES {
            if stdout.contains(canary) || stderr.contains(canary) {
                faults.push(format!("{what}: {canary} on the console"));
            }
        }
    }
    for path in outputs {
        let shown = path.strip_prefix(inputs.path()).unwrap_or(path).display().to_string();
        if shown.contains(".bezig-") || shown.contains(".oud-") {
            faults.push(format!("{shown}: a staging folder was left"));
        }
        let bytes = std::fs::read(path).unwrap();
        match path.extension().and_then(|e| e.to_str()) {
            Some("xlsx") => faults.extend(xlsx_faults(&bytes).into_iter().map(|f| format!("{shown}: {f}"))),
            Some("json") if serde_json::from_slice::<serde_json::Value>(&bytes).is_err() => {
                faults.push(format!("{shown}: not whole JSON"));
            }
            Some("pdf")
                if !bytes.starts_with(b"%PDF-")
                    || find_bytes(&bytes[bytes.len().saturating_sub(64)..], b"%%EOF").is_none() =>
            {
                faults.push(format!("{shown}: not a whole PDF"));
            }
            Some("txt") if std::str::from_utf8(&bytes).is_err() => faults.push(format!("{shown}: not UTF-8")),
            _ => {}
        }
        let all = everything_in(path, &bytes);
        // A sheet given back keeps what its own organisation wrote: every
        // organisation its contact person, Dienst Alfa its volledig row too.
        let given_back = shown.contains("/terugmelding/ronde-") && shown.ends_with(".xlsx");
        let own: &[&str] = match path.file_name().and_then(|n| n.to_str()) {
            Some(n) if given_back && n.starts_with("AAA-") => &CANARIES,
            _ if given_back => &["Contact Kanarie"],
            _ => &[],
        };
        for canary in CANARIES.iter().filter(|c| !own.contains(c)) {
            if all.contains(canary) {
                faults.push(format!("{shown}: {canary} leaked"));
            }
        }
    }
    faults
}

fn cut(s: &str) -> String {
    s.chars().take(300).collect()
}

/// Every writing command, on inputs with 2025-Q1 and 2025-Q2, a register
/// export `register.csv`, in the inputs folder: what each printed, and the
/// files they wrote.
fn every_command(inputs: &Inputs) -> (Vec<(String, Output)>, Vec<PathBuf>) {
    let commands: [(&str, &[&str]); 7] = [
        ("check", &[]),
        (
            "run",
            &["--out", "uit", "--accept-errors", "--register", "register.csv"],
        ),
        ("terugmelding", &["--out", "uit"]),
        (
            "template",
            &[
                "--org",
                "AAA",
                "--from-previous",
                "--quarter",
                "2025-Q2",
                "--out",
                "sjabloon-aaa.xlsx",
            ],
        ),
        ("template", &["--alle", "--quarter", "2025-Q2", "--out", "sjablonen"]),
        ("annual", &["--year", "2025", "--out", "uit", "--accept-errors"]),
        (
            "publicaties",
            &[
                "--van",
                "2025-01-01",
                "--tot",
                "2025-06-30",
                "--out",
                "uit",
                "--accept-errors",
            ],
        ),
    ];
    let runs = commands
        .iter()
        .map(|(c, args)| (format!("{c} {}", args.join(" ")), inputs.run(c, args)))
        .collect();
    let mut outputs = files_under(&inputs.path().join("uit"));
    outputs.extend(files_under(&inputs.path().join("sjablonen")));
    let template = inputs.path().join("sjabloon-aaa.xlsx");
    if template.exists() {
        outputs.push(template);
    }
    (runs, outputs)
}

// ---------------------------------------------------------------------
// One cell of 40,000 characters, through every command.
// ---------------------------------------------------------------------

/// Dienst Alfa in 2025-Q1 and 2025-Q2 with 40,000 characters as the name of
/// A-2 (cell B3); Bureau Beta clean; a register export whose description of
/// A-1 has a name of 40,000 characters.
fn forty_thousand_inputs() -> Inputs {
    let inputs = Inputs::new();
    let long = vec![forty_thousand()];
    let mut rows = alfa_rows();
    rows[1][1] = token(0);
    std::fs::create_dir_all(inputs.path().join("2025-Q1")).unwrap();
    std::fs::write(
        inputs.path().join("2025-Q1/alfa.xlsx"),
        bytes_with(&alfa_for("2025-Q1", &rows), false, &long),
    )
    .unwrap();
    inputs.add("alfa.xlsx", &bytes_with(&alfa(&rows), false, &long));
    inputs.add_grid(
        "beta.xlsx",
        &sheet("BBB", "Bureau Beta", "AenM", &[published("B-1", "B")]),
    );
    std::fs::write(
        inputs.path().join("register.csv"),
        register(&[("name", &forty_thousand())]),
    )
    .unwrap();
    inputs
}

#[track_caller]
fn no_faults(inputs: &Inputs, runs: &[(String, Output)], outputs: &[PathBuf]) {
    let found = faults(inputs, runs, outputs);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn check_gives_the_long_cell_one_short_finding_at_its_cell() {
    let inputs = forty_thousand_inputs();
    let out = inputs.run("check", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let f = parse_findings(&out);
    expect(&f, "tekst-te-lang", "fout", "alfa.xlsx:Algoritmen!B3");
    let long = f.iter().find(|l| l.code == "tekst-te-lang").unwrap();
    assert_eq!(
        long.message,
        "Deze cel heeft 40.000 tekens. In een cel van Excel passen er hoogstens 32.767. Maak de tekst korter. Deze rij telt niet mee."
    );
    let longest = stdout(&out).lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest <= MAX_LINE, "a line of {longest} characters");
    assert!(
        !f.iter().any(|l| l.place.contains("beta.xlsx") && l.severity == "fout"),
        "{f:#?}"
    );
    assert!(
        stdout(&out).contains("rijen:         5 gelezen = 4 geteld + 1 uitgesloten"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn run_with_pdf_and_register_makes_every_report_and_leaves_the_row_out() {
    let inputs = forty_thousand_inputs();
    let args = ["--out", "uit", "--accept-errors", "--register", "register.csv"];
    let out = inputs.run("run", &args);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let dir = inputs.path().join(format!("uit/{QUARTER}"));
    let outputs = files_under(&dir);
    for name in [
        "cijfers-2025-Q2.json",
        "voortgang-2025-Q2.xlsx",
        "voortgang-2025-Q2.pdf",
        "manifest.json",
    ] {
        assert!(dir.join(name).exists(), "{name} in {outputs:?}");
    }
    no_faults(&inputs, &[("run".into(), out)], &outputs);
    let j = json(&dir.join("cijfers-2025-Q2.json"));
    let excluded = j["uitgesloten_rijen"].as_array().unwrap();
    assert!(
        excluded
            .iter()
            .any(|r| r["rij"] == 3 && r["reden"] == "een cel heeft meer dan 32.767 tekens"),
        "{excluded:#?}"
    );
    // The register's name of 40,000 characters is quoted in the finding and
    // cut in the workbook, saying how long it was.
    let melding = j["bevindingen"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["melding"].as_str())
        .find(|m| m.contains("Lang Lang"))
        .expect("the register's name is quoted");
    assert!(
        melding.contains("Lang … (40.000 tekens)") && melding.len() < 400,
        "{melding}"
    );
    let book = std::fs::read(dir.join("voortgang-2025-Q2.xlsx")).unwrap();
    let strings: String = parts(&book)
        .into_iter()
        .map(|(_, p)| String::from_utf8_lossy(&p).into_owned())
        .collect();
    assert!(strings.contains("Lang … (40.000 tekens)"), "the cut says so");
}

#[test]
fn run_without_pdf_and_without_accept_errors() {
    let inputs = forty_thousand_inputs();
    let out = inputs.run("run", &["--out", "uit", "--no-pdf", "--accept-errors"]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let outputs = files_under(&inputs.path().join("uit"));
    assert!(
        outputs.iter().any(|p| p.ends_with("voortgang-2025-Q2.xlsx")),
        "{outputs:?}"
    );
    no_faults(&inputs, &[("run --no-pdf".into(), out)], &outputs);
    let out = inputs.run("run", &["--out", "streng"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("Er zijn geen rapporten gemaakt."),
        "{}",
        stdout(&out)
    );
    assert!(String::from_utf8_lossy(&out.stderr).is_empty(), "no fout: line");
}

#[test]
fn terugmelding_returns_what_fits_and_says_so_in_the_note() {
    let inputs = forty_thousand_inputs();
    let out = inputs.run("terugmelding", &["--out", "uit"]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let dir = inputs.path().join(format!("uit/{QUARTER}/terugmelding"));
    let outputs = files_under(&dir);
    no_faults(&inputs, &[("terugmelding".into(), out)], &outputs);
    let book = std::fs::read(dir.join("ronde-1/AAA-2025-Q2.xlsx")).unwrap();
    let note = &notes(&book, "Algoritmen")["B3"];
    assert!(note.contains("Deze cel heeft 40.000 tekens."), "{note}");
    assert!(note.contains("Hier stonden 40.000 tekens."), "{note}");
    let mut wb = calamine::open_workbook_auto_from_rs(Cursor::new(book)).unwrap();
    let range = wb.worksheet_range("Algoritmen").unwrap();
    let Some(Data::String(cell)) = range.get_value((2, 1)) else {
        panic!("B3 holds no text")
    };
    assert_eq!(units(cell), MAX_TEXT, "as much as fits");
    assert!(
        cell.starts_with("Lang Lang") && cell.ends_with("Lang … (40.000 tekens)"),
        "{}",
        &cell[cell.len() - 40..]
    );
    let mail = std::fs::read_to_string(dir.join("ronde-1/AAA-2025-Q2.txt")).unwrap();
    assert!(mail.lines().all(|l| l.chars().count() < 300), "{mail}");
    assert!(
        mail.contains("- Algoritmen, cel B3: Deze cel heeft 40.000 tekens."),
        "{mail}"
    );
    assert!(
        !dir.join("ronde-1/BBB-2025-Q2.xlsx").exists(),
        "Bureau Beta is clean and gets no workbook"
    );
}

#[test]
fn template_from_previous_takes_the_rows_but_not_the_long_name() {
    let inputs = forty_thousand_inputs();
    let args = [
        "--org",
        "AAA",
        "--from-previous",
        "--quarter",
        "2025-Q2",
        "--out",
        "sjabloon-aaa.xlsx",
    ];
    let out = inputs.run("template", &args);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let path = inputs.path().join("sjabloon-aaa.xlsx");
    no_faults(&inputs, &[("template".into(), out)], std::slice::from_ref(&path));
    let mut wb = calamine::open_workbook_auto_from_rs(Cursor::new(std::fs::read(&path).unwrap())).unwrap();
    let range = wb.worksheet_range("Algoritmen").unwrap();
    assert_eq!(range.get_value((2, 0)), Some(&Data::String("A-2".into())));
    assert!(
        matches!(range.get_value((2, 1)), None | Some(Data::Empty)),
        "the name is filled in again"
    );
}

#[test]
fn template_for_every_organisation() {
    let inputs = forty_thousand_inputs();
    let (runs, outputs) = {
        let out = inputs.run("template", &["--alle", "--quarter", "2025-Q2", "--out", "sjablonen"]);
        (
            vec![("template --alle".to_owned(), out)],
            files_under(&inputs.path().join("sjablonen")),
        )
    };
    assert_eq!(
        runs[0].1.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&runs[0].1.stderr)
    );
    assert_eq!(outputs.len(), 3, "{outputs:?}");
    no_faults(&inputs, &runs, &outputs);
}

#[test]
fn annual_makes_its_reports() {
    let inputs = forty_thousand_inputs();
    let out = inputs.run("annual", &["--year", "2025", "--out", "uit", "--accept-errors"]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let outputs = files_under(&inputs.path().join("uit/2025"));
    for name in [
        "jaarrapportage-2025.pdf",
        "jaarrapportage-2025.xlsx",
        "cijfers-2025.json",
    ] {
        assert!(outputs.iter().any(|p| p.ends_with(name)), "{name} in {outputs:?}");
    }
    no_faults(&inputs, &[("annual".into(), out)], &outputs);
}

#[test]
fn publicaties_lists_every_other_algorithm() {
    let inputs = forty_thousand_inputs();
    let args = [
        "--van",
        "2025-01-01",
        "--tot",
        "2025-06-30",
        "--out",
        "uit",
        "--accept-errors",
    ];
    let out = inputs.run("publicaties", &args);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let dir = inputs.path().join("uit/publicaties-2025-01-01-2025-06-30");
    let outputs = files_under(&dir);
    assert!(
        dir.join("publicaties-2025-01-01-2025-06-30.pdf").exists(),
        "{outputs:?}"
    );
    no_faults(&inputs, &[("publicaties".into(), out)], &outputs);
    let book = std::fs::read(dir.join("publicaties-2025-01-01-2025-06-30.xlsx")).unwrap();
    let mut wb = calamine::open_workbook_auto_from_rs(Cursor::new(book)).unwrap();
    let range = wb.worksheet_range("Publicaties").unwrap();
    let names: Vec<String> = range.rows().filter_map(|r| r.get(4).map(|d| d.to_string())).collect();
    for published in ["Algoritme A-1", "Algoritme A-3", "Algoritme B-1"] {
        assert!(names.iter().any(|n| n == published), "{published} in {names:?}");
    }
}

// ---------------------------------------------------------------------
// The one funnel.
// ---------------------------------------------------------------------

/// Only `src/excel/grenzen.rs` calls the writer for text, links, notes,
/// sheet names and alt texts: every other file of `src/excel/` goes through
/// it, and no file outside `src/excel/` uses the writer at all.
#[test]
fn only_the_funnel_hands_text_to_the_xlsx_writer() {
    let src = repo().join("src");
    let mut offences = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
            let source = std::fs::read_to_string(&path).unwrap();
            let code = source.split("#[cfg(test)]").next().unwrap_or_default();
            if !rel.starts_with("excel/") {
                if code.contains("rust_xlsxwriter") {
                    offences.push(format!("{rel}: uses the xlsx writer outside src/excel"));
                }
                continue;
            }
            if rel == "excel/grenzen.rs" {
                continue;
            }
            for call in [
                ".write_string(",
                ".write_string_with_format(",
                ".write_url(",
                ".write_url_with_",
                ".write_rich_string",
                ".write_formula",
                "Url::new(",
                "Note::new(",
                "ws.set_name(",
            ] {
                if code.contains(call) {
                    offences.push(format!("{rel}: calls {call} itself"));
                }
            }
            for (i, _) in code.match_indices(".set_alt_text(") {
                let next = code[i + ".set_alt_text(".len()..].trim_start();
                let next = next.strip_prefix("super::").unwrap_or(next);
                if !next.starts_with("grenzen::chart_alt_text(") && !next.starts_with("grenzen::table_alt_text(") {
                    offences.push(format!("{rel}: an alt text past the funnel"));
                }
            }
        }
    }
    assert!(offences.is_empty(), "{offences:#?}");
}

// ---------------------------------------------------------------------
// Every writing command, fuzzed.
// ---------------------------------------------------------------------

fn cases() -> u32 {
    std::env::var("ALGOREG_FUZZ_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(3)
}

/// A text at or past one of Excel's limits, or one that means something to
/// a spreadsheet, a terminal, a PDF or a reader.
#[derive(Clone)]
struct Text(String);

impl std::fmt::Debug for Text {
    /// Short, so that a failing case can be read.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let start: String = self.0.chars().take(24).collect();
        write!(f, "Text({start:?}… {} units)", units(&self.0))
    }
}

fn hostile() -> impl Strategy<Value = Text> {
    let fixed: Vec<String> = vec![
        "x".repeat(MAX_TEXT),
        "y".repeat(MAX_TEXT + 1),
        forty_thousand(),
        // 32,768 units in 16,384 characters.
        "😀".repeat(MAX_TEXT / 2 + 1),
        format!("{}\u{202e}\u{1}", "z".repeat(MAX_TEXT - 2)),
        format!("Algoritmen{}", "-".repeat(21)),
        // Still the Algoritmen sheet (a key drops white space), in any cell too long.
        format!("Algoritmen{}", " ".repeat(40_000)),
        "Organisatie [1]: *?/\\'".to_owned(),
        "\u{1}\u{7}\u{1b}[31mrood\u{1b}[0m\r\n\tregel".to_owned(),
        "\u{202e}gnitset\u{202c} \u{200f}\u{2067}omgekeerd\u{2069}".to_owned(),
        "=HYPERLINK(\"https://example.org\",\"klik\")".to_owned(),
        "+1+1".to_owned(),
        "@SOM(A1:A9)".to_owned(),
        "-2+3".to_owned(),
        "#read(\"/etc/passwd\") $x^2$ *vet* _schuin_ #set text(red) ] [ \\ <b> @ref".to_owned(),
    ];
    prop_oneof![
        4 => prop::sample::select(fixed),
        1 => "\\PC{1,60}",
        1 => ("\\PC{0,20}", 32_700usize..32_800).prop_map(|(s, n)| format!("{s}{}", "w".repeat(n))),
    ]
    .prop_map(Text)
}

/// Where a text goes in Dienst Alfa's sheet.
#[derive(Debug, Clone, Copy)]
enum Place {
    /// A cell of one of the rows, A-3 (not the secret row).
    Cell { row: usize, col: usize },
    /// The value of a label of the Organisatie sheet.
    Label(usize),
    /// A column algoreg does not know: its header and a cell.
    Extra,
    /// A title above the header of the Algoritmen sheet.
    Title,
    /// The name of the Algoritmen sheet.
    SheetName,
}

fn place() -> impl Strategy<Value = Place> {
    prop_oneof![
        5 => (0..3usize, 0..10usize).prop_map(|(row, col)| Place::Cell { row, col }),
        2 => (0..6usize).prop_map(Place::Label),
        1 => Just(Place::Extra),
        1 => Just(Place::Title),
        1 => Just(Place::SheetName),
    ]
}

#[derive(Debug, Clone)]
struct Case {
    texts: Vec<Text>,
    /// Each place with the index of its text.
    sheet: Vec<(Place, usize)>,
    /// Columns of the register's description with the index of their text.
    register: Vec<(usize, usize)>,
    ods: bool,
}

fn case() -> impl Strategy<Value = Case> {
    prop::collection::vec(hostile(), 1..4).prop_flat_map(|texts| {
        let n = texts.len();
        (
            Just(texts),
            prop::collection::vec((place(), 0..n), 1..5),
            prop::collection::vec((0..COLUMNS.len(), 0..n), 0..4),
            any::<bool>(),
        )
            .prop_map(|(texts, sheet, register, ods)| Case {
                texts,
                sheet,
                register,
                ods,
            })
    })
}

/// Dienst Alfa's sheet for `quarter` with the case's texts in their places
/// (as stand-ins; see [`bytes_with`]).
fn hostile_alfa(quarter: &str, case: &Case) -> Grid {
    let mut g = alfa_for(quarter, &alfa_rows());
    let mut title = None;
    for (place, i) in &case.sheet {
        let t = Value::Text(token(*i));
        let (org, alg) = g.sheets.split_at_mut(1);
        let alg = &mut alg[0];
        match *place {
            Place::Cell { row, col } => alg.1[1 + row][col] = t,
            Place::Label(label) => org[0].1[label][1] = t,
            Place::Extra => {
                alg.1[0].push(t.clone());
                alg.1[1].push(t);
            }
            Place::Title => title = Some(t),
            Place::SheetName => alg.0 = token(*i),
        }
    }
    if let Some(t) = title {
        g.sheets[1].1.insert(0, vec![t]);
    }
    g
}

fn hostile_inputs(case: &Case) -> Inputs {
    let inputs = Inputs::new();
    let texts: Vec<String> = case.texts.iter().map(|t| t.0.clone()).collect();
    let ext = if case.ods { "ods" } else { "xlsx" };
    std::fs::create_dir_all(inputs.path().join("2025-Q1")).unwrap();
    std::fs::write(
        inputs.path().join(format!("2025-Q1/alfa.{ext}")),
        bytes_with(&hostile_alfa("2025-Q1", case), case.ods, &texts),
    )
    .unwrap();
    inputs.add(
        &format!("alfa.{ext}"),
        &bytes_with(&hostile_alfa(QUARTER, case), case.ods, &texts),
    );
    inputs.add_grid(
        "beta.xlsx",
        &sheet("BBB", "Bureau Beta", "AenM", &[published("B-1", "B")]),
    );
    let set: Vec<(&str, &str)> = case
        .register
        .iter()
        .map(|(col, i)| (COLUMNS[*col], texts[*i].as_str()))
        .collect();
    std::fs::write(inputs.path().join("register.csv"), register(&set)).unwrap();
    inputs
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// exit 0 or 1, short console lines, every output whole, within Excel's
    /// limits and without confidential text.
    #[test]
    fn every_writing_command_survives_text_at_and_past_every_limit(case in case()) {
        let inputs = hostile_inputs(&case);
        let (runs, outputs) = every_command(&inputs);
        let found = faults(&inputs, &runs, &outputs);
        prop_assert!(found.is_empty(), "{found:#?}");
    }
}
