//! Test helpers: a small inputs folder in a temporary directory, status
//! sheets made with `algoreg_fixtures::grid`, and the real binary to run on them.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use algoreg_fixtures::grid::{Grid, Value};

pub const QUARTER: &str = "2025-Q2";

/// `organisaties.csv` for the fixtures: two ministries and one supervisor.
pub const ORGS_CSV: &str = "code,naam,ministerie,toezichthouder,naam_in_zin\n\
    AAA,Dienst Alfa,JenV,nee,de Dienst Alfa\n\
    BBB,Bureau Beta,AenM,nee,het Bureau Beta\n\
    TTT,Toezicht Tau,JenV,ja,\n";

pub struct Inputs {
    pub dir: tempfile::TempDir,
}

impl Inputs {
    pub fn new() -> Inputs {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("organisaties.csv"), ORGS_CSV).expect("write csv");
        std::fs::create_dir(dir.path().join(QUARTER)).expect("quarter folder");
        Inputs { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn quarter_dir(&self) -> PathBuf {
        self.dir.path().join(QUARTER)
    }

    pub fn add(&self, name: &str, bytes: &[u8]) -> &Self {
        std::fs::write(self.quarter_dir().join(name), bytes).expect("write sheet");
        self
    }

    pub fn add_grid(&self, name: &str, grid: &Grid) -> &Self {
        let bytes = if name.ends_with(".ods") {
            grid.to_ods()
        } else {
            grid.to_xlsx()
        };
        self.add(name, &bytes.expect("grid"))
    }

    /// Runs `algoreg <command> --inputs <dir> <args>` in the inputs folder.
    pub fn run(&self, command: &str, args: &[&str]) -> Output {
        algoreg(
            self.path(),
            &[&[command, "--inputs", &self.path().to_string_lossy()], args].concat(),
        )
    }

    /// `algoreg check`, returning its findings as parsed lines.
    pub fn check(&self) -> Vec<Line> {
        parse_findings(&self.run("check", &[]))
    }
}

/// Runs the real binary with `cwd` as working directory.
pub fn algoreg(cwd: &Path, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_algoreg"))
        .args(args)
        .current_dir(cwd)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("run algoreg")
}

/// One printed finding: `place: ernst: melding [code]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub place: String,
    pub severity: String,
    pub code: String,
    pub message: String,
}

pub fn parse_findings(out: &Output) -> Vec<Line> {
    let stdout = String::from_utf8_lossy(&out.stdout);
    stdout
        .lines()
        .filter_map(|l| {
            let code = l.strip_suffix(']')?.rsplit_once(" [")?;
            for sev in ["fout", "waarschuwing", "info"] {
                if let Some((place, message)) = code.0.split_once(&format!(": {sev}: ")) {
                    return Some(Line {
                        place: place.to_owned(),
                        severity: sev.to_owned(),
                        code: code.1.to_owned(),
                        message: message.to_owned(),
                    });
                }
            }
            None
        })
        .collect()
}

pub fn text(s: &str) -> Value {
    if s.is_empty() {
        Value::Empty
    } else {
        Value::Text(s.to_owned())
    }
}

/// The Organisatie sheet's rows.
pub fn org_rows(code: &str, naam: &str, ministerie: &str) -> Vec<Vec<Value>> {
    vec![
        vec![text("Organisatie"), text(naam)],
        vec![text("Code"), text(code)],
        vec![text("Ministerie"), text(ministerie)],
        vec![text("Kwartaal"), text(QUARTER)],
        vec![text("Peildatum"), text("30-06-2025")],
        vec![text("Fase"), text("publiceren")],
        vec![text("Contactpersoon"), text("Contact Kanarie")],
    ]
}

/// The Algoritmen sheet's headers, as the template writes them.
pub fn header() -> [&'static str; 10] {
    algoreg::ingest::Field::headers()
}

