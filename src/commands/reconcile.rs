//! `algoreg reconcile`: compare a quarter with the register's CSV export,
//! print the disagreements per organisation and a short table, write nothing.

use anyhow::Result;

use super::{EXIT_CLEAN, EXIT_FINDINGS, batch_config};
use crate::bevinding::BevindingTelling;
use crate::cli::ReconcileArgs;
use crate::console;
use crate::pipeline;
use crate::reconcile::{self, table};
use crate::text::shown;

pub fn reconcile(args: &ReconcileArgs) -> Result<u8> {
    let config = batch_config(&args.batch)?;
    let read = pipeline::read(&config)?;
    let outcome = reconcile::reconcile(
        &read.batch,
        &read.registry,
        &args.register,
        &shown(&args.register),
        args.register_datum,
    )?;
    print!(
        "{}",
        console::findings(&outcome.findings, &read.registry, args.console.geen_info)
    );
    print!("{}", table::table(&outcome.afstemming));
    let errors = BevindingTelling::of(&read.batch.findings).fout;
    if errors > 0 {
        println!(
            "\nDe statusoverzichten van {} hebben {errors} fouten; alleen de rijen die meetellen zijn vergeleken. Zie algoreg check.",
            config.quarter
        );
        return Ok(EXIT_FINDINGS);
    }
    Ok(EXIT_CLEAN)
}
