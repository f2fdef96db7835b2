//! Reads the register's open-data CSV export: streamed, header-driven, and
//! keeping only the columns and the records that reconciliation needs.
//!
//! The export is tens of MB for the whole register. Every layout seen so far
//! works: v1.0 (31 columns), the older 29-column layout without
//! `algorithm_id` and `publication_dt`, and exports that mix standard versions
//! (the union of their columns). UTF-8 (with or without BOM), UTF-16 with
//! BOM and Windows-1252, `,` or `;`, and newlines inside quoted fields are
//! fine: the export may have been opened and saved in Excel. A line that
//! cannot be read becomes a finding.

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use serde::Serialize;

use crate::bevinding::{Bevinding, Bevindingen, Code, Location};
use crate::ingest::cells::parse_algorithm_id;
use crate::model::Category;
use crate::organisaties::decode::{self, CsvFormat};
use crate::text::{clean, key, parse_date};

use super::velden::{Kolommen, Velden};

/// The register's own status of an algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum RegisterStatus {
    #[serde(rename = "In ontwikkeling")]
    InOntwikkeling,
    #[serde(rename = "In gebruik")]
    InGebruik,
    #[serde(rename = "Buiten gebruik")]
    BuitenGebruik,
}

impl RegisterStatus {
    pub const ALL: [RegisterStatus; 3] = [Self::InOntwikkeling, Self::InGebruik, Self::BuitenGebruik];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InOntwikkeling => "In ontwikkeling",
            Self::InGebruik => "In gebruik",
            Self::BuitenGebruik => "Buiten gebruik",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let k = key(s);
        Self::ALL.into_iter().find(|v| key(v.as_str()) == k)
    }
}

/// One description in the register, with only what reconciliation needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterRecord {
    /// The line in the export file where the record starts (one-based).
    pub regel: u64,
    pub algoritme_id: Option<String>,
    pub naam: String,
    pub organisatie: String,
    pub categorie: Option<Category>,
    pub status: Option<RegisterStatus>,
    pub publicatie: Option<NaiveDate>,
    pub einde: Option<NaiveDate>,
    /// The text fields the quality check reads (`kwaliteit`).
    pub velden: Velden,
}

/// How the export's records were used: `gelezen` = the other four, always.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RegelTelling {
    pub gelezen: usize,
    /// Records of an organisation in organisaties.csv, or with an Algoritme-ID from a sheet.
    pub eigen_organisaties: usize,
    /// Records of all other organisations: not compared.
    pub andere_organisaties: usize,
    /// Translations (`lang` not `nld`): the Dutch record is compared.
    pub andere_taal: usize,
    /// Lines that could not be read: each has a finding.
    pub onleesbaar: usize,
}

/// The export, read: the records that matter, and what the file offers.
#[derive(Debug, Clone, Default)]
pub struct Download {
    pub records: Vec<RegisterRecord>,
    /// The export has an `algorithm_id` column (v1.0 and later).
    pub met_algoritme_id: bool,
    /// The export has a `publication_dt` column (v1.0 and later).
    pub met_publicatiedatum: bool,
    /// The newest `publication_dt` of all records, ours or not: how old the export is.
    pub nieuwste_publicatie: Option<NaiveDate>,
    /// How the file was written, for the manifest.
    pub format: CsvFormat,
    pub regels: RegelTelling,
    /// Which of the quality check's fields the export has.
    pub kolommen: Kolommen,
    pub findings: Vec<Bevinding>,
}

/// Which records to keep: those under these organisation names (as keys) or
/// with these Algoritme-IDs.
#[derive(Debug, Clone, Default)]
pub struct Wanted {
    pub organisations: HashSet<String>,
    pub ids: HashSet<String>,
}

/// The columns read, by their header in the export.
struct Cols {
    name: usize,
    organization: usize,
    id: Option<usize>,
    category: Option<usize>,
    status: Option<usize>,
    published: Option<usize>,
    end: Option<usize>,
    lang: Option<usize>,
    velden: Kolommen,
}

const HINT: &str = "hint: download de CSV-export van algoritmes.overheid.nl (kolommen name, organization, status, \
                    publication_category, algorithm_id, publication_dt, ...) en geef dat bestand op met --register";

/// Opens and reads the export at `path`; `shown` is how findings name it.
pub fn read_file(path: &Path, shown: &str, wanted: &Wanted) -> Result<Download> {
    let file =
        std::fs::File::open(path).with_context(|| format!("kan het registerbestand {shown} niet openen\n{HINT}"))?;
    read(std::io::BufReader::new(file), shown, wanted)
}

