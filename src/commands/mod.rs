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

use anyhow::{Context, Result};

use crate::cli::BatchArgs;
use crate::config::{self, BatchConfig};
use crate::ingest::Limits;
use crate::maat::Deadlines;
use crate::model::Quarter;
use crate::text::parse_date;

/// Exit codes: 0 clean, 1 errors found in the input, 2 fatal.
pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_FATAL: u8 = 2;

/// Checks the batch options: folders that exist, a quarter that was found,
/// dates that parse.
pub fn batch_config(args: &BatchArgs) -> Result<BatchConfig> {
    let inputs = config::inputs_folder(&args.inputs)?;
    let quarter = if args.quarter == "latest" {
        config::latest_quarter(&inputs)?
    } else {
        Quarter::parse(&args.quarter).with_context(|| {
            format!(
                "onbekend kwartaal {:?}\nhint: schrijf het kwartaal als 2025-Q2, of gebruik latest",
                args.quarter
            )
        })?
    };
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
        course: false,
    })
}
