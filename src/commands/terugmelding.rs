//! `algoreg terugmelding`: read a quarter as `check` does, and write a new
//! round into `<out>/<kwartaal>/terugmelding/ronde-N/`: per organisation
//! whose situation changed since the last round its sheet given back with
//! the findings marked, a mail text (and a mail draft `.eml` when it has an
//! address); and the overview of every
//! organisation (`overzicht-<kwartaal>.xlsx`) next to the rounds.

use anyhow::Result;

use super::{EXIT_CLEAN, EXIT_FINDINGS, Options, batch_config};
use crate::cli::TerugmeldingArgs;
use crate::excel::grenzen::explain;
use crate::excel::terugmelding::{overview_workbook, returned_workbook};
use crate::manifest::Manifest;
use crate::output::{write_all, write_file};
use crate::pipeline;
use crate::terugmelding::{Moment, Terugmelding, Toestand, eml, mail, ronde};
use crate::text::shown;

/// Codes printed per state; the overview lists them all.
const MAX_NAMES: usize = 40;

pub fn terugmelding(args: &TerugmeldingArgs) -> Result<u8> {
    let config = batch_config(&args.batch, Options::basic())?;
    let report = pipeline::run(&config)?;
    let q = config.quarter;
    let folder = args.out.join(q.to_string()).join("terugmelding");
    let vorige = ronde::lees(&folder, q)?;
    let t = Terugmelding::build(&report, &config, args.uiterlijk, vorige.as_ref(), Moment::Ronde)?;
    let code = if report.cijfers.bevindingen_telling.fout > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    };
    let nu: Vec<_> = t.meldingen.iter().filter(|m| m.in_ronde(t.ronde)).collect();
    if let Some(v) = &vorige
        && nu.is_empty()
    {
        println!(
            "Sinds ronde {} van {q} is er niets veranderd: geen nieuw bestand, geen andere bevindingen. Er is geen nieuwe ronde gemaakt.",
            v.nummer
        );
        return Ok(code);
    }
    let target = ronde::map(&folder, t.ronde);
    let opties = serde_json::json!({
        "kwartaal": q,
        "inputs": shown(&config.inputs),
        "uiterlijk": args.uiterlijk,
        "ronde": t.ronde,
    });
    let manifest = Manifest::new("terugmelding", "Intern", opties, &report.invoer, None);
    let state = [(ronde::json_name(q), t.json())];
    let datum = report.cijfers.peildatum;
    let per_organisation = nu.iter().flat_map(|m| {
        let name = m.workbook_name(q).unwrap_or_default();
        let book = returned_workbook(&t, m).map_err(|e| explain(&name, e));
        let (onderwerp, tekst) = (mail::onderwerp(m, q), mail::tekst(m, q, t.uiterlijk));
        let draft = (!m.organisatie.email.is_empty()).then(|| {
            let bijlage = match &book {
                Ok(Some(bytes)) => Some((name.as_str(), bytes.as_slice())),
                _ => None,
            };
            let concept = eml::Concept {
                aan: &m.organisatie.email,
                onderwerp: &onderwerp,
                tekst: &tekst,
                bijlage,
                datum,
            };
            Ok::<_, anyhow::Error>((eml::file_name(&m.mail_name(q)), eml::eml(&concept)))
        });
        let book = book.map(|b| b.map(|bytes| (name, bytes)));
        let text = (m.mail_name(q), mail::mail(&onderwerp, &tekst).into_bytes());
        [book.transpose(), Some(Ok(text)), draft].into_iter().flatten()
    });
    let outputs = state
        .into_iter()
        .map(|(name, bytes)| bytes.map(|b| (name, b)))
        .chain(per_organisation);
    write_all(&args.out, &target, outputs, manifest)?;
    let overview = format!("overzicht-{q}.xlsx");
    let bytes = overview_workbook(&t).map_err(|e| explain(&overview, e))?;
    write_file(&args.out, &folder.join(&overview), &bytes)?;

    println!(
        "Terugmelding voor {q}, ronde {}, geschreven in {} ({} organisaties; het overzicht staat in {})",
        t.ronde,
        shown(&target),
        nu.len(),
        shown(&folder.join(&overview))
    );
    for toestand in Toestand::ALL {
        let names: Vec<&str> = nu
            .iter()
            .filter(|m| m.toestand == toestand)
            .map(|m| m.organisatie.code.as_str())
            .collect();
        if names.is_empty() {
            continue;
        }
        let more = names.len().saturating_sub(MAX_NAMES);
        let rest = if more > 0 {
            format!(" en {more} andere (zie {overview})")
        } else {
            String::new()
        };
        let shown_names = names[..names.len().min(MAX_NAMES)].join(", ");
        println!("- {} ({}): {shown_names}{rest}", toestand.as_str(), names.len());
    }
    let unchanged = t.meldingen.len() - nu.len();
    if unchanged > 0 {
        println!("- niets veranderd sinds de vorige ronde, niets verstuurd: {unchanged}");
    }
    let coordinator: Vec<&str> = t
        .meldingen
        .iter()
        .filter(|m| !m.voor_coordinator.is_empty())
        .map(|m| m.organisatie.code.as_str())
        .collect();
    if !coordinator.is_empty() {
        println!(
            "- voor u, niet voor de organisatie ({}): {} (zie de bevindingen van algoreg check)",
            coordinator.len(),
            coordinator.join(", ")
        );
    }
    if !t.zonder_organisatie.is_empty() {
        let files: Vec<&str> = t.zonder_organisatie.iter().map(|z| z.bestand.as_str()).collect();
        println!("- bij geen organisatie ({}): {}", files.len(), files.join(", "));
    }
    Ok(code)
}

/// Refreshes the overview of a quarter that has rounds already (`check` and
/// `run` call it): an organisation that sent a new file since the last
/// round shows as `ontvangen`. Nothing happens before the first round.
pub fn ververs_overzicht(
    out: &std::path::Path,
    report: &pipeline::Report,
    config: &crate::config::BatchConfig,
) -> Result<()> {
    let q = config.quarter;
    let folder = out.join(q.to_string()).join("terugmelding");
    let Some(vorige) = ronde::lees(&folder, q)? else {
        return Ok(());
    };
    let t = Terugmelding::build(report, config, None, Some(&vorige), Moment::Tussendoor)?;
    let overview = format!("overzicht-{q}.xlsx");
    let bytes = overview_workbook(&t).map_err(|e| explain(&overview, e))?;
    write_file(out, &folder.join(&overview), &bytes)?;
    let nieuw = t.count(Toestand::Ontvangen);
    println!(
        "\nHet overzicht van de terugmelding is bijgewerkt: {} ({nieuw} met een nieuw bestand sinds ronde {}).",
        shown(&folder.join(&overview)),
        vorige.nummer
    );
    Ok(())
}
