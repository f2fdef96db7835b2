//! The checked configuration of a batch: where the inputs are, which quarter
//! to read, the deadlines and the read limits. Commands build it from the
//! command line; the pipeline reads it.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::ingest::Limits;
use crate::maat::Deadlines;
use crate::model::Quarter;

/// A checked batch: where the inputs are and which quarter to read.
#[derive(Debug, Clone)]
pub struct BatchConfig {
    pub inputs: PathBuf,
    pub quarter: Quarter,
    /// The quarter's folder, `inputs/2025-Q2`.
    pub folder: PathBuf,
    pub deadlines: Deadlines,
    pub limits: Limits,
    /// Let an organisation's latest earlier sheet stand in for a missing one.
    pub carry_forward: bool,
    /// Keep each input file's SHA-256 for the manifest (not needed by `check`).
    pub fingerprint: bool,
    /// Also read up to four earlier quarters, for the published counts the
    /// quarterly PDF's chart shows (`Loaded::verloop`); without it, only the
    /// previous quarter (which the history reads anyway).
    pub course: bool,
}

impl BatchConfig {
    pub fn organisations_file(&self) -> PathBuf {
        self.inputs.join("organisaties.csv")
    }
}

/// The inputs folder, when it exists.
pub fn inputs_folder(inputs: &Path) -> Result<PathBuf> {
    if !inputs.is_dir() {
        bail!(
            "de map {} bestaat niet\nhint: geef de map met organisaties.csv en de kwartaalmappen op met --inputs",
            inputs.display()
        );
    }
    Ok(inputs.to_path_buf())
}

/// The quarter folders in `inputs`, oldest first.
pub fn quarter_folders(inputs: &Path) -> Result<Vec<(Quarter, PathBuf)>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(inputs).with_context(|| format!("kan de map {} niet lezen", inputs.display()))? {
        let entry = entry?;
        if entry.file_type()?.is_dir()
            && let Some(q) = Quarter::parse(&entry.file_name().to_string_lossy())
        {
            found.push((q, entry.path()));
        }
    }
    found.sort();
    Ok(found)
}

/// The newest quarter with a folder in `inputs`.
pub fn latest_quarter(inputs: &Path) -> Result<Quarter> {
    quarter_folders(inputs)?.last().map(|(q, _)| *q).with_context(|| {
        format!(
            "geen kwartaalmap gevonden in {}\nhint: gezocht naar mappen met een naam als 2025-Q2",
            inputs.display()
        )
    })
}

/// The folder of `quarter` in `inputs`, or an error that lists the quarters found.
pub fn quarter_folder(inputs: &Path, quarter: Quarter) -> Result<PathBuf> {
    let found = quarter_folders(inputs)?;
    found
        .iter()
        .find(|(q, _)| *q == quarter)
        .map(|(_, p)| p.clone())
        .with_context(|| {
            let names: Vec<String> = found.iter().map(|(q, _)| q.to_string()).collect();
            format!(
                "geen map voor {quarter} in {}\nhint: gezocht naar {}/{quarter}; gevonden kwartalen: {}",
                inputs.display(),
                inputs.display(),
                if names.is_empty() {
                    "geen".to_owned()
                } else {
                    names.join(", ")
                }
            )
        })
}
