//! Turns command-line arguments into a checked configuration: folders that
//! exist, a quarter that was found, dates that parse.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::aggregate::Deadlines;
use crate::cli::BatchArgs;
use crate::ingest::Limits;
use crate::model::Quarter;
use crate::text::parse_date;

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
}

impl BatchConfig {
    pub fn from_args(args: &BatchArgs) -> Result<Self> {
        let inputs = args.inputs.clone();
        if !inputs.is_dir() {
            bail!(
                "de map {} bestaat niet\nhint: geef de map met organisaties.csv en de kwartaalmappen op met --inputs",
                inputs.display()
            );
        }
        let quarter = if args.quarter == "latest" {
            latest_quarter(&inputs)?
        } else {
            Quarter::parse(&args.quarter).with_context(|| {
                format!(
                    "onbekend kwartaal {:?}\nhint: schrijf het kwartaal als 2025-Q2, of gebruik latest",
                    args.quarter
                )
            })?
        };
        let folder = quarter_folder(&inputs, quarter)?;
        let deadline = |s: &str, cat: &str| {
            parse_date(s).with_context(|| {
                format!("de deadline voor categorie {cat} ({s:?}) is geen datum\nhint: schrijf bijvoorbeeld 2025-12-31")
            })
        };
        let deadlines = Deadlines {
            a: deadline(&args.deadline_a, "A")?,
            b: deadline(&args.deadline_b, "B")?,
        };
        let defaults = Limits::default();
        let limits = Limits {
            max_file_bytes: args.max_file_mb << 20,
            max_unpacked_bytes: (args.max_file_mb << 20)
                .saturating_mul(defaults.max_unpacked_bytes / defaults.max_file_bytes),
            max_cells: args.max_cells,
            ..defaults
        };
        Ok(BatchConfig {
            inputs,
            quarter,
            folder,
            deadlines,
            limits,
            carry_forward: args.carry_forward,
            fingerprint: true,
        })
    }

    pub fn organisations_file(&self) -> PathBuf {
        self.inputs.join("organisaties.csv")
    }
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

fn latest_quarter(inputs: &Path) -> Result<Quarter> {
    quarter_folders(inputs)?.last().map(|(q, _)| *q).with_context(|| {
        format!(
            "geen kwartaalmap gevonden in {}\nhint: gezocht naar mappen met een naam als 2025-Q2",
            inputs.display()
        )
    })
}

fn quarter_folder(inputs: &Path, quarter: Quarter) -> Result<PathBuf> {
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
