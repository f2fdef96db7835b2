//! `algoreg annual --year 2025`: reads every quarter of the year that is in
//! the inputs and writes the public annual outputs to `reports/<jaar>/`:
//! `jaarrapportage-<jaar>.pdf`, `cijfers-<jaar>.json` and `jaarrapportage-<jaar>.xlsx`.

use std::iter;

use anyhow::{Result, bail};

use super::{EXIT_CLEAN, EXIT_FINDINGS, Options, quarter_config};
use crate::cijfers::Cijfers;
use crate::cli::{AnnualArgs, NIEUWSTE};
use crate::config::{RegisterFile, quarter_folders};
use crate::excel::grenzen::explain;
use crate::excel::jaarrapportage::workbook;
use crate::export::annual_json;
use crate::ingest::Input;
use crate::manifest::Manifest;
use crate::model::Quarter;
use crate::output::write_all;
use crate::pdf::{Maker, jaarrapportage};
use crate::pipeline;
use crate::text::shown;

pub fn annual(args: &AnnualArgs) -> Result<u8> {
    let year = args.year;
    if ![NIEUWSTE, "latest"].contains(&args.batch.quarter.as_str()) {
        bail!("jaar leest alle kwartalen van een jaar\nhint: laat --kwartaal weg en kies het jaar met --jaar");
    }
    let inputs = &args.batch.inputs;
    if !inputs.is_dir() {
        bail!(
            "de map {} bestaat niet\nhint: geef de map met organisaties.csv en de kwartaalmappen op met --invoer",
            inputs.display()
        );
    }
    let present: Vec<Quarter> = quarter_folders(inputs)?
        .into_iter()
        .map(|(q, _)| q)
        .filter(|q| q.year == year)
        .collect();
    let missing: Vec<Quarter> = (1..=4)
        .filter_map(|n| Quarter::new(year, n))
        .filter(|q| !present.contains(q))
        .collect();
    if present.is_empty() {
        bail!(
            "geen kwartaalmap van {year} gevonden in {}\nhint: gezocht naar {}/{year}-Q1 tot en met {year}-Q4",
            inputs.display(),
            inputs.display()
        );
    }
    // Find typst before reading anything, so a missing typst fails fast.
    let maker = Maker::new(args.pdf.typst.as_deref(), args.pdf.templates.clone())?;
    let mut quarters: Vec<(Quarter, Cijfers)> = Vec::new();
    // Every input of every quarter, each file once, in the order first read.
    let mut invoer: Vec<Input> = Vec::new();
    let mut errors = 0;
    for q in &present {
        let options = Options {
            accept_errors: args.output.accept_errors,
            register: args.register.clone().map(|path| RegisterFile { path, datum: None }),
            ..Options::basic()
        };
        let report = pipeline::run(&quarter_config(&args.batch, *q, options)?)?;
        let t = report.cijfers.bevindingen_telling;
        println!(
            "{q}: {} bestanden gelezen, {} fout, {} waarschuwing, {} info",
            report.files, t.fout, t.waarschuwing, t.info
        );
        errors += t.fout;
        for input in report.invoer {
            if !invoer.iter().any(|e| e.file == input.file) {
                invoer.push(input);
            }
        }
        quarters.push((*q, report.cijfers));
    }
    let opties = serde_json::json!({
        "jaar": year,
        "inputs": shown(inputs),
        "deadline": {"A": args.batch.deadline_a, "B": args.batch.deadline_b},
        "deadline_eu": args.batch.deadline_eu,
        "max_file_mb": args.batch.max_file_mb,
        "max_cells": args.batch.max_cells,
        "accept_errors": args.output.accept_errors,
        "register": args.register.as_ref().map(|p| serde_json::json!({
            "bestand": shown(p),
            "soort": quarters.first().and_then(|(_, f)| f.afstemming.as_ref()).map(|a| a.soort),
        })),
    });
    let manifest = Manifest::new("annual", "Openbaar", opties, &invoer, Some(maker.typst.version.clone()));
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(Quarter::to_string).collect();
        println!("Geen map voor {}: die kwartalen tellen niet mee.", names.join(", "));
    }
    if errors > 0 && !args.output.accept_errors {
        println!("\nEr zijn {errors} fouten gevonden. Er is geen jaarrapportage gemaakt.");
        println!(
            "Bekijk de fouten per kwartaal met `algoreg controleer --kwartaal ...`, of maak een voorlopige versie met --fouten-accepteren."
        );
        return Ok(EXIT_FINDINGS);
    }

    let (Some(data), Some((_, last))) = (jaarrapportage::data(year, &quarters, &missing), quarters.last()) else {
        bail!("interne fout: geen kwartaal van {year} gelezen");
    };
    let last_peildatum = last.peildatum;
    let target = args.output.out.join(year.to_string());
    // Each output is rendered when its turn comes, after the lock is taken.
    let pdf = || -> Result<(String, Vec<u8>)> {
        let bytes = maker.render("jaarrapportage.typ", &data, last_peildatum)?;
        Ok((format!("jaarrapportage-{year}.pdf"), bytes))
    };
    let json = || -> Result<(String, Vec<u8>)> {
        Ok((format!("cijfers-{year}.json"), annual_json(year, &quarters, &missing)?))
    };
    let xlsx = || -> Result<(String, Vec<u8>)> {
        let name = format!("jaarrapportage-{year}.xlsx");
        let bytes = workbook(year, &quarters, &missing).map_err(|e| explain(&name, e))?;
        Ok((name, bytes))
    };
    let outputs = iter::once_with(pdf)
        .chain(iter::once_with(json))
        .chain(iter::once_with(xlsx));
    write_all(&args.output.out, &target, outputs, manifest)?;
    let label = if data.voorlopig {
        "voorlopige jaarrapportage"
    } else {
        "jaarrapportage"
    };
    println!("\nDe {label} staat in {}", shown(&target));
    Ok(if errors > 0 { EXIT_FINDINGS } else { EXIT_CLEAN })
}
