//! `algoreg terugmelding`: read a quarter as `check` does, and write per
//! organisation its sheet given back with the findings marked, a mail text
//! (and a mail draft `.eml` when it has an address), and the chase list,
//! into `<out>/<kwartaal>/terugmelding/`.

use anyhow::Result;

use super::{EXIT_CLEAN, EXIT_FINDINGS, Options, batch_config};
use crate::cli::TerugmeldingArgs;
use crate::excel::grenzen::explain;
use crate::excel::terugmelding::{overview_workbook, returned_workbook};
use crate::manifest::Manifest;
use crate::output::write_all;
use crate::pipeline;
use crate::terugmelding::{Terugmelding, Toestand, eml, mail};
use crate::text::shown;

/// Codes printed per state; the overview lists them all.
const MAX_NAMES: usize = 40;

pub fn terugmelding(args: &TerugmeldingArgs) -> Result<u8> {
    let config = batch_config(&args.batch, Options::basic())?;
    let report = pipeline::run(&config)?;
    let t = Terugmelding::build(&report, &config, args.uiterlijk)?;
    let q = config.quarter;
    let target = args.out.join(q.to_string()).join("terugmelding");

    let opties = serde_json::json!({
        "kwartaal": q,
        "inputs": shown(&config.inputs),
        "uiterlijk": args.uiterlijk,
    });
    let manifest = Manifest::new("terugmelding", "Intern", opties, &report.invoer, None);
    let overview = [
        (format!("terugmelding-{q}.json"), t.json()),
        (
            format!("overzicht-{q}.xlsx"),
            overview_workbook(&t).map_err(|e| explain(&format!("overzicht-{q}.xlsx"), e)),
        ),
    ];
    let datum = report.cijfers.peildatum;
    let per_organisation = t.meldingen.iter().flat_map(|m| {
        let name = m.workbook_name(q).unwrap_or_default();
        let book = returned_workbook(&t, m).map_err(|e| explain(&name, e));
        let text = mail::mail(m, q, t.uiterlijk);
        let draft = (!m.organisatie.email.is_empty()).then(|| {
            let (onderwerp, tekst) = eml::onderwerp_en_tekst(&text);
            let bijlage = match &book {
                Ok(Some(bytes)) => Some((name.as_str(), bytes.as_slice())),
                _ => None,
            };
            let concept = eml::Concept {
                aan: &m.organisatie.email,
                onderwerp,
                tekst,
                bijlage,
                datum,
            };
            Ok::<_, anyhow::Error>((eml::file_name(&m.mail_name(q)), eml::eml(&concept)))
        });
        let book = book.map(|b| b.map(|bytes| (name, bytes)));
        let text = (m.mail_name(q), text.into_bytes());
        [book.transpose(), Some(Ok(text)), draft].into_iter().flatten()
    });
    let outputs = overview
        .into_iter()
        .map(|(name, bytes)| bytes.map(|b| (name, b)))
        .chain(per_organisation);
    write_all(&args.out, &target, outputs, manifest)?;

    println!("Terugmelding voor {q} geschreven in {}", shown(&target));
    for toestand in Toestand::ALL {
        let names: Vec<&str> = t
            .meldingen
            .iter()
            .filter(|m| m.toestand == toestand)
            .map(|m| m.organisatie.code.as_str())
            .collect();
        if toestand == Toestand::Schoon {
            println!("- {}: {}", toestand.as_str(), names.len());
        } else if !names.is_empty() {
            let more = names.len().saturating_sub(MAX_NAMES);
            let rest = if more > 0 {
                format!(" en {more} andere (zie overzicht-{q}.xlsx)")
            } else {
                String::new()
            };
            let shown_names = names[..names.len().min(MAX_NAMES)].join(", ");
            println!("- {} ({}): {shown_names}{rest}", toestand.as_str(), names.len());
        }
    }
    if !t.zonder_organisatie.is_empty() {
        let files: Vec<&str> = t.zonder_organisatie.iter().map(|z| z.bestand.as_str()).collect();
        println!("- bij geen organisatie ({}): {}", files.len(), files.join(", "));
    }
    Ok(if report.cijfers.bevindingen_telling.fout > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}