/// Reads an export from any reader, one record at a time. Only its first
/// bytes are held to tell the encoding and separator; the rest streams.
pub fn read<R: Read>(reader: R, shown: &str, wanted: &Wanted) -> Result<Download> {
    let (format, reader) = decode::open(reader, decode::SNIFF_BYTES)
        .with_context(|| format!("kan het registerbestand {shown} niet lezen\n{HINT}"))?;
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(true)
        .delimiter(format.delimiter())
        .terminator(decode::TERMINATOR)
        .from_reader(reader);
    let headers: Vec<String> = csv
        .headers()
        .with_context(|| format!("het registerbestand {shown} is geen leesbaar CSV-bestand\n{HINT}"))?
        .iter()
        .map(|h| key(h.trim_start_matches('\u{feff}')))
        .collect();
    let col = |name: &str| headers.iter().position(|h| *h == key(name));
    let (Some(name), Some(organization)) = (col("name"), col("organization")) else {
        bail!("het registerbestand {shown} heeft geen kolommen name en organization\n{HINT}");
    };
    let cols = Cols {
        name,
        organization,
        id: col("algorithm_id").or_else(|| col("lars")),
        category: col("publication_category"),
        status: col("status"),
        published: col("publication_dt"),
        end: col("end_date"),
        lang: col("lang"),
        velden: Kolommen::of(&headers),
    };
    let mut download = Download {
        met_algoritme_id: cols.id.is_some(),
        met_publicatiedatum: cols.published.is_some(),
        kolommen: cols.velden,
        format,
        ..Download::default()
    };
    let mut out = Bevindingen::default();
    let mut record = csv::StringRecord::new();
    loop {
        let line_before = csv.position().line();
        match csv.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                download.regels.gelezen += 1;
                let published = cols
                    .published
                    .and_then(|c| record.get(c))
                    .and_then(clean)
                    .and_then(register_date);
                download.nieuwste_publicatie = download.nieuwste_publicatie.max(published);
                let line = record.position().map_or(line_before, csv::Position::line);
                keep(&record, line, &cols, wanted, shown, &mut download, &mut out);
            }
            Err(e) => {
                let line = e.position().map_or(line_before, csv::Position::line);
                let why = match e.kind() {
                    csv::ErrorKind::Utf8 { .. } => "de tekst is geen UTF-8".to_owned(),
                    csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                        format!("de regel heeft {len} velden, de kopregel {expected_len}")
                    }
                    _ => {
                        return Err(anyhow::anyhow!("{e}")).with_context(|| {
                            format!("kan het registerbestand {shown} niet verder lezen (regel {line})")
                        });
                    }
                };
                download.regels.gelezen += 1;
                download.regels.onleesbaar += 1;
                out.waarschuwing(
                    Code::RegisterRegelOngeldig,
                    at(shown, line),
                    format!("Deze regel van het register is niet te lezen: {why}. Hij is niet vergeleken."),
                );
            }
        }
    }
    download.findings = out.0;
    Ok(download)
}

fn at(shown: &str, line: u64) -> Location {
    Location::file(shown).cell(format!("regel {line}"))
}

/// Turns one record into a [`RegisterRecord`] when it is wanted.
fn keep(
    record: &csv::StringRecord,
    line: u64,
    cols: &Cols,
    wanted: &Wanted,
    shown: &str,
    download: &mut Download,
    out: &mut Bevindingen,
) {
    let get = |c: Option<usize>| c.and_then(|c| record.get(c)).and_then(clean);
    let organisatie = get(Some(cols.organization)).unwrap_or_default();
    let raw_id = get(cols.id);
    let id = raw_id.and_then(parse_algorithm_id);
    let ours = wanted.organisations.contains(&key(organisatie)) || id.as_ref().is_some_and(|i| wanted.ids.contains(i));
    if !ours {
        download.regels.andere_organisaties += 1;
        return;
    }
    if get(cols.lang).is_some_and(|l| !matches!(key(l).as_str(), "nld" | "nl")) {
        download.regels.andere_taal += 1;
        return;
    }
    let loc = at(shown, line);
    let Some(naam) = get(Some(cols.name)) else {
        download.regels.onleesbaar += 1;
        out.waarschuwing(
            Code::RegisterRegelOngeldig,
            loc,
            format!(
                "Bij {organisatie} staat in het register een algoritme zonder naam. Deze regel is niet vergeleken."
            ),
        );
        return;
    };
    download.regels.eigen_organisaties += 1;
    let mut bad = |column: &str, value: &str, effect: &str| {
        out.waarschuwing(
            Code::RegisterRegelOngeldig,
            loc.clone(),
            format!("Bij {naam} staat in kolom {column} \"{value}\". Dat is niet te lezen; {effect}."),
        );
    };
    if let (Some(raw), None) = (raw_id, &id) {
        bad("algorithm_id", raw, "er is alleen op naam vergeleken");
    }
    let categorie = get(cols.category).and_then(|v| {
        let c = Category::parse(v);
        if c.is_none() {
            bad("publication_category", v, "de categorie is niet vergeleken");
        }
        c
    });
    let status = get(cols.status).and_then(|v| {
        let s = RegisterStatus::parse(v);
        if s.is_none() {
            bad("status", v, "de status is niet vergeleken");
        }
        s
    });
    let mut date = |c: Option<usize>, column: &str| {
        get(c).and_then(|v| {
            let d = register_date(v);
            if d.is_none() {
                bad(column, v, "de datum is niet vergeleken");
            }
            d
        })
    };
    let publicatie = date(cols.published, "publication_dt");
    let einde = date(cols.end, "end_date");
    download.records.push(RegisterRecord {
        regel: line,
        algoritme_id: id,
        naam: naam.to_owned(),
        organisatie: organisatie.to_owned(),
        categorie,
        status,
        publicatie,
        einde,
        velden: cols.velden.read(record),
    });
}

/// A date as the register writes it: `2025-06-30`, with or without a time,
/// or only a month (`2025-06`, read as its first day).
fn register_date(s: &str) -> Option<NaiveDate> {
    parse_date(s).or_else(|| {
        let (y, m) = s.trim().split_once('-')?;
        NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
    })
}
