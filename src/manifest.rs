//! `manifest.json`: which input files (with SHA-256) and which options made
//! which outputs, so an auditor can prove where every figure came from.

use serde::Serialize;

use crate::ingest::Source;
use crate::organisaties::decode::CsvFormat;

/// One file read or written.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub bestand: String,
    pub bytes: u64,
    pub sha256: String,
    /// For a CSV file: its encoding and separator (`codering`, `scheidingsteken`).
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub format: Option<CsvFormat>,
}

impl Entry {
    pub fn new(bestand: &str, source: &Source) -> Entry {
        Entry {
            bestand: bestand.to_owned(),
            bytes: source.bytes,
            sha256: source.sha256.clone(),
            format: None,
        }
    }
}

/// The manifest of one run. It holds no time stamp, so that the same inputs
/// give the same bytes.
#[derive(Debug, Clone, Serialize)]
pub struct Manifest {
    /// The classification of the outputs it lists (`Intern` or `Openbaar`).
    pub classificatie: &'static str,
    pub algoreg: &'static str,
    /// The typst version that made the PDFs, when PDFs were made.
    pub typst: Option<String>,
    pub opdracht: String,
    /// The options that shape the figures, as given or defaulted.
    pub opties: serde_json::Value,
    pub invoer: Vec<Entry>,
    pub uitvoer: Vec<Entry>,
}

impl Manifest {
    pub fn new(opdracht: &str, classificatie: &'static str, opties: serde_json::Value) -> Manifest {
        Manifest {
            classificatie,
            algoreg: env!("CARGO_PKG_VERSION"),
            typst: None,
            opdracht: opdracht.to_owned(),
            opties,
            invoer: vec![],
            uitvoer: vec![],
        }
    }

    /// Says how the input `bestand` was written (a CSV file).
    pub fn set_format(&mut self, bestand: &str, format: CsvFormat) {
        for e in self.invoer.iter_mut().filter(|e| e.bestand == bestand) {
            e.format = Some(format);
        }
    }

    pub fn to_json(&self) -> anyhow::Result<Vec<u8>> {
        let mut v = serde_json::to_vec_pretty(self)?;
        v.push(b'\n');
        Ok(v)
    }
}