/// A good row: `[ID, Naam, Categorie, Risicoselectie, Status, Gepland, Publicatiedatum, Algoritme-ID, Uitzondering, Toelichting]`.
pub fn published(id: &str, cat: &str) -> [String; 10] {
    row(id, cat, "gepubliceerd", "", "2025-05-01", "12345678", "geen")
}

pub fn planned(id: &str, cat: &str, plan: &str) -> [String; 10] {
    row(id, cat, "in documentatie", plan, "", "", "geen")
}

pub fn row(id: &str, cat: &str, status: &str, plan: &str, pubdate: &str, reg: &str, uitz: &str) -> [String; 10] {
    [
        id,
        &format!("Algoritme {id}"),
        cat,
        "nee",
        status,
        plan,
        pubdate,
        reg,
        uitz,
        "",
    ]
    .map(str::to_owned)
}

/// A status sheet with the template's layout.
pub fn sheet(code: &str, naam: &str, ministerie: &str, rows: &[[String; 10]]) -> Grid {
    let mut alg = vec![header().iter().map(|h| text(h)).collect::<Vec<_>>()];
    alg.extend(rows.iter().map(|r| r.iter().map(|v| text(v)).collect()));
    Grid::default()
        .sheet("Organisatie", org_rows(code, naam, ministerie))
        .sheet("Algoritmen", alg)
}

/// A status sheet for another `quarter` (peildatum its last day).
pub fn sheet_for(quarter: &str, code: &str, naam: &str, ministerie: &str, rows: &[[String; 10]]) -> Grid {
    let mut g = sheet(code, naam, ministerie, rows);
    let q = algoreg::model::Quarter::parse(quarter).expect("quarter");
    g.sheets[0].1[3][1] = text(quarter);
    g.sheets[0].1[4][1] = text(&q.last_day().format("%d-%m-%Y").to_string());
    g
}

/// Adds a sheet to the `2025-Q1` folder, the quarter before [`QUARTER`].
pub fn add_q1(inputs: &Inputs, name: &str, grid: &Grid) {
    let dir = inputs.path().join("2025-Q1");
    std::fs::create_dir_all(&dir).expect("quarter folder");
    std::fs::write(dir.join(name), grid.to_xlsx().expect("grid")).expect("write sheet");
}

/// Reads a report JSON.
pub fn json(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).expect("read json")).expect("parse json")
}

/// Rewrites one part of a zip package (an xlsx), keeping the others.
pub fn patch_zip(bytes: &[u8], part: &str, change: impl FnOnce(String) -> String) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut change = Some(change);
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).expect("entry");
        let name = file.name().expect("entry name").to_string();
        let mut content = Vec::new();
        file.read_to_end(&mut content).expect("read entry");
        if name == part {
            let f = change.take().expect("part once");
            content = f(String::from_utf8(content).expect("xml")).into_bytes();
        }
        out.start_file(name, options).expect("start");
        out.write_all(&content).expect("write");
    }
    assert!(change.is_none(), "no part {part}");
    out.finish().expect("finish").into_inner()
}

/// A PDF's text with all white space removed, so that a sentence is found
/// wherever its lines break (compare with [`squash`]).
pub fn pdf_squashed(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("read pdf");
    squash(&pdf_extract::extract_text_from_mem(&bytes).expect("pdf text"))
}

pub fn squash(s: &str) -> String {
    s.split_whitespace().collect()
}

/// Every stream of the PDF inflated, plus the raw bytes, as one lossy string.
pub fn pdf_raw(pdf: &[u8]) -> String {
    use std::io::Read;
    let mut out = String::from_utf8_lossy(pdf).into_owned();
    let mut rest = pdf;
    while let Some(start) = find_bytes(rest, b"stream") {
        let body = &rest[start + 6..];
        let body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
        let Some(end) = find_bytes(body, b"endstream") else {
            break;
        };
        let mut inflated = Vec::new();
        if flate2::read::ZlibDecoder::new(&body[..end])
            .read_to_end(&mut inflated)
            .is_ok()
        {
            out.push_str(&String::from_utf8_lossy(&inflated));
        }
        rest = &body[end + 9..];
    }
    out
}

pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
