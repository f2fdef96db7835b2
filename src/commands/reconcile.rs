//! `algoreg reconcile`: compare a quarter with the register's CSV export,
//! print the disagreements and a short table, write nothing.

use std::path::Path;

use anyhow::Result;

use super::{EXIT_CLEAN, EXIT_FINDINGS, Loaded, load, shown};
use crate::cli::ReconcileArgs;
use crate::options::BatchConfig;
use crate::reconcile::{self, Outcome, table};

/// Reads the export and adds its comparison to a loaded quarter (`run --register`).
pub fn attach(loaded: &mut Loaded, register: &Path) -> Result<()> {
    let outcome = outcome(loaded, register)?;
    reconcile::attach(loaded, outcome);
    Ok(())
}

fn outcome(loaded: &Loaded, register: &Path) -> Result<Outcome> {
    reconcile::reconcile(&loaded.batch, &loaded.registry, register, &shown(register))
}

pub fn reconcile(args: &ReconcileArgs) -> Result<u8> {
    let config = BatchConfig::from_args(&args.batch)?;
    let loaded = load(&config, false)?;
    let outcome = outcome(&loaded, &args.register)?;
    for f in &outcome.findings {
        println!("{f}");
    }
    print!("{}", table::table(&outcome.afstemming));
    let errors = loaded.figures.bevindingen_telling.fout;
    if errors > 0 {
        println!(
            "\nDe statusoverzichten van {} hebben {errors} fouten; alleen de rijen die meetellen zijn vergeleken. Zie algoreg check.",
            config.quarter
        );
        return Ok(EXIT_FINDINGS);
    }
    Ok(EXIT_CLEAN)
}
