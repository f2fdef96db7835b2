//! The command layer: one module per subcommand, each turning its arguments
//! into a configuration, calling the pipeline and handing the result to the
//! outputs. Nothing outside this folder (and `main.rs`) imports it.

pub mod annual;
pub mod check;
pub mod publicaties;
pub mod reconcile;
pub mod run;
pub mod sjabloon;
pub mod sjabloon_alle;
pub mod terugmelding;

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::cli::{BatchArgs, NIEUWSTE};
use crate::config::{self, BatchConfig, RegisterFile, Verloop};
use crate::ingest::Limits;
use crate::maat::Deadlines;
use crate::model::Quarter;
use crate::text::parse_date;

/// Exit codes: 0 clean, 1 errors found in the input, 2 fatal.
pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_FATAL: u8 = 2;

/// What a command needs of a batch besides its paths: each command says it
/// once, and `batch_config` puts it into the checked configuration.
#[derive(Debug, Clone)]
pub struct Options {
    /// Keep each input's SHA-256 (for a manifest).
    pub fingerprint: bool,
    pub verloop: Verloop,
    pub accept_errors: bool,
    pub register: Option<RegisterFile>,
}

impl Options {
    /// Read for a manifest, only the previous quarter, stop at errors, no register.
    pub fn basic() -> Options {
        Options {
            fingerprint: true,
            verloop: Verloop::VorigKwartaal,
            accept_errors: false,
            register: None,
        }
    }
}

/// Checks the batch options: folders that exist, a quarter that was found
/// (`--kwartaal`), dates that parse.
pub fn batch_config(args: &BatchArgs, options: Options) -> Result<BatchConfig> {
    let inputs = config::inputs_folder(&args.inputs)?;
    let quarter = if [NIEUWSTE, "latest"].contains(&args.quarter.as_str()) {
        config::latest_quarter(&inputs)?
    } else {
        Quarter::parse(&args.quarter).with_context(|| {
            format!(
                "onbekend kwartaal {:?}\nhint: schrijf het kwartaal als 2025-Q2, of gebruik {NIEUWSTE}",
                args.quarter
            )
        })?
    };
    checked(args, inputs, quarter, options)
}

/// As `batch_config`, for a quarter the command chose itself (`annual`).
pub fn quarter_config(args: &BatchArgs, quarter: Quarter, options: Options) -> Result<BatchConfig> {
    checked(args, config::inputs_folder(&args.inputs)?, quarter, options)
}

/// The configuration of `quarter` in the inputs folder already checked.
fn checked(args: &BatchArgs, inputs: PathBuf, quarter: Quarter, options: Options) -> Result<BatchConfig> {
    let folder = config::quarter_folder(&inputs, quarter)?;
    let deadline = |s: &str, cat: &str| {
        parse_date(s).with_context(|| {
            format!("de deadline voor categorie {cat} ({s:?}) is geen datum\nhint: schrijf bijvoorbeeld 2025-12-31")
        })
    };
    let deadlines = Deadlines {
        a: deadline(&args.deadline_a, "A")?,
        b: deadline(&args.deadline_b, "B")?,
    };
    let deadline_eu = parse_date(&args.deadline_eu).with_context(|| {
        format!(
            "de deadline voor de EU-databank ({:?}) is geen datum\nhint: schrijf bijvoorbeeld 2027-12-02",
            args.deadline_eu
        )
    })?;
    let defaults = Limits::default();
    let limits = Limits {
        max_file_bytes: args.max_file_mb << 20,
        max_unpacked_bytes: (args.max_file_mb << 20)
            .saturating_mul(defaults.max_unpacked_bytes / defaults.max_file_bytes),
        max_cells: args.max_cells,
        ..defaults
    };
    let doelen = config::doelen_file(&inputs, args.doelen.as_deref());
    Ok(BatchConfig {
        inputs,
        quarter,
        folder,
        deadlines,
        deadline_eu,
        doelen,
        limits,
        carry_forward: args.carry_forward,
        fingerprint: options.fingerprint,
        verloop: options.verloop,
        accept_errors: options.accept_errors,
        register: options.register,
    })
}
