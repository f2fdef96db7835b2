//! `algoreg reconcile`: compare a quarter with the register's download,
//! print the disagreements and the quality gaps per organisation and two
//! short tables, write nothing.

use anyhow::Result;

use super::{EXIT_CLEAN, EXIT_FINDINGS, Options, batch_config};
use crate::bevinding::{Bevinding, Ernst};
use crate::cli::ReconcileArgs;
use crate::config::RegisterFile;
use crate::console;
use crate::kwaliteit;
use crate::pipeline;
use crate::reconcile::table;

pub fn reconcile(args: &ReconcileArgs) -> Result<u8> {
    let options = Options {
        fingerprint: false,
        register: Some(RegisterFile {
            path: args.register.clone(),
            datum: args.register_datum,
        }),
        ..Options::basic()
    };
    let config = batch_config(&args.batch, options)?;
    let report = pipeline::run(&config)?;
    let c = &report.cijfers;
    // The quarter's one list, sorted already: the register's part of it.
    let register: Vec<Bevinding> = c.bevindingen.iter().filter(|b| b.code.is_register()).cloned().collect();
    print!(
        "{}",
        console::findings(&register, &report.organisaties, args.console.geen_info)
    );
    if let (Some(afstemming), Some(k)) = (&c.afstemming, &c.kwaliteit) {
        print!("{}", table::table(afstemming));
        print!("{}", kwaliteit::table::table(k));
    }
    let errors = c
        .bevindingen
        .iter()
        .filter(|b| !b.code.is_register() && b.severity == Ernst::Fout)
        .count();
    if errors > 0 {
        println!(
            "\nDe statusoverzichten van {} hebben {errors} fouten; alleen de rijen die meetellen zijn vergeleken. Zie algoreg controleer.",
            config.quarter
        );
        return Ok(EXIT_FINDINGS);
    }
    Ok(EXIT_CLEAN)
}
