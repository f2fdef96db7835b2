//! `algoreg publicaties --van 2025-01-01 --tot 2025-06-30`: the algorithms
//! published in a period, from the sheets of the quarters that cover it,
//! written to `reports/publicaties-<van>-<tot>/` as a PDF and a workbook.

use std::iter;

use anyhow::{Result, bail};

use super::{EXIT_CLEAN, EXIT_FINDINGS};
use crate::bevinding::Ernst;
use crate::cli::PublicatiesArgs;
use crate::config;
use crate::history::publicaties as select;
use crate::manifest::Manifest;
use crate::output::write_all;
use crate::pdf::{Maker, publicaties::Lijst};
use crate::pipeline::read_quarters;
use crate::text::shown;
use crate::validate::Batch;

pub fn publicaties(args: &PublicatiesArgs) -> Result<u8> {
    let (van, tot) = (args.van, args.tot);
    if van > tot {
        bail!(
            "--van ({van}) ligt na --tot ({tot})\nhint: geef eerst de eerste dag en dan de laatste dag van de periode"
        );
    }
    let inputs = config::inputs_folder(&args.inputs)?;
    let quarters: Vec<_> = config::quarter_folders(&inputs)?
        .into_iter()
        .filter(|(q, _)| q.last_day() >= van && q.first_day() <= tot)
        .collect();
    if quarters.is_empty() {
        bail!(
            "geen kwartaalmap in {} valt in de periode {van} tot en met {tot}\nhint: de lijst komt uit de statusoverzichten van de kwartalen in de periode, zoals {}/2025-Q1",
            shown(&inputs),
            shown(&inputs)
        );
    }
    // Find typst before reading anything, so a missing typst fails fast.
    let maker = Maker::new(args.pdf.typst.as_deref(), args.pdf.templates.clone())?;
    let read = read_quarters(&inputs, quarters)?;
    let mut errors = 0;
    for b in &read.batches {
        let fout = b.bevindingen.iter().filter(|f| f.severity == Ernst::Fout).count();
        println!(
            "{}: {} statusoverzichten gelezen, {fout} fout",
            b.part.quarter,
            b.part.submissions.len()
        );
        errors += fout;
    }
    let opties = serde_json::json!({
        "van": van,
        "tot": tot,
        "inputs": shown(&inputs),
        "accept_errors": args.output.accept_errors,
    });
    let manifest = Manifest::new(
        "publicaties",
        "Openbaar",
        opties,
        &read.invoer,
        Some(maker.typst.version.clone()),
    );
    let batches: Vec<Batch> = read.batches.into_iter().map(|b| b.part).collect();
    let organisaties = read.organisaties;
    if errors > 0 && !args.output.accept_errors {
        println!("\nEr zijn {errors} fouten gevonden. Er is geen lijst gemaakt.");
        println!(
            "Bekijk de fouten per kwartaal met `algoreg controleer --kwartaal ...`, of maak een voorlopige lijst met --fouten-accepteren."
        );
        return Ok(EXIT_FINDINGS);
    }
    let quarters: Vec<_> = batches.iter().map(|b| b.quarter).collect();
    let list = select(&batches, &organisaties, van, tot);
    let lijst = Lijst::new(&list, van, tot, &quarters, errors > 0);
    let name = format!("publicaties-{van}-{tot}");
    let target = args.output.out.join(&name);
    let pdf =
        || -> Result<(String, Vec<u8>)> { Ok((format!("{name}.pdf"), maker.render("publicaties.typ", &lijst, tot)?)) };
    let xlsx = || -> Result<(String, Vec<u8>)> {
        let file = format!("{name}.xlsx");
        let bytes = crate::excel::publicaties::workbook(&list, van, tot, errors > 0)
            .map_err(|e| crate::excel::grenzen::explain(&file, e))?;
        Ok((file, bytes))
    };
    write_all(
        &args.output.out,
        &target,
        iter::once_with(pdf).chain(iter::once_with(xlsx)),
        manifest,
    )?;
    let (ministeries, toezicht) = crate::pdf::publicaties::geteld(&list);
    println!(
        "\nGepubliceerd van {}: {ministeries} algoritmen van de ministeries en hun organisaties, {toezicht} van de toezichthouders (apart). De lijst staat in {}",
        lijst.periode,
        shown(&target)
    );
    Ok(if errors > 0 { EXIT_FINDINGS } else { EXIT_CLEAN })
}
