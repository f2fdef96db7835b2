//! `algoreg run`: read and validate a quarter, then write its reports.

use anyhow::Result;

use super::{EXIT_CLEAN, EXIT_FINDINGS, Loaded, load, shown};
use crate::cli::RunArgs;
use crate::console;
use crate::export::{Exporter, JsonExporter};
use crate::options::BatchConfig;
use crate::output::Staging;

/// The outputs of a quarterly run, in the order they are made.
fn exporters() -> Vec<Box<dyn Exporter>> {
    vec![Box::new(JsonExporter), Box::new(crate::excel::ExcelExporter)]
}

pub fn run(args: &RunArgs) -> Result<u8> {
    let config = BatchConfig::from_args(&args.batch)?;
    let mut loaded = load(&config, args.accept_errors)?;
    if let Some(register) = &args.register {
        super::reconcile::attach(&mut loaded, register)?;
    }
    for f in &loaded.figures.bevindingen {
        println!("{f}");
    }
    print!("{}", console::summary(&loaded));
    if let Some(afstemming) = &loaded.figures.afstemming {
        print!("{}", crate::reconcile::table::table(afstemming));
    }
    let errors = loaded.figures.bevindingen_telling.fout;
    if errors > 0 && !args.accept_errors {
        println!("\nEr zijn {errors} fouten gevonden. Er zijn geen rapporten gemaakt.");
        println!("Verbeter de bestanden, of maak voorlopige rapporten met --accept-errors.");
        return Ok(EXIT_FINDINGS);
    }
    let target = args.out.join(config.quarter.to_string());
    write_reports(&loaded, &target)?;
    let label = if loaded.figures.voorlopig {
        "voorlopige rapporten"
    } else {
        "rapporten"
    };
    println!("\nDe {label} staan in {}", shown(&target));
    Ok(if errors > 0 { EXIT_FINDINGS } else { EXIT_CLEAN })
}

/// Renders every output into a staging folder and moves it into place.
fn write_reports(loaded: &Loaded, target: &std::path::Path) -> Result<()> {
    let staging = Staging::new(target)?;
    for exporter in exporters() {
        let bytes = exporter.render(loaded)?;
        staging.write(&exporter.file_name(loaded), &bytes)?;
    }
    staging.commit()?;
    Ok(())
}
