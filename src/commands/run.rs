//! `algoreg run`: read and validate a quarter, then write its reports.

use anyhow::Result;

use super::{EXIT_CLEAN, EXIT_FINDINGS, Options, batch_config};
use crate::cli::RunArgs;
use crate::config::{BatchConfig, RegisterFile, Verloop};
use crate::console;
use crate::export::{Exporter, JsonExporter};
use crate::manifest::Manifest;
use crate::output::write_all;
use crate::pipeline::{self, Report};
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
    let config = batch_config(
        &args.batch,
        Options {
            // Only the PDF's chart needs the quarters before the previous one.
            verloop: if args.no_pdf {
                Verloop::VorigKwartaal
            } else {
                Verloop::Jaar
            },
            accept_errors: args.output.accept_errors,
            register: args.register.clone().map(|path| RegisterFile {
                path,
                datum: args.register_datum,
            }),
            ..Options::basic()
        },
    )?;
    let report = pipeline::run(&config)?;
    print!(
        "{}",
        console::findings(
            &report.cijfers.bevindingen,
            &report.organisaties,
            args.console.geen_info
        )
    );
    print!("{}", console::summary(&report));
    if let Some(afstemming) = &report.cijfers.afstemming {
        print!("{}", crate::reconcile::table::table(afstemming));
    }
    if let Some(kwaliteit) = &report.cijfers.kwaliteit {
        print!("{}", crate::kwaliteit::table::table(kwaliteit));
    }
    let errors = report.cijfers.bevindingen_telling.fout;
    if errors > 0 && !config.accept_errors {
        println!("\nEr zijn {errors} fouten gevonden. Er zijn geen rapporten gemaakt.");
        println!("Verbeter de bestanden, of maak voorlopige rapporten met --fouten-accepteren.");
        return Ok(EXIT_FINDINGS);
    }
    let target = args.output.out.join(config.quarter.to_string());
    let maker = (!args.no_pdf)
        .then(|| crate::pdf::Maker::new(args.pdf.typst.as_deref(), args.pdf.templates.clone()))
        .transpose()?;
    let manifest = Manifest::new(
        "run",
        report.cijfers.classificatie,
        opties(args, &config, &report),
        &report.invoer,
        maker.as_ref().map(|m| m.typst.version.clone()),
    );
    // Each output is rendered when its turn comes, after the lock is taken.
    let outputs = exporters(maker)
        .into_iter()
        .map(|exporter| Ok((exporter.file_name(&report), exporter.render(&report)?)));
    write_all(&args.output.out, &target, outputs, manifest)?;
    let label = if report.cijfers.voorlopig {
        "voorlopige rapporten"
    } else {
        "rapporten"
    };
    println!("\nDe {label} staan in {}", shown(&target));
    super::terugmelding::ververs_overzicht(&args.output.out, &report, &config)?;
    Ok(if errors > 0 { EXIT_FINDINGS } else { EXIT_CLEAN })
}

/// The options of a run, as the manifest lists them.
fn opties(args: &RunArgs, config: &BatchConfig, report: &Report) -> serde_json::Value {
    let register = config.register.as_ref().map(|r| {
        serde_json::json!({
            "bestand": shown(&r.path),
            "soort": report.cijfers.afstemming.as_ref().map(|a| a.soort),
            "datum": r.datum,
        })
    });
    serde_json::json!({
        "kwartaal": config.quarter,
        "inputs": shown(&config.inputs),
        "deadline": config.deadlines,
        "deadline_eu": config.deadline_eu,
        "doelen": config.doelen.as_ref().map(|p| shown(p)),
        "deadlines": report.cijfers.deadlines,
        "max_file_mb": args.batch.max_file_mb,
        "max_cells": args.batch.max_cells,
        "accept_errors": config.accept_errors,
        "register": register,
    })
}
