//! `algoreg reconcile`: compare a quarter with the register's CSV export,
//! print the disagreements and the quality gaps per organisation and two
//! short tables, write nothing.

use anyhow::Result;

use super::{EXIT_CLEAN, EXIT_FINDINGS, batch_config};
use crate::bevinding::{self, BevindingTelling};
use crate::cli::ReconcileArgs;
use crate::console;
use crate::kwaliteit;
use crate::pipeline;
use crate::reconcile::table;

pub fn reconcile(args: &ReconcileArgs) -> Result<u8> {
    let config = batch_config(&args.batch)?;
    let read = pipeline::read(&config)?;
    let register = pipeline::register_stages(&read, &args.register, args.register_datum)?;
    let mut findings = register.afstemming.findings.clone();
    findings.extend(register.kwaliteit.findings.iter().cloned());
    bevinding::sort(&mut findings);
    print!(
        "{}",
        console::findings(&findings, &read.organisaties, args.console.geen_info)
    );
    print!("{}", table::table(&register.afstemming.afstemming));
    print!("{}", kwaliteit::table::table(&register.kwaliteit.kwaliteit));
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
