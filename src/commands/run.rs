//! `algoreg run`: read and validate a quarter, then write its reports.

use anyhow::Result;

use super::{EXIT_CLEAN, EXIT_FINDINGS, batch_config};
use crate::cli::RunArgs;
use crate::config::BatchConfig;
use crate::console;
use crate::export::{Exporter, JsonExporter};
use crate::ingest::Source;
use crate::manifest::{Entry, Manifest};
use crate::output::write_all;
use crate::pipeline::{Loaded, load};
use crate::text::shown;

/// The outputs of a quarterly run, in the order they are made.
/// The PDF needs typst (`maker`); without it (`--no-pdf`) there is no PDF.
fn exporters(maker: Option<crate::pdf::Maker>) -> Vec<Box<dyn Exporter>> {
    let mut list: Vec<Box<dyn Exporter>> = vec![Box::new(JsonExporter), Box::new(crate::excel::ExcelExporter)];
    if let Some(maker) = maker {
        list.push(Box::new(crate::pdf::voortgang::VoortgangPdf { maker }));
    }
    list
}

pub fn run(args: &RunArgs) -> Result<u8> {
    // Only the PDF's chart needs the quarters before the previous one.
    let config = BatchConfig {
        course: !args.no_pdf,
        ..batch_config(&args.batch)?
    };
    let loaded = load(
        &config,
        args.output.accept_errors,
        args.register.as_deref(),
        args.register_datum,
    )?;
    print!(
        "{}",
        console::findings(
            &loaded.cijfers.bevindingen,
            &loaded.organisaties,
            args.console.geen_info
        )
    );
    print!("{}", console::summary(&loaded));
    if let Some(afstemming) = &loaded.cijfers.afstemming {
        print!("{}", crate::reconcile::table::table(afstemming));
    }
    if let Some(kwaliteit) = &loaded.cijfers.kwaliteit {
        print!("{}", crate::kwaliteit::table::table(kwaliteit));
    }
    let errors = loaded.cijfers.bevindingen_telling.fout;
    if errors > 0 && !args.output.accept_errors {
        println!("\nEr zijn {errors} fouten gevonden. Er zijn geen rapporten gemaakt.");
        println!("Verbeter de bestanden, of maak voorlopige rapporten met --accept-errors.");
        return Ok(EXIT_FINDINGS);
    }
    let target = args.output.out.join(config.quarter.to_string());
    let maker = (!args.no_pdf)
        .then(|| crate::pdf::Maker::new(args.pdf.typst.as_deref(), args.pdf.templates.clone()))
        .transpose()?;
    let mut manifest = manifest(args, &config, &loaded);
    manifest.typst = maker.as_ref().map(|m| m.typst.version.clone());
    // Each output is rendered when its turn comes, after the lock is taken.
    let outputs = exporters(maker)
        .into_iter()
        .map(|exporter| Ok((exporter.file_name(&loaded), exporter.render(&loaded)?)));
    write_all(&args.output.out, &target, outputs, manifest)?;
    let label = if loaded.cijfers.voorlopig {
        "voorlopige rapporten"
    } else {
        "rapporten"
    };
    println!("\nDe {label} staan in {}", shown(&target));
    Ok(if errors > 0 { EXIT_FINDINGS } else { EXIT_CLEAN })
}

/// The manifest's options and inputs; the outputs are added as they are made.
fn manifest(args: &RunArgs, config: &BatchConfig, loaded: &Loaded) -> Manifest {
    let mut opties = serde_json::json!({
        "kwartaal": config.quarter,
        "inputs": shown(&config.inputs),
        "deadline": config.deadlines,
        "max_file_mb": args.batch.max_file_mb,
        "max_cells": args.batch.max_cells,
        "accept_errors": args.output.accept_errors,
        "register": args.register.as_deref().map(shown),
    });
    if let Some(d) = args.register_datum {
        opties["register_datum"] = serde_json::json!(d);
    }
    let mut m = Manifest::new("run", loaded.cijfers.classificatie, opties);
    m.invoer = loaded
        .sources
        .iter()
        .map(|(file, source)| Entry::new(file, source))
        .collect();
    if let Some(register) = &args.register
        && let Ok(source) = Source::stream(register)
    {
        m.invoer.push(Entry::new(&shown(register), &source));
    }
    m.set_format(&shown(&config.organisations_file()), loaded.organisaties.format);
    if let (Some(register), Some(a)) = (&args.register, &loaded.cijfers.afstemming) {
        m.set_format(&shown(register), a.format);
    }
    m
}
