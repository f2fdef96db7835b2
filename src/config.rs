//! The checked configuration of a batch: where the inputs are, which quarter
//! to read, the deadlines, the read limits, and every option that is not a
//! path (accept errors, the register's file and date, what to read of the
//! history). Each command builds it once from its command line; the pipeline
//! and the outputs only read it.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;

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
    /// The Kamer's deadlines (`--deadline-a/-b`).
    pub deadlines: Deadlines,
    /// From this date a category-A row not registered in the EU database
    /// is a warning (`--deadline-eu`; `maat::deadline_eu_standaard`).
    pub deadline_eu: NaiveDate,
    /// The ministries' own deadlines (`--doelen`, or `doelen.csv` in the inputs folder), if any.
    pub doelen: Option<PathBuf>,
    pub limits: Limits,
    /// Let an organisation's latest earlier sheet stand in for a missing one.
    pub carry_forward: bool,
    /// Keep each input file's SHA-256 for the manifest (not needed by `check`).
    pub fingerprint: bool,
    /// How many earlier quarters' published counts to read: the previous one
    /// (which the history reads anyway), or the year the quarterly PDF's
    /// chart shows.
    pub verloop: Verloop,
    /// Write reports even when errors were found; they are then `voorlopig`.
    pub accept_errors: bool,
    /// The register's download to compare with, if any.
    pub register: Option<RegisterFile>,
}

/// How far back the published counts per earlier quarter go (`Report::verloop`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verloop {
    /// Only the previous quarter.
    VorigKwartaal,
    /// Up to four earlier quarters: the chart of the quarterly PDF; after
    /// the deadline, back to four quarters before it ("Na de deadline").
    Jaar,
}

/// After the deadline, the chart goes back at most this many quarters.
pub const MAX_VERLOOP_QUARTERS: usize = 12;

impl Verloop {
    /// The number of earlier quarters read for it.
    pub fn quarters(self) -> usize {
        match self {
            Verloop::VorigKwartaal => 1,
            Verloop::Jaar => 4,
        }
    }

    /// The number of earlier quarters read for `quarter`: for the chart
    /// after the Kamer's deadline (the earlier of A and B), back to the
    /// fourth quarter before the deadline's, at most [`MAX_VERLOOP_QUARTERS`].
    pub fn quarters_at(self, quarter: Quarter, kamer: Deadlines) -> usize {
        let base = self.quarters();
        if self == Verloop::VorigKwartaal {
            return base;
        }
        let mut first = Quarter::of(kamer.a.min(kamer.b));
        for _ in 0..4 {
            first = first.previous();
        }
        let mut n = 0;
        let mut q = quarter;
        while q > first && n < MAX_VERLOOP_QUARTERS {
            q = q.previous();
            n += 1;
        }
        base.max(n)
    }
}

/// The register's download given with `--register`.
#[derive(Debug, Clone)]
pub struct RegisterFile {
    pub path: PathBuf,
    /// The day it was downloaded (`--register-datum`), when the user gave it.
    pub datum: Option<NaiveDate>,
}

impl BatchConfig {
    /// A quarter read with the defaults: the Kamer's deadlines, the standard
    /// limits, fingerprints kept, nothing else (`publicaties`).
    pub fn plain(inputs: PathBuf, quarter: Quarter, folder: PathBuf) -> BatchConfig {
        BatchConfig {
            inputs,
            quarter,
            folder,
            deadlines: Deadlines::default(),
            deadline_eu: crate::maat::deadline_eu_standaard(),
            doelen: None,
            limits: Limits::default(),
            carry_forward: false,
            fingerprint: true,
            verloop: Verloop::VorigKwartaal,
            accept_errors: false,
            register: None,
        }
    }

    pub fn organisations_file(&self) -> PathBuf {
        self.inputs.join("organisaties.csv")
    }
}

/// The ministries' own deadlines: the file given with `--doelen`, else
/// `doelen.csv` in the inputs folder when it is there.
pub fn doelen_file(inputs: &Path, given: Option<&Path>) -> Option<PathBuf> {
    match given {
        Some(p) => Some(p.to_path_buf()),
        None => Some(inputs.join("doelen.csv")).filter(|p| p.is_file()),
    }
}

/// The inputs folder, when it exists.
pub fn inputs_folder(inputs: &Path) -> Result<PathBuf> {
    if !inputs.is_dir() {
        bail!(
            "de map {} bestaat niet\nhint: geef de map met organisaties.csv en de kwartaalmappen op met --invoer",
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
