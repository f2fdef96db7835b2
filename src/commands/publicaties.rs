//! `algoreg publicaties --van 2025-01-01 --tot 2025-06-30`: the algorithms
//! published in a period, from the sheets of the quarters that cover it,
//! written to `reports/publicaties-<van>-<tot>/` as a PDF and a workbook.

use std::iter;

use anyhow::{Result, bail};

use super::{EXIT_CLEAN, EXIT_FINDINGS};
use crate::bevinding::Ernst;
use crate::cli::PublicatiesArgs;
use crate::config::{self, BatchConfig};
use crate::history::publicaties as select;
use crate::ingest::{Limits, Source};
use crate::maat::Deadlines;
use crate::manifest::{Entry, Manifest};
use crate::organisaties::{self, OrganisatieLijst};
use crate::output::write_all;
use crate::pdf::{Maker, publicaties::Lijst};
use crate::pipeline::read_sheets;
use crate::text::shown;

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
    let csv = inputs.join("organisaties.csv");
    let csv_bytes = organisaties::read_file(&csv)?;
    let organisaties = OrganisatieLijst::parse(&csv_bytes, &shown(&csv))?;
    let mut manifest = Manifest::new(
        "publicaties",
        "Openbaar",
        serde_json::json!({
            "van": van,
            "tot": tot,
            "inputs": shown(&inputs),
            "accept_errors": args.output.accept_errors,
        }),
    );
    manifest.typst = Some(maker.typst.version.clone());
    manifest.invoer.push(Entry::new(&shown(&csv), &Source::of(&csv_bytes)));
    manifest.set_format(&shown(&csv), organisaties.format);
    let (mut batches, mut errors) = (Vec::new(), 0);
    for (quarter, folder) in quarters {
        let config = BatchConfig {
            inputs: inputs.clone(),
            quarter,
            folder,
            deadlines: Deadlines::default(),
            limits: Limits::default(),
            carry_forward: false,
            fingerprint: true,
            course: false,
        };
        let (batch, sources) = read_sheets(&config, &organisaties)?;
        let fout = batch.findings.iter().filter(|f| f.severity == Ernst::Fout).count();
        println!(
            "{quarter}: {} statusoverzichten gelezen, {fout} fout",
            batch.submissions.len()
        );
        errors += fout;
        manifest
            .invoer
            .extend(sources.iter().map(|(file, source)| Entry::new(file, source)));
        batches.push(batch);
    }
    if errors > 0 && !args.output.accept_errors {
        println!("\nEr zijn {errors} fouten gevonden. Er is geen lijst gemaakt.");
        println!(
            "Bekijk de fouten per kwartaal met `algoreg check --quarter ...`, of maak een voorlopige lijst met --accept-errors."
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
        Ok((
            format!("{name}.xlsx"),
            crate::excel::publicaties::workbook(&list, van, tot, errors > 0)?,
        ))
    };
    write_all(
        &args.output.out,
        &target,
        iter::once_with(pdf).chain(iter::once_with(xlsx)),
        manifest,
    )?;
    println!(
        "\nGepubliceerd van {}: {} algoritmen. De lijst staat in {}",
        lijst.periode,
        list.len(),
        shown(&target)
    );
    Ok(if errors > 0 { EXIT_FINDINGS } else { EXIT_CLEAN })
}
